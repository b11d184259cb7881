// For the third reviewer: per packet, the findings the two reviewers judged differently and the
// missed problems only one of them listed, written as OUT_DIR/NNN.md next to the packet.
//   node scripts/review/disagreements.mjs LABELS_DIR PACKETS_DIR OUT_DIR
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [labelsDir, packetsDir, outDir] = process.argv.slice(2);
if (!outDir) {
  console.error('usage: node scripts/review/disagreements.mjs LABELS_DIR PACKETS_DIR OUT_DIR');
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });
const index = JSON.parse(readFileSync(join(packetsDir, 'index.json'), 'utf8'));
const reviewers = readdirSync(labelsDir).filter((d) => d !== 'settle' && !d.includes('.')).sort();
const fold = (s) => s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();
let packets = 0;
let items = 0;
for (const entry of index) {
  const labels = reviewers.map((r) => {
    const p = join(labelsDir, r, `${entry.packet}.json`);
    return existsSync(p) ? { r, l: JSON.parse(readFileSync(p, 'utf8')) } : null;
  }).filter(Boolean);
  if (labels.length < 2) continue;
  const [a, b] = labels;
  const lines = [`# Disagreements in packet ${entry.packet} (${entry.id})`, '', `Read ${join(packetsDir, `${entry.packet}.md`)} first.`, ''];
  let here = 0;
  entry.findings.forEach((f, k) => {
    const n = k + 1;
    const fa = a.l.findings?.find((x) => x.n === n);
    const fb = b.l.findings?.find((x) => x.n === n);
    if (fa?.verdict === fb?.verdict) return;
    here++;
    lines.push(`- F${n} (${f.rule}): reviewer A says ${fa?.verdict ?? 'nothing'} (${fa?.why ?? ''}); reviewer B says ${fb?.verdict ?? 'nothing'} (${fb?.why ?? ''})`);
  });
  for (const [mine, other, who] of [[a, b, 'A'], [b, a, 'B']]) {
    for (const m of mine.l.missed ?? []) {
      const q = fold(String(m.quote ?? ''));
      const shared = (other.l.missed ?? []).some((x) => x.rule === m.rule && (fold(String(x.quote ?? '')).includes(q.slice(0, 25)) || q.includes(fold(String(x.quote ?? '')).slice(0, 25))));
      if (shared) continue;
      here++;
      lines.push(`- missed, listed by reviewer ${who} only: ${m.rule}: “${m.quote}” (${m.why ?? ''})`);
    }
  }
  if (!here) continue;
  packets++;
  items += here;
  writeFileSync(join(outDir, `${entry.packet}.md`), lines.join('\n') + '\n');
}
console.log(`${items} disagreements in ${packets} packets written to ${outDir}`);
