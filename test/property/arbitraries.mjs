// Generators for property tests: arbitrary UTF-16 (lone surrogates included) and news-like
// copy built from the pieces the analysis reacts to (names, cues, quotes, figures, dates,
// wire credits, boilerplate, front matter, odd whitespace and line ends).
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const corePath = join(repoRoot, 'dist', 'core.js');

export function loadCore() {
  try {
    return require(corePath);
  } catch (e) {
    throw new Error(`dist/core.js could not be loaded (${e.message}); build first with \`node esbuild.mjs\``);
  }
}

/** A second, independent instance of the core (fresh module state, fresh caches). */
export function loadFreshCore() {
  const key = require.resolve(corePath);
  const saved = require.cache[key];
  delete require.cache[key];
  try {
    return require(corePath);
  } finally {
    if (saved) require.cache[key] = saved;
  }
}

/** Any UTF-16 code unit, so lone surrogates, NUL and controls all occur. */
const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
/** Units that matter for text: ASCII, quotes, dashes, spaces, line ends, surrogates, marks. */
const interestingUnit = fc.constantFrom(
  'a', 'Z', ' ', '.', ',', '"', "'", '“', '”', '‘', '’', '«', '»', '\n', '\r', '\r\n', '\t', '-', '—', '–', '$', '£', '€', '%', '(', ')',
  '\u200b', '\u200d', '\u200e', '\u200f', '\u202e', '\u2066', '\ufeff', '\u00a0', '\ud800', '\udfff', '\ud83d\ude00', '\u0301', '0', '7', ':', ';', '?', '!', '#', '*', '>', '<', '`', '\\', '/',
);

export const arbitraryText = fc.oneof(
  fc.string({ unit: anyUnit, maxLength: 60, size: 'medium' }),
  fc.string({ unit: interestingUnit, maxLength: 80, size: 'medium' }),
  fc.string({ unit: 'binary', maxLength: 40, size: 'medium' }),
);

const names = ['Anwar Ibrahim', 'Anwar', 'Sergei Shoigu', 'Shoigu', 'Shoygu', 'Prabowo Subianto', 'Prabowo', 'Ruth Okafor', 'Okafor', 'Mr Smith', 'Dr Jane Lee', 'Lee', 'Malaysia', 'Malaysian', 'Jakarta', 'the United Nations', 'NATO', 'Reuters', 'Bloomberg', 'Janes', 'Defense News', 'the Asia Defence Ledger', 'Facebook', 'Acme Holdings Ltd', 'the Bank of England', 'Ms O’Neill', 'Jean-Luc Picard', 'Zoë Ångström', '习近平', 'محمد'];
const cues = ['said', 'says', 'told reporters', 'added', 'wrote', 'stated', 'announced', 'estimated', 'warned', 'argued', 'claimed', 'reported', 'said in a statement', 'said in a Facebook post'];
const vague = ['Analysts say', 'Experts believe', 'It is understood', 'Reportedly,', 'Critics said', 'A senior official said', 'A person familiar with the matter said', 'officials, who asked not to be named because they were not authorised to speak,', 'according to'];
const figures = ['7 per cent', '7%', '7 pct', 'US$5 billion', 'US$5.5 billion', '$5bn', '£1.1bn', '3.2 mln dlrs', 'RM2 billion', '1.6bn euros', '18 jets', '5 to 7 per cent', 'third', 'the largest', 'a record', '12,000 people', '0.5', '1,000,000', '99.9%'];
const dates = ['Thursday (Feb 27)', 'Wednesday, Feb 27', 'June of 2024', 'three years ago', 'last year', 'on Monday', '2025-02-27', 'Friday, 8.30 am', 'in 2004', 'next week'];
const furniture = ['SEE ALSO', 'Share with us your feedback', 'BLOOMBERG', 'REUTERS', 'AFP', 'AP', '---', '# Heading', '> quoted', '* bullet', '<!-- sourced-disable-next-line unsourced-statistic -->', '<!-- sourced-disable all -->'];
const words = ['the', 'a', 'and', 'of', 'in', 'to', 'will', 'would', 'rose', 'fell', 'minister', 'government', 'deal', 'jets', 'talks', 'former', 'Russian', 'defence', 'he', 'she', 'they', 'which', 'that', 'who', 'not', 'first', 'more', 'than'];
const quoteMarks = ['“', '”', '"', '‘', '’', "'", '«', '»'];
const seps = [' ', ' ', ' ', ', ', '. ', '.\n', '\n\n', '\r\n', '\r\n\r\n', '\r', ': ', ' — ', '\t', '\u00a0', '\u200b', ' ('];

const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...words) },
  { weight: 3, arbitrary: fc.constantFrom(...names) },
  { weight: 2, arbitrary: fc.constantFrom(...cues) },
  { weight: 1, arbitrary: fc.constantFrom(...vague) },
  { weight: 2, arbitrary: fc.constantFrom(...figures) },
  { weight: 1, arbitrary: fc.constantFrom(...dates) },
  { weight: 1, arbitrary: fc.constantFrom(...furniture) },
  { weight: 2, arbitrary: fc.constantFrom(...quoteMarks) },
  { weight: 1, arbitrary: fc.string({ unit: interestingUnit, maxLength: 4 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 100000 }).map(String) },
);

const sentenceOf = (maxLength) => fc.array(fc.tuple(piece, fc.constantFrom(...seps)), { minLength: 1, maxLength }).map((xs) => xs.map(([p, s]) => p + s).join(''));
const sentence = sentenceOf(12);

const frontMatter = fc.constantFrom('', '', '', '---\ndate: 2025-02-27\nbyline: A. Writer\n---\n', '---\ndate: not a date\n---\n', '---\n: broken: [yaml\n---\n', '---\r\ndate: 2004-11-05\r\n---\r\n');

/** A news-like article: optional front matter, a headline, paragraphs, maybe a wire credit. */
const articleOf = (maxParagraphs, paragraph) => fc
  .tuple(frontMatter, sentence, fc.array(paragraph, { minLength: 0, maxLength: maxParagraphs }), fc.constantFrom('\n\n', '\n', '\r\n\r\n', '\r\n', '\r'), fc.constantFrom('', '', '\n\nBLOOMBERG', ' REUTERS', '\n'))
  .map(([fm, head, paras, nl, credit]) => fm + head.replace(/[\r\n]+/g, ' ') + nl + paras.join(nl) + credit);

/** Short news copy (a headline and up to three paragraphs): the bulk of the generated inputs. */
export const newsText = articleOf(3, sentence);
/** Article-sized copy (up to 12 paragraphs of up to 40 pieces), fewer runs. */
export const longNewsText = articleOf(12, sentenceOf(40));

/** Either kind of input. */
export const anyInput = fc.oneof({ weight: 2, arbitrary: newsText }, { weight: 1, arbitrary: arbitraryText });

/** An edit of a text: replace [start, end) by an inserted string. */
export function editOf(text) {
  return fc
    .tuple(fc.nat({ max: text.length }), fc.nat({ max: 30 }), fc.oneof(fc.constant(''), piece, fc.string({ unit: interestingUnit, maxLength: 6 })))
    .map(([start, len, insert]) => ({ start, end: Math.min(text.length, start + len), insert }));
}

export function applyEdit(text, e) {
  return text.slice(0, e.start) + e.insert + text.slice(e.end);
}

/** Everything the analysis exposes, as comparable plain data. */
export function snapshot(core, a, findings) {
  return JSON.stringify({ json: core.toJson('x', a, findings), sentences: a.sentences, tokens: a.tokens.length, blocks: a.blocks });
}

/** Every [start, end) range the analysis and the checks report, with where it came from. */
export function* ranges(a, findings) {
  for (const b of a.blocks) yield ['block', b];
  for (const s of a.sentences) yield ['sentence', s];
  for (const t of a.tokens) yield ['token', t];
  for (const e of a.entities) for (const m of e.mentions) yield [`entity ${e.name} mention`, m];
  for (const d of a.descriptions) yield ['description', d.span];
  for (const d of a.demonyms) yield ['demonym', d.span];
  for (const q of a.quantities) yield ['quantity', q];
  for (const d of a.dates) {
    yield ['date', d];
    if (d.weekdaySpan) yield ['date weekday', d.weekdaySpan];
  }
  for (const q of a.quotes) {
    yield ['quote', q];
    yield ['quote inner', q.inner];
    if (q.speakerSpan) yield ['quote speaker', q.speakerSpan];
  }
  for (const at of a.attributions) {
    yield ['attribution cue', at.cue];
    yield ['attribution source', at.source];
    yield ['attribution content', at.content];
    if (at.anonymityReason) yield ['anonymity reason', at.anonymityReason];
  }
  for (const c of a.claims) yield ['claim', c];
  for (const f of findings) {
    yield [`finding ${f.rule}`, f];
    for (const r of f.related) yield [`finding ${f.rule} related`, r];
    for (const fix of f.fixes) for (const e of fix.edits) yield [`finding ${f.rule} fix edit`, e];
  }
  if (a.frontMatter) yield ['front matter', a.frontMatter.span];
}

/** The first range that is not inside the text with start <= end, or null. */
export function badRange(text, a, findings) {
  for (const [what, r] of ranges(a, findings)) {
    if (!Number.isInteger(r.start) || !Number.isInteger(r.end) || r.start < 0 || r.end > text.length || r.start > r.end) {
      return `${what} [${r.start}, ${r.end}) outside 0..${text.length} or reversed`;
    }
  }
  // Text fields must be the text they claim to cover.
  for (const e of a.entities) for (const m of e.mentions) if (m.text !== text.slice(m.start, m.end) && m.text.replace(/\s+/g, ' ') !== text.slice(m.start, m.end).replace(/\s+/g, ' ')) return `entity mention text "${m.text}" is not the text at [${m.start}, ${m.end}): "${text.slice(m.start, m.end)}"`;
  return null;
}

/** Seeded runs so that failures reproduce; FC_SEED overrides. */
export const fcParams = (numRuns) => ({ numRuns, includeErrorInReport: true, seed: process.env.FC_SEED ? Number(process.env.FC_SEED) : undefined });

export const LANGS = ['news', 'markdown', 'plaintext'];

/** Analysis and checks of `text`, as the server runs them, with every rule on (core.MEASURE_ALL: a rule off by default must not break either). */
export function analyseAll(core, kb, text, languageId = 'news') {
  const a = core.analyze(text, kb, { languageId });
  const findings = core.check(a, { kb, ...core.MEASURE_ALL });
  return { a, findings };
}

/**
 * What every analysis must be: every range lies inside the text, the text is the one analysed and
 * no rule reports that it could not run. Throws otherwise. Checked on every analysis the property
 * tests make (the edit and determinism tests too), so each analysis serves both properties.
 */
export function assertSound(text, a, findings, lang = 'news') {
  const bad = badRange(text, a, findings);
  if (bad) throw new Error(`${bad} in ${JSON.stringify(text)} (${lang})`);
  assert.equal(a.text, text);
  // A rule that failed internally reports itself as a hint "could not run": that is a bug too.
  const broken = findings.find((f) => /could not run/.test(f.message));
  if (broken) throw new Error(`${broken.message} on ${JSON.stringify(text)} (${lang})`);
}

/** analyseAll, then assertSound: throws (with the input) when the analysis throws or is unsound. */
export function analyseSound(core, kb, text, languageId = 'news') {
  let out;
  try {
    out = analyseAll(core, kb, text, languageId);
  } catch (e) {
    throw new Error(`analysis threw on ${JSON.stringify(text)} (${languageId}): ${e.stack}`);
  }
  assertSound(text, out.a, out.findings, languageId);
  return out;
}

/**
 * The property of every analysis: it does not throw, every range lies inside the text, the text
 * is the one analysed and no rule reports that it could not run. Returns how many inputs ran.
 */
export function neverThrowsAndInRange(core, kb, arb, runs) {
  let n = 0;
  fc.assert(
    fc.property(arb, fc.constantFrom(...LANGS), (text, lang) => {
      n++;
      analyseSound(core, kb, text, lang);
    }),
    fcParams(runs),
  );
  return n;
}

/**
 * The two cores of the edit tests: a warm one analysing version after version, and a fresh,
 * independent instance (its own module state and knowledge base) for the final texts. `run`
 * gives the comparable snapshot of one analysis; each warm one is also checked for ranges
 * (the property of analysis-*.test.mjs), so that it serves both properties.
 */
export function editCores() {
  const warm = loadCore();
  const warmKb = warm.loadKnowledge();
  const fresh = loadFreshCore();
  const freshKb = fresh.loadKnowledge();
  assert.notEqual(warm, fresh, 'the fresh core must be a separate module instance');
  const run = (core, kb, text) => {
    const a = core.analyze(text, kb);
    const findings = core.check(a, { kb, ...core.MEASURE_ALL });
    if (core === warm) assertSound(text, a, findings, 'no languageId');
    return snapshot(core, a, findings);
  };
  return { warm, warmKb, fresh, freshKb, run };
}
