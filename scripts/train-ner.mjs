#!/usr/bin/env node
// `npm run train`: trains the named-entity tagger from the permissively licensed annotated sets in
// ../shared/data (GUM's train documents and wikigold less its held-out fifth) and writes the
// weights the package ships, server/src/analysis/data/ner-model.json. Reproducible: a fixed seed
// and a fixed number of passes, so the same data gives byte-identical weights.
//
//   node scripts/train-ner.mjs [--epochs N] [--seed N] [--runs N] [--limit DOCS] [--out FILE] [--eval]
//                              [--fold K[,K...] [--errors TYPE]]
//
// --fold K (1-4) is cross-validation for choosing features and settings without looking at the
// held-out fifth: wikigold's documents whose id suffix % 5 === K are left out of training too,
// and scored afterwards through the whole analysis (exact span, PER/ORG/LOC micro). Nothing is
// written. Several folds (--fold 1,2,3,4) train once each and add up their counts. --errors ORG
// prints the fold's ORG errors in context (on the terminal; nothing is kept).
//
// CoNLL-2003 and PolNeAR are never read here: they may not train weights that ship.
import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SETS, findDataDir, isHeldOut, loadSet } from './real-data/load.mjs';
import { namedMentions } from './real-data/gum-named.mjs';
import { listCorpus, loadArticle } from './eval.mjs';
import { wireDocuments } from './ner-data/wire-copy.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** The sets that may train shipped weights (see ../shared/data/README.md, "USE RULE"). */
export const TRAINING_SETS = ['gum-news-train', 'gum-other-train', 'wikigold'];

export function parseArgs(argv) {
  const o = { epochs: 15, seed: 1, runs: 3, limit: Infinity, out: join(ROOT, 'server/src/analysis/data/ner-model.json'), eval: false, scale: 0, folds: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--epochs') o.epochs = +argv[++i];
    else if (a === '--seed') o.seed = +argv[++i];
    else if (a === '--runs') o.runs = +argv[++i];
    else if (a === '--limit') o.limit = +argv[++i];
    else if (a === '--out') o.out = resolve(argv[++i]);
    else if (a === '--eval') o.eval = true;
    else if (a === '--fold') o.folds = argv[++i].split(',').map(Number);
    else if (a === '--errors') o.errors = argv[++i];
    else if (a === '-h' || a === '--help') {
      console.log('usage: node scripts/train-ner.mjs [--epochs N] [--seed N] [--runs N] [--limit DOCS] [--out FILE] [--eval]');
      process.exit(0);
    } else throw new Error(`unknown option ${a}`);
  }
  return o;
}

/** Gold spans of a training document, typed PER/ORG/LOC/MISC. */
export function goldSpans(set, doc) {
  if (set.startsWith('gum-')) return namedMentions(doc);
  return doc.entities.filter((e) => ['PER', 'ORG', 'LOC', 'MISC'].includes(e.type)).map((e) => ({ start: e.start, end: e.end, type: e.type }));
}

function addDocument(core, kb, data, docText, spans) {
  const { text, sentences, hints } = core.ner.documentTokens(docText, kb);
  const feats = core.ner.documentFeatures(text, sentences, kb, hints);
  sentences.forEach((toks, s) => {
    if (toks.length) data.push({ features: feats[s].features, region: feats[s].region, tags: core.ner.tagsForSpans(toks, spans) });
  });
}

/** The training sentences of the permissive sets: features and gold tags. */
export function trainingData(core, kb, { limit = Infinity, fold = -1 } = {}) {
  const data = [];
  const used = [];
  for (const set of TRAINING_SETS) {
    let docs = loadSet(findDataDir(), SETS.find((s) => s.name === set)).filter((d) => !isHeldOut(set, d.id) && !inFold(set, d.id, fold));
    if (docs.length > limit) docs = docs.slice(0, limit);
    used.push(`${set} (${docs.length} documents)`);
    docs.forEach((doc, d) => {
      // Every fifth document is also learnt written in capitals, as wire headlines and datelines
      // are (where the offsets stay the same, so the gold spans stand).
      const upper = doc.text.toUpperCase();
      if (d % 5 === 0 && upper.length === doc.text.length) addDocument(core, kb, data, upper, goldSpans(set, doc));
      addDocument(core, kb, data, doc.text, goldSpans(set, doc));
    });
  }
  // The team's own articles (test/fixtures/corpus, written and labelled for Sourced): news copy
  // in the layouts the product reads, learnt OWN_PASSES times over for its weight.
  const own = listCorpus().slice(0, limit);
  used.push(`Sourced's own annotated articles (${own.length} documents)`);
  for (let pass = 0; pass < OWN_PASSES; pass++) {
    for (const entry of own) {
      const art = loadArticle(entry);
      const spans = art.gold.mentions.filter((m) => /^\p{Lu}/u.test(m.text)).map((m) => ({ start: m.start, end: m.end, type: NER_TYPE[m.kind] }));
      addDocument(core, kb, data, art.text, spans);
    }
  }
  // Wire-style copy the team wrote (scripts/ner-data/wire-copy.mjs): clubs with towns' names,
  // companies named alone, results and ranking lines; every fifth document also in capitals.
  const wire = wireDocuments(WIRE_SEED, Math.min(WIRE_DOCS, limit));
  used.push(`Sourced's own wire-style copy (${wire.length} documents)`);
  wire.forEach((doc, d) => {
    if (d % 5 === 0) addDocument(core, kb, data, doc.text.toUpperCase(), doc.spans);
    addDocument(core, kb, data, doc.text, doc.spans);
  });
  return { data, used };
}

/** Whether a wikigold document is in cross-validation fold `fold` (id suffix % 5 === fold; fold 0 is the held-out fifth). */
export function inFold(set, id, fold) {
  return set === 'wikigold' && fold >= 0 && Number(/(\d+)$/.exec(String(id))[1]) % 5 === fold;
}

const WIRE_DOCS = 120;
const WIRE_SEED = 1;

const OWN_PASSES = 3;
const NER_TYPE = { person: 'PER', organisation: 'ORG', publication: 'ORG', platform: 'ORG', place: 'LOC' };

/**
 * The sources that make the weights out of the training sentences: the perceptron (train.ts), the
 * dynamic features it adds as it goes (features.ts, hash.ts), the packing (model.ts), and this
 * script (runs, averaging, quantisation).
 */
export const TRAINER_SOURCES = ['scripts/train-ner.mjs', 'server/src/analysis/ner/train.ts', 'server/src/analysis/ner/model.ts', 'server/src/analysis/ner/features.ts', 'server/src/analysis/ner/hash.ts'];

/** Where the digest of a weights file's training inputs is kept: beside it, `<name>.digest.json`. */
export const digestPath = (weightsFile) => weightsFile.replace(/\.json$/, '') + '.digest.json';

const bytesOf = (x) => (ArrayBuffer.isView(x) ? new Uint8Array(x.buffer, x.byteOffset, x.byteLength) : Buffer.from(JSON.stringify(x)));

/**
 * SHA-256 of everything the weights are a function of (training is deterministic: the unit tests
 * check a small run twice under another clock, time zone, locale and random stream): the training
 * sentences exactly as the perceptron reads them (every token's static features, the name region
 * and the gold tags, so any change to the features, word lists, knowledge base, rule-based hints,
 * the data sets or the team's own copy shows), the sets' names, the options, and the trainer's
 * sources (TRAINER_SOURCES, line ends normalised). test/unit/ner.test.mjs recomputes it and
 * compares it with the one `npm run train` wrote beside the shipped weights, instead of training
 * again in full.
 */
export function inputsDigest(data, used, o) {
  const h = createHash('sha256');
  h.update(JSON.stringify({ used, epochs: o.epochs, seed: o.seed, runs: o.runs }));
  for (const src of TRAINER_SOURCES) h.update(`\0${src}\0`).update(readFileSync(join(ROOT, src), 'utf8').replace(/\r\n/g, '\n'));
  h.update(`\0${data.length} sentences\0`);
  for (const s of data) {
    h.update(Uint32Array.of(s.features.length, s.region.length, s.tags.length));
    h.update(bytesOf(s.features)).update(bytesOf(s.region)).update(bytesOf(s.tags));
  }
  return h.digest('hex');
}

/** SHA-256 of a weights file's text. */
export const weightsDigest = (text) => createHash('sha256').update(text).digest('hex');

/** Trains `o.runs` perceptrons over the data and packs their mean into the weights file. */
export function trainWeights(core, data, used, o) {
  // `runs` trainings, each over its own shuffle (seeds seed, seed + 1, ...), averaged: the
  // perceptron's typing of rarely seen names moves with the order it reads them in, and the mean
  // of a few orders moves less. Summed in a fixed order, so the result is the same every time.
  const weights = new Map();
  for (let run = 0; run < o.runs; run++) {
    const one = core.ner.trainPerceptron(data, {
      epochs: o.epochs,
      seed: o.seed + run,
      onEpoch: (e, err) => o.quiet || console.log(`  run ${run + 1}, pass ${e}: ${(err * 100).toFixed(2)}% of tokens wrong`),
    });
    for (const [f, row] of one) {
      const sum = weights.get(f);
      if (sum) for (let t = 0; t < row.length; t++) sum[t] += row[t];
      else weights.set(f, Float64Array.from(row));
    }
  }
  for (const row of weights.values()) for (let t = 0; t < row.length; t++) row[t] /= o.runs;
  // One quantisation step: the 99.9th percentile of the weights' sizes over 127.
  const sizes = [];
  for (const row of weights.values()) for (const w of row) if (w) sizes.push(Math.abs(w));
  sizes.sort((a, b) => a - b);
  const scale = Number(((sizes[Math.floor(sizes.length * 0.999)] ?? 1) / 127).toPrecision(6));
  return { file: core.ner.packWeights(weights, used, scale), total: weights.size };
}

/**
 * With --errors TYPE, the fold's gold spans of TYPE not found exactly (typed otherwise, cut, or
 * missed) and the predictions of TYPE that are no gold span, in context, on the terminal only.
 */
function printErrors(d, pred, type) {
  const ctx = (s, e) => `${d.text.slice(Math.max(0, s - 40), s)}[[${d.text.slice(s, e)}]]${d.text.slice(e, e + 40)}`.replace(/\n/g, '⏎');
  for (const g of d.entities.filter((x) => x.type === type)) {
    if (pred.some((p) => p.start === g.start && p.end === g.end && p.type === type)) continue;
    const ov = pred.filter((p) => p.start < g.end && g.start < p.end);
    console.log(`  gold ${type}  ${ov.length ? ov.map((p) => `${p.type}:${d.text.slice(p.start, p.end)}`).join(' | ') : 'missed'}  ${ctx(g.start, g.end)}`);
  }
  for (const p of pred.filter((x) => x.type === type)) {
    if (d.entities.some((g) => g.start === p.start && g.end === p.end && g.type === type)) continue;
    const g = d.entities.find((x) => x.start < p.end && p.start < x.end);
    console.log(`  pred ${type}  ${g ? `gold ${g.type}:${d.text.slice(g.start, g.end)}` : 'no gold'}  ${ctx(p.start, p.end)}`);
  }
}

/** Cross-validation: per fold, train without it and score its wikigold documents. */
async function crossValidate(core, kb, o) {
  const { scoreEntities, predictedMentions, addEntityCounts, emptyEntityCounts, overall, NER_TYPES } = await import('./real-data/score-entities.mjs');
  const { prf } = await import('./lib/scoring.mjs');
  const wiki = loadSet(findDataDir(), SETS.find((s) => s.name === 'wikigold'));
  const acc = emptyEntityCounts();
  for (const fold of o.folds) {
    if (!(fold >= 1 && fold <= 4)) throw new Error('--fold: 1 to 4 (fold 0 is the held-out fifth)');
    const { data, used } = trainingData(core, kb, { ...o, fold });
    const { file } = trainWeights(core, data, used, { ...o, quiet: true });
    core.ner.useWeights(file);
    const c = emptyEntityCounts();
    for (const d of wiki.filter((x) => inFold('wikigold', x.id, fold))) {
      const a = core.analyze(d.text, kb, { languageId: 'news' });
      const pred = predictedMentions(core.toJson(d.id, a, core.check(a, { kb })));
      addEntityCounts(c, scoreEntities(d.entities ?? [], pred));
      if (o.errors) for (const t of o.errors.split(',')) printErrors(d, pred, t);
    }
    core.ner.useWeights(null);
    addEntityCounts(acc, c);
    console.log(`fold ${fold}: F1 ${prf(overall(c)).f1.toFixed(3)}  (${file.features} features)`);
  }
  const f = (c) => prf(c).f1.toFixed(3);
  console.log(`folds ${o.folds.join(',')}: F1 ${f(overall(acc))}  ${NER_TYPES.map((t) => `${t} ${f(acc[t])}`).join('  ')}  untyped ${f(acc.untyped)}`);
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  if (!findDataDir()) {
    console.error('train: ../shared/data not found; the annotated sets live there, beside the project.');
    process.exit(2);
  }
  const core = require(join(ROOT, 'dist/core.js'));
  const kb = core.ner.rememberLookups(core.loadKnowledge());
  if (o.folds.length) return crossValidate(core, kb, o);
  const t0 = Date.now();
  const { data, used } = trainingData(core, kb, o);
  const tokens = data.reduce((n, s) => n + s.tags.length, 0);
  console.log(`train: ${data.length} sentences, ${tokens} tokens from ${used.join(', ')} (${Date.now() - t0} ms to read)`);
  const { file, total } = trainWeights(core, data, used, o);
  const text = JSON.stringify(file) + '\n';
  writeFileSync(o.out, text);
  // Beside the weights, the digest of what they were trained from (see inputsDigest).
  const digest = { format: 'sourced-ner-digest-1', inputs: inputsDigest(data, used, o), weights: weightsDigest(text) };
  writeFileSync(digestPath(o.out), JSON.stringify(digest, null, 2) + '\n');
  console.log(`train: ${file.features} features kept of ${total}, ${(JSON.stringify(file).length / 1024).toFixed(0)} KB -> ${o.out} (${Date.now() - t0} ms)`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
