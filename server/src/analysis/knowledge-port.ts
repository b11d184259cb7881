// What the analysis needs to know about the world. The bundled implementation lives in
// server/src/knowledge; tests may pass their own. Plain data in, plain data out.
import type { KnowledgeHit, PlaceEntry } from '../knowledge/types';
import { StringMap } from './string-map';

export interface KnowledgeBase {
  /** A known name (source, organisation, place, person) or alias; case-insensitive for alias forms. */
  lookup(name: string): KnowledgeHit | undefined;
  /** Optional: false when lookup(name) surely finds nothing (tested before the memo's map). */
  mayHaveName?(name: string): boolean;
  /** Optional: false when demonym(word) surely finds nothing. */
  mayBeDemonym?(word: string): boolean;
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

const memos = new WeakMap<KnowledgeBase, KnowledgeBase>();

/**
 * The same knowledge base with its lookups remembered. Names recur within an article and across
 * articles, and the entity pass asks about every capitalised run; the memo keeps that cheap.
 */
export function memoized(kb: KnowledgeBase): KnowledgeBase {
  const existing = memos.get(kb);
  if (existing) return existing;
  // An undefined answer is stored as NONE, so that a remembered miss costs one lookup.
  const NONE = {};
  const cache = <T>(f: (w: string) => T) => {
    // (Not a Map: string-map.ts says why.)
    const m = new StringMap<T | typeof NONE>();
    return (w: string): T => {
      let v = m.get(w);
      if (v === undefined) {
        if (m.size > 50000) m.clear();
        v = f(w);
        m.set(w, v === undefined ? NONE : v);
      }
      return (v === NONE ? undefined : v) as T;
    };
  };
  const lookup = cache((w) => kb.lookup(w));
  // Most names asked about are no known name: a test of the knowledge base's keys answers them
  // without the memo's map (a large one: every capitalised run of every article read).
  const may = kb.mayHaveName?.bind(kb);
  const demonym = cache((w) => kb.demonym(w));
  const mayDem = kb.mayBeDemonym?.bind(kb);
  const wrapped: KnowledgeBase = {
    lookup: may ? (w) => (may(w) ? lookup(w) : undefined) : lookup,
    demonym: mayDem ? (w) => (mayDem(w) ? demonym(w) : undefined) : demonym,
    isGivenName: cache((w) => kb.isGivenName(w)),
    givenNameFirst: (c) => kb.givenNameFirst(c),
    isCommonWord: cache((w) => kb.isCommonWord(w)),
    preferredSpelling: cache((w) => kb.preferredSpelling(w)),
  };
  raws.set(wrapped, kb);
  memos.set(kb, wrapped);
  return wrapped;
}

const raws = new WeakMap<KnowledgeBase, KnowledgeBase>();

/**
 * The knowledge base under a memoized one (itself otherwise): for a caller that remembers the
 * answers itself (the tagger's features, once per word type), where the memo's maps only add work.
 */
export function unmemoized(kb: KnowledgeBase): KnowledgeBase {
  return raws.get(kb) ?? kb;
}
