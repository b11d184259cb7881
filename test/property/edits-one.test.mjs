// Edits: analysing a document version after version (as the server does, with whatever it
// caches or reuses between versions) gives the same result as a fresh analysis of the final
// text by an independent instance of the core (fresh module state, its own knowledge base).
// Counts: 4,000 single edits here, 300 sequences of 10 edits (3,000 edits) in
// edits-sequence.test.mjs (two files, so that the test runner runs them side by side).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyEdit, editOf, fcParams, anyInput, editCores } from './arbitraries.mjs';

const { warm, warmKb, fresh, freshKb, run } = editCores();

test('one edit: warm analysis of the edited text equals a fresh analysis (4,000 edits)', (t) => {
  let n = 0;
  fc.assert(
    fc.property(anyInput.chain((text) => fc.tuple(fc.constant(text), editOf(text))), ([text, edit]) => {
      n++;
      const edited = applyEdit(text, edit);
      run(warm, warmKb, text);
      const incremental = run(warm, warmKb, edited);
      assert.equal(incremental, run(fresh, freshKb, edited), `edit ${JSON.stringify(edit)} of ${JSON.stringify(text)}`);
    }),
    fcParams(4_000),
  );
  t.diagnostic(`edits: ${n}`);
});
