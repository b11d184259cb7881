// Findings on an invented article, for the rule tests that judge words (precision-rules,
// recall-mechanisms): the body under a headline, through dist/core.js (build it first:
// `node esbuild.mjs`), each finding with the text it covers. Every rule runs, the ones off by
// default too, and the hints a rule lowers its own findings to are kept (core.MEASURE_ALL): these
// tests judge what each rule finds when it is on.
import { createRequire } from 'node:module';

const core = createRequire(import.meta.url)('../../dist/core.js');
const kb = core.loadKnowledge();

/** The findings on `body` under `headline`, each with `text`, the words it covers. */
export function findingsUnder(headline, body) {
  const text = `${headline}\n\n${body}`;
  const a = core.analyze(text, kb, { languageId: 'news' });
  return core.check(a, { kb, ...core.MEASURE_ALL }).map((f) => ({ ...f, text: text.slice(f.start, f.end) }));
}

/**
 * The words vague-attribution covers in `body`, under a short headline and an opening paragraph,
 * with the default settings (what an editor sees, not MEASURE_ALL).
 */
export function vagueSpans(body) {
  const text = `Ferry fees rise\n\nThe council met on Monday.\n\n${body}\n`;
  const a = core.analyze(text, kb, { languageId: 'news' });
  return core.check(a, { kb }).filter((f) => f.rule === 'vague-attribution').map((f) => text.slice(f.start, f.end));
}
