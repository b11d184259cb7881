// The review set's errors, for whoever changes a rule: per rule, the labelled problems the current
// findings miss and the findings the reviewers judged wrong (or debatable), each with its sentence,
// on the development articles only. The held-aside fifth is never listed (docs/review-guide.md).
//   node scripts/review/errors.mjs [RULE ...] [--wrong | --missed] [--skip-ids FILE]
// --skip-ids leaves out the articles whose ids FILE lists, one per line (a batch kept untuned as
// a fresh measure of a day's changes).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../real-data/load.mjs';
import { reviewSession } from './articles.mjs';
import { overlaps } from './score.mjs';

const args = process.argv.slice(2);
const skipAt = args.indexOf('--skip-ids');
const skip = new Set(skipAt >= 0 ? readFileSync(args.splice(skipAt, 2)[1], 'utf8').split('\n').map((x) => x.trim()).filter(Boolean) : []);
const rules = new Set(args.filter((a) => !a.startsWith('--')));
const only = args.includes('--wrong') ? 'wrong' : args.includes('--missed') ? 'missed' : null;
const { core, kb, articles } = reviewSession();
const byId = new Map(articles.map((a) => [a.id, a]));
const labels = readFileSync(join(ROOT, 'review', 'labels.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));

/** The text around a span: its line, cut to about 240 characters around it, the span in [[ ]]. */
function around(text, s) {
  const from = Math.max(text.lastIndexOf('\n', s.start - 1) + 1, s.start - 120);
  let to = text.indexOf('\n', s.end);
  if (to < 0) to = text.length;
  to = Math.min(to, s.end + 120);
  return `${text.slice(from, s.start)}[[${text.slice(s.start, s.end)}]]${text.slice(s.end, to)}`.replace(/\s+/g, ' ');
}

const out = new Map();
const add = (rule, line) => (out.get(rule) ?? out.set(rule, []).get(rule)).push(line);
for (const l of labels) {
  if (l.heldAside || skip.has(l.id)) continue;
  const art = byId.get(l.id);
  if (!art || art.sha256 !== l.sha256) continue;
  const findings = core.check(core.analyze(art.text, kb, { languageId: 'news' }), { kb, ...core.MEASURE_ALL });
  const keep = (r) => !rules.size || rules.has(r);
  if (only !== 'wrong') {
    for (const p of l.problems) {
      if (!keep(p.rule) || findings.some((f) => f.rule === p.rule && overlaps(p, f))) continue;
      add(p.rule, `MISSED  ${l.id}: ${around(art.text, p)}`);
    }
  }
  if (only !== 'missed') {
    for (const f of findings) {
      if (!keep(f.rule) || l.problems.some((p) => p.rule === f.rule && overlaps(p, f))) continue;
      const np = l.notProblems.find((p) => p.rule === f.rule && overlaps(p, f));
      if (!np) continue;
      add(f.rule, `${np.verdict.toUpperCase().padEnd(7)} ${l.id} (${f.severity}): ${around(art.text, f)} — ${f.message}`);
    }
  }
}
for (const [rule, lines] of [...out].sort()) {
  console.log(`\n## ${rule} (${lines.length})`);
  for (const x of lines.sort()) console.log(x);
}
