// Shared by the robustness tests (bbc-corpus.test.mjs, robustness.test.mjs): the core, the BBC
// corpus path, and analysis with its time and the ranges it reports.
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const core = require(join(repoRoot, 'dist', 'core.js'));
export const cli = join(repoRoot, 'dist', 'cli.js');
export const kb = core.loadKnowledge();
export const bbc = resolve(repoRoot, '..', 'shared', 'corpus', 'bbc');
export const GUARD_MS = 1000;

/** Every range of an analysis and its findings inside the text, start <= end. */
export function rangeProblem(text, a, findings) {
  const spans = [];
  for (const b of a.blocks) spans.push(['block', b]);
  for (const s of a.sentences) spans.push(['sentence', s]);
  for (const e of a.entities) for (const m of e.mentions) spans.push(['mention', m]);
  for (const q of a.quotes) spans.push(['quote', q]);
  for (const at of a.attributions) spans.push(['cue', at.cue], ['source', at.source], ['content', at.content]);
  for (const c of a.claims) spans.push(['claim', c]);
  for (const q of a.quantities) spans.push(['quantity', q]);
  for (const d of a.dates) spans.push(['date', d]);
  for (const f of findings) spans.push([`finding ${f.rule}`, f]);
  for (const [what, r] of spans) if (!(r.start >= 0 && r.end <= text.length && r.start <= r.end)) return `${what} [${r.start}, ${r.end}) in a text of ${text.length}`;
  return null;
}

export function analyseTimed(text, options) {
  const t0 = performance.now();
  const a = core.analyze(text, kb, options);
  // (Every rule: one off by default must not hang or break either.)
  const findings = core.check(a, { kb, ...core.MEASURE_ALL });
  return { a, findings, ms: performance.now() - t0 };
}

export function decode(buf) {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return new TextDecoder('windows-1252').decode(buf);
  }
}

