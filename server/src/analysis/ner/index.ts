// The tagger as the training script and the tests use it: the same tokens the analysis sees.
import type { KnowledgeBase } from '../knowledge-port';
import { memoized } from '../knowledge-port';
import type { Token } from '../types';
import { parseStructure } from '../structure';
import { splitSentences, tokenize, tokensBySentence } from '../sentences';
import { ruleHints } from '../entities';
import type { Hint } from './features';

export { TAGS, packWeights, unpackWeights } from './model';
export type { WeightsFile } from './model';
export { seededRandom, trainPerceptron } from './train';
export type { TrainingSentence } from './train';
export { documentFeatures, tagDocument, tagsForSpans, spansOfTags, useWeights } from './tagger';
export type { NerSpan, NerType } from './tagger';

/**
 * A document's tokens, sentence by sentence, as the analysis makes them, and the rule-based
 * pass's names as the tagger takes them for hints.
 */
export function documentTokens(text: string, kb: KnowledgeBase, languageId = 'news'): { text: string; sentences: Token[][]; hints: Hint[] } {
  const structure = parseStructure(text, languageId);
  const sentences = splitSentences(structure.masked, structure.blocks);
  const tokens = tokenize(structure.masked, sentences);
  const hints = ruleHints(structure.masked, tokens, sentences, structure.blocks, kb);
  return { text: structure.masked, sentences: tokensBySentence(tokens, sentences), hints };
}

export { memoized as rememberLookups };
export type { KnowledgeBase };


/** Unpacks the shipped weights now (the bench times it; the analysis does it on first use). */
export { shippedWeights as loadShippedWeights } from './tagger';

/** The string-keyed table of the tagger's word features and of the knowledge base's memo (for its test). */
export { StringMap } from '../string-map';
