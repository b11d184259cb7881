// The token shapes and word lists of analysis/tokens.ts, run by one generic test each:
// data/token-shapes.json gives every shape words it accepts and refuses; data/word-lists.json
// gives every word list a positive example (the list decides it) and a negative one (the same
// shape without a listed word, expecting the opposite), and each example goes through the whole analysis (dist/core.js;
// build first: `node esbuild.mjs`). The currency markers of data/currencies.json likewise.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CORE = join(REPO, 'dist', 'core.js');
if (!existsSync(CORE)) throw new Error(`${CORE} is missing: run \`node esbuild.mjs\` before the unit tests`);
const core = createRequire(import.meta.url)(CORE);
const kb = core.loadKnowledge();
const DATA = join(REPO, 'server', 'src', 'analysis', 'data');
const shapes = JSON.parse(readFileSync(join(DATA, 'token-shapes.json'), 'utf8')).shapes;
const lists = JSON.parse(readFileSync(join(DATA, 'word-lists.json'), 'utf8')).lists;
const currencies = JSON.parse(readFileSync(join(DATA, 'currencies.json'), 'utf8'));

for (const [name, { positive, negative }] of Object.entries(shapes)) {
  test(`token shape ${name}: accepts its positive words and refuses its negative ones`, () => {
    const f = core.tokens[name];
    assert.equal(typeof f, 'function', `tokens.${name} is not exported`);
    assert.ok(positive.length && negative.length);
    for (const w of positive) assert.equal(f(w), true, `${name}(${JSON.stringify(w)})`);
    for (const w of negative) assert.equal(f(w), false, `${name}(${JSON.stringify(w)})`);
  });
}

test('WordSet matches whole words at either end of a stretch of text', () => {
  const w = new core.tokens.WordSet(['in', 'back to', 'c.']);
  assert.ok(w.has('IN') && !w.has('inn'));
  assert.ok(w.endsAt('built in') && w.endsAt('dating back to') && !w.endsAt('built within'));
  assert.ok(w.endsBeforeOneSpace('built c. ') && !w.endsBeforeOneSpace('built in  '));
  assert.ok(w.startsAt('in 1066') && !w.startsAt('inner'));
  assert.ok(w.startsAfterSpaces('  in') && w.endsBeforeDotSpaces('built in.  ') && !w.endsBeforeDotSpaces('built in.', false));
  const cs = new core.tokens.WordSet(['BBC'], true);
  assert.ok(cs.has('BBC') && !cs.has('bbc'));
  assert.throws(() => core.tokens.words('no-such-list'));
  assert.ok(w.hasWithOptionalDot('in.') && !w.hasWithOptionalDot('in..'));
  assert.ok(new core.tokens.WordSet(['up to']).endsWithAny('cut up to') && !new core.tokens.WordSet(['up to']).endsWithAny('up to 70'));
  assert.equal(core.tokens.withoutPossessive('Blair’s'), 'Blair');
  assert.equal(core.tokens.withoutPossessive('Blairs'), 'Blairs');
});

/** What the whole analysis says of one example: the figure at `figure`, the findings over `at`. */
function check(example, where) {
  const text = `${example.headline ?? 'Example'}\n\n${example.text}`;
  const from = text.length - example.text.length;
  const a = core.analyze(text, kb);
  if ('claims' in example) assert.equal(a.claims.length, example.claims, `${where}: claims in “${example.text}”`);
  if ('sentences' in example) assert.equal(a.sentences.length, example.sentences, `${where}: sentences of “${text}”`);
  if ('mentioned' in example) {
    const mentions = a.entities.flatMap((e) => e.mentions.map((m) => m.text));
    assert.equal(mentions.includes(example.mention), example.mentioned, `${where}: a mention “${example.mention}” in “${example.text}” (found: ${mentions.join(', ') || 'none'})`);
  }
  if (example.figure !== undefined) {
    const at = text.indexOf(example.figure, from);
    assert.ok(at >= 0, `${where}: the figure “${example.figure}” is not in “${example.text}”`);
    const q = a.quantities.find((x) => x.start <= at && at < x.end);
    if ('quantity' in example) assert.equal(Boolean(q), example.quantity, `${where}: a figure at “${example.figure}” in “${example.text}” (found: ${a.quantities.map((x) => x.text).join(', ') || 'none'})`);
    for (const key of ['value', 'kind', 'unit']) {
      if (key in example) assert.equal(q?.[key], example[key], `${where}: ${key} of “${example.figure}” in “${example.text}”`);
    }
  }
  if (example.rule !== undefined) {
    const at = text.indexOf(example.at, from);
    assert.ok(at >= 0, `${where}: “${example.at}” is not in “${example.text}”`);
    // (Every rule, the ones off by default too, and self-lowered hints: the list decides what the rule finds when on.)
    const found = core.check(a, { kb, ...core.MEASURE_ALL }).some((f) => f.rule === example.rule && f.start <= at && at < f.end);
    assert.equal(found, example.finding, `${where}: ${example.rule} over “${example.at}” in “${example.text}”`);
  }
}

const EXPECTATIONS = ['quantity', 'value', 'kind', 'unit', 'finding', 'sentences', 'mentioned', 'claims'];

for (const [name, list] of Object.entries(lists)) {
  test(`word list ${name}: its positive example is decided by it, its negative one is not`, () => {
    assert.ok(list.about && list.words.length > 0, `${name}: a description and words are required`);
    assert.ok(list.positive && list.negative, `${name}: a positive and a negative example are required`);
    assert.equal(new Set(list.words).size, list.words.length, `${name}: duplicate words`);
    // The two examples expect opposite things of the same figure or rule.
    const keys = EXPECTATIONS.filter((k) => k in list.positive);
    assert.ok(keys.length > 0 && keys.every((k) => k in list.negative && list.negative[k] !== list.positive[k]), `${name}: the negative example must expect the opposite of the positive one`);
    check(list.positive, `${name} positive`);
    check(list.negative, `${name} negative`);
    // And it is this list that decides: emptied, the positive example comes out otherwise.
    core.tokens.replaceListForTest(name, []);
    try {
      assert.throws(() => check(list.positive, `${name} positive`), assert.AssertionError, `${name}: the positive example holds without the list`);
    } finally {
      core.tokens.replaceListForTest(name);
    }
  });
}

test('currencies.json: the markers give the code of each example', () => {
  assert.ok(currencies.prefixes.length > 0);
  for (const e of currencies.examples) check(e, `currency ${e.figure}`);
});

test('runs of marks: the plain tests say what the patterns they replace said', () => {
  const t = core.tokens;
  const samples = ['', ' ', '  “(The', '"‘ ', ': ', ' :x', ' - item', '-item', '\t• x', ' ,  a', 'end.', 'ask?', 'x,', ',', 'a(', '(; ', 'Blair’s'];
  for (const s of samples) {
    const q = JSON.stringify(s);
    assert.equal(t.skipSpaceAnd(s, t.OPENING_MARKS), /^[\s"“‘(]*/.exec(s)[0].length, `skipSpaceAnd(${q})`);
    assert.equal(t.onlySpaceAnd(s, ':'), /^[\s:]*$/.test(s), `onlySpaceAnd(${q}, ':')`);
    assert.equal(t.endsWithOneOf(s, '.!?,;:…'), /[.!?,;:…]$/.test(s), `endsWithOneOf(${q})`);
    assert.equal(t.startsWithOneOf(s, '-•'), /^[-•]/.test(s), `startsWithOneOf(${q})`);
    assert.equal(t.indexOfOneOf(s, ',.;'), s.search(/[,.;]/), `indexOfOneOf(${q})`);
    assert.equal(t.hasOneOf(s, '?!'), /[?!]/.test(s), `hasOneOf(${q})`);
    assert.equal(t.markThenSpace(s, '-–•*,'), /^\s*[-–•*,]\s/.test(s), `markThenSpace(${q})`);
    assert.equal(t.lettersOnly(s), s.replace(/[^\p{L}]/gu, ''), `lettersOnly(${q})`);
  }
});

test('tokens: the words read by character codes are the ones the token expression finds', () => {
  // sentences.ts reads words of ASCII letters and single ASCII marks without the expression; on
  // any text the tokens must be the expression's (with a possessive "'s" split off). Random
  // strings of letters, figures, joiners, accents, combining marks, other scripts and spaces.
  const RE = /\p{N}+(?:[.,/]\p{N}+)*(?![\p{L}\p{M}])|[\p{L}\p{M}\p{N}]+(?:['’\-.&](?=[\p{L}\p{M}\p{N}])[\p{L}\p{M}\p{N}]+)*|[^\s]/gu;
  const expected = (text) => {
    const out = [];
    for (const m of text.matchAll(RE)) {
      const t = m[0];
      const c = t.charCodeAt(t.length - 2);
      if (t.length > 2 && /[sS]$/.test(t) && (c === 39 || c === 0x2019)) out.push(t.slice(0, -2), t.slice(-2));
      else out.push(t);
    }
    return out;
  };
  const alphabet = ['a', 'B', 'z', 'Q', 'x', 's', 'S', '1', '9', "'", '’', '-', '.', '&', ',', '/', ' ', ' ', ' ', 'é', '\u0301', '٣', '\u00a0', '(', '–', '😀', '_', '+', '$', '£', 'Ω'];
  let seed = 7;
  const rand = (n) => (seed = (seed * 48271) % 2147483647) % n;
  const texts = ["O'Neill’s co-op sold 3D-printed x’s to R&D at U.S. firms for 1.5x the 10,000/20 price.", 'Zoë Ünal’s café: naïve x-ray e.g. don\'t a- b.'];
  for (let i = 0; i < 3000; i++) {
    let t = 'Word ';
    for (let k = 5 + rand(40); k > 0; k--) t += alphabet[rand(alphabet.length)];
    texts.push(`${t}.`);
  }
  // The texts are read 100 at a time, each a paragraph of one document (a blank line between
  // them), and each one's tokens (those that start inside it) are compared with the expression's
  // words of that text, in order: the same comparison for every text as when each was a document
  // of its own, with 31 analyses instead of 3,002 (tokens never run across a blank line).
  let compared = 0;
  for (let i = 0; i < texts.length; i += 100) {
    const batch = texts.slice(i, i + 100);
    const starts = [];
    let doc = '';
    for (const text of batch) {
      if (doc) doc += '\n\n';
      starts.push(doc.length);
      doc += text;
    }
    const tokens = core.analyze(doc, kb).tokens;
    let k = 0;
    batch.forEach((text, j) => {
      const from = starts[j];
      const to = from + text.length;
      assert.ok(k === tokens.length || tokens[k].start >= from, `a token between two texts: ${JSON.stringify(tokens[k]?.text)}`);
      const got = [];
      for (; k < tokens.length && tokens[k].start < to; k++) {
        assert.ok(tokens[k].end <= to, `a token runs past its paragraph: ${JSON.stringify(doc.slice(tokens[k].start, tokens[k].end))}`);
        got.push(tokens[k].text);
      }
      assert.deepEqual(got, expected(text.replace(/\u0001/g, ' ')), JSON.stringify(text));
      compared++;
    });
    assert.equal(k, tokens.length, 'every token lies inside one of the texts');
  }
  assert.equal(compared, texts.length);
});
