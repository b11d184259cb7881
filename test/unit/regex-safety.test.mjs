// Every regular expression of Sourced is safe from catastrophic backtracking: recheck (a ReDoS
// checker that decides by automata theory, with fuzzing for what automata cannot settle) must
// call each one safe — no exponential and no polynomial (quadratic or worse) matching time.
// Checked: every regular-expression literal in server/src and client/src, and every pattern our
// modules build with `new RegExp` when they load (word lists joined into alternations).
// Patterns of libraries (chrono-node's date grammar) are theirs; chrono only ever sees one
// sentence at a time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { REPO } from '../protocol/harness.mjs';

const require = createRequire(import.meta.url);
const ts = require('typescript');
const { check } = require('recheck');
const RECHECK_VERSION = require('recheck/package.json').version;

// Verdicts already reached: recheck takes minutes over ~900 patterns, most unchanged since the
// last run. A pattern is skipped only when this exact source and flags were judged safe by this
// version of recheck; any new or edited pattern is checked. SOURCED_RECORD_REGEX_VERDICTS=1
// records the verdicts of a run in the file (commit it with the patterns): run it after adding
// patterns, or every run of the suite pays for recheck on them (seconds each).
const VERDICTS = join(REPO, 'test', 'unit', 'regex-verdicts.json');
const keyOf = (r) => createHash('sha256').update(`${r.flags}/${r.source}`).digest('hex').slice(0, 24);
// Also kept: patterns on which recheck's fuzzer raised an alarm that V8 did not confirm (see
// confirmedInV8), with the fuzzer's attack string. Each run times V8 on that string again (a few
// milliseconds) instead of fuzzing again (about 10 s each); should V8 now be slow on it, the
// pattern is checked in full as if it were new.
function knownVerdicts() {
  if (!existsSync(VERDICTS)) return { safe: new Set(), unconfirmed: new Map() };
  const v = JSON.parse(readFileSync(VERDICTS, 'utf8'));
  if (v.recheck !== RECHECK_VERSION) return { safe: new Set(), unconfirmed: new Map() };
  return { safe: new Set(v.safe), unconfirmed: new Map(Object.entries(v.unconfirmed ?? {})) };
}

function sourceFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sourceFiles(p));
    else if (p.endsWith('.ts')) out.push(p);
  }
  return out;
}

function literals() {
  const found = [];
  for (const file of [...sourceFiles(join(REPO, 'server', 'src')), ...sourceFiles(join(REPO, 'client', 'src'))]) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const t = node.text;
        const slash = t.lastIndexOf('/');
        found.push({ where: `${relative(REPO, file)}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}`, source: t.slice(1, slash), flags: t.slice(slash + 1) });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return found;
}

/** Patterns built with `new RegExp` while dist/core.js loads, with the source line that built them. */
function built() {
  process.setSourceMapsEnabled(true);
  const Original = RegExp;
  const found = [];
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args) {
      const re = Reflect.construct(target, args);
      const frame = (new Error().stack ?? '').split('\n').slice(2).find((l) => !l.includes('node:internal')) ?? '';
      const m = /(server\/src\/[^):]+:\d+)/.exec(frame);
      if (m) found.push({ where: `${m[1]} (built)`, source: re.source, flags: re.flags });
      return re;
    },
  });
  try {
    delete require.cache[require.resolve(join(REPO, 'dist', 'core.js'))];
    require(join(REPO, 'dist', 'core.js'));
  } finally {
    globalThis.RegExp = Original;
  }
  return found;
}

/** Milliseconds V8 may spend on the fuzzer's attack string before its alarm counts. */
const CONFIRM_MS = 250;

/** True when V8 is slow on `attack` (twice, to rule out a pause): the fuzzer's alarm stands. */
function confirmedInV8(r, attack) {
  const re = new RegExp(r.source, r.flags.replace(/[gy]/g, ''));
  for (let i = 0; i < 2; i++) {
    const t = performance.now();
    re.exec(attack);
    if (performance.now() - t < CONFIRM_MS) return false;
  }
  return true;
}

/** The fuzzer's seed; set SOURCED_FUZZ_SEED to explore others. */
const FUZZ_SEED = Number(process.env.SOURCED_FUZZ_SEED ?? 0);

const RECORD = process.env.SOURCED_RECORD_REGEX_VERDICTS === '1';
// Recording adds to the verdicts already in the file (those of patterns no longer in the source
// too: a branch may still have them), for this version of recheck.
const record = (safe, unconfirmed) => {
  const prior = knownVerdicts();
  const alarms = Object.fromEntries([...prior.unconfirmed, ...unconfirmed].filter(([k]) => !safe.includes(k)).sort(([a], [b]) => (a < b ? -1 : 1)));
  writeFileSync(VERDICTS, JSON.stringify({ recheck: RECHECK_VERSION, safe: [...new Set([...prior.safe, ...safe])].sort(), unconfirmed: alarms }, null, 0) + '\n');
};

test('every regular expression is safe from catastrophic backtracking', { timeout: RECORD ? 7_200_000 : 600_000 }, async () => {
  const lits = literals();
  const dyn = built();
  assert.ok(lits.length > 300, `found ${lits.length} literals`);
  assert.ok(dyn.length >= 5, `found ${dyn.length} patterns built at load: ${dyn.map((d) => d.where)}`);
  const unsafe = [];
  const seen = new Set();
  const known = knownVerdicts();
  const safe = [];
  const unconfirmed = new Map();
  let checked = 0;
  for (const r of [...lits, ...dyn]) {
    const key = keyOf(r);
    if (seen.has(key)) continue;
    seen.add(key);
    if (known.safe.has(key)) {
      safe.push(key);
      continue;
    }
    if (known.unconfirmed.has(key) && !confirmedInV8(r, known.unconfirmed.get(key))) {
      unconfirmed.set(key, known.unconfirmed.get(key));
      continue;
    }
    checked++;
    // One at a time: recheck's checker may run as a native process, and in parallel the
    // slower fuzzing would time out.
    // A fixed seed for the fuzzer, so that a run is repeatable: with a random seed the fuzzer now and
    // then reported a linear pattern (MARKET_MOVE_RE, linear when timed in V8 on the very string it
    // offered) as quadratic, and CI failed by chance.
    const verdict = await check(r.source, r.flags, { timeout: 60_000, randomSeed: FUZZ_SEED });
    if (verdict.status === 'vulnerable' && verdict.checker === 'fuzz' && verdict.attack && !confirmedInV8(r, verdict.attack.string)) {
      // The fuzzer's verdict depends on its time budget: on a loaded machine it has reported
      // bounded patterns as quadratic. Its own attack string decides: a pattern that really is
      // polynomial takes seconds on it (about 100,000 characters), a linear one a millisecond.
      unconfirmed.set(key, verdict.attack.string);
      continue;
    }
    if (verdict.status === 'safe') {
      safe.push(key);
      if (RECORD && checked % 25 === 0) record(safe, unconfirmed);
    }
    else {
      unsafe.push(`${r.where}: /${r.source.slice(0, 80)}${r.source.length > 80 ? '…' : ''}/${r.flags} is ${verdict.status}${verdict.complexity ? ` (${verdict.complexity.summary})` : ''}${verdict.attack ? `, e.g. ${verdict.attack.pattern.slice(0, 60)}` : ''}`);
    }
  }
  if (RECORD) record(safe, unconfirmed);
  else if (checked) console.log(`regex safety: ${checked} of ${seen.size} patterns were not in ${relative(REPO, VERDICTS)} and were checked now; SOURCED_RECORD_REGEX_VERDICTS=1 records them`);
  assert.deepEqual(unsafe, [], `${unsafe.length} regular expressions can backtrack catastrophically:\n${unsafe.join('\n')}`);
});
