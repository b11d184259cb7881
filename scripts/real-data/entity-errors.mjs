// Where a set's gold entities of one type are lost: for each gold span of the type, whether a
// predicted span is exact with that type, exact with another type, overlapping (partial), or
// absent; and the predicted spans of the type that match nothing. Prints counts, and with
// --show N the first N cases of each kind in context (for a developer's eyes only: nothing is
// written to disk). Usage: node scripts/real-data/entity-errors.mjs [--set conll2003-dev]
// [--type ORG] [--show 20] [--heldout]
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ROOT, SETS, findDataDir, isHeldOut, loadSet } from './load.mjs';
import { predictedMentions } from './score-entities.mjs';
import { namedMentionsWithSource } from './gum-named.mjs';

const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? dflt : process.argv[i + 1];
};
const setName = arg('set', 'conll2003-dev');
const type = arg('type', 'ORG');
const show = Number(arg('show', 0));
const heldOnly = process.argv.includes('--heldout');
const set = SETS.find((s) => s.name === setName);
const core = createRequire(import.meta.url)(join(ROOT, 'dist', 'core.js'));
const kb = core.loadKnowledge();
const docs = loadSet(findDataDir(), set).filter((d) => !heldOnly || isHeldOut(set.name, d.id));
const cases = { exact: [], otherType: [], partial: [], missed: [], spurious: [] };
const ctx = (text, s, e) => `${text.slice(Math.max(0, s - 40), s).replace(/\n/g, '⏎')}[[${text.slice(s, e)}]]${text.slice(e, e + 40).replace(/\n/g, '⏎')}`;
for (const d of docs) {
  const a = core.analyze(d.text, kb, { languageId: 'news' });
  const pred = predictedMentions(core.toJson(d.id, a, core.check(a, { kb })));
  const gold = set.task === 'gum' ? namedMentionsWithSource(d) : d.entities;
  for (const g of gold.filter((x) => x.type === type)) {
    const exact = pred.filter((p) => p.start === g.start && p.end === g.end);
    if (exact.some((p) => p.type === type)) cases.exact.push(ctx(d.text, g.start, g.end));
    else if (exact.length) cases.otherType.push(`${exact[0].type}  ${ctx(d.text, g.start, g.end)}`);
    else {
      const ov = pred.filter((p) => p.start < g.end && g.start < p.end);
      if (ov.length) cases.partial.push(`${ov.map((p) => `${p.type}:${d.text.slice(p.start, p.end)}`).join(' | ')}  ${ctx(d.text, g.start, g.end)}`);
      else cases.missed.push(ctx(d.text, g.start, g.end));
    }
  }
  for (const p of pred.filter((x) => x.type === type)) {
    if (!gold.some((g) => g.start === p.start && g.end === p.end && g.type === type)) {
      const g = gold.find((x) => x.start < p.end && p.start < x.end);
      cases.spurious.push(`${g ? `gold ${g.type}:${d.text.slice(g.start, g.end)}` : 'no gold'}  ${ctx(d.text, p.start, p.end)}`);
    }
  }
}
for (const [k, v] of Object.entries(cases)) {
  console.log(`${k}: ${v.length}`);
  if (show && k !== 'exact') for (const c of v.slice(0, show)) console.log(`    ${c}`);
}
