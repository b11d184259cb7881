// The real-data section of `npm run eval`: runs the analysis in-process through dist/core.js
// (analyze + check + toJson, the CLI's `analyze --format json` contract) on the human-annotated
// sets in ../shared/data and scores the JSON. See docs/evaluation-real-data.md.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ratioPrf, prf } from '../lib/scoring.mjs';
import { ROOT, SETS, findDataDir, isHeldOut, loadSet } from './load.mjs';
import { namedMentionsWithSource } from './gum-named.mjs';
import { NER_TYPES, addEntityCounts, emptyEntityCounts, overall, predictedMentions, scoreEntities } from './score-entities.mjs';
import { addCorefCounts, emptyCorefCounts, scoreCoref } from './score-coref.mjs';
import { ROLES, addAttributionCounts, emptyAttributionCounts, normaliseAttributions, scoreAttributions } from './score-attributions.mjs';
import { addQuoteSpeakerCounts, emptyQuoteSpeakerCounts, quoteSpeakerFigures, scoreQuoteSpeakers } from './score-quote-speakers.mjs';

export const SKIPPED = 'real-data section skipped: ../shared/data not found';

/** The sets named by --set (names, comma lists or "all"); the default sets when none. */
export function selectSets(names = []) {
  const wanted = names.flatMap((n) => String(n).split(',')).map((n) => n.trim()).filter(Boolean);
  if (!wanted.length) return SETS.filter((s) => s.byDefault);
  if (wanted.includes('all')) return SETS;
  const unknown = wanted.filter((n) => !SETS.some((s) => s.name === n));
  if (unknown.length) throw new Error(`unknown set ${unknown.join(', ')}; one of ${SETS.map((s) => s.name).join(', ')}, all`);
  return SETS.filter((s) => wanted.includes(s.name));
}

function loadCore(root) {
  const path = join(root, 'dist', 'core.js');
  if (!existsSync(path)) throw new Error('dist/core.js not found: run `node esbuild.mjs` first (npm run eval builds it)');
  const core = createRequire(import.meta.url)(path);
  return { core, kb: core.loadKnowledge() };
}

/** The CLI's JSON for one text, or an empty result (and the error) when the analysis throws. */
function analyse({ core, kb }, id, text) {
  try {
    const a = core.analyze(text, kb, { languageId: 'news' });
    return { json: core.toJson(id, a, core.check(a, { kb })) };
  } catch (err) {
    return { json: { entities: [], attributions: [] }, error: `${id}: ${err.message}` };
  }
}

const withPrf = (c) => ({ ...prf(c), correct: c.correct, pred: c.pred, gold: c.gold });
const f3 = (x) => x.toFixed(3);
const row = (label, s, w = 26) => `  ${label.padEnd(w)} ${f3(s.precision).padStart(9)}  ${f3(s.recall).padStart(6)}  ${f3(s.f1).padStart(6)}${s.correct !== undefined ? `    ${s.correct}/${s.pred}/${s.gold}` : ''}`;
const header = (w = 26) => `  ${''.padEnd(w)} precision  recall      F1    correct/pred/gold`;

function entityFigures(c) {
  const out = {};
  for (const t of NER_TYPES) out[t] = withPrf(c[t]);
  out.overall = withPrf(overall(c));
  out.untyped = withPrf(c.untyped);
  out.predictedOnGoldMisc = c.droppedAsMisc;
  return out;
}

function entityLines(title, fig) {
  const lines = [title, header()];
  for (const t of NER_TYPES) lines.push(row(t, fig[t]));
  lines.push(row('overall (micro PER/ORG/LOC)', fig.overall));
  lines.push(row('untyped (span only)', fig.untyped));
  const typeErrors = fig.untyped.correct - fig.overall.correct;
  lines.push(`  right span, wrong type: ${typeErrors}; predicted spans equal to a gold MISC span (not scored): ${fig.predictedOnGoldMisc}`);
  return lines;
}

function runNer(ctx, set, docs) {
  const all = emptyEntityCounts(), held = emptyEntityCounts();
  let heldDocs = 0;
  for (const d of docs) {
    const r = analyse(ctx, d.id, d.text);
    if (r.error) ctx.errors.push(r.error);
    const c = scoreEntities(d.entities ?? [], predictedMentions(r.json));
    addEntityCounts(all, c);
    if (set.name === 'wikigold' && isHeldOut(set.name, d.id)) { addEntityCounts(held, c); heldDocs++; }
  }
  const fig = { entities: entityFigures(all) };
  const lines = entityLines(`  named entities, exact span${set.name === 'wikigold' ? ' — all documents' : ''}`, fig.entities);
  if (set.name === 'wikigold') {
    fig.heldOut = { docs: heldDocs, rule: 'numeric id suffix % 5 === 0', entities: entityFigures(held) };
    lines.push(...entityLines(`  named entities, exact span — held-out part (${heldDocs} documents: id suffix % 5 === 0)`, fig.heldOut.entities));
  }
  return { fig, lines };
}

function runGum(ctx, set, docs) {
  const ents = emptyEntityCounts(), coref = emptyCorefCounts();
  let gumMentions = 0, named = 0;
  for (const d of docs) {
    const gold = namedMentionsWithSource(d);
    gumMentions += (d.entities ?? []).length;
    named += gold.length;
    const r = analyse(ctx, d.id, d.text);
    if (r.error) ctx.errors.push(r.error);
    addEntityCounts(ents, scoreEntities(gold, predictedMentions(r.json)));
    addCorefCounts(coref, scoreCoref(gold, r.json));
  }
  const b3 = ratioPrf(coref.b3.p, coref.b3.nPred, coref.b3.r, coref.b3.nGold);
  const muc = ratioPrf(coref.muc.pNum, coref.muc.pDen, coref.muc.rNum, coref.muc.rDen);
  const fig = {
    gumMentions, namedMentions: named,
    entities: entityFigures(ents),
    coref: {
      b3: { ...b3, mentionsPred: coref.b3.nPred, mentionsGold: coref.b3.nGold },
      muc: { ...muc, pNum: coref.muc.pNum, pDen: coref.muc.pDen, rNum: coref.muc.rNum, rDen: coref.muc.rDen },
      goldClusters: coref.goldClusters,
      predMentions: coref.predMentions, predMatched: coref.predMatched, predUnmatched: coref.predUnmatched,
    },
  };
  const lines = [
    `  GUM reduction: ${named} named mentions kept of ${gumMentions} GUM mentions`,
    ...entityLines('  named entities, exact span (gold = the reduction\'s named mentions)', fig.entities),
    `  named-entity coreference (gold: ${named} named mentions in ${coref.goldClusters} clusters incl. singletons; predicted: ${coref.predMatched} of ${coref.predMentions} predicted mentions match a gold span, ${coref.predUnmatched} unmatched and not scored)`,
    header(),
    row('B-cubed', b3) + `    over ${coref.b3.nPred} pred / ${coref.b3.nGold} gold mentions`,
    row('MUC', muc) + `    links ${coref.muc.pNum}/${coref.muc.pDen} (P), ${coref.muc.rNum}/${coref.muc.rDen} (R)`,
  ];
  return { fig, lines };
}

function runAttr(ctx, set, docs) {
  const acc = emptyAttributionCounts();
  const speakers = emptyQuoteSpeakerCounts();
  for (const d of docs) {
    const r = analyse(ctx, d.id, d.text);
    if (r.error) ctx.errors.push(r.error);
    addAttributionCounts(acc, scoreAttributions(normaliseAttributions(d.attributions), normaliseAttributions(r.json.attributions)));
    addQuoteSpeakerCounts(speakers, scoreQuoteSpeakers(d.attributions, r.json, d.text));
  }
  const fig = { attributions: {} };
  for (const k of [...ROLES, 'sameSource', 'sameContent']) fig.attributions[k] = withPrf(acc[k]);
  fig.sourceKinds = Object.fromEntries(Object.entries(acc.kinds).sort((a, b) => b[1] - a[1]));
  const qs = (fig.quoteSpeakers = quoteSpeakerFigures(speakers));
  const lines = [
    '  attributions, overlap (one-to-one, largest overlap first)',
    header(),
    ...ROLES.map((r) => row(r, fig.attributions[r])),
    row('source (same attribution)', fig.attributions.sameSource),
    row('content (same attribution)', fig.attributions.sameContent),
    `  predicted kinds of matched sources: ${Object.entries(fig.sourceKinds).map(([k, n]) => `${k} ${n}`).join(', ') || '-'}`,
    `  quote speakers (quotations inside one gold attribution's content: ${qs.judged}): accuracy ${f3(qs.accuracy)} (${qs.right} right, ${qs.wrong} wrong), gold source a pronoun ${qs.pronoun}, no speaker ${qs.none}; coverage ${f3(qs.coverage)}; right by the speaker span alone ${qs.spanRight}`,
  ];
  return { fig, lines };
}

const RUNNERS = { ner: runNer, gum: runGum, attr: runAttr };

/**
 * Run the section. Returns { skipped: string } when ../shared/data is absent, else
 * { dataDir, sets: { NAME: figures } , lines: [text lines to print] }.
 * `log(line)` receives progress and the printed lines as they come (optional).
 */
export function runRealData({ root = ROOT, setNames = [], log = () => {} } = {}) {
  const dataDir = findDataDir(root);
  if (!dataDir) return { skipped: SKIPPED };
  const sets = selectSets(setNames);
  const ctx = { ...loadCore(root), errors: [] };
  const out = { dataDir, sets: {}, lines: [] };
  const t0 = performance.now();
  const head = `\nReal-data section — ${dataDir} (measurement only; see docs/evaluation-real-data.md)`;
  out.lines.push(head);
  log(head);
  for (const set of sets) {
    const docs = loadSet(dataDir, set);
    if (!docs) {
      const line = `real data — ${set.name}: ${set.file} not found, skipped`;
      out.sets[set.name] = { skipped: line };
      out.lines.push(line);
      log(line);
      continue;
    }
    const t = performance.now();
    const errorsBefore = ctx.errors.length;
    const { fig, lines } = RUNNERS[set.task](ctx, set, docs);
    const seconds = (performance.now() - t) / 1000;
    const errors = ctx.errors.slice(errorsBefore);
    out.sets[set.name] = { file: set.file, docs: docs.length, seconds: +seconds.toFixed(2), analysisErrors: errors.length, ...fig };
    const block = [
      '',
      `Real data — ${set.name} (${set.file}, ${docs.length} documents, ${seconds.toFixed(1)} s)`,
      ...lines,
      ...(errors.length ? [`  analysis threw on ${errors.length} documents (scored as empty), first: ${errors[0]}`] : []),
    ];
    out.lines.push(...block);
    for (const l of block) log(l);
  }
  out.seconds = +((performance.now() - t0) / 1000).toFixed(2);
  const tail = `\nReal-data section: ${sets.length} sets in ${out.seconds.toFixed(1)} s`;
  out.lines.push(tail);
  log(tail);
  return out;
}
