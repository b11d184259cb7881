// The quote-speakers table (server/src/analysis/data/quote-speakers.json), run by one generic test:
// every entry gives its positive example's quotation a speaker (no unattributed-quote finding there)
// and leaves its negative example's quotation reported. Both go through the whole analysis
// (dist/core.js; build first: `node esbuild.mjs`), with unattributed-quote turned on (it is off
// by default).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CORE = join(REPO, 'dist', 'core.js');
if (!existsSync(CORE)) throw new Error(`${CORE} is missing: run \`node esbuild.mjs\` before the unit tests`);
const core = createRequire(import.meta.url)(CORE);
const kb = core.loadKnowledge();
const table = JSON.parse(readFileSync(join(REPO, 'server', 'src', 'analysis', 'data', 'quote-speakers.json'), 'utf8'));

/** The analysis of the example (a story's body under a one-line headline), its quotation and the unattributed-quote findings on it. */
function run(example) {
  const text = `Example\n\n${example.text}`;
  const a = core.analyze(text, kb);
  const at = text.indexOf(example.quote);
  assert.ok(at >= 0, `the quotation “${example.quote}” is not in “${example.text}”`);
  const q = a.quotes.find((x) => x.inner.start <= at && at < x.inner.end);
  assert.ok(q, `no quotation read at “${example.quote}”`);
  const found = core.check(a, { kb, severities: { 'unattributed-quote': 'information' } }).filter((f) => f.rule === 'unattributed-quote' && f.start <= at && at < f.end);
  return { a, q, found };
}

test('quote-speakers.json: every entry is well formed', () => {
  const ids = new Set();
  for (const e of table.entries) {
    assert.ok(!ids.has(e.id), `duplicate id ${e.id}`);
    ids.add(e.id);
    assert.ok(e.reason && e.pattern, `${e.id}: a reason and a pattern are required`);
    assert.ok(e.positive?.text && e.positive?.quote && e.negative?.text && e.negative?.quote, `${e.id}: a positive and a negative example are required`);
  }
});

for (const e of table.entries) {
  test(`quote-speakers ${e.id}: its positive example's quotation has a speaker`, () => {
    const { a, q, found } = run(e.positive);
    assert.equal(core.speakerShapeBefore(a, q)?.id, e.id);
    assert.deepEqual(found.map((f) => f.message), [], `“${e.positive.quote}” still reported`);
  });
  test(`quote-speakers ${e.id}: its negative example's quotation is still reported`, () => {
    const { a, q, found } = run(e.negative);
    assert.equal(core.speakerShapeBefore(a, q), null);
    assert.equal(found.length, 1, `“${e.negative.quote}” is not reported`);
  });
}
