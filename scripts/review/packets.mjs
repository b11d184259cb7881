// Writes one review packet per review-set article into a folder outside the project (the texts
// are not ours): the article with numbered paragraphs and Sourced's findings on it, for a
// reviewer who labels each finding and lists the problems it missed (docs/review-guide.md).
//   node scripts/review/packets.mjs OUT_DIR
// Every article gets a packet; the held-aside fifth is labelled like the rest and scored apart.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ROOT } from '../real-data/load.mjs';
import { reviewArticles } from './articles.mjs';

const out = process.argv[2];
if (!out) {
  console.error('usage: node scripts/review/packets.mjs OUT_DIR');
  process.exit(2);
}
const core = createRequire(import.meta.url)(join(ROOT, 'dist', 'core.js'));
const kb = core.loadKnowledge();
const articles = reviewArticles();
if (!articles) {
  console.error('../shared is absent: no review set');
  process.exit(1);
}
mkdirSync(out, { recursive: true });
const index = [];
articles.forEach((art, i) => {
  const n = String(i + 1).padStart(3, '0');
  const a = core.analyze(art.text, kb, { languageId: 'news' });
  const findings = core.check(a, { kb });
  const lines = [`# Packet ${n}`, '', `id: ${art.id}`, `collection: ${art.collection}`, '', '## Article', ''];
  art.text.split(/\n/).forEach((p, k) => { if (p.trim()) lines.push(`[P${k + 1}] ${p}`, ''); });
  lines.push('## Findings', '');
  if (!findings.length) lines.push('(none)');
  findings.forEach((f, k) => {
    const para = art.text.slice(0, f.start).split('\n').length;
    lines.push(`F${k + 1}. ${f.rule} (${f.severity}) in P${para}: “${art.text.slice(f.start, f.end)}” — ${f.message}`);
  });
  writeFileSync(join(out, `${n}.md`), lines.join('\n') + '\n');
  index.push({ packet: n, id: art.id, sha256: art.sha256, findings: findings.map((f) => ({ rule: f.rule, severity: f.severity, start: f.start, end: f.end })) });
});
writeFileSync(join(out, 'index.json'), JSON.stringify(index, null, 1));
console.log(`${articles.length} packets in ${out}`);
