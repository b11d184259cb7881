// The figure-roles table (server/src/analysis/data/figure-roles.json), run by one generic test:
// every entry's positive example is decided by that entry (its role, its reason), and its negative
// example is not given the entry's role at all. Both go through the whole analysis (dist/core.js;
// build first: `node esbuild.mjs`). Then: every quantity carries a role, a reason and the span that
// decided it, and the CLI's JSON shows them under `quantities` beside the keys it had before.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CORE = join(REPO, 'dist', 'core.js');
if (!existsSync(CORE)) throw new Error(`${CORE} is missing: run \`node esbuild.mjs\` before the unit tests`);
const core = createRequire(import.meta.url)(CORE);
const kb = core.loadKnowledge();
const table = JSON.parse(readFileSync(join(REPO, 'server', 'src', 'analysis', 'data', 'figure-roles.json'), 'utf8'));
const ROLES = new Set(Object.keys(table.roles));
const TARGETS = new Set(['before', 'raw', 'after', 'figure', 'sentence', 'context']);

/** The quantity at the example's figure, the example being a story's body under a one-line headline. */
function figureOf(example) {
  const text = `${example.headline ?? 'Example'}\n\n${example.text}`;
  const a = core.analyze(text, kb);
  const at = text.indexOf(example.figure);
  assert.ok(at >= 0, `the figure “${example.figure}” is not in “${example.text}”`);
  const q = a.quantities.find((x) => x.start <= at && at < x.end);
  assert.ok(q, `no quantity at “${example.figure}” in “${example.text}” (found: ${a.quantities.map((x) => x.text).join(', ') || 'none'})`);
  return q;
}

test('figure-roles.json: every entry is well formed', () => {
  const ids = new Set();
  for (const e of table.entries) {
    assert.ok(!ids.has(e.id), `duplicate id ${e.id}`);
    ids.add(e.id);
    assert.ok(ROLES.has(e.role), `${e.id}: unknown role ${e.role}`);
    assert.ok(e.reason && e.kind && e.checks.length > 0, `${e.id}: a reason, a pattern kind and checks are required`);
    assert.ok(e.positive?.text && e.positive?.figure && e.negative?.text && e.negative?.figure, `${e.id}: a positive and a negative example are required`);
    for (const c of e.checks) {
      assert.ok((c.pattern !== undefined && TARGETS.has(c.on)) || (c.test && c.pattern === undefined), `${e.id}: a check is a pattern on a known stretch of text or a named test`);
      for (const [, name] of (c.pattern ?? '').matchAll(/@(\w+)/g)) assert.ok(Array.isArray(table.lists[name]), `${e.id}: no word list ${name}`);
      if (c.pattern !== undefined) assert.doesNotThrow(() => new RegExp(c.pattern.replace(/@(\w+)/g, (_, n) => table.lists[n].join('|')), c.flags ?? ''), `${e.id}: pattern`);
    }
  }
});

for (const e of table.entries) {
  test(`figure-roles ${e.id} (${e.role}): decides its positive example`, () => {
    const q = figureOf(e.positive);
    assert.equal(q.roleRule, e.id, `“${e.positive.figure}” in “${e.positive.text}” was decided by ${q.roleRule} (${q.role})`);
    assert.equal(q.role, e.role);
    assert.equal(q.roleReason, e.reason);
  });
  test(`figure-roles ${e.id} (${e.role}): its negative example gets another role`, () => {
    const q = figureOf(e.negative);
    assert.notEqual(q.roleRule, e.id, `“${e.negative.figure}” in “${e.negative.text}” was decided by ${e.id}`);
    assert.notEqual(q.role, e.role, `“${e.negative.figure}” in “${e.negative.text}” got the role ${e.role} (from ${q.roleRule})`);
  });
}

// The coverage table (data/figure-coverage.json): sentence shapes that name a figure's source.
const coverage = JSON.parse(readFileSync(join(REPO, 'server', 'src', 'analysis', 'data', 'figure-coverage.json'), 'utf8'));
const sentenceAt = (example) => {
  const text = `${example.headline ?? 'Example'}\n\n${example.text}`;
  const a = core.analyze(text, kb);
  const q = figureOf(example);
  return { a, q, sentence: text.slice(a.sentences[q.sentence].start, a.sentences[q.sentence].end) };
};
for (const e of coverage.entries) {
  test(`figure-coverage ${e.id}: covers its positive example, and no unsourced-statistic fires on its figure`, () => {
    const { a, q, sentence } = sentenceAt(e.positive);
    assert.ok(core.coveredBy(a, q.sentence, e.id), `“${sentence}”`);
    const found0 = core.coverageOf(a, q.sentence);
    assert.ok(found0 && found0.evidence.start < found0.evidence.end, 'coverageOf finds a shape, with its evidence');
    // (Hints included: a covered figure gets no finding at all.)
    const found = core.check(a, { kb, ...core.MEASURE_ALL }).filter((f) => f.rule === 'unsourced-statistic' && f.start <= q.start && q.end <= f.end);
    assert.deepEqual(found, [], `“${e.positive.figure}” still reported`);
  });
  test(`figure-coverage ${e.id}: does not cover its negative example`, () => {
    const { a, q, sentence } = sentenceAt(e.negative);
    assert.ok(!core.coveredBy(a, q.sentence, e.id), `“${sentence}”`);
  });
}

const STORY = `Harwell Motors to cut 1,400 jobs

Harwell Motors is to cut 1,400 jobs at its Luton plant, the company said on Monday.

Shares in Harwell fell 4% in early trading.

Unemployment in the town has risen to 7.2%, the highest in a decade.
`;

test('every quantity has a role, a reason, the deciding rule and the span that decided it', () => {
  const a = core.analyze(STORY, kb);
  assert.ok(a.quantities.length >= 3);
  for (const q of a.quantities) {
    assert.ok(ROLES.has(q.role), `${q.text}: role ${q.role}`);
    assert.ok(typeof q.roleReason === 'string' && q.roleReason.length > 0, `${q.text}: reason`);
    assert.ok(typeof q.roleRule === 'string' && q.roleRule.length > 0, `${q.text}: rule`);
    assert.ok(q.roleEvidence.start >= 0 && q.roleEvidence.start < q.roleEvidence.end && q.roleEvidence.end <= STORY.length, `${q.text}: evidence`);
  }
  const role = (text) => a.quantities.find((q) => q.text === text && q.start > STORY.indexOf('\n'))?.role;
  assert.equal(role('1,400'), 'own-results');
  assert.equal(role('4%'), 'market');
  assert.equal(role('7.2%'), 'measurement');
  // The evidence of a market price is the words that make it one.
  const market = a.quantities.find((q) => q.text === '4%');
  assert.match(STORY.slice(market.roleEvidence.start, market.roleEvidence.end), /Shares .* fell|early trading/);
});

test('CLI JSON: quantities carry role, roleEvidence, roleReason and roleRule as new keys, the old ones kept', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sourced-roles-'));
  try {
    const file = join(dir, 'story.news');
    writeFileSync(file, STORY);
    const r = spawnSync(process.execPath, [join(REPO, 'dist', 'cli.js'), 'analyze', '--format', 'json', '--fail-on', 'none', file], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    const doc = Array.isArray(out) ? out[0] : out;
    assert.ok(doc.quantities.length >= 3);
    for (const q of doc.quantities) {
      for (const k of ['start', 'end', 'text', 'kind', 'value', 'unit']) assert.ok(k in q, `old key ${k} kept`);
      assert.ok(ROLES.has(q.role), `role ${q.role}`);
      assert.ok(Number.isInteger(q.roleEvidence.start) && Number.isInteger(q.roleEvidence.end) && q.roleEvidence.start < q.roleEvidence.end);
      assert.equal(typeof q.roleReason, 'string');
      assert.equal(typeof q.roleRule, 'string');
    }
    const jobs = doc.quantities.find((q) => q.text === '1,400' && q.start > STORY.indexOf('\n'));
    assert.equal(jobs.role, 'own-results');
    assert.equal(jobs.roleRule, 'employer-jobs');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// Copy as it comes: a double space or a line break inside a sentence ("limit immigration  to
// 0.2 percent") does not change what a figure is. Every entry's positive example, its spaces outside
// the figure doubled, is still decided by the entry, and its evidence is still on the example's words.
test('figure-roles: doubled spaces outside the figure leave every positive example its role', () => {
  const failures = [];
  // (Entries that also need a name recognised, "Norsteel  Shipping  Ltd", depend on the entity
  // reader's handling of doubled spaces, not the table's.)
  const NAME_TESTS = new Set(['organisationJustBefore', 'bodyJustBefore', 'bodyJustAfter', 'companyOpens', 'employerNamed']);
  for (const e of table.entries) {
    if (e.checks.some((c) => NAME_TESTS.has(c.test))) continue;
    const t = e.positive.text;
    const at = t.indexOf(e.positive.figure);
    const widen = (s) => s.replaceAll(' ', '  ');
    const text = widen(t.slice(0, at)) + e.positive.figure + widen(t.slice(at + e.positive.figure.length));
    // (Where the doubled spaces change which figure is found at all, "a tenth  of", the quantity
    // reader is what differs, not the table: such examples are left out here.)
    let q;
    try {
      q = figureOf({ ...e.positive, text });
    } catch {
      continue;
    }
    if (q.roleRule !== e.id) failures.push(`${e.id}: decided by ${q.roleRule}`);
    else if (!(q.roleEvidence.start >= 0 && q.roleEvidence.end > q.roleEvidence.start && q.roleEvidence.end <= `Example\n\n${text}`.length)) failures.push(`${e.id}: evidence ${JSON.stringify(q.roleEvidence)}`);
  }
  assert.deepEqual(failures, []);
});
