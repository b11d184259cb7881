// Development only, prints only: how many of PolNeAR's unnamed gold sources ("officials",
// "critics", "many of his supporters", "nurses") Sourced flags as anonymous-source or
// vague-attribution, why the rest are missed, and how many of those flags fall on a gold source.
// USE RULE (../shared/data/README.md): PolNeAR is for measurement only: nothing this script
// prints may enter the project (no word lists, no sentences).
// Run after a build: node scripts/real-data/unnamed-sources.mjs [polnear-dev|polnear-train] [--misses N]
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ROOT, SETS, findDataDir, loadSet } from './load.mjs';

const require = createRequire(import.meta.url);
const core = require(join(ROOT, 'dist', 'core.js'));
const kb = core.loadKnowledge();
const PERSON = new Set(require(join(ROOT, 'server/src/analysis/data/person-nouns.json')).words);
const PRONOUN = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you', 'who', 'which', 'that', 'him', 'her', 'them', 'us', 'me', 'this', 'these', 'those', 'one', 'whom']);
const EXTRA_PEOPLE = new Set(['people', 'person', 'staff', 'sources', 'source', 'others', 'some', 'many', 'most', 'several', 'few']);

const args = process.argv.slice(2);
const setName = args.find((a) => a.startsWith('polnear-')) ?? 'polnear-dev';
const missesArg = args.indexOf('--misses');
const showMisses = missesArg >= 0 ? Number(args[missesArg + 1] ?? 20) : 0;
const set = SETS.find((s) => s.name === setName);
const dataDir = findDataDir();
if (!dataDir) { console.log('no ../shared/data: nothing to measure'); process.exit(0); }
const docs = loadSet(dataDir, set);

const singular = (w) => (w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.endsWith('men') ? `${w.slice(0, -3)}man` : w.endsWith('ches') || w.endsWith('shes') || w.endsWith('sses') ? w.slice(0, -2) : w.endsWith('s') ? w.slice(0, -1) : w);
const isPerson = (w) => EXTRA_PEOPLE.has(w) || PERSON.has(w) || PERSON.has(singular(w));

/** Whether a gold source phrase is an unnamed one headed by a noun for people: null when not. */
function unnamed(text, docText, start) {
  const words = text.split(/\s+/).map((w) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')).filter(Boolean);
  if (!words.length || words.length > 8) return null;
  if (words.length === 1 && PRONOUN.has(words[0].toLowerCase())) return null;
  const sentenceStart = /(?:^|[.!?]["”’]?\s+|\n\s*)$/.test(docText.slice(Math.max(0, start - 4), start));
  // A capital anywhere but on a sentence's first word is a name ("Clinton aides" is named by its body).
  if (words.some((w, i) => /^\p{Lu}/u.test(w) && !(i === 0 && sentenceStart))) return null;
  // The head: the last word before "of", "who", "familiar", "close", "with", "at", "in", "from", "to".
  const cut = words.findIndex((w, i) => i > 0 && /^(?:of|who|familiar|close|with|at|in|from|to|for|on)$/i.test(w));
  const lower = words.map((w) => w.toLowerCase());
  let head = lower[(cut > 0 ? cut : words.length) - 1];
  // ("many of his supporters": the head is after "of".)
  if (cut > 0 && lower[cut] === 'of' && /^(?:many|some|most|few|several|all|none|one|two|three|dozens|hundreds|thousands|majority|half|both|each|any|others?)$/.test(lower[cut - 1])) head = lower[lower.length - 1];
  if (!isPerson(head)) return null;
  // ("Fowler said", "Republicans said": a first word written with a capital inside other sentences is a name.)
  if (/^\p{Lu}/u.test(words[0]) && new RegExp(`[\\p{Ll},;] ${words[0]}\\b`, 'u').test(docText)) return null;
  // ("the mayor", "his lawyer", "the former president": one person the story has identified.)
  const plural = head !== singular(head) || ['people', 'staff', 'others', 'some', 'many', 'most', 'several', 'few'].includes(head);
  if (/^(?:the|his|her|their|its|my|our|your|this|that)$/.test(lower[0]) && !plural) return null;
  if (/['’]s$/.test(words[0]) && !plural) return null;
  return { head, lower, definite: /^(?:the|these|those)$/.test(lower[0]) };
}

const rows = [];
let flagsAll = 0, flagsOnGold = 0, flagsOnUnnamed = 0;
const flagsBy = { 'vague-attribution': [0, 0], 'anonymous-source': [0, 0] };
for (const d of docs) {
  const a = core.analyze(d.text, kb, { languageId: 'news' });
  const j = core.toJson(d.id, a, core.check(a, { kb }));
  const flags = j.findings.filter((f) => f.rule === 'vague-attribution' || f.rule === 'anonymous-source');
  const gold = d.attributions.filter((g) => g.source).map((g) => ({ start: g.source[0], end: g.source[1], text: d.text.slice(g.source[0], g.source[1]) }));
  const overlaps = (x, y) => Math.min(x.end, y.end) > Math.max(x.start, y.start);
  const seen = new Set();
  const unnamedGold = [];
  for (const g of gold) {
    const k = `${g.start}:${g.end}`;
    if (seen.has(k)) continue;
    seen.add(k);
    const u = unnamed(g.text, d.text, g.start);
    if (u) unnamedGold.push({ ...g, ...u });
  }
  for (const f of flags) {
    flagsAll++;
    const onGold = gold.some((g) => overlaps(g, f));
    const onUnnamed = unnamedGold.some((g) => overlaps(g, f));
    if (onGold) flagsOnGold++;
    if (onUnnamed) flagsOnUnnamed++;
    flagsBy[f.rule][0]++;
    if (onGold) flagsBy[f.rule][1]++;
  }
  for (const g of unnamedGold) {
    const flag = flags.find((f) => overlaps(g, f));
    const pred = j.attributions.find((x) => x.source && overlaps(g, x.source));
    const why = flag ? flag.rule : !pred ? 'no source found (cue missed)' : `source typed ${pred.source.kind}, not flagged`;
    const lineStart = d.text.lastIndexOf('\n', g.start) + 1;
    rows.push({ doc: d.id, definite: g.definite, text: g.text, head: g.head, why, context: d.text.slice(Math.max(lineStart, g.start - 60), g.end + 60).replace(/\s+/g, ' ') });
  }
}
const flagged = rows.filter((r) => r.why === 'vague-attribution' || r.why === 'anonymous-source').length;
const pct = (n, d) => (d ? `${((100 * n) / d).toFixed(1)}%` : '—');
console.log(`${setName}: ${docs.length} documents, ${rows.length} unnamed gold sources headed by a noun for people`);
console.log(`  flagged (anonymous-source or vague-attribution, any severity): ${flagged} (${pct(flagged, rows.length)})`);
const defs = rows.filter((r) => r.definite);
console.log(`  of which "the …"/"these …" plurals: ${defs.length}, flagged ${defs.filter((r) => !r.why.startsWith('source') && !r.why.startsWith('no')).length}`);
const by = {};
for (const r of rows) by[r.why] = (by[r.why] ?? 0) + 1;
for (const [k, n] of Object.entries(by).sort((x, y) => y[1] - x[1])) console.log(`    ${k.padEnd(40)} ${n}`);
console.log(`  flags: ${flagsAll}; on a gold source ${flagsOnGold} (${pct(flagsOnGold, flagsAll)}); on an unnamed gold source ${flagsOnUnnamed}`);
for (const [k, [n, g]] of Object.entries(flagsBy)) console.log(`    ${k.padEnd(20)} ${n} flags, on a gold source ${g} (${pct(g, n)})`);
if (showMisses) {
  const misses = rows.filter((r) => r.why !== 'vague-attribution' && r.why !== 'anonymous-source' && !r.why.startsWith('no source'));
  console.log(`\n  typed but not flagged (${misses.length}), first ${showMisses}:`);
  for (const r of misses.slice(0, showMisses)) console.log(`    [${r.why}] «${r.text}» … ${r.context}`);
}
