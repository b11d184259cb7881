// A long article of one-line quotations, each with its speaker (issue 17): every quote and every
// speaker is found, and a single-quoted line never pairs with a mark on another line. (The search
// for single marks once ran to the end of the document for each paragraph; its speed is measured
// by `npm run bench`, not here.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const core = require('../../dist/core.js');
const kb = core.loadKnowledge();

const SPEAKERS = ['Ann Okafor', 'Wei Lindqvist', 'Priya Haddad'];
const LINES = 3000;

function article() {
  const lines = ['Ferry timetable changes'];
  for (let i = 0; i < LINES; i++) {
    const who = SPEAKERS[i % SPEAKERS.length];
    // Every fifth line in single marks; every seventh opens a single mark that never closes.
    if (i % 7 === 6) lines.push(`‘The crossing at ${i} was late, said ${who}.`);
    else if (i % 5 === 4) lines.push(`‘The crossing at ${i} was full,’ said ${who}.`);
    else lines.push(`“The crossing at ${i} was calm,” said ${who}.`);
  }
  return lines.join('\n') + '\n';
}

test(`${LINES} one-line quotes: each quote found with its own speaker`, () => {
  const text = article();
  const a = core.analyze(text, kb);
  const expected = [];
  for (let i = 0; i < LINES; i++) {
    if (i % 7 === 6) continue;
    const mark = i % 5 === 4 ? ['‘', '’', 'full'] : ['“', '”', 'calm'];
    expected.push({ quote: `${mark[0]}The crossing at ${i} was ${mark[2]},${mark[1]}`, speaker: SPEAKERS[i % SPEAKERS.length] });
  }
  const found = a.quotes.map((q) => ({ quote: text.slice(q.start, q.end), speaker: q.speakerSpan ? text.slice(q.speakerSpan.start, q.speakerSpan.end) : null }));
  assert.deepEqual(found, expected);
  for (const q of a.quotes) {
    // No quote runs over a line end.
    assert.ok(!text.slice(q.start, q.end).includes('\n'), `quote at ${q.start} spans lines`);
    assert.ok(q.speech, `quote at ${q.start} is speech`);
  }
});
