// Properties of the analysis core over generated text: it never throws, every range lies inside
// the document with start <= end, and the result is deterministic.
// Counts: 8,000 short news-like texts, 1,000 article-sized ones, 72,000 arbitrary UTF-16
// strings, 5,000 determinism pairs (86,000 inputs; with the edit and protocol tests, 103,000).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { anyInput, arbitraryText, badRange, fcParams, loadCore, longNewsText, newsText, snapshot } from './arbitraries.mjs';

const core = loadCore();
const kb = core.loadKnowledge();
const LANGS = ['news', 'markdown', 'plaintext'];

function analyseAll(text, languageId = 'news') {
  const a = core.analyze(text, kb, { languageId });
  const findings = core.check(a, { kb });
  return { a, findings };
}

function neverThrowsAndInRange(arb, runs) {
  let n = 0;
  fc.assert(
    fc.property(arb, fc.constantFrom(...LANGS), (text, lang) => {
      n++;
      let out;
      try {
        out = analyseAll(text, lang);
      } catch (e) {
        throw new Error(`analysis threw on ${JSON.stringify(text)} (${lang}): ${e.stack}`);
      }
      const bad = badRange(text, out.a, out.findings);
      if (bad) throw new Error(`${bad} in ${JSON.stringify(text)} (${lang})`);
      assert.equal(out.a.text, text);
      // A rule that failed internally reports itself as a hint "could not run": that is a bug too.
      const broken = out.findings.find((f) => /could not run/.test(f.message));
      if (broken) throw new Error(`${broken.message} on ${JSON.stringify(text)} (${lang})`);
    }),
    fcParams(runs),
  );
  return n;
}

test('news-like text: never throws, every range inside the text (8,000 inputs)', (t) => {
  const n = neverThrowsAndInRange(newsText, 8_000);
  t.diagnostic(`inputs: ${n}`);
});

test('article-sized news-like text: never throws, every range inside the text (1,000 inputs)', (t) => {
  const n = neverThrowsAndInRange(longNewsText, 1_000);
  t.diagnostic(`inputs: ${n}`);
});

test('arbitrary UTF-16 incl. lone surrogates, NUL, CR, RTL and zero-width: never throws, ranges inside (72,000 inputs)', (t) => {
  const n = neverThrowsAndInRange(arbitraryText, 72_000);
  t.diagnostic(`inputs: ${n}`);
});

test('deterministic: the same text twice, with other work between, gives the same result (5,000 inputs)', (t) => {
  let n = 0;
  fc.assert(
    fc.property(anyInput, arbitraryText, (text, other) => {
      n++;
      const first = analyseAll(text);
      analyseAll(other);
      const second = analyseAll(text);
      assert.equal(snapshot(core, second.a, second.findings), snapshot(core, first.a, first.findings), `not deterministic on ${JSON.stringify(text)}`);
    }),
    fcParams(5_000),
  );
  t.diagnostic(`inputs: ${n}`);
});
