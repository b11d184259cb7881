// Searches bounded by what they look at (issue 17): each of these once ran to the end of the
// document, or over every item of a list, for each token, annotation, source or finding, so a long
// article cost the square of its length. Each test counts the work done on a constructed article
// (characters searched, items read or copied), not time: `npm run bench` measures time.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
const core = require(join(REPO, 'dist', 'core.js'));
const kb = core.loadKnowledge();

let dir;
let editor;
let selectors;
let TextDocument;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'sourced-bounded-'));
  const req = createRequire(join(dir, 'x.cjs'));
  for (const [name, entry] of [['editor', 'server/src/features/editor.ts'], ['selectors', 'server/src/annotations/selectors.ts']]) {
    buildSync({ entryPoints: [join(REPO, entry)], bundle: true, platform: 'node', format: 'cjs', outfile: join(dir, `${name}.cjs`), logLevel: 'silent' });
  }
  editor = req(join(dir, 'editor.cjs'));
  selectors = req(join(dir, 'selectors.cjs'));
  ({ TextDocument } = require('vscode-languageserver-textdocument'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

/** Characters String.prototype.indexOf looks through while `fn` runs (to the hit, or to the end);
 *  with `proto` Array.prototype, the items Array.prototype.indexOf looks through. */
function charactersSearched(fn, proto = String.prototype) {
  const original = proto.indexOf;
  let searched = 0;
  proto.indexOf = function (needle, from = 0) {
    const at = original.call(this, needle, from);
    searched += (at < 0 ? this.length : at) - Math.max(0, from);
    return at;
  };
  try {
    return { value: fn(), searched };
  } finally {
    proto.indexOf = original;
  }
}

test('semantic tokens of a one-line article: the line end is looked for once, not once per name', () => {
  const sentence = 'Ann Okafor met Wei Lindqvist in Oslo on Monday, the council said. ';
  const text = 'Ferry talks\n\n' + sentence.repeat(400).trim() + '\n';
  const a = core.analyze(text, kb);
  const doc = TextDocument.create('file:///one-line.news', 'sourced-news', 1, text);
  const { value: tokens, searched } = charactersSearched(() => editor.semanticTokens(doc, a));
  // The names are all there, each on line 2 (after the headline and a blank line).
  const lines = text.split('\n');
  let line = 0;
  let char = 0;
  const words = [];
  for (let i = 0; i < tokens.data.length; i += 5) {
    const [dl, dc, len] = tokens.data.slice(i, i + 5);
    line += dl;
    char = dl === 0 ? char + dc : dc;
    words.push(`${line}:${lines[line].slice(char, char + len)}`);
  }
  assert.equal(words.filter((w) => w === '2:Ann Okafor').length, 400);
  assert.equal(words.filter((w) => w === '2:Wei Lindqvist').length, 400);
  // Once through the text in all (it was once per token: about 1,600 times the line).
  assert.ok(searched <= 2 * text.length, `searched ${searched} characters of a ${text.length}-character text`);
});

test('an annotation whose words are gone: the search stays in its scope', () => {
  const text = 'The council said the bridge would reopen. '.repeat(5000);
  const cp = new selectors.CodePoints(text);
  const scope = { start: 0, end: 200 };
  const quote = { type: 'TextQuoteSelector', exact: 'the ferry would sail', prefix: '', suffix: '' };
  const found = { type: 'TextQuoteSelector', exact: 'the bridge would reopen', prefix: 'council said ', suffix: '' };
  let r = charactersSearched(() => selectors.resolveAlternatives([quote], cp, scope));
  assert.equal(r.value, null);
  assert.ok(r.searched <= 2 * (scope.end - scope.start), `searched ${r.searched} characters for a ${scope.end - scope.start}-character scope`);
  r = charactersSearched(() => selectors.resolveAlternatives([found], cp, { start: 42, end: 400 }));
  assert.deepEqual(r.value, { start: 42 + 17, end: 42 + 17 + found.exact.length });
  // Not found at or past the scope's end.
  assert.equal(selectors.resolveAlternatives([found], cp, { start: 42, end: 42 + 17 + found.exact.length - 1 }), null);
});

test('editor suppressions are looked up, not each read for every finding', () => {
  const lines = ['Rail fares rise'];
  for (let i = 0; i < 300; i++) lines.push(`Fares rose by ${i % 90 + 3} per cent on route ${i} last year.`);
  const text = lines.join('\n\n') + '\n';
  const a = core.analyze(text, kb);
  const all = core.check(a, { kb });
  const stats = all.filter((f) => f.rule === 'unsourced-statistic');
  assert.ok(stats.length >= 200, `${stats.length} unsourced figures`);
  // 2,000 suppressions: one over the first finding, the rest of another rule or elsewhere.
  let reads = 0;
  const counted = (rule, start, end) => ({ get rule() { reads++; return rule; }, get start() { reads++; return start; }, get end() { reads++; return end; } });
  const suppressions = [counted('unsourced-statistic', stats[0].start, stats[0].start + 1)];
  for (let i = 1; i < 2000; i++) suppressions.push(i % 2 ? counted('anonymous-source', i * 3, i * 3 + 2) : counted('unsourced-statistic', text.length + i, text.length + i + 1));
  const found = core.check(a, { kb, suppressions });
  assert.equal(found.filter((f) => f.rule === 'unsourced-statistic').length, stats.length - 1, 'the suppressed finding alone is gone');
  assert.ok(!found.some((f) => f.rule === 'unsourced-statistic' && f.start === stats[0].start));
  // Each suppression read a few times, not once per finding (that was over 400,000 reads).
  assert.ok(reads <= 10 * suppressions.length, `${reads} reads of ${suppressions.length} suppressions`);
});

test('an unnamed source in each paragraph: the rest of the block list is not copied for each', () => {
  const paras = ['Harbour plan approved'];
  for (let i = 0; i < 1500; i++) paras.push(`A senior official said berth ${i} would open in spring.`);
  const text = paras.join('\n\n') + '\n';
  const a = core.analyze(text, kb);
  const original = Array.prototype.slice;
  let copied = 0;
  Array.prototype.slice = function (...args) {
    const out = original.apply(this, args);
    if (this === a.blocks) copied += out.length;
    return out;
  };
  let found;
  try {
    found = core.check(a, { kb });
  } finally {
    Array.prototype.slice = original;
  }
  // Every one of them is still an unnamed source to name.
  assert.equal(found.filter((f) => f.rule === 'anonymous-source').length, 1500);
  // (Once the rest of the list per source: over a million blocks copied.)
  assert.ok(copied <= 10 * a.blocks.length, `${copied} blocks copied for ${a.blocks.length} blocks`);
});

test('one long paragraph of figures and quotations: the paragraph is read once for each check, not once per sentence or quotation', () => {
  // (Per figure sentence, a paragraph-wide source check sliced and searched the whole paragraph,
  // and the first-person test copied the paragraph once per quotation in it.)
  const charsSliced = (n) => {
    const para = Array.from({ length: n }, (_, i) => `Sales rose ${(i % 90) + 5}% last year. “We did well,” a manager said.`).join(' ');
    const text = `Shop sales\n\n${para}\n`;
    const a = core.analyze(text, kb);
    assert.equal(a.quotes.length, n);
    const original = String.prototype.slice;
    let sliced = 0;
    String.prototype.slice = function (...args) {
      const out = original.apply(this, args);
      sliced += out.length;
      return out;
    };
    let found;
    try {
      found = core.check(a, { kb });
    } finally {
      String.prototype.slice = original;
    }
    assert.ok(found.some((f) => f.rule === 'unsourced-statistic'), 'the figures are still read');
    return sliced / text.length;
  };
  const short = charsSliced(100);
  const long = charsSliced(400);
  // Characters sliced per character of text stay level as the paragraph grows (they grew with it:
  // 330 and then 1,230 per character).
  assert.ok(long <= 1.5 * short && long < 100, `${short.toFixed(0)} then ${long.toFixed(0)} characters sliced per character`);
});

test('"they say" taking up a crowd reads the reports of its own sentence, not every report of the article', () => {
  // (Each "they say" once looked through all the article's attributions for one that contains it.)
  const itemsRead = (n) => {
    // (Paragraphs told apart by words, not numbers, which the figure rules would read too.)
    const w = ['north', 'south', 'east', 'west', 'old', 'new', 'coast', 'hill', 'river', 'lake'];
    const text = Array.from({ length: n }, (_, i) => `Some analysts say the ${w[i % 10]} ${w[Math.floor(i / 10) % 10]} ${w[Math.floor(i / 100)]} road is late. It is a mess, they say, and costly.`).join('\n\n');
    const a = core.analyze(text, kb);
    const original = Array.prototype.some;
    let read = 0;
    Array.prototype.some = function (...args) {
      read += this.length;
      return original.apply(this, args);
    };
    let found;
    try {
      found = core.check(a, { kb });
    } finally {
      Array.prototype.some = original;
    }
    assert.ok(found.filter((f) => f.rule === 'vague-attribution').length >= n, 'the crowds are still found');
    return read / n;
  };
  const short = itemsRead(100);
  const long = itemsRead(400);
  // Items read per paragraph stay level as the article grows (they grew with it).
  assert.ok(long < short * 1.5, `items read per paragraph: ${short.toFixed(0)} at 100 paragraphs, ${long.toFixed(0)} at 400`);
});

test('a pass of vague-attribution that finds as much as the passes before it keeps its own findings apart, not moved in among theirs', () => {
  // (Each crowd's feeling found was put in among the findings of the passes before it, and every
  // finding after it was read again: findings × findings on an article of many.)
  const itemsPushed = (n) => {
    const w = ['north', 'south', 'east', 'west', 'old', 'new', 'coast', 'hill', 'river', 'lake'];
    const text = Array.from({ length: n }, (_, i) => `Some analysts say the ${w[i % 10]} ${w[Math.floor(i / 10) % 10]} ${w[Math.floor(i / 100) % 10]} road is late. Many members were surprised and dismayed.`).join('\n\n');
    const a = core.analyze(text, kb);
    const original = Array.prototype.push;
    let pushed = 0;
    Array.prototype.push = function (...args) {
      pushed += args.length;
      return original.apply(this, args);
    };
    let found;
    try {
      found = core.check(a, { kb, allRules: true });
    } finally {
      Array.prototype.push = original;
    }
    const vague = found.filter((f) => f.rule === 'vague-attribution');
    assert.ok(vague.filter((f) => a.text.slice(f.start, f.end).startsWith('Many members')).length >= n, 'each crowd\'s feeling is still found');
    assert.ok(vague.length >= 2 * n, 'and each crowd that says something');
    return pushed / n;
  };
  const short = itemsPushed(100);
  const long = itemsPushed(400);
  // Items pushed per paragraph stay level as the article grows (they grew with it).
  assert.ok(long < short * 1.5, `items pushed per paragraph: ${short.toFixed(0)} at 100 paragraphs, ${long.toFixed(0)} at 400`);
});

test('figure roles: a vote result finds the figure beside it without a search of every figure before it', () => {
  // Each line a ward's result, "58 percent to 40 percent" after "beat": the role table asks for
  // the figure's neighbour, which an indexOf over all the article's figures once found.
  const article = (n) => `Harbour ward results\n\n${Array.from({ length: n }, (_, i) => `In ward ${i + 1} the mayor beat her rival by 18 points (58 percent to 40 percent).`).join('\n\n')}\n`;
  const perFigure = (n) => {
    const text = article(n);
    return charactersSearched(() => core.analyze(text, kb, { languageId: 'news' }), Array.prototype).searched / n;
  };
  const small = perFigure(200);
  const large = perFigure(1600);
  assert.ok(large < small * 2 + 50, `items searched per result: ${small.toFixed(0)} at 200 wards, ${large.toFixed(0)} at 1,600`);
});

test('a name before each unnamed source: whether a clause stands between them reads the cues near it, not every attribution', () => {
  // (For each source set off by a comma after a person's name, every attribution of the article
  // was read to find a cue between the two: the square of the article's length.)
  const given = ['Tomas', 'Anna', 'Ilse', 'Ruth', 'Kofi'];
  const paras = ['Harbour talks end'];
  for (let i = 0; i < 2000; i++) paras.push(`${given[i % 5]} Halvorsen${i}, a senior official said berth ${i} would open in spring.`);
  const text = paras.join('\n\n') + '\n';
  const a = core.analyze(text, kb);
  let found;
  const reads = readsOf(a.attributions, 'cue', () => (found = core.check(a, { kb })));
  // The sources are named in apposition before them: none is an unnamed source to name.
  assert.equal(found.filter((f) => f.rule === 'anonymous-source').length, 0);
  // (Every attribution for each source: over two million reads.)
  assert.ok(reads <= 200 * a.attributions.length, `${reads} cue reads for ${a.attributions.length} attributions`);
});

test('a hedge in each paragraph: whether the next sentence credits a paper reads that sentence\'s reports, not every attribution', () => {
  // (For each "reportedly" followed by a sentence naming a publication, every attribution of the
  // article was read for one of that sentence: the square of the article's length.)
  const paras = ['Harbour sale talks'];
  for (let i = 0; i < 2000; i++) paras.push(`The ferry firm is reportedly planning to sell berth ${i}. Reuters covered the talks on berth ${i}.`);
  const text = paras.join('\n\n') + '\n';
  const a = core.analyze(text, kb);
  const reads = readsOf(a.attributions, 'sentence', () => core.check(a, { kb }));
  assert.ok(a.attributions.length >= 2000, `${a.attributions.length} attributions`);
  // (Every attribution for each hedge: over four million reads.)
  assert.ok(reads <= 200 * a.attributions.length, `${reads} sentence reads for ${a.attributions.length} attributions`);
});

/** How many times property `key` of the items is read while `fn` runs (each item's value kept). */
function readsOf(items, key, fn) {
  let reads = 0;
  for (const item of items) {
    const value = item[key];
    Object.defineProperty(item, key, { get: () => (reads++, value), configurable: true, enumerable: true });
  }
  fn();
  return reads;
}
