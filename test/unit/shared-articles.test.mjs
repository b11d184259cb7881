// The acceptance in DESIGN.md, on the two shared articles in ../shared/articles (next to the
// repository, not part of it): shoigu-anwar-faults.txt gets exactly the listed findings at
// warning level or above, and shoigu-anwar.txt gets no warning at all.
//
// When ../shared/articles is absent the tests are skipped, and a skipped test is NOT a pass:
// the acceptance has then simply not been checked on this machine.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ARTICLES = resolve(REPO, '..', 'shared', 'articles');
const CORE = process.env.SOURCED_CORE ?? join(REPO, 'dist', 'core.js');
const FAULTS = join(ARTICLES, 'shoigu-anwar-faults.txt');
const ORIGINAL = join(ARTICLES, 'shoigu-anwar.txt');
const SKIP = `${ARTICLES} is absent: the DESIGN.md acceptance was NOT checked (a skipped test is not a pass)`;

const RANK = { error: 4, warning: 3, information: 2, hint: 1 };
const atLeastWarning = (f) => RANK[f.severity] >= RANK.warning;
// A fault is found at its rule's default severity: warning, or information for the rules whose
// warnings the review set of real articles showed to be right less than nine times in ten.
// The rules off by default (below their precision target on real copy) are turned on here at
// information, as a desk that wants them would set them: DESIGN.md lists their faults too.
const levelOf = (rule) => (core.DEFAULT_SEVERITIES[rule] === 'off' ? 'information' : core.DEFAULT_SEVERITIES[rule]);
const atDefault = (f) => RANK[f.severity] >= RANK[levelOf(f.rule)];

let core;
let kb;
function load() {
  if (!core) {
    if (!existsSync(CORE)) throw new Error(`${CORE} is missing: run \`node esbuild.mjs\` before the unit tests`);
    core = createRequire(import.meta.url)(CORE);
    kb = core.loadKnowledge();
  }
  return core;
}

function findingsOf(path) {
  const text = readFileSync(path, 'utf8');
  const c = load();
  const analysis = c.analyze(text, kb, { languageId: 'news' });
  const turnedOn = Object.fromEntries(c.RULES.filter((r) => c.DEFAULT_SEVERITIES[r.id] === 'off').map((r) => [r.id, 'information']));
  return { text, findings: c.check(analysis, { kb, severities: turnedOn }) };
}

function line(text, offset) {
  return text.slice(0, offset).split('\n').length;
}
function describe(text, findings) {
  if (!findings.length) return '    (no findings)';
  return findings.map((f) => `    ${f.severity.padEnd(11)} ${f.rule.padEnd(20)} line ${line(text, f.start)} ${JSON.stringify(text.slice(f.start, f.end).slice(0, 60))}`).join('\n');
}

/**
 * The findings DESIGN.md lists, each as the rule and a phrase the flagged range must overlap.
 * `within` narrows where the phrase is looked for (the standfirst and the body state the same
 * figures), `maxSeverity` caps the level.
 */
const EXPECTED = [
  { name: 'weekday-date on “Wednesday”', rule: 'weekday-date', text: 'Wednesday' },
  { name: 'unattributed-quote on “I expressed…”', rule: 'unattributed-quote', text: '“I expressed my appreciation' },
  { name: 'vague-attribution on “Analysts say”', rule: 'vague-attribution', text: 'Analysts say' },
  { name: 'first-reference on “met Prabowo”', rule: 'first-reference', text: 'Prabowo', within: 'where he met Prabowo and' },
  { name: 'anonymous-source (no reason) on “A senior Indonesian official said”', rule: 'anonymous-source', text: 'A senior Indonesian official' },
  { name: 'unbalanced-quote on “partner country status', rule: 'unbalanced-quote', text: '“partner country status' },
  {
    name: 'unsourced-statistic on the body sentence (7 per cent / US$5.5 billion)',
    rule: 'unsourced-statistic',
    text: 'US$5.5 billion',
    within: 'Malaysia is looking to increase defence spending by 7 per cent this year to about US$5.5 billion',
    alsoText: '7 per cent',
  },
  {
    name: 'unsourced-statistic on the standfirst (its body twin lost its source)',
    rule: 'unsourced-statistic',
    text: 'US$5 billion',
    within: 'Malaysia is looking to increase defence spending by 7 per cent this year to about US$5 billion as',
    alsoText: '7 per cent',
  },
  { name: 'inconsistent-figure on US$5.5 billion vs US$5 billion', rule: 'inconsistent-figure', text: 'US$5.5 billion' },
  { name: 'unknown-source on the Asia Defence Ledger', rule: 'unknown-source', text: 'Asia Defence Ledger' },
  { name: 'inconsistent-name on “Shoygu”', rule: 'inconsistent-name', text: 'Shoygu' },
];

/** Ranges where an expectation may match: occurrences of `text` inside occurrences of `within`. */
function targets(text, exp) {
  const out = [];
  const scopes = [];
  const scope = exp.within ?? exp.text;
  for (let at = text.indexOf(scope); at >= 0; at = text.indexOf(scope, at + 1)) scopes.push({ start: at, end: at + scope.length });
  for (const s of scopes) {
    const inner = text.slice(s.start, s.end);
    for (let at = inner.indexOf(exp.text); at >= 0; at = inner.indexOf(exp.text, at + 1)) out.push({ start: s.start + at, end: s.start + at + exp.text.length, scope: s });
  }
  return out;
}
const overlaps = (f, r) => f.start < r.end && r.start < Math.max(f.end, f.start + 1);

test('shoigu-anwar-faults.txt: each fault DESIGN.md lists is found, at its rule\'s default severity', (t) => {
  if (!existsSync(FAULTS)) return t.skip(SKIP);
  const { text, findings } = findingsOf(FAULTS);
  const missing = [];
  for (const exp of EXPECTED) {
    const where = targets(text, exp);
    assert.ok(where.length, `test bug: "${exp.text}" not found in the article`);
    const hit = findings.find((f) => f.rule === exp.rule && atDefault(f) && where.some((r) => overlaps(f, r)));
    if (!hit) missing.push(exp.name);
    else if (exp.alsoText) {
      // The finding on a sentence with both figures should cover both (or be paired with one on the other).
      const scope = where.find((r) => overlaps(hit, r)).scope;
      const inner = text.slice(scope.start, scope.end);
      const at = scope.start + inner.indexOf(exp.alsoText);
      const covered = findings.some((f) => f.rule === exp.rule && atDefault(f) && overlaps(f, { start: at, end: at + exp.alsoText.length }));
      if (!covered) missing.push(`${exp.name}: the finding does not cover “${exp.alsoText}”`);
    }
  }
  assert.ok(!missing.length, `missing:\n  ${missing.join('\n  ')}\nactual findings:\n${describe(text, findings)}`);
});

test('shoigu-anwar-faults.txt: nothing else at warning level or at its rule\'s default', (t) => {
  if (!existsSync(FAULTS)) return t.skip(SKIP);
  const { text, findings } = findingsOf(FAULTS);
  const extra = [];
  const used = new Set();
  for (const f of findings.filter((x) => atLeastWarning(x) || atDefault(x))) {
    const exp = EXPECTED.find((e, i) => !used.has(i) && e.rule === f.rule && targets(text, e).some((r) => overlaps(f, r)));
    if (exp) {
      used.add(EXPECTED.indexOf(exp));
      continue;
    }
    // A second part of an expected finding (e.g. the same sentence reported once per figure).
    if (EXPECTED.some((e) => e.rule === f.rule && e.alsoText && targets(text, e).some((r) => f.start < r.scope.end && r.scope.start < f.end))) continue;
    extra.push(f);
  }
  assert.ok(!extra.length, `unexpected findings at warning or above:\n${describe(text, extra)}\nall findings:\n${describe(text, findings)}`);
});

test('shoigu-anwar-faults.txt: the anonymous source with a reason is at most information', (t) => {
  if (!existsSync(FAULTS)) return t.skip(SKIP);
  const { text, findings } = findingsOf(FAULTS);
  const phrase = 'a person familiar with the matter who asked not to be identified because';
  const at = text.indexOf(phrase);
  assert.ok(at >= 0, 'test bug: the reasoned anonymous source is not in the article');
  const sentenceStart = text.lastIndexOf('.', at) + 1;
  const sentenceEnd = text.indexOf('.', at + phrase.length) + 1;
  const here = findings.filter((f) => f.rule === 'anonymous-source' && f.start < sentenceEnd && sentenceStart < Math.max(f.end, f.start + 1));
  for (const f of here) assert.ok(RANK[f.severity] <= RANK.information, `reasoned anonymous source reported as ${f.severity}:\n${describe(text, here)}`);
});

test('shoigu-anwar.txt: no warning at all', (t) => {
  if (!existsSync(ORIGINAL)) return t.skip(SKIP);
  const { text, findings } = findingsOf(ORIGINAL);
  const loud = findings.filter(atLeastWarning);
  assert.ok(!loud.length, `findings at warning or above on the professionally sourced original:\n${describe(text, loud)}\nall findings:\n${describe(text, findings)}`);
});
