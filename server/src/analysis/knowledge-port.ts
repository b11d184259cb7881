// What the analysis needs to know about the world. The bundled implementation lives in
// server/src/knowledge; tests may pass their own. Plain data in, plain data out.
import type { KnowledgeHit, PlaceEntry } from '../knowledge/types';

export interface KnowledgeBase {
  /** A known name (source, organisation, place, person) or alias; case-insensitive for alias forms. */
  lookup(name: string): KnowledgeHit | undefined;
  /** "Malaysian" -> Malaysia. */
  demonym(word: string): PlaceEntry | undefined;
  isGivenName(word: string): boolean;
  /** Countries where a person's later references use the given name (Malaysia, Indonesia). */
  givenNameFirst(countryCode: string): boolean;
  /** Frequent lower-case English word ("while", "top"): not a name on its own at a sentence start. */
  isCommonWord(word: string): boolean;
  /** Preferred spelling from the workspace for a variant, if any. */
  preferredSpelling(word: string): string | undefined;
}
