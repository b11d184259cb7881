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
import { loadCore, longNewsText, neverThrowsAndInRange, newsText } from './arbitraries.mjs';

const core = loadCore();
const kb = core.loadKnowledge();

test('news-like text: never throws, every range inside the text (4,000 inputs; 12,000 more in the edit and determinism tests)', (t) => {
  const n = neverThrowsAndInRange(core, kb, newsText, 4_000);
  t.diagnostic(`inputs: ${n}`);
});

test('article-sized news-like text: never throws, every range inside the text (1,000 inputs)', (t) => {
  const n = neverThrowsAndInRange(core, kb, longNewsText, 1_000);
  t.diagnostic(`inputs: ${n}`);
});
