// Findings do not depend on the layout an article arrives in. The fixture articles (the annotated
// corpus and the layout fixtures of the rule catalogue) are re-laid out at random: their body
// paragraphs hard-wrapped at a width from 40 to 100 columns with blank lines between them, or
// wrapped with indented first lines and no blank lines, or written one sentence per line. The
// findings must stay the same apart from their offsets: same rule, severity, message and text
// (whitespace aside).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { fcParams, loadCore, repoRoot } from './arbitraries.mjs';

const core = loadCore();
const kb = core.loadKnowledge();

const CORPUS = join(repoRoot, 'test', 'fixtures', 'corpus');
const RULES = join(repoRoot, 'test', 'fixtures', 'rules');
/** Layout fixtures whose paragraphs are one line each or blank-line separated. */
const LAYOUT_FIXTURES = [
  'unattributed-quote/ok-hard-wrapped-quote-then-speaker.news',
  'unattributed-quote/fires-hard-wrapped-no-speaker.news',
  'unbalanced-quote/ok-quote-wrapped-across-lines.news',
  'unsourced-statistic/ok-sponsored-block.news',
  'unattributed-quote/ok-wire-furniture-lines.news',
];

const articles = [
  ...readdirSync(CORPUS).filter((f) => f.endsWith('.news')).map((f) => ({ name: f, text: readFileSync(join(CORPUS, f), 'utf8') })),
  ...LAYOUT_FIXTURES.map((f) => ({ name: f, text: readFileSync(join(RULES, f), 'utf8') })),
];

const norm = (s) => s.replace(/\s+/g, ' ').trim();

/** The analysis of a text and its findings (every rule, the ones off by default too), each as rule | severity | message | words. */
function analyseWithFindings(text) {
  const a = core.analyze(text, kb, { languageId: 'news' });
  const findings = core.check(a, { kb, ...core.MEASURE_ALL });
  return { a, list: findings.map((f) => `${f.rule} | ${f.severity} | ${norm(f.message)} | ${norm(text.slice(f.start, f.end))}`).sort() };
}

/**
 * The findings of a text, kept per text: a re-layout drawn twice gives the same text, and the
 * analysis is deterministic (analysis-determinism.test.mjs), so it is analysed once.
 */
const findingsByText = new Map();
function findingsOf(text) {
  let list = findingsByText.get(text);
  if (!list) findingsByText.set(text, (list = analyseWithFindings(text).list));
  return { list };
}

/** Greedy fill of `words` into lines of at most `width` columns (a longer word gets its own line). */
function fill(words, width, firstIndent = '') {
  const lines = [];
  let line = firstIndent;
  for (const w of words) {
    if (line.trim() && line.length + 1 + w.length > width) {
      lines.push(line);
      line = w;
    } else line = line.trim() ? `${line} ${w}` : line + w;
  }
  if (line.trim()) lines.push(line);
  return lines.join('\n');
}

/**
 * The body paragraphs to re-lay: paragraph blocks after the first block of copy, whose text is
 * the document's own (nothing masked inside) and on one line or blank-line separated.
 */
function bodyParagraphs(a) {
  const text = a.text;
  const copy = a.blocks.filter((b) => b.kind !== 'frontMatter' && b.kind !== 'boilerplate');
  const first = copy[0];
  return a.blocks
    .filter((b) => b.kind === 'paragraph' && b !== first)
    .map((b) => ({ ...b, sentences: a.sentences.filter((s) => s.block === b.index) }))
    .filter((b) => !/\n[^\S\n]*\n/.test(text.slice(b.start, b.end)) && !a.blocks.some((o) => o.index !== b.index && o.start >= b.start && o.end <= b.end));
}

const prepared = articles.map((art) => {
  const { a, list } = analyseWithFindings(art.text);
  return { ...art, paragraphs: bodyParagraphs(a), before: list };
});

/** The article with its body paragraphs re-laid out in `mode`, paragraph i at widths[i % n]. */
function relay(art, mode, widths) {
  let out = art.text;
  const ps = art.paragraphs;
  for (let i = ps.length - 1; i >= 0; i--) {
    const p = ps[i];
    let body;
    if (mode === 'sentence') body = p.sentences.map((s) => norm(art.text.slice(s.start, s.end))).join('\n');
    else body = fill(norm(art.text.slice(p.start, p.end)).split(' '), widths[i % widths.length], mode === 'indent' ? '    ' : '');
    out = out.slice(0, p.start) + body + out.slice(p.end);
    if (mode === 'indent' && i > 0) {
      // No blank line between two body paragraphs: the indented first line opens each one.
      const prev = ps[i - 1];
      const gap = out.slice(prev.end, p.start);
      if (/^\s*$/.test(gap)) out = out.slice(0, prev.end) + '\n' + out.slice(p.start);
    }
  }
  return out;
}

/** Sentence-per-line layout is recognised when most body paragraphs hold several sentences. */
const sentenceReady = (art) => art.paragraphs.filter((p) => p.sentences.length > 1).length >= Math.max(3, 0.6 * art.paragraphs.length);

test('every fixture article has body paragraphs to re-lay', () => {
  for (const art of prepared) assert.ok(art.paragraphs.length > 0, `${art.name}: no body paragraphs`);
});

const articleIndex = fc.integer({ min: 0, max: prepared.length - 1 });
const layoutMode = fc.constantFrom('blank', 'indent');

function sameFindings(k, mode, widths) {
  const art = prepared[k];
  const text = relay(art, mode, widths);
  const after = findingsOf(text).list;
  assert.deepEqual(after, art.before, `${art.name} wrapped at ${widths.join(', ')} (${mode}):\n${text}`);
}

test('findings are the same when paragraphs are hard-wrapped at 40–100 columns, with blank lines or indented first lines (600 re-layouts)', (t) => {
  let n = 0;
  fc.assert(
    fc.property(articleIndex, fc.integer({ min: 40, max: 100 }), layoutMode, (k, width, mode) => {
      n++;
      sameFindings(k, mode, [width]);
    }),
    fcParams(600),
  );
  t.diagnostic(`re-layouts: ${n}`);
});

test('findings are the same when each paragraph is wrapped at a width of its own (300 re-layouts)', (t) => {
  let n = 0;
  fc.assert(
    fc.property(articleIndex, fc.array(fc.integer({ min: 40, max: 100 }), { minLength: 2, maxLength: 6 }), layoutMode, (k, widths, mode) => {
      n++;
      sameFindings(k, mode, widths);
    }),
    fcParams(300),
  );
  t.diagnostic(`re-layouts: ${n}`);
});

test('findings are the same when paragraphs are written one sentence per line', () => {
  const ready = prepared.filter(sentenceReady);
  assert.ok(ready.length >= 3, 'too few articles with several sentences per paragraph');
  for (const art of ready) {
    const text = relay(art, 'sentence', [0]);
    assert.deepEqual(findingsOf(text).list, art.before, `${art.name} one sentence per line:\n${text}`);
  }
});

test('re-laying changes the text: the property is not vacuous', () => {
  const art = prepared.find((a) => a.paragraphs.some((p) => p.end - p.start > 120));
  const text = relay(art, 'blank', [60]);
  assert.notEqual(text, art.text);
  assert.ok(text.split('\n').length > art.text.split('\n').length + 2, 'paragraphs were broken into lines');
});
