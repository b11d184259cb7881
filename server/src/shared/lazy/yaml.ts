// Loaded on first use by shared/lazy-modules.ts (front matter, .sourced.yaml).
export { isMap, isPair, isScalar, isSeq, parseDocument, YAMLSeq } from 'yaml';
