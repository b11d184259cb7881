// Work that grows with the article, not with its square (issue 17): each of these once read every
// entity, mention, quotation or finding of the article for each quote, source or candidate phrase,
// so that an article of many paragraphs of one shape cost (paragraphs)². Each test counts the work
// (items read by Array.prototype.some, entries written to Maps) on an article of n paragraphs and
// of 10n: linear work grows about tenfold, the old loops a hundredfold. Time is measured by
// `npm run bench`, not here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
const core = require(join(REPO, 'dist', 'core.js'));
const kb = core.loadKnowledge();

const given = ['James', 'Maria', 'Wei', 'Aisha', 'Olu', 'Sven', 'Priya', 'Kenji', 'Fatima', 'Diego'];
const family = ['Okafor', 'Lindqvist', 'Tanaka', 'Haddad', 'Moreau', 'Kowalski', 'Nguyen', 'Silva', 'Abdullah', 'Brennan'];
const namesOf = (n) => Array.from({ length: n }, (_, i) => `${given[i % 10]} ${family[Math.floor(i / 10) % 10]}${String.fromCharCode(97 + (i % 26))}${i}`);
const article = (paragraphs) => 'Headline\n\n' + paragraphs.join('\n\n') + '\n';

/** Items that Array.prototype.some was asked to look through while `fn` ran. */
function itemsScanned(fn) {
  const original = Array.prototype.some;
  let items = 0;
  Array.prototype.some = function (...args) {
    items += this.length;
    return original.apply(this, args);
  };
  try {
    return { value: fn(), work: items };
  } finally {
    Array.prototype.some = original;
  }
}

/** Entries written to Maps (by set, or by a Map made from a list) while `fn` ran. */
function mapEntriesWritten(fn) {
  const original = Map.prototype.set;
  let sets = 0;
  Map.prototype.set = function (k, v) {
    sets++;
    return original.call(this, k, v);
  };
  try {
    return { value: fn(), work: sets };
  } finally {
    Map.prototype.set = original;
  }
}

/** The work at n and at 10n paragraphs, and the ratio (linear: about 10; (paragraphs)²: about 100). */
function growth(make, measure, n) {
  const one = measure(make(n));
  const ten = measure(make(10 * n));
  return { one, ten, ratio: ten.work / Math.max(1, one.work) };
}

test('a quote after a sentence opening with a pronoun, in each paragraph: the speaker is found without a map of every entity per quote', () => {
  const make = (n) => article(namesOf(n).map((x) => `${x} arrived on Monday. He smiled at the crowd. “We won the cup.”`));
  const { one, ten, ratio } = growth(make, (text) => mapEntriesWritten(() => core.analyze(text, kb)), 150);
  // Every quote still has its speaker: the person named before the pronoun.
  for (const r of [one, ten]) {
    const a = r.value;
    assert.equal(a.quotes.length, a.quotes.filter((q) => q.speaker).length);
    const q = a.quotes[a.quotes.length - 1];
    const e = a.entities.find((x) => x.id === q.speaker);
    assert.equal(e?.kind, 'person');
    assert.ok(e.mentions.some((m) => m.end <= q.start && q.start - m.end < 60), 'the speaker is the person just named');
  }
  // (Once a map of every entity for each quote: 4 million entries for 2,000 paragraphs.)
  assert.ok(ratio < 15, `Map entries ${one.work} → ${ten.work} (x${ratio.toFixed(1)})`);
});

test('an unnamed source after a person in each paragraph ("The witness said …"): the paragraph\'s mentions are looked up, not every mention read per source', () => {
  const make = (n) => core.analyze(article(namesOf(n).map((x) => `${x} was in court on Monday. The witness said the car was red.`)), kb);
  const measure = (a) => itemsScanned(() => core.check(a, { kb }));
  const { one, ten, ratio } = growth(make, measure, 150);
  // The witness is the person just named: no finding of an unnamed source.
  for (const r of [one, ten]) assert.equal(r.value.filter((f) => f.rule === 'anonymous-source').length, 0);
  // (Once every mention of every person per source: 6 million items for 2,000 paragraphs.)
  assert.ok(ratio < 15, `items scanned ${one.work} → ${ten.work} (x${ratio.toFixed(1)})`);
});

test('a view nobody holds in each paragraph ("There is growing concern that …"): the findings so far are looked up, not each read per phrase', () => {
  const make = (n) => core.analyze(article(Array.from({ length: n }, (_, i) => `There is growing concern that road ${i} is late.`)), kb);
  const measure = (a) => itemsScanned(() => core.check(a, { kb }));
  const { one, ten, ratio } = growth(make, measure, 150);
  for (const [r, n] of [[one, 150], [ten, 1500]]) {
    const views = r.value.filter((f) => f.rule === 'vague-attribution');
    assert.equal(views.length, n);
    assert.match(r.value.find((f) => f.rule === 'vague-attribution').message, /There is growing concern/);
  }
  // A few items per paragraph (once every finding so far per phrase: 750 per paragraph of 1,500,
  // a million in all). (The count at n is too small for a ratio to say much.)
  assert.ok(ten.work <= 20 * 1500, `items scanned ${one.work} → ${ten.work} (x${ratio.toFixed(1)})`);
});

test('hearsay joined to an unnamed source in each paragraph ("Media reports and party sources said …"): the findings so far are looked up, not each read per source', () => {
  const make = (n) => core.analyze(article(Array.from({ length: n }, (_, i) => `Media reports and party sources said road ${i} was late.`)), kb);
  const measure = (a) => itemsScanned(() => core.check(a, { kb }));
  const { one, ten, ratio } = growth(make, measure, 150);
  for (const [r, n] of [[one, 150], [ten, 1500]]) {
    const hearsay = r.value.filter((f) => f.rule === 'vague-attribution' && /“Media reports and party sources said”/.test(f.message));
    assert.equal(hearsay.length, n);
  }
  // A few items per paragraph (once every finding so far per source: a million for 1,500 paragraphs).
  assert.ok(ten.work <= 20 * 1500, `items scanned ${one.work} → ${ten.work} (x${ratio.toFixed(1)})`);
});

test('unbalanced-quote: a run of opening marks is read once, not once per mark to the end of its paragraph', () => {
  // (Each opening mark left open looks ahead for the mark that closes it turned the wrong way;
  // the look-ahead stops three quotations deep, so a run of n marks costs n, not n².)
  const calls = (n) => {
    const a = core.analyze(`Headline\n\n${'“'.repeat(n)}\n`, kb, { languageId: 'news' });
    const original = String.prototype.includes;
    let count = 0;
    String.prototype.includes = function (...args) {
      count++;
      return original.apply(this, args);
    };
    try {
      core.check(a, { kb });
    } finally {
      String.prototype.includes = original;
    }
    return count;
  };
  const small = calls(300);
  const large = calls(3000);
  assert.ok(large < small * 20, `300 marks: ${small} calls; 3,000 marks: ${large} (a scan per mark grows a hundredfold)`);
});
