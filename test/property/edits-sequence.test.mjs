// Edits: analysing a document version after version (as the server does, with whatever it
// caches or reuses between versions) gives the same result as a fresh analysis of the final
// text by an independent instance of the core (fresh module state, its own knowledge base).
// Counts: 300 sequences of 10 edits (3,000 edits) here, 4,000 single edits in edits-one.test.mjs
// (two files, so that the test runner runs them side by side).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyEdit, fcParams, newsText, editCores } from './arbitraries.mjs';

const { warm, warmKb, fresh, freshKb, run } = editCores();

test('ten edits in a row: every version equals a fresh analysis of it (300 sequences, 3,000 edits)', (t) => {
  let edits = 0;
  const seq = newsText.chain((text) =>
    fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.string({ maxLength: 5 }), fc.nat({ max: 12 })), { minLength: 10, maxLength: 10 }).map((es) => [text, es]),
  );
  fc.assert(
    fc.property(seq, ([text, es]) => {
      let cur = text;
      run(warm, warmKb, cur);
      for (const [p, _q, insert, len] of es) {
        const start = Math.floor(p * cur.length);
        const edit = { start, end: Math.min(cur.length, start + len), insert };
        cur = applyEdit(cur, edit);
        edits++;
        const incremental = run(warm, warmKb, cur);
        assert.equal(incremental, run(fresh, freshKb, cur), `after edit ${JSON.stringify(edit)}: ${JSON.stringify(cur)}`);
      }
    }),
    fcParams(300),
  );
  t.diagnostic(`edits: ${edits}`);
});
