// Combines two reviewers' labels per article (and a third reviewer's decisions where they
// disagree) into review/labels.jsonl. docs/review-guide.md gives the procedure and the formats.
//   node scripts/review/merge.mjs LABELS_DIR PACKETS_DIR            a first round: writes the file anew
//   node scripts/review/merge.mjs --append LABELS_DIR PACKETS_DIR   a later round (packets made with
//       --unjudged): the verdicts on the new findings are added to the articles' labels; the rest
//       of review/labels.jsonl is kept as it is; articles it has no labels for (packets made with
//       --new) are added to it whole
// LABELS_DIR holds one folder per reviewer (r1, r2, …) and `settle/` for the third reviewer;
// PACKETS_DIR the packets' index.json (the findings each packet showed, with their offsets).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../real-data/load.mjs';
import { reviewArticles } from './articles.mjs';
import { overlaps } from './score.mjs';

const append = process.argv.includes('--append');
const [labelsDir, packetsDir] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!labelsDir || !packetsDir) {
  console.error('usage: node scripts/review/merge.mjs [--append] LABELS_DIR PACKETS_DIR');
  process.exit(2);
}
const index = JSON.parse(readFileSync(join(packetsDir, 'index.json'), 'utf8'));
const articles = new Map(reviewArticles().map((a) => [a.id, a]));
const reviewers = readdirSync(labelsDir).filter((d) => d !== 'settle' && !d.includes('.')).sort();
const read = (dir, packet) => {
  const p = join(labelsDir, dir, `${packet}.json`);
  return existsSync(p) ? JSON.parse(readFileSync(p, 'utf8')) : null;
};

/** Typographic variants folded, so that a quote typed with straight marks still finds its words. */
const fold = (s) => s.replace(/[‘’‚′]/g, "'").replace(/[“”„″]/g, '"').replace(/[–—]/g, '-').replace(/\s+/g, ' ');

/** Offsets of an exact quote in the text (folded when it is not found as typed), or null. */
function locate(text, quote) {
  const at = text.indexOf(quote);
  if (at >= 0) return { start: at, end: at + quote.length };
  // Fold both sides one character for one (whitespace runs become one space: map positions).
  const map = [];
  let folded = '';
  for (let i = 0; i < text.length; i++) {
    const c = fold(text[i]);
    if (c === ' ' && folded.endsWith(' ')) continue;
    folded += c;
    map.push(i);
  }
  const q = fold(quote).trim();
  const k = folded.indexOf(q);
  if (k < 0) return null;
  return { start: map[k], end: map[k + q.length - 1] + 1 };
}

const out = [];
const problemsLog = [];
let agreed = 0;
let disputed = 0;
for (const entry of index) {
  const art = articles.get(entry.id);
  if (!art) throw new Error(`packet ${entry.packet}: article ${entry.id} is not in the review set`);
  const labels = reviewers.map((r) => ({ r, l: read(r, entry.packet) })).filter((x) => x.l);
  if (labels.length < 2) {
    problemsLog.push(`packet ${entry.packet}: ${labels.length} reviewer(s) labelled it; two are needed — skipped`);
    continue;
  }
  const [a, b] = labels.slice(0, 2);
  const settle = read('settle', entry.packet);
  const problems = [];
  const notProblems = [];
  // Findings: agreed verdicts stand; otherwise the third reviewer's, else debatable.
  entry.findings.forEach((f, k) => {
    const n = k + 1;
    const va = a.l.findings?.find((x) => x.n === n)?.verdict;
    const vb = b.l.findings?.find((x) => x.n === n)?.verdict;
    let verdict = va;
    let how = 'agreed';
    if (va !== vb) {
      const vs = settle?.findings?.find((x) => x.n === n)?.verdict;
      verdict = vs ?? 'debatable';
      how = vs ? 'settled' : 'disputed';
      disputed++;
    } else agreed++;
    if (!verdict) return;
    const span = { rule: f.rule, start: f.start, end: f.end, quote: art.text.slice(f.start, f.end), from: 'finding', how, ...(entry.round === 'unjudged' ? { round: 'later' } : {}) };
    if (verdict === 'right') problems.push(span);
    else notProblems.push({ ...span, verdict });
  });
  // Missed problems: both reviewers listed it (same rule, overlapping words), or one did and the
  // third reviewer accepted it.
  const missed = labels.slice(0, 2).map(({ r, l }) => (l.missed ?? []).map((m) => {
    const at = typeof m.quote === 'string' ? locate(art.text, m.quote) : null;
    if (!at) problemsLog.push(`packet ${entry.packet} (${r}): quote not found: ${JSON.stringify(m.quote).slice(0, 80)}`);
    return at ? { rule: m.rule, ...at, quote: m.quote } : null;
  }).filter(Boolean));
  const [ma, mb] = missed;
  for (const m of ma) {
    const both = mb.some((x) => x.rule === m.rule && overlaps(x, m));
    if (both) problems.push({ ...m, from: 'missed', how: 'agreed' });
  }
  for (const [mine, other] of [[ma, mb], [mb, ma]]) {
    for (const m of mine) {
      if (other.some((x) => x.rule === m.rule && overlaps(x, m))) continue;
      const s = settle?.missed?.find((x) => x.rule === m.rule && typeof x.quote === 'string' && overlaps(locate(art.text, x.quote) ?? { start: -1, end: -1 }, m));
      if (s?.accept === true) problems.push({ ...m, from: 'missed', how: 'settled' });
      else if (!s) problems.push({ ...m, from: 'missed', how: 'single' });
    }
  }
  out.push({ id: art.id, collection: art.collection, sha256: art.sha256, heldAside: art.heldAside, reviewers: labels.slice(0, 2).map((x) => x.r), settled: !!settle, problems, notProblems });
}
mkdirSync(join(ROOT, 'review'), { recursive: true });
const labelsPath = join(ROOT, 'review', 'labels.jsonl');
if (append) {
  // Each article's earlier labels stay; the later round's verdicts are added to them.
  const before = readFileSync(labelsPath, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const added = new Map(out.map((x) => [x.id, x]));
  for (const l of before) {
    const x = added.get(l.id);
    if (!x) continue;
    if (x.sha256 !== l.sha256) throw new Error(`${l.id}: the article changed since it was labelled`);
    l.problems.push(...x.problems);
    l.notProblems.push(...x.notProblems);
    l.laterRounds = [...(l.laterRounds ?? []), { reviewers: x.reviewers, settled: x.settled }];
  }
  const known = new Set(before.map((l) => l.id));
  const fresh = out.filter((x) => !known.has(x.id));
  writeFileSync(labelsPath, [...before, ...fresh].map((x) => JSON.stringify(x)).join('\n') + '\n');
  if (fresh.length) console.log(`${fresh.length} articles added to the review set's labels`);
} else writeFileSync(labelsPath, out.map((x) => JSON.stringify(x)).join('\n') + '\n');
console.log(`${out.length} articles labelled; finding verdicts: ${agreed} agreed, ${disputed} not (settled by the third reviewer where given)`);
for (const p of problemsLog) console.log(p);
