// The article date: front matter, a wire dateline with a year, or a date line near the top —
// and the weekday check that depends on it. Every sentence here is invented for the test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const core = createRequire(import.meta.url)(process.env.SOURCED_CORE ? resolve(process.env.SOURCED_CORE) : join(REPO, 'dist', 'core.js'));
const kb = core.loadKnowledge();

const BODY = 'The ferry service resumed on Thursday, March 5 after a week of storms, the operator said.';
const withTop = (line) => `Ferry service back after storms\n\n${line}\n\n${BODY}\n`;

// Lines near the top that date the article (positive) and lines that only mention a date (negative).
const DATE_LINES = [
  ['Published 4 March 2026', '2026-03-04'],
  ['March 4, 2026', '2026-03-04'],
  ['Updated: Wed 4 Mar 2026 10:32 GMT', '2026-03-04'],
  ['By Dana Okafor | March 4, 2026', '2026-03-04'],
];
const NOT_DATE_LINES = [
  'The council first approved the ferry contract on 4 March 2026 after a long debate.',
  'Storms closed the harbour on 4 March 2026, and the crossing was suspended for the whole of the following week while engineers inspected the ramps.',
];

for (const [line, iso] of DATE_LINES) {
  test(`a date line near the top dates the article: "${line}"`, () => {
    const a = core.analyze(withTop(line), kb);
    assert.equal(a.articleDate, iso);
    assert.equal(a.articleDateSource, 'date line');
  });
}

for (const line of NOT_DATE_LINES) {
  test(`a sentence with a date does not date the article: "${line.slice(0, 40)}…"`, () => {
    const a = core.analyze(withTop(line), kb);
    assert.equal(a.articleDate, null);
    assert.equal(a.articleDateSource, null);
  });
}

test('a date line dates the weekday check: a wrong weekday is found, a right one is not', () => {
  const wrong = core.analyze(withTop('Published 4 March 2026').replace('Thursday, March 5', 'Friday, March 5'), kb);
  const found = core.check(wrong, kb).filter((f) => f.rule === 'weekday-date');
  assert.equal(found.length, 1);
  assert.match(found[0].message, /Friday does not match March 5 2026, which was a Thursday/);
  const right = core.analyze(withTop('Published 4 March 2026'), kb);
  assert.equal(core.check(right, kb).filter((f) => f.rule === 'weekday-date').length, 0);
});

test('front matter wins over a date line, and a dateline with a year counts', () => {
  const fm = core.analyze(`---\ndate: 2026-02-01\n---\n\n${withTop('Published 4 March 2026')}`, kb);
  assert.deepEqual([fm.articleDate, fm.articleDateSource], ['2026-02-01', 'front matter']);
  const wire = core.analyze('Ferry service back\n\nHARWICH, March 4, 2026 (Reuters) - The ferry service resumed after a week of storms, the operator said.\n', kb);
  assert.deepEqual([wire.articleDate, wire.articleDateSource], ['2026-03-04', 'dateline']);
});

test('"last Tuesday" resolves to a day once the article has a date', () => {
  const a = core.analyze(`${withTop('Published 4 March 2026')}\nThe last crossing ran last Tuesday.\n`, kb);
  const d = a.dates.find((x) => x.text === 'last Tuesday');
  assert.equal(d.value, '2026-03-03');
});

test('front matter read again (an edit below it) gives the same fields, and a change to them is not kept for the next reading', () => {
  const top = '---\ndate: 2026-02-01\nbyline: Dana Okafor\ntags: [ferry, storms]\n---\n\n';
  const first = core.analyze(`${top}${withTop('Published 4 March 2026')}`, kb);
  assert.deepEqual(first.frontMatter.data, { date: '2026-02-01', byline: 'Dana Okafor', tags: ['ferry', 'storms'] });
  first.frontMatter.data.date = '1999-01-01';
  first.frontMatter.data.tags.push('changed');
  const edited = core.analyze(`${top}${withTop('Published 4 March 2026')}\nThe ferry ran again on Friday.\n`, kb);
  assert.deepEqual(edited.frontMatter.data, { date: '2026-02-01', byline: 'Dana Okafor', tags: ['ferry', 'storms'] });
  assert.equal(edited.articleDate, '2026-02-01');
  // The same broken YAML under an opening line two characters longer: reported two characters on.
  const bad = (open) => core.analyze(`${open}\ndate: [2026\n---\n\nFerry service back\n`, kb).frontMatter.error;
  const once = bad('---');
  const shifted = bad('---  ');
  assert.match(once.message, /^Front matter is not valid YAML/);
  assert.equal(shifted.message, once.message);
  assert.deepEqual(shifted.span, { start: once.span.start + 2, end: once.span.end + 2 });
});
