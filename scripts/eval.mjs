#!/usr/bin/env node
// Sourced evaluation: compares the CLI's JSON analysis with hand-made gold annotations.
//
//   node scripts/eval.mjs [--json] [--verbose] [--measure NAME] [--lint] [--cli PATH]
//                         [--corpus DIR] [--input FILE.json] [ARTICLE-NAME ...]
//
// The corpus is test/fixtures/corpus: NAME.news (the article) + NAME.gold.json (the gold).
// The gold format is described in test/fixtures/corpus/README.md. Gold items name their text
// (plus an occurrence number or an anchor when the text is not unique); this script turns them
// into UTF-16 offsets and fails loudly when one cannot be found.
//
// Exit code: 0 whatever the scores; 1 when the corpus or the CLI is broken.

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NER_CLASS, b3, counter, matchByOverlap, prf } from './lib/scoring.mjs';
import { SETS } from './real-data/load.mjs';
import { runRealData, selectSets } from './real-data/run.mjs';
import { runReviewSet } from './review/score.mjs';

export { prf };

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CORPUS_DIR = join(ROOT, 'test', 'fixtures', 'corpus');

export const ENTITY_KINDS = ['person', 'organisation', 'place', 'publication', 'platform'];
export const SOURCE_KINDS = [
  'person', 'organisation', 'publication', 'platform', 'document', 'anonymous', 'vague', 'wire',
];
export const CLAIM_KINDS = ['figure', 'superlative', 'comparison', 'event', 'prediction', 'quote'];

/** Spelling variants a predictor might use for the same entity kind. */
const KIND_ALIASES = {
  organization: 'organisation', org: 'organisation', location: 'place', loc: 'place',
  country: 'place', city: 'place', region: 'place', per: 'person', agency: 'publication',
  wire: 'publication', newspaper: 'publication', broadcaster: 'publication',
};

/** Platform and document sources are one class ("platform/document" in the design). */
const SOURCE_KIND_CLASS = (k) => {
  const n = String(k ?? '').toLowerCase().replace(/^organization$/, 'organisation');
  return n === 'document' || n === 'platform' || n === 'platform/document' ? 'platform/document' : n;
};

export class GoldError extends Error {}

// ---------------------------------------------------------------------------------------------
// Resolving gold locators to offsets

const WORD = /[\p{L}\p{N}_]/u;
const isWord = (ch) => ch !== undefined && ch !== '' && WORD.test(ch);

/** The region scored: everything after YAML front matter. */
export function frontMatterEnd(text) {
  const m = /^(?:\uFEFF)?---[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  return m ? m[0].length : 0;
}

/** All word-bounded occurrences of `needle` in text[from, to). */
export function occurrences(text, needle, from = 0, to = text.length) {
  const out = [];
  if (!needle) return out;
  const wordStart = isWord(needle[0]);
  const wordEnd = isWord(needle[needle.length - 1]);
  let i = text.indexOf(needle, from);
  while (i !== -1 && i + needle.length <= to) {
    const j = i + needle.length;
    const okStart = !wordStart || !isWord(text[i - 1]);
    const okEnd = !wordEnd || !isWord(text[j]);
    if (okStart && okEnd) out.push({ start: i, end: j });
    i = text.indexOf(needle, i + 1);
  }
  return out;
}

function describe(loc) {
  return typeof loc === 'string' ? JSON.stringify(loc) : JSON.stringify(loc);
}

/**
 * Resolve one locator to exactly one span.
 * Forms: "text" (must be unique in the window), {"text", "occurrence": n} (1-based, within the
 * window), {"text", "in": LOCATOR} (within the anchor's span), {"from", "to"} (from the start of
 * `from` to the end of the first `to` after it; `from` may carry "occurrence" / "in").
 */
export function resolveLocator(text, loc, window, where, docWindow = window) {
  const [wStart, wEnd] = window;
  if (loc === null || loc === undefined) throw new GoldError(`${where}: missing locator`);
  if (typeof loc === 'string') loc = { text: loc };
  if (typeof loc !== 'object') throw new GoldError(`${where}: bad locator ${describe(loc)}`);
  let win = [wStart, wEnd];
  if (loc.in !== undefined) {
    // A locator's own anchor is looked up in the whole document.
    const a = resolveLocator(text, loc.in, docWindow, `${where} (anchor)`, docWindow);
    win = [a.start, a.end];
  }
  if (loc.from !== undefined) {
    const fromLoc = { text: loc.from, occurrence: loc.occurrence };
    const s = resolveLocator(text, fromLoc, win, `${where} (from)`);
    if (typeof loc.to !== 'string' || !loc.to) throw new GoldError(`${where}: "from" needs "to"`);
    let e = -1;
    for (let k = text.indexOf(loc.to, s.start); k !== -1; k = text.indexOf(loc.to, k + 1)) {
      if (k + loc.to.length >= s.start + loc.from.length) { e = k + loc.to.length; break; }
    }
    if (e === -1 || e > win[1]) {
      throw new GoldError(`${where}: "to" ${JSON.stringify(loc.to)} not found after ${JSON.stringify(loc.from)}`);
    }
    return { start: s.start, end: e };
  }
  if (typeof loc.text !== 'string' || !loc.text) throw new GoldError(`${where}: locator has no text: ${describe(loc)}`);
  const occ = occurrences(text, loc.text, win[0], win[1]);
  if (occ.length === 0) throw new GoldError(`${where}: text not found: ${JSON.stringify(loc.text)}`);
  if (loc.occurrence !== undefined) {
    const n = loc.occurrence;
    if (!Number.isInteger(n) || n < 1) throw new GoldError(`${where}: bad occurrence ${n}`);
    if (n > occ.length) {
      throw new GoldError(`${where}: occurrence ${n} of ${JSON.stringify(loc.text)} requested, only ${occ.length} found`);
    }
    return occ[n - 1];
  }
  if (occ.length > 1) {
    throw new GoldError(`${where}: ${JSON.stringify(loc.text)} occurs ${occ.length} times; add "occurrence" or "in"`);
  }
  return occ[0];
}

const overlaps = (a, b) => a.start < b.end && b.start < a.end;
const inside = (a, b) => a.start >= b.start && a.end <= b.end;

/**
 * Turn a gold file into offsets. Throws GoldError (with the article name) on any problem.
 * Returns { text, scored: [start,end], ignore: Span[], mentions: [{start,end,kind,cluster,text}],
 *           clusters: Map, quotes, attributions, claims }.
 */
export function resolveGold(text, gold, name = 'article') {
  const where = (s) => `${name}: ${s}`;
  if (!gold || typeof gold !== 'object') throw new GoldError(where('gold is not an object'));
  const fmEnd = frontMatterEnd(text);
  const window = [fmEnd, text.length];
  const ignore = (gold.ignore ?? []).map((l, i) => resolveLocator(text, l, window, where(`ignore[${i}]`)));
  const ignored = (s) => ignore.some((r) => overlaps(r, s));

  // Entities: explicit locators first, then "all occurrences" strings, longest first.
  const clusters = new Map();
  const mentions = [];
  const claim = (m, w) => {
    const clash = mentions.find((o) => overlaps(o, m));
    if (clash) {
      throw new GoldError(where(`${w}: ${JSON.stringify(text.slice(m.start, m.end))} overlaps mention ${JSON.stringify(clash.text)} of ${clash.cluster}`));
    }
    mentions.push(m);
  };
  const allStrings = [];
  for (const [i, e] of (gold.entities ?? []).entries()) {
    const w = `entities[${i}]${e?.id ? ` (${e.id})` : ''}`;
    if (!e || typeof e.id !== 'string' || !e.id) throw new GoldError(where(`${w}: entity needs an "id"`));
    if (clusters.has(e.id)) throw new GoldError(where(`${w}: duplicate entity id ${e.id}`));
    if (!ENTITY_KINDS.includes(e.kind)) throw new GoldError(where(`${w}: kind must be one of ${ENTITY_KINDS.join(', ')}, not ${JSON.stringify(e.kind)}`));
    if (!Array.isArray(e.mentions) || e.mentions.length === 0) throw new GoldError(where(`${w}: no mentions`));
    clusters.set(e.id, { id: e.id, kind: e.kind, mentions: [] });
    for (const [j, loc] of e.mentions.entries()) {
      if (typeof loc === 'string') { allStrings.push({ s: loc, e, w: `${w}.mentions[${j}]` }); continue; }
      const span = resolveLocator(text, loc, window, where(`${w}.mentions[${j}]`));
      claim({ ...span, kind: e.kind, cluster: e.id, text: text.slice(span.start, span.end) }, `${w}.mentions[${j}]`);
    }
  }
  allStrings.sort((a, b) => b.s.length - a.s.length);
  for (const { s, e, w } of allStrings) {
    const found = occurrences(text, s, fmEnd).filter((o) => !ignored(o));
    const free = found.filter((o) => !mentions.some((m) => overlaps(m, o)));
    if (free.length === 0) {
      throw new GoldError(where(`${w}: ${JSON.stringify(s)} ${found.length ? 'has no occurrence left that is not part of a longer mention' : 'not found'}`));
    }
    for (const o of free) mentions.push({ ...o, kind: e.kind, cluster: e.id, text: s });
  }
  mentions.sort((a, b) => a.start - b.start);
  for (const m of mentions) {
    if (ignored(m)) throw new GoldError(where(`mention ${JSON.stringify(m.text)} lies in an ignored region`));
    clusters.get(m.cluster).mentions.push(m);
  }
  const clusterId = (id, w, allowNull = true) => {
    if (id === null || id === undefined) {
      if (allowNull) return null;
      throw new GoldError(where(`${w}: missing entity id`));
    }
    if (!clusters.has(id)) throw new GoldError(where(`${w}: unknown entity id ${JSON.stringify(id)}`));
    return id;
  };

  const quotes = (gold.quotes ?? []).map((q, i) => {
    const w = `quotes[${i}]`;
    if (!q || !('speaker' in q)) throw new GoldError(where(`${w}: quote needs "speaker" (an entity id or null)`));
    const span = resolveLocator(text, q.from !== undefined ? q : q.text !== undefined ? q : null, window, where(w));
    return { ...span, speaker: clusterId(q.speaker, w), text: text.slice(span.start, span.end) };
  });

  const attributions = (gold.attributions ?? []).map((a, i) => {
    const w = `attributions[${i}]`;
    if (!a || typeof a !== 'object') throw new GoldError(where(`${w}: not an object`));
    let win = window;
    if (a.in !== undefined) {
      const anchor = resolveLocator(text, a.in, window, where(`${w}.in`));
      win = [anchor.start, anchor.end];
    }
    const cue = resolveLocator(text, a.cue, win, where(`${w}.cue`), window);
    const source = resolveLocator(text, a.source, win, where(`${w}.source`), window);
    if (!SOURCE_KINDS.includes(a.kind)) throw new GoldError(where(`${w}: kind must be one of ${SOURCE_KINDS.join(', ')}, not ${JSON.stringify(a.kind)}`));
    return {
      cue: { ...cue, text: text.slice(cue.start, cue.end) },
      source: { ...source, text: text.slice(source.start, source.end) },
      kind: a.kind,
      entity: clusterId(a.entity, w),
    };
  });

  const claims = (gold.claims ?? []).map((c, i) => {
    const w = `claims[${i}]`;
    if (!c || typeof c !== 'object') throw new GoldError(where(`${w}: not an object`));
    const span = resolveLocator(text, c.text !== undefined || c.from !== undefined ? c : null, window, where(w));
    if (!Array.isArray(c.kinds) || c.kinds.length === 0 || c.kinds.some((k) => !CLAIM_KINDS.includes(k))) {
      throw new GoldError(where(`${w}: kinds must be a non-empty list from ${CLAIM_KINDS.join(', ')}`));
    }
    if (typeof c.supported !== 'boolean') throw new GoldError(where(`${w}: "supported" must be true or false`));
    return { ...span, kinds: c.kinds, supported: c.supported, text: text.slice(span.start, span.end) };
  });

  return { text, scored: [fmEnd, text.length], ignore, mentions, clusters, quotes, attributions, claims };
}

/** Every article in a corpus directory: [{ name, articlePath, goldPath }]. */
export function listCorpus(dir = CORPUS_DIR) {
  if (!existsSync(dir)) throw new GoldError(`corpus directory not found: ${dir}`);
  const out = [];
  for (const f of readdirSync(dir).sort()) {
    if (!/\.(news|article|txt|md)$/.test(f) || f === 'README.md') continue;
    const name = f.replace(/\.(news|article|txt|md)$/, '');
    const goldPath = join(dir, `${name}.gold.json`);
    out.push({ name, articlePath: join(dir, f), goldPath });
  }
  for (const f of readdirSync(dir)) {
    if (!f.endsWith('.gold.json')) continue;
    const name = f.slice(0, -'.gold.json'.length);
    if (!out.some((a) => a.name === name)) throw new GoldError(`${f}: no article for this gold file`);
  }
  return out;
}

export function loadArticle(entry) {
  if (!existsSync(entry.goldPath)) throw new GoldError(`${basename(entry.articlePath)}: no gold file ${entry.name}.gold.json`);
  const text = readFileSync(entry.articlePath, 'utf8');
  let gold;
  try {
    gold = JSON.parse(readFileSync(entry.goldPath, 'utf8'));
  } catch (err) {
    throw new GoldError(`${entry.name}.gold.json: invalid JSON: ${err.message}`);
  }
  return { ...entry, text, gold: resolveGold(text, gold, entry.name) };
}

// ---------------------------------------------------------------------------------------------
// Scoring

export const MEASURES = [
  ['mentions', 'entity mentions (span + kind)'],
  ['mentionSpans', 'entity mentions (span only)'],
  ['PER', '  PER mentions'],
  ['ORG', '  ORG mentions (incl. publication, platform)'],
  ['LOC', '  LOC mentions'],
  ['clusterLinks', 'entity clusters (mention-pair links)'],
  ['clusterB3', 'entity clusters (B-cubed)'],
  ['quotes', 'quotes (exact span)'],
  ['speakers', 'quote speakers'],
  ['cues', 'attribution cues (exact span)'],
  ['sources', 'attribution sources (exact span)'],
  ['sourceKinds', 'attribution source kinds'],
  ['claims', 'claims (sentence overlap)'],
  ['unsupported', 'unsupported claims (overlap)'],
];

const key = (s) => `${s.start}:${s.end}`;

function setScore(goldItems, predItems, keyFn) {
  const g = new Map(goldItems.map((x) => [keyFn(x), x]));
  const p = new Map(predItems.map((x) => [keyFn(x), x]));
  const tp = [...p.keys()].filter((k) => g.has(k));
  return {
    counts: { correct: tp.length, pred: p.size, gold: g.size },
    fp: [...p.entries()].filter(([k]) => !g.has(k)).map(([, v]) => v),
    fn: [...g.entries()].filter(([k]) => !p.has(k)).map(([, v]) => v),
  };
}

function normKind(k) {
  const n = String(k ?? '').toLowerCase();
  return KIND_ALIASES[n] ?? n;
}

/** Normalise one article's CLI JSON into scored items (front matter and ignored regions dropped). */
export function normalisePrediction(pred, gold) {
  const [s0, s1] = gold.scored;
  const keep = (s) => s && Number.isInteger(s.start) && Number.isInteger(s.end)
    && s.start >= s0 && s.end <= s1 && !gold.ignore.some((r) => overlaps(r, s));
  const mentions = [];
  const entityMentions = new Map();
  for (const e of pred.entities ?? []) {
    const kind = normKind(e.kind);
    if (!ENTITY_KINDS.includes(kind)) continue;
    const ms = (e.mentions ?? []).filter(keep).map((m) => ({
      start: m.start, end: m.end, kind, cluster: `p:${e.id}`, text: gold.text.slice(m.start, m.end),
    }));
    entityMentions.set(e.id, ms);
    mentions.push(...ms);
  }
  const quotes = (pred.quotes ?? []).filter(keep).map((q) => ({
    start: q.start, end: q.end, speaker: q.speaker ?? null, text: gold.text.slice(q.start, q.end),
  }));
  const attributions = (pred.attributions ?? []).filter((a) => keep(a.cue) || keep(a.source)).map((a) => ({
    cue: a.cue ? { start: a.cue.start, end: a.cue.end, text: gold.text.slice(a.cue.start, a.cue.end) } : null,
    source: a.source ? { start: a.source.start, end: a.source.end, text: gold.text.slice(a.source.start, a.source.end) } : null,
    agentless: !!a.agentless,
    kind: a.source?.kind ?? null,
    entity: a.source?.entity ?? null,
  }));
  const claims = (pred.claims ?? []).filter(keep).map((c) => ({
    start: c.start, end: c.end, kinds: c.kinds ?? [], supported: Array.isArray(c.supportedBy) ? c.supportedBy.length > 0 : !!c.supportedBy,
    text: gold.text.slice(c.start, c.end),
  }));
  return { mentions, entityMentions, quotes, attributions, claims };
}

function linkPairs(mentions) {
  const by = new Map();
  for (const m of mentions) {
    if (!by.has(m.cluster)) by.set(m.cluster, []);
    by.get(m.cluster).push(m);
  }
  const pairs = new Set();
  for (const ms of by.values()) {
    const ks = [...new Set(ms.map(key))].sort();
    for (let i = 0; i < ks.length; i++) for (let j = i + 1; j < ks.length; j++) pairs.add(`${ks[i]}|${ks[j]}`);
  }
  return pairs;
}

/** Score one article. Returns { counts: {measure: counter}, errors: {measure: [strings]} }. */
export function scoreArticle(gold, pred) {
  const P = normalisePrediction(pred, gold);
  const counts = Object.fromEntries(MEASURES.map(([m]) => [m, counter()]));
  const errors = Object.fromEntries(MEASURES.map(([m]) => [m, []]));
  const text = gold.text;
  const pos = (off) => {
    const before = text.slice(0, off);
    const line = before.split('\n').length;
    return `${line}:${off - before.lastIndexOf('\n')}`;
  };
  const show = (s) => JSON.stringify(text.slice(s.start, s.end).replace(/\s+/g, ' ').slice(0, 90));
  const add = (m, c) => { counts[m].correct += c.correct; counts[m].pred += c.pred; counts[m].gold += c.gold; };

  // Mentions, exact span + kind, with kind confusions reported once.
  const mk = (x) => `${key(x)}:${x.kind}`;
  const ment = setScore(gold.mentions, P.mentions, mk);
  add('mentions', ment.counts);
  const gSpan = new Map(gold.mentions.map((m) => [key(m), m]));
  const pSpan = new Map(P.mentions.map((m) => [key(m), m]));
  for (const p of ment.fp) {
    const g = gSpan.get(key(p));
    if (g) errors.mentions.push(`KIND  ${show(p)} @${pos(p.start)}: predicted ${p.kind}, gold ${g.kind}`);
    else errors.mentions.push(`FP    ${show(p)} @${pos(p.start)} (${p.kind})`);
  }
  for (const g of ment.fn) {
    if (pSpan.has(key(g))) continue;
    const near = P.mentions.find((p) => overlaps(p, g));
    errors.mentions.push(`MISS  ${show(g)} @${pos(g.start)} (${g.kind})${near ? ` — predicted ${show(near)}` : ''}`);
  }
  const spans = setScore(gold.mentions, P.mentions, key);
  add('mentionSpans', spans.counts);
  for (const cls of ['PER', 'ORG', 'LOC']) {
    const g = gold.mentions.filter((m) => NER_CLASS[m.kind] === cls);
    const p = P.mentions.filter((m) => NER_CLASS[m.kind] === cls);
    const s = setScore(g, p, key);
    add(cls, s.counts);
  }

  // Clusters.
  const gl = linkPairs(gold.mentions), pl = linkPairs(P.mentions);
  const linkOk = [...pl].filter((x) => gl.has(x)).length;
  add('clusterLinks', { correct: linkOk, pred: pl.size, gold: gl.size });
  const b = b3(gold.mentions, P.mentions);
  // B-cubed is reported as precision/recall sums over mentions; store as counters.
  counts.clusterB3.correct += 0;
  counts.clusterB3.pSum = (counts.clusterB3.pSum ?? 0) + b.p;
  counts.clusterB3.rSum = (counts.clusterB3.rSum ?? 0) + b.r;
  counts.clusterB3.pred += b.nPred;
  counts.clusterB3.gold += b.nGold;
  for (const [cid, c] of gold.clusters) {
    const keys = new Set(c.mentions.map(key));
    const predClusters = new Set(P.mentions.filter((m) => keys.has(key(m))).map((m) => m.cluster));
    if (predClusters.size > 1) {
      errors.clusterLinks.push(`SPLIT ${cid}: ${[...predClusters].map((pc) => `[${P.mentions.filter((m) => m.cluster === pc && keys.has(key(m))).map((m) => m.text).join(', ')}]`).join(' ')}`);
    }
  }
  const gClusterOf = new Map(gold.mentions.map((m) => [key(m), m.cluster]));
  const predGroups = new Map();
  for (const m of P.mentions) {
    if (!predGroups.has(m.cluster)) predGroups.set(m.cluster, []);
    predGroups.get(m.cluster).push(m);
  }
  for (const [pc, ms] of predGroups) {
    const gcs = new Set(ms.filter((m) => gClusterOf.has(key(m))).map((m) => gClusterOf.get(key(m))));
    if (gcs.size > 1) errors.clusterLinks.push(`MERGE ${pc}: joins gold ${[...gcs].join(' + ')} (${ms.map((m) => m.text).join(', ')})`);
  }

  // Quotes.
  const qs = setScore(gold.quotes, P.quotes, key);
  add('quotes', qs.counts);
  for (const p of qs.fp) errors.quotes.push(`FP    ${show(p)} @${pos(p.start)}`);
  for (const g of qs.fn) {
    const near = P.quotes.find((p) => overlaps(p, g));
    errors.quotes.push(`MISS  ${show(g)} @${pos(g.start)}${near ? ` — predicted ${show(near)}` : ''}`);
  }

  // Speakers: quotes matched by overlap; a speaker is right when its entity shares a mention
  // span with the gold speaker's cluster.
  const gq = gold.quotes.filter((q) => q.speaker);
  const pq = P.quotes.filter((q) => q.speaker);
  const predEntityKeys = (id) => new Set((P.entityMentions.get(id) ?? []).map(key));
  const qm = matchByOverlap(gold.quotes, P.quotes);
  let spOk = 0;
  gold.quotes.forEach((g, gi) => {
    const p = qm.has(gi) ? P.quotes[qm.get(gi)] : null;
    if (!g.speaker) {
      if (p?.speaker) errors.speakers.push(`FP    ${show(g)}: gold has no speaker, predicted ${p.speaker}`);
      return;
    }
    const goldKeys = new Set(gold.clusters.get(g.speaker).mentions.map(key));
    const ok = p?.speaker && [...predEntityKeys(p.speaker)].some((k) => goldKeys.has(k));
    if (ok) spOk++;
    else errors.speakers.push(`${p?.speaker ? 'WRONG' : 'MISS '} ${show(g)} @${pos(g.start)}: gold ${g.speaker}${p?.speaker ? `, predicted ${p.speaker} [${(P.entityMentions.get(p.speaker) ?? []).map((m) => m.text)[0] ?? '?'}]` : ''}`);
  });
  const matchedPred = new Set(qm.values());
  P.quotes.forEach((p, pi) => {
    if (p.speaker && !matchedPred.has(pi)) errors.speakers.push(`FP    ${show(p)}: not a gold quote, speaker ${p.speaker}`);
  });
  add('speakers', { correct: spOk, pred: pq.length, gold: gq.length });

  // Attribution cues and sources (exact spans; sources deduplicated).
  const gCues = gold.attributions.map((a) => a.cue);
  const pCues = P.attributions.map((a) => a.cue).filter(Boolean);
  const cs = setScore(gCues, pCues, key);
  add('cues', cs.counts);
  for (const p of cs.fp) errors.cues.push(`FP    ${show(p)} @${pos(p.start)}`);
  for (const g of cs.fn) errors.cues.push(`MISS  ${show(g)} @${pos(g.start)}`);
  const gSrc = gold.attributions.map((a) => ({ ...a.source, kind: a.kind }));
  // (An agentless passive names no source: its cue-span stand-in is not a predicted source.)
  const pSrc = P.attributions.map((a) => a.source && !a.agentless && { ...a.source, kind: a.kind }).filter(Boolean);
  const ss = setScore(gSrc, pSrc, key);
  add('sources', ss.counts);
  for (const p of ss.fp) {
    const near = gSrc.find((g) => overlaps(g, p));
    errors.sources.push(`FP    ${show(p)} @${pos(p.start)} (${p.kind})${near ? ` — gold ${show(near)}` : ''}`);
  }
  for (const g of ss.fn) {
    if (pSrc.some((p) => overlaps(p, g) && !gSrc.some((x) => key(x) === key(p)))) continue; // shown above
    errors.sources.push(`MISS  ${show(g)} @${pos(g.start)} (${g.kind})`);
  }

  // Source kinds: attributions paired by cue overlap, else by source overlap.
  const am = matchByOverlap(gold.attributions, P.attributions, (a) => a.cue ?? { start: -1, end: -1 });
  const usedP = new Set(am.values());
  const rest = gold.attributions.map((_, i) => i).filter((i) => !am.has(i));
  const restP = P.attributions.map((_, i) => i).filter((i) => !usedP.has(i));
  const am2 = matchByOverlap(rest.map((i) => gold.attributions[i]), restP.map((i) => P.attributions[i]), (a) => a.source ?? { start: -1, end: -1 });
  for (const [gi, pi] of am2) am.set(rest[gi], restP[pi]);
  let kOk = 0;
  gold.attributions.forEach((g, gi) => {
    const p = am.has(gi) ? P.attributions[am.get(gi)] : null;
    if (p && SOURCE_KIND_CLASS(p.kind) === SOURCE_KIND_CLASS(g.kind)) kOk++;
    else errors.sourceKinds.push(`${p ? 'WRONG' : 'MISS '} ${show(g.cue)}/${show(g.source)} @${pos(g.cue.start)}: gold ${g.kind}${p ? `, predicted ${p.kind}` : ''}`);
  });
  const matchedA = new Set(am.values());
  P.attributions.forEach((p, pi) => {
    if (!matchedA.has(pi)) errors.sourceKinds.push(`FP    ${show(p.cue ?? p.source)}/${p.source ? show(p.source) : '-'} (${p.kind})`);
  });
  add('sourceKinds', { correct: kOk, pred: P.attributions.length, gold: gold.attributions.length });

  // Claims by overlap.
  const cm = matchByOverlap(gold.claims, P.claims);
  add('claims', { correct: cm.size, pred: P.claims.length, gold: gold.claims.length });
  gold.claims.forEach((g, gi) => { if (!cm.has(gi)) errors.claims.push(`MISS  ${show(g)} @${pos(g.start)} (${g.kinds.join(',')})`); });
  const cmP = new Set(cm.values());
  P.claims.forEach((p, pi) => { if (!cmP.has(pi)) errors.claims.push(`FP    ${show(p)} @${pos(p.start)} (${p.kinds.join(',')})`); });

  // Unsupported claims: the set the unsourced-statistic rule cares about.
  const gu = gold.claims.filter((c) => !c.supported);
  const pu = P.claims.filter((c) => !c.supported);
  const um = matchByOverlap(gu, pu);
  add('unsupported', { correct: um.size, pred: pu.length, gold: gu.length });
  gu.forEach((g, gi) => { if (!um.has(gi)) errors.unsupported.push(`MISS  ${show(g)} @${pos(g.start)}`); });
  const umP = new Set(um.values());
  pu.forEach((p, pi) => { if (!umP.has(pi)) errors.unsupported.push(`FP    ${show(p)} @${pos(p.start)}`); });

  return { counts, errors };
}

function total(counts) {
  const out = {};
  for (const [m, c] of Object.entries(counts)) {
    if (m === 'clusterB3') {
      const p = c.pred ? c.pSum / c.pred : 0, r = c.gold ? c.rSum / c.gold : 0;
      out[m] = { precision: p, recall: r, f1: p + r ? (2 * p * r) / (p + r) : 0, pred: c.pred, gold: c.gold };
    } else {
      out[m] = { ...prf(c), correct: c.correct, pred: c.pred, gold: c.gold };
    }
  }
  return out;
}

function sumCounts(list) {
  const acc = Object.fromEntries(MEASURES.map(([m]) => [m, counter()]));
  for (const counts of list) {
    for (const [m, c] of Object.entries(counts)) {
      for (const [k, v] of Object.entries(c)) acc[m][k] = (acc[m][k] ?? 0) + v;
    }
  }
  return acc;
}

// ---------------------------------------------------------------------------------------------
// Running the CLI

/** Run the CLI on all files at once; when that fails, find and name the file that breaks it. */
export function runCli(files, cliPath) {
  try {
    return runCliOnce(files, cliPath);
  } catch (err) {
    if (files.length < 2 || !existsSync(cliPath)) throw err;
    for (const f of files) {
      try {
        runCliOnce([f], cliPath);
      } catch (e) {
        throw new Error(`${e.message}\n(the CLI fails on ${f})`);
      }
    }
    throw err;
  }
}

function runCliOnce(files, cliPath) {
  if (!existsSync(cliPath)) {
    throw new Error(`CLI not found at ${relative(process.cwd(), cliPath) || cliPath}; run \`node esbuild.mjs\` first (npm run eval builds it)`);
  }
  let stdout;
  try {
    stdout = execFileSync(process.execPath, [cliPath, 'analyze', '--format', 'json', ...files], {
      encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (err) {
    // Exit code 1 means "findings at or above --fail-on": the JSON is still complete.
    if (err.status === 1 && err.stdout) stdout = err.stdout;
    else throw new Error(`CLI failed (exit ${err.status ?? err.signal}): ${String(err.stderr || err.message).trim().slice(0, 2000)}`);
  }
  let json;
  try {
    json = JSON.parse(stdout);
  } catch (err) {
    throw new Error(`CLI output is not JSON (${err.message}): ${stdout.slice(0, 300)}`);
  }
  const list = Array.isArray(json) ? json : [json];
  if (list.length !== files.length) throw new Error(`CLI returned ${list.length} results for ${files.length} files`);
  return list;
}

// ---------------------------------------------------------------------------------------------
// Gold lint: capitalised words that no gold mention covers (to catch annotation omissions).

const LINT_SKIP = new Set(('A An The This That These Those It Its He She His Her They Their We Our I You ' +
  'In On At By For From To Of With And But Or If As After Before While When Where Who What Why How ' +
  'Some Many Most More Only One Two Three Four Five Six Seven Eight Nine Ten Under Until Since ' +
  'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July ' +
  'August September October November December Mr Mrs Ms Dr Sir Professor President Minister Chief ' +
  'Executive Secretary Governor Senator Representative Chairman Mayor Cllr Councillor Editing Reporting Additional ' +
  'Not No Nobody Every Everyone Half Other Others Both Each Such Shares Analysts Experts Critics Officials ' +
  'Separate Together Speaking Under Our Until Interim Deputy Director Lieutenant General Major Race Its ' +
  'Opposition Political Police Play Polls Results Residents Researchers Scientists Retail Traders Insurance ' +
  'Freight Defense Defence Inflation Revenue Net Farmers Small Passenger Consumer Climate Independent Planetary ' +
  'Council Campaigners Government Aviation Weather Work Bus Cyber Benchmark Smallholders Designing People Heat ' +
  'Check Glaciers Low Side Work Vice Yes Also Then There Here Now So Even Just Still Yet Last Next First').split(/\s+/));

export function lintGold(art) {
  const { text, gold } = art;
  const covered = (s) => gold.mentions.some((m) => overlaps(m, s)) || gold.ignore.some((r) => overlaps(r, s));
  const out = [];
  const re = /\b[A-Z][\p{L}'’.-]*(?:\s+(?:of|for|and|de|la|van|der|bin|binti|al|del)?\s*[A-Z][\p{L}'’.-]*)*/gu;
  const body = text.slice(gold.scored[0]);
  let m;
  while ((m = re.exec(body))) {
    const s = { start: m.index + gold.scored[0], end: m.index + gold.scored[0] + m[0].length };
    const words = m[0].split(/\s+/);
    if (words.length === 1 && LINT_SKIP.has(words[0].replace(/[’'.]s?$/, ''))) continue;
    if (!covered(s)) out.push(m[0]);
  }
  return [...new Set(out)];
}

// ---------------------------------------------------------------------------------------------
// Main

const fmt = (x) => (x === undefined || Number.isNaN(x) ? '   -  ' : x.toFixed(3));

function printTable(totals, nArticles) {
  const w = Math.max(...MEASURES.map(([, label]) => label.length));
  const lines = [];
  lines.push(`Sourced eval — ${nArticles} articles (micro-averaged)`);
  lines.push(`${'measure'.padEnd(w)}  precision  recall     F1    correct/pred/gold`);
  lines.push('-'.repeat(w + 50));
  for (const [m, label] of MEASURES) {
    const t = totals[m];
    const n = m === 'clusterB3' ? `-/${t.pred}/${t.gold}` : `${t.correct}/${t.pred}/${t.gold}`;
    lines.push(`${label.padEnd(w)}  ${fmt(t.precision).padStart(9)}  ${fmt(t.recall).padStart(6)}  ${fmt(t.f1).padStart(6)}    ${n}`);
  }
  return lines.join('\n');
}

function parseArgs(argv) {
  const opts = { json: false, verbose: false, lint: false, measure: null, realOnly: false, sets: [], cli: join(ROOT, 'dist', 'cli.js'), corpus: CORPUS_DIR, input: null, names: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') opts.json = true;
    else if (a === '--verbose' || a === '-v') opts.verbose = true;
    else if (a === '--lint') opts.lint = true;
    else if (a === '--real-only') opts.realOnly = true;
    else if (a === '--set') {
      if (!argv[i + 1] || argv[i + 1].startsWith('-')) throw new GoldError('--set needs a set name');
      opts.sets.push(argv[++i]);
    }
    else if (a === '--measure') opts.measure = argv[++i];
    else if (a === '--cli') opts.cli = resolve(argv[++i]);
    else if (a === '--corpus') opts.corpus = resolve(argv[++i]);
    else if (a === '--input') opts.input = resolve(argv[++i]);
    else if (a === '--help' || a === '-h') opts.help = true;
    else if (a.startsWith('-')) throw new GoldError(`unknown option ${a}`);
    else opts.names.push(basename(a).replace(/\.(news|article|txt|md|gold\.json)$/, ''));
  }
  return opts;
}

const HELP = `usage: node scripts/eval.mjs [options] [ARTICLE ...]
  --json          print the scores as JSON (totals and per article)
  --verbose, -v   list false positives and misses per article and measure
  --measure NAME  with --verbose, only this measure (${MEASURES.map(([m]) => m).join(', ')})
  --lint          list capitalised words no gold mention covers (annotation aid); no CLI needed
  --cli PATH      the CLI to run (default dist/cli.js)
  --corpus DIR    the corpus directory (default test/fixtures/corpus)
  --input FILE    read the CLI's JSON output from FILE instead of running the CLI
  --real-only     only the real-data section (../shared/data; docs/evaluation-real-data.md)
  --set NAME      real-data set to run (repeatable or comma-separated; "all" = every set):
                  ${SETS.map((x) => x.name).join(', ')}
ARTICLE names (e.g. uk-planning-revolt) restrict the run to those articles.
The real-data section follows the fixture section, then the review set (real articles labelled by\ntwo reviewers, docs/review-guide.md); with --json their figures are under "realData" and "reviewSet".`;

async function main() {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (err) {
    console.error(err.message);
    console.error(HELP);
    return 1;
  }
  if (opts.help) { console.log(HELP); return 0; }
  if (opts.measure && !MEASURES.some(([m]) => m === opts.measure)) {
    console.error(`unknown measure ${opts.measure}; one of ${MEASURES.map(([m]) => m).join(', ')}`);
    return 1;
  }
  try {
    selectSets(opts.sets);
  } catch (err) {
    console.error(`eval: ${err.message}`);
    return 1;
  }
  let fixtures = {};
  if (!opts.realOnly) {
    const r = await fixtureSection(opts);
    if (r.code !== undefined) return r.code;
    fixtures = r.json ?? {};
  }
  if (opts.lint) return 0;
  let real;
  try {
    real = runRealData({ setNames: opts.sets, log: opts.json ? () => {} : (line) => console.log(line) });
  } catch (err) {
    console.error(`eval: real-data section failed: ${err.stack}`);
    return 1;
  }
  if (real.skipped) (opts.json ? console.error : console.log)(real.skipped);
  // The review set: findings judged on real articles (runs with the default sets only).
  let review = { skipped: 'review-set section skipped: --set given' };
  if (!opts.sets.length) {
    try {
      review = runReviewSet();
    } catch (err) {
      console.error(`eval: review-set section failed: ${err.stack}`);
      return 1;
    }
  }
  if (!opts.json) console.log(review.skipped ?? `\n${review.lines.join('\n')}`);
  else if (review.skipped) console.error(review.skipped);
  if (opts.json) {
    const { lines, ...figures } = real;
    console.log(JSON.stringify({ ...fixtures, realData: figures, reviewSet: review.figures ?? null }, null, 2));
  }
  return 0;
}

/** The fixture section (test/fixtures/corpus). Returns { code } to stop, { json } in --json mode, or {}. */
async function fixtureSection(opts) {
  let articles;
  try {
    let entries = listCorpus(opts.corpus);
    if (opts.names.length) {
      const missing = opts.names.filter((n) => !entries.some((e) => e.name === n));
      if (missing.length) throw new GoldError(`no such article: ${missing.join(', ')}`);
      entries = entries.filter((e) => opts.names.includes(e.name));
    }
    if (!entries.length) throw new GoldError(`no articles in ${opts.corpus}`);
    articles = entries.map(loadArticle);
  } catch (err) {
    console.error(`eval: corpus error: ${err.message}`);
    return { code: 1 };
  }

  if (opts.lint) {
    for (const a of articles) {
      const missing = lintGold(a);
      if (missing.length) console.log(`${a.name}: ${missing.join(' | ')}`);
    }
    return { code: 0 };
  }

  let preds;
  try {
    if (opts.input) {
      const j = JSON.parse(readFileSync(opts.input, 'utf8'));
      const list = Array.isArray(j) ? j : [j];
      preds = articles.map((a) => {
        const p = list.find((x) => x && typeof x.file === 'string' && basename(x.file) === basename(a.articlePath));
        if (!p) throw new Error(`no result for ${basename(a.articlePath)} in ${opts.input}`);
        return p;
      });
    } else {
      preds = runCli(articles.map((a) => relative(process.cwd(), a.articlePath) || a.articlePath), opts.cli);
    }
  } catch (err) {
    console.error(`eval: ${err.message}`);
    return { code: 1 };
  }

  const perArticle = [];
  for (const [i, a] of articles.entries()) {
    let s;
    try {
      s = scoreArticle(a.gold, preds[i]);
    } catch (err) {
      console.error(`eval: could not score ${a.name} (malformed CLI output?): ${err.stack}`);
      return { code: 1 };
    }
    perArticle.push({ name: a.name, ...s });
  }
  const totals = total(sumCounts(perArticle.map((x) => x.counts)));

  if (opts.json) {
    return {
      json: {
        articles: perArticle.map((x) => ({
          name: x.name,
          scores: total(x.counts),
          ...(opts.verbose ? { errors: x.errors } : {}),
        })),
        totals,
      },
    };
  }

  if (opts.verbose) {
    for (const x of perArticle) {
      const lines = [];
      for (const [m, label] of MEASURES) {
        if (opts.measure && m !== opts.measure) continue;
        const errs = x.errors[m];
        if (!errs?.length) continue;
        lines.push(`  ${label.trim()}:`);
        for (const e of errs) lines.push(`    ${e}`);
      }
      if (lines.length) {
        const t = total(x.counts);
        console.log(`\n== ${x.name}  (mentions F1 ${fmt(t.mentions.f1)}, sources F1 ${fmt(t.sources.f1)}, cues F1 ${fmt(t.cues.f1)})`);
        console.log(lines.join('\n'));
      }
    }
    console.log('');
  }
  console.log(printTable(totals, articles.length));
  return {};
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then((code) => process.exit(code), (err) => {
    console.error(`eval: ${err.stack}`);
    process.exit(1);
  });
}
