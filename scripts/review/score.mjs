// The review-set section of `npm run eval`: the current findings on the labelled real articles,
// per rule, warnings and information apart, and the held-aside fifth apart
// (docs/review-guide.md). Labels: review/labels.jsonl; texts: ../shared, read at run time.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ROOT } from '../real-data/load.mjs';
import { reviewArticles } from './articles.mjs';

/** Rules whose recall the review set measures (the issue's targets). */
export const RECALL_RULES = ['unsourced-statistic', 'vague-attribution', 'anonymous-source', 'unattributed-quote'];

/** Two spans share at least one character. */
export const overlaps = (a, b) => Math.min(a.end, b.end) > Math.max(a.start, b.start);

function emptyRule() {
  const c = () => ({ right: 0, wrong: 0, debatable: 0, unjudged: 0 });
  return { warning: c(), information: c(), hint: c(), problems: 0, found: 0, foundAboveHint: 0 };
}

/** Scores one article's findings against its labels into `acc` (rule -> counts). */
export function scoreArticle(labels, findings, acc) {
  const byRule = (r) => (acc[r] ??= emptyRule());
  for (const f of findings) {
    // Hints are scored apart: the editor shows them as faint dots, not in the Problems panel.
    const sev = f.severity === 'warning' || f.severity === 'error' ? 'warning' : f.severity === 'hint' ? 'hint' : 'information';
    const c = byRule(f.rule)[sev];
    if (labels.problems.some((p) => p.rule === f.rule && overlaps(p, f))) c.right++;
    else {
      const np = labels.notProblems.find((p) => p.rule === f.rule && overlaps(p, f));
      if (np) c[np.verdict === 'wrong' ? 'wrong' : 'debatable']++;
      else c.unjudged++;
    }
  }
  for (const p of labels.problems) {
    const r = byRule(p.rule);
    r.problems++;
    const hits = findings.filter((f) => f.rule === p.rule && overlaps(p, f));
    if (hits.length) r.found++;
    // (Found at information or above: recall without hints, which the editor shows only faintly.)
    if (hits.some((f) => f.severity !== 'hint')) r.foundAboveHint++;
  }
  return acc;
}

const pct = (a, b) => (b ? `${((100 * a) / b).toFixed(0)}%` : '—');

/** One line: what the default settings show (rules off by default and self-lowered hints dropped). */
function shippedLine(acc) {
  const tot = (sev) => Object.values(acc).reduce((s, r) => ({ right: s.right + r[sev].right, wrong: s.wrong + r[sev].wrong, debatable: s.debatable + r[sev].debatable, unjudged: s.unjudged + r[sev].unjudged }), { right: 0, wrong: 0, debatable: 0, unjudged: 0 });
  const cell = (c) => `${pct(c.right, c.right + c.wrong)} (${c.right}/${c.wrong}/${c.debatable}/${c.unjudged})`;
  const on = Object.keys(acc).filter((r) => acc[r].warning.right + acc[r].warning.wrong + acc[r].information.right + acc[r].information.wrong + acc[r].warning.unjudged + acc[r].information.unjudged + acc[r].warning.debatable + acc[r].information.debatable > 0).sort();
  return `    ${'default settings'.padEnd(22)} warnings ${cell(tot('warning'))}, information ${cell(tot('information'))}, hints ${cell(tot('hint'))}; rules with findings: ${on.join(', ') || 'none'}`;
}

function lines(title, acc) {
  const out = [`  ${title}`, `    ${'rule'.padEnd(22)} ${'warnings: precision (r/w/d/u)'.padEnd(33)} ${'information: precision (r/w/d/u)'.padEnd(33)} ${'hints: precision (r/w/d/u)'.padEnd(33)} recall (found/problems; without hints)`];
  const cell = (c) => `${pct(c.right, c.right + c.wrong).padStart(5)} (${c.right}/${c.wrong}/${c.debatable}/${c.unjudged})`.padEnd(33);
  for (const rule of Object.keys(acc).sort()) {
    const r = acc[rule];
    out.push(`    ${rule.padEnd(22)} ${cell(r.warning)} ${cell(r.information)} ${cell(r.hint)} ${RECALL_RULES.includes(rule) || r.problems ? `${pct(r.found, r.problems)} (${r.found}/${r.problems}; ${pct(r.foundAboveHint, r.problems)} without hints)` : ''}`);
  }
  const tot = (sev) => Object.values(acc).reduce((s, r) => ({ right: s.right + r[sev].right, wrong: s.wrong + r[sev].wrong, debatable: s.debatable + r[sev].debatable, unjudged: s.unjudged + r[sev].unjudged }), { right: 0, wrong: 0, debatable: 0, unjudged: 0 });
  out.push(`    ${'all rules'.padEnd(22)} ${cell(tot('warning'))} ${cell(tot('information'))} ${cell(tot('hint'))}`);
  return out;
}

/** { skipped } or { figures, lines }. `ids`, when given, scores only those articles (a batch
 * measured on its own, e.g. one labelled on a day's first findings and never tuned on). */
export function runReviewSet({ root = ROOT, ids = null } = {}) {
  const labelsPath = join(root, 'review', 'labels.jsonl');
  if (!existsSync(labelsPath)) return { skipped: 'review-set section skipped: review/labels.jsonl not found' };
  const articles = reviewArticles(root);
  if (!articles) return { skipped: 'review-set section skipped: ../shared (data and BBC corpus) not found' };
  const core = createRequire(import.meta.url)(join(root, 'dist', 'core.js'));
  const kb = core.loadKnowledge();
  const byId = new Map(articles.map((a) => [a.id, a]));
  const labels = readFileSync(labelsPath, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const main = {};
  const aside = {};
  const shipped = {};
  const shippedAside = {};
  const stale = [];
  let n = 0;
  let nAside = 0;
  for (const l of labels) {
    if (ids && !ids.has(l.id)) continue;
    const art = byId.get(l.id);
    if (!art || art.sha256 !== l.sha256) {
      stale.push(l.id);
      continue;
    }
    const a = core.analyze(art.text, kb, { languageId: 'news' });
    const findings = core.check(a, { kb, ...core.MEASURE_ALL });
    scoreArticle(l, findings, l.heldAside ? aside : main);
    // What a user gets with the default settings, scored apart (the targets apply to these).
    scoreArticle(l, core.check(a, { kb }), l.heldAside ? shippedAside : shipped);
    if (l.heldAside) nAside++;
    else n++;
  }
  const out = [
    `Review set — real articles labelled by two reviewers each (review/labels.jsonl; docs/review-guide.md)`,
    `  every rule and every hint, the rules off by default included (core.MEASURE_ALL); then what the default settings show`,
    ...lines(`${n} articles (the held-aside fifth not included)`, main),
    shippedLine(shipped),
    ...lines(`held-aside fifth: ${nAside} articles — look only at the end of a piece of work`, aside),
    shippedLine(shippedAside),
  ];
  if (stale.length) out.push(`  ${stale.length} labelled articles not found or changed in ../shared (skipped): ${stale.slice(0, 5).join(', ')}`);
  return { figures: { articles: n, heldAsideArticles: nAside, rules: main, heldAside: aside, defaultSettings: { rules: shipped, heldAside: shippedAside }, stale }, lines: out };
}
