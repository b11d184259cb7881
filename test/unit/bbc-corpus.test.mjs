// Robustness: every article of the BBC corpus (../shared/corpus/bbc, when present) is analysed
// without an error and with every range inside the text.
// The robustness tests are in three files, so that the test runner runs them side by side:
// bbc-corpus.test.mjs (the whole BBC corpus), adversarial.test.mjs (adversarial
// inputs) and robustness.test.mjs (limits, the CLI on awkward files, Markdown).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { analyseTimed, bbc, decode, rangeProblem } from './robustness-lib.mjs';

test('all BBC articles are analysed without an error', { skip: existsSync(bbc) ? false : `../shared/corpus/bbc is not present beside the repository (${bbc})` }, (t) => {
  const files = [];
  for (const section of readdirSync(bbc).sort()) {
    const d = join(bbc, section);
    if (!statSync(d).isDirectory()) continue;
    for (const f of readdirSync(d).sort()) if (f.endsWith('.txt')) files.push(join(d, f));
  }
  const failures = [];
  for (const file of files) {
    const text = decode(readFileSync(file));
    try {
      const { a, findings } = analyseTimed(text);
      const bad = rangeProblem(text, a, findings);
      if (bad) failures.push(`${file}: ${bad}`);
      const broken = findings.find((f) => /could not run/.test(f.message));
      if (broken) failures.push(`${file}: ${broken.message}`);
    } catch (e) {
      failures.push(`${file}: ${e.stack}`);
    }
  }
  t.diagnostic(`${files.length} articles`);
  assert.equal(files.length, 2225, 'the BBC corpus has 2,225 articles');
  assert.deepEqual(failures, []);
});
