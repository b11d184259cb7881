// Writes one review packet per review-set article into a folder outside the project (the texts
// are not ours): the article with numbered paragraphs and Sourced's findings on it, for a
// reviewer who labels each finding and lists the problems it missed (docs/review-guide.md).
//   node scripts/review/packets.mjs OUT_DIR              every article, every finding (first round)
//   node scripts/review/packets.mjs --unjudged OUT_DIR   a later round: only the findings that
//       review/labels.jsonl says nothing about (given by rules changed since), only the articles
//       that have some; merge them with `merge.mjs --append`.
//   node scripts/review/packets.mjs --new OUT_DIR        a new batch: only the articles that
//       review/labels.jsonl has no labels for, every finding; merge them with `merge.mjs --append`.
// The held-aside fifth is labelled like the rest and scored apart.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../real-data/load.mjs';
import { reviewSession } from './articles.mjs';
import { overlaps } from './score.mjs';

const args = process.argv.slice(2);
const unjudgedOnly = args.includes('--unjudged');
const newOnly = args.includes('--new');
const out = args.find((a) => !a.startsWith('--'));
if (!out) {
  console.error('usage: node scripts/review/packets.mjs [--unjudged | --new] OUT_DIR');
  process.exit(2);
}
const { core, kb, articles } = reviewSession();
const labelsPath = join(ROOT, 'review', 'labels.jsonl');
const labels = new Map();
if (unjudgedOnly || newOnly) {
  if (!existsSync(labelsPath)) {
    console.error(`${unjudgedOnly ? '--unjudged' : '--new'}: review/labels.jsonl not found`);
    process.exit(1);
  }
  for (const l of readFileSync(labelsPath, 'utf8').split('\n').filter(Boolean).map((x) => JSON.parse(x))) labels.set(l.id, l);
}
/** A finding the labels judge: it overlaps a labelled problem or non-problem of its rule. */
const judged = (l, f) => [...l.problems, ...l.notProblems].some((p) => p.rule === f.rule && overlaps(p, f));
mkdirSync(out, { recursive: true });
const index = [];
articles.forEach((art, i) => {
  const n = String(i + 1).padStart(3, '0');
  if (newOnly && labels.has(art.id)) return;
  const a = core.analyze(art.text, kb, { languageId: 'news' });
  let findings = core.check(a, { kb, ...core.MEASURE_ALL });
  if (unjudgedOnly) {
    const l = labels.get(art.id);
    if (!l || l.sha256 !== art.sha256) return; // not labelled before, or its text changed
    findings = findings.filter((f) => !judged(l, f));
    if (!findings.length) return;
  }
  const lines = [`# Packet ${n}`, '', `id: ${art.id}`, `collection: ${art.collection}`, ''];
  if (unjudgedOnly) lines.push('This is a later round: judge only the findings listed below (each is new since the article was labelled). List no missed problems: `"missed": []`.', '');
  lines.push('## Article', '');
  art.text.split(/\n/).forEach((p, k) => { if (p.trim()) lines.push(`[P${k + 1}] ${p}`, ''); });
  lines.push('## Findings', '');
  if (!findings.length) lines.push('(none)');
  findings.forEach((f, k) => {
    const para = art.text.slice(0, f.start).split('\n').length;
    lines.push(`F${k + 1}. ${f.rule} (${f.severity}) in P${para}: “${art.text.slice(f.start, f.end)}” — ${f.message}`);
  });
  writeFileSync(join(out, `${n}.md`), lines.join('\n') + '\n');
  index.push({ packet: n, id: art.id, sha256: art.sha256, ...(unjudgedOnly ? { round: 'unjudged' } : {}), findings: findings.map((f) => ({ rule: f.rule, severity: f.severity, start: f.start, end: f.end })) });
});
writeFileSync(join(out, 'index.json'), JSON.stringify(index, null, 1));
console.log(`${index.length} packets in ${out}${unjudgedOnly ? ` (${index.reduce((s, x) => s + x.findings.length, 0)} unjudged findings)` : ''}`);
