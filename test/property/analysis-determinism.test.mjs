// Properties of the analysis core over generated text: it never throws, every range lies inside
// the document with start <= end, and the result is deterministic. The inputs are split over
// three files so that the test runner runs them side by side:
//   analysis-news.test.mjs         4,000 short news-like texts, 1,000 article-sized ones
//   analysis-utf16.test.mjs        63,000 arbitrary UTF-16 strings
//   analysis-determinism.test.mjs  5,000 determinism pairs (a news-like or arbitrary text, and
//                                  an arbitrary one analysed between its two analyses)
// Every analysis of the determinism and edit tests (edits-*.test.mjs) is checked for throws and
// ranges as well: about 12,000 more news-like texts (plain or edited) and 9,300 more arbitrary
// strings. So the range property sees about 17,000 news-like texts and 72,300 arbitrary
// strings (it saw 9,000 and 72,000 when each test analysed its inputs only for itself), while
// the analysis runs 4,000 times fewer on news-like text and 9,000 fewer on arbitrary strings:
// 90,000 generated inputs in all with the edit and protocol tests (103,000 before), about
// 89,000 of them checked for ranges (81,000 before).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyseSound, anyInput, arbitraryText, fcParams, LANGS, loadCore, snapshot } from './arbitraries.mjs';

const core = loadCore();
const kb = core.loadKnowledge();

test('deterministic: the same text twice, with other work between, gives the same result, in each language mode (5,000 inputs)', (t) => {
  let n = 0;
  fc.assert(
    fc.property(anyInput, arbitraryText, fc.constantFrom(...LANGS), (text, other, lang) => {
      n++;
      // Every analysis here is also checked for throws and ranges (analyseSound): these inputs
      // count towards that property too.
      const first = analyseSound(core, kb, text, lang);
      analyseSound(core, kb, other, lang);
      const second = analyseSound(core, kb, text, lang);
      assert.equal(snapshot(core, second.a, second.findings), snapshot(core, first.a, first.findings), `not deterministic on ${JSON.stringify(text)} (${lang})`);
    }),
    fcParams(5_000),
  );
  t.diagnostic(`inputs: ${n}`);
});
