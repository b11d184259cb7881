// Dates resolved against the article's date.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const core = require(join(repoRoot, 'dist', 'core.js'));
const chrono = require('chrono-node');
const kb = core.loadKnowledge();
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

test('a bare weekday is the nearest such day to the article date, as chrono-node reads it', () => {
  // Every weekday against a fortnight of article dates, across a month's end.
  for (let k = 0; k < 14; k++) {
    const ref = new Date(Date.UTC(2025, 1, 20 + k, 12));
    const iso = ref.toISOString().slice(0, 10);
    for (const day of DAYS) {
      const text = `---\ndate: ${iso}\n---\nPort workers strike\nDockers walked out on ${day} over pay.\n`;
      const a = core.analyze(text, kb, { languageId: 'news' });
      const d = a.dates.find((x) => x.text === day);
      assert.ok(d, `no date found for ${day} in ${JSON.stringify(text)}`);
      const expected = chrono.parse(day, ref, { forwardDate: false })[0].start.date().toISOString().slice(0, 10);
      assert.equal(d.value, expected, `${day} with the article dated ${iso}`);
    }
  }
});

test('relative phrases other than a bare weekday still resolve (chrono-node reads "last Wednesday")', () => {
  const text = '---\ndate: 2025-02-27\n---\nPort workers strike\nDockers walked out last Wednesday, three years ago to the month after the last strike.\n';
  const a = core.analyze(text, kb, { languageId: 'news' });
  const byText = Object.fromEntries(a.dates.map((d) => [d.text, d.value]));
  assert.equal(byText['three years ago'], '2022');
  assert.match(byText['last Wednesday'] ?? '', /^2025\b/);
});
