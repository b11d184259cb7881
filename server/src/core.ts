// The analysis core as a library: what the CLI, the bench, the eval and the tests use.
// No LSP and no vscode here.
export { analyze, DEFAULT_MAX_LENGTH, DEFAULT_MAX_LINE_LENGTH } from './analysis/analyze';
export type { AnalyzeOptions } from './analysis/analyze';
export type * from './analysis/types';
export type { KnowledgeBase } from './analysis/knowledge-port';
export { RULES, check, MEASURE_ALL } from './rules';
export type { CheckOptions, Suppression, SeverityOverride } from './rules';
export { loadKnowledge } from './knowledge';
export { toJson } from './document/json';
export { lineIndex } from './document/lines';
export { knowledgeStats, checkKnowledgeIndex } from './knowledge';
export * from './config';
export { compileGlob } from './workspace/glob';
export * as ner from './analysis/ner';
export * as tokens from './analysis/tokens';
export { coverageOf, coveredBy } from './analysis/figure-coverage';
export { speakerShapeBefore } from './analysis/quote-speakers';
