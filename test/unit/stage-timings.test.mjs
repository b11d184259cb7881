// analyze's stage timings (the bench's stage table): asking for them fills one entry per stage
// and changes nothing in the analysis.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CORE = join(REPO, 'dist', 'core.js');
if (!existsSync(CORE)) throw new Error(`${CORE} is missing: run \`node esbuild.mjs\` before the unit tests`);
const core = createRequire(import.meta.url)(CORE);
const kb = core.loadKnowledge();
const dir = join(REPO, 'test', 'fixtures', 'corpus');
const article = readFileSync(join(dir, readdirSync(dir).filter((f) => f.endsWith('.news')).sort()[0]), 'utf8');

test('stage timings name every stage of the analysis, each a time in milliseconds', () => {
  const timings = new Map();
  core.analyze(article, kb, { timings });
  for (const stage of ['structure', 'sentences', 'tokens', 'quantities', 'dates', 'entities: candidates', 'entities: tagger', 'entities: reconcile', 'entities: cluster', 'quotes', 'attributions', 'claims', 'figure roles']) {
    assert.ok(timings.has(stage), `no time for ${stage}`);
    assert.ok(Number.isFinite(timings.get(stage)) && timings.get(stage) >= 0, `${stage}: ${timings.get(stage)}`);
  }
});

test('asking for stage timings changes nothing that is found', () => {
  const plain = core.analyze(article, kb);
  const timed = core.analyze(article, kb, { timings: new Map() });
  assert.deepEqual(core.check(timed, { kb, ...core.MEASURE_ALL }), core.check(plain, { kb, ...core.MEASURE_ALL }));
  assert.deepEqual(timed.entities, plain.entities);
  assert.deepEqual(timed.attributions, plain.attributions);
});

test('a text that is not analysed (over the size limit) records no stage', () => {
  const timings = new Map();
  core.analyze('word '.repeat(50), kb, { timings, maxLength: 10 });
  assert.equal(timings.size, 0);
});
