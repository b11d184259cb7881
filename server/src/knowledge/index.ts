// The knowledge loader: turns the bundled reference data (./data/*.json) and a workspace's
// additions into fast lookups for the analysis. Pure TypeScript: no LSP, no vscode, no I/O
// (the JSON is bundled by esbuild). The bundled indexes are built once, on first use, and
// shared by every Knowledge object; a workspace adds a small overlay consulted first.
//
// Matching rules for names (lookup, matchAt):
//  - A name is compared as a "key": diacritics folded, lower-cased, apostrophes and full
//    stops dropped, words joined — so "Jane's" = "Janes" = "JANES", "U.S." = "US",
//    "South-east Asia" = "Southeast Asia", curly and straight apostrophes alike.
//  - Case still matters where it carries meaning: an acronym of three letters or fewer
//    ("AP", "UN", "WHO", "US") matches only in capitals ("us", "Who" do not); a one- or
//    two-letter mixed-case alias ("X", "Xi") and a short acronym with inner capitals
//    ("BoE", "MoD") match as written or in capitals; any other alias matches unless the text is all
//    lower case and the alias is an ordinary word or a given name ("time" is not Time).
//  - A leading "the" is optional both ways: "the Associated Press" finds "Associated Press",
//    "Straits Times" finds "The Straits Times" — except where the bare word is an ordinary
//    word or another entry's name ("Times", "Atlantic"), which needs its "the".
//  - Priority when one key names several entries: workspace people, sources, organisations,
//    places, then bundled sources, organisations, countries, regions, cities, people.

import type {
  KnowledgeHit,
  KnowledgeMatch,
  NameOrder,
  OrganisationEntry,
  PersonEntry,
  PlaceEntry,
  SourceEntry,
  TitleKind,
  TitleMatch,
  WorkspaceKnowledge,
} from './types';

import sourcesData from './data/sources.json';
import organisationsData from './data/organisations.json';
import placesData from './data/places.json';
import citiesData from './data/cities.json';
import regionsData from './data/regions.json';
import peopleData from './data/people.json';
import givenNamesData from './data/given-names.json';
import titlesData from './data/titles.json';
import nameOrderData from './data/name-order.json';
import entityWordsData from './data/entity-words.json';
import commonWordsData from './data/common-words.json';
import aliasIndexData from './data/alias-index.json';

export type {
  KnowledgeHit,
  KnowledgeMatch,
  NameOrder,
  OrganisationEntry,
  PersonEntry,
  PlaceEntry,
  SourceEntry,
  TitleKind,
  TitleMatch,
  WorkspaceKnowledge,
} from './types';

/** Word-array form of a title match: `length` words from `start` (or ending at `end`). */
export type TitleWordsMatch = Omit<TitleMatch, 'start' | 'end'>;

export interface Knowledge {
  /** Bundled and workspace entries, workspace first. */
  readonly sources: readonly SourceEntry[];
  readonly organisations: readonly OrganisationEntry[];
  /** Countries, regions and cities. */
  readonly places: readonly PlaceEntry[];
  readonly people: readonly PersonEntry[];
  /** Workspace spelling variants (folded) -> preferred spelling. */
  readonly spellings: ReadonlyMap<string, string>;

  /** The entry a whole name refers to (see the matching rules above), or undefined. */
  lookup(name: string): KnowledgeHit | undefined;
  /** Every entry the name may refer to, best first. */
  lookupAll(name: string): KnowledgeHit[];
  /** A source (publication, agency, platform, data provider) by name or alias. */
  source(name: string): SourceEntry | undefined;
  /** Whether the name is an ordinary word or a given name as well (see KnowledgeMatch). */
  isAmbiguousName(name: string): boolean;
  /** The longest known name that starts at `offset` in `text` (a leading "the" may be skipped). */
  matchAt(text: string, offset: number): KnowledgeMatch | undefined;
  /** The longest known name made of `words[start]`, `words[start + 1]`... (tokens). */
  longestMatch(words: readonly string[], start?: number): { hit: KnowledgeHit; length: number; ambiguous: boolean } | undefined;

  /** "Malaysian", "Malaysians" -> Malaysia; "Briton" -> United Kingdom; "Scottish" -> Scotland. */
  demonym(word: string): PlaceEntry | undefined;
  /** The longest demonym at `offset` ("South Korean", "New Zealander"). */
  demonymAt(text: string, offset: number): { place: PlaceEntry; start: number; end: number } | undefined;
  /** A country by ISO alpha-2 code. */
  country(code: string): PlaceEntry | undefined;

  /** A capitalised given name ("Sergei", "Anwar"). strict: not also an ordinary word or place ("Will", "May", "Jordan"). */
  isGivenName(word: string, strict?: boolean): boolean;
  /** A frequent lower-case English word: not a name on its own at a sentence start. */
  isCommonWord(word: string): boolean;

  /** A title or role starting at `words[start]` ("Prime Minister", "former Defence Minister", "Lt Gen"). */
  title(words: readonly string[], start?: number): TitleWordsMatch | undefined;
  /** The longest title or role whose last word is `words[end - 1]`. */
  titleBefore(words: readonly string[], end: number): TitleWordsMatch | undefined;
  /** A title starting at `offset` in `text`. */
  matchTitle(text: string, offset: number): TitleMatch | undefined;
  /** The longest title ending at `end` (spaces before `end` are skipped): the title before a name. */
  matchTitleBefore(text: string, end: number): TitleMatch | undefined;
  /** Mr, Dr, Sir, Datuk Seri, Tan Sri... (one word or the whole phrase). */
  isHonorific(word: string): boolean;
  /** A single word that is a title or role head ("President", "spokesman", "Gen."). */
  isTitleWord(word: string): boolean;

  /** Whether a person from this country is referred to by the given name on second reference. */
  givenNameFirst(countryCode: string): boolean;
  nameOrder(countryCode: string): NameOrder | undefined;
  /** bin, binti, al-, van, von, de, da... (case-insensitive). */
  isNameParticle(word: string): boolean;
  /** bin, binti, ibn, a/l...: what follows is the father's name, not a surname. */
  isPatronymicMarker(word: string): boolean;

  /** Council, Ministry, Bank, Party, University... */
  isOrganisationWord(word: string): boolean;
  /** Inc, Ltd, plc, Bhd, Holdings... */
  isCompanySuffix(word: string): boolean;
  /** PT (Indonesia)... */
  isCompanyPrefix(word: string): boolean;
  /** Times, Post, Journal, Herald, Ledger, Gazette... */
  isPublicationWord(word: string): boolean;
  /** Province, Island, River, Strait... */
  isPlaceWord(word: string): boolean;

  /** The workspace's preferred spelling for a variant ("Shoygu" -> "Shoigu"), if any. */
  preferredSpelling(word: string): string | undefined;
}

// ---------------------------------------------------------------- normalisation

const NON_ASCII = /[^\x00-\x7f]/;
const MARKS = /\p{M}+/gu;

/** Diacritics folded, lower case, curly apostrophes straightened. */
function foldChars(s: string): string {
  if (NON_ASCII.test(s)) s = s.normalize('NFD').replace(MARKS, '').replace(/[\u2018\u2019\u02bc`´]/g, "'");
  return s.toLowerCase();
}

/** Splits a name into words: on spaces, hyphens, slashes and other separators. */
const WORD_SPLIT = /[\s\-\u2010-\u2015/,:;()[\]"“”«»]+/;
const NON_KEY_ASCII = /[^a-z0-9&+]/g;
const NON_KEY = /[^\p{L}\p{N}&+]/gu;

/** A word's key: folded, letters, digits, & and + only. */
function wordKey(word: string): string {
  const f = foldChars(word);
  return NON_ASCII.test(f) ? f.replace(NON_KEY, '') : f.replace(NON_KEY_ASCII, '');
}

/** A whole name's key: the keys of its words, joined (so separators do not count). */
export function nameKey(name: string): string {
  return wordKey(name);
}

/** How many words a name has (for the longest scan). */
function wordCount(name: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    const sep = c === 32 || c === 45 || c === 47 || c === 9 || c === 0x2010 || c === 0x2013 || c === 0x2014;
    if (sep) inWord = false;
    else if (!inWord) {
      inWord = true;
      n++;
    }
  }
  return n;
}

const NON_LETTER_ASCII = /[^A-Za-z]/g;
const NON_LETTER = /[^\p{L}]/gu;

function lettersOf(s: string): string {
  return NON_ASCII.test(s) ? s.replace(NON_LETTER, '') : s.replace(NON_LETTER_ASCII, '');
}

function isAllUpper(s: string): boolean {
  const l = lettersOf(s);
  return l.length > 0 && l === l.toUpperCase() && l !== l.toLowerCase();
}

function startsUpper(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) return true;
    if (c >= 97 && c <= 122) return false;
    if (c > 127) {
      const ch = s[i];
      if (ch.toLowerCase() !== ch.toUpperCase()) return ch !== ch.toLowerCase();
    }
  }
  return false;
}

const THE = /^the\s+/i;

// ---------------------------------------------------------------- alias records and indexes

type CaseMode = 'exact' | 'upper' | 'exactOrUpper' | 'capital' | 'any';
const MODES: readonly CaseMode[] = ['exact', 'upper', 'exactOrUpper', 'capital', 'any'];
/** From strictest to most permissive. */
const PERMISSIVE: readonly CaseMode[] = ['exact', 'upper', 'exactOrUpper', 'capital', 'any'];

interface AliasRecord {
  hit: KnowledgeHit;
  alias: string;
  mode: CaseMode;
  /** The alias is also an ordinary word or a given name ("Time", "Jordan"). */
  ordinary: boolean;
  /** Written "The X": in running text it needs the capital T ("the Atlantic" is the ocean). */
  capitalThe: boolean;
  /** The bare form of a "The X" name ("Economist" for "The Economist"). */
  bare: boolean;
  ambiguous: boolean;
  /** Registry rank: lower is preferred. */
  rank: number;
}

/** A name index: exact keys, and whether any longer key starts with a given key. */
interface Index {
  get(key: string): readonly AliasRecord[] | undefined;
  hasLonger(key: string): boolean;
  readonly maxWords: number;
  readonly size: number;
}

function caseMode(alias: string): CaseMode {
  const letters = lettersOf(alias);
  if (letters.length <= 1) return 'exact';
  const upper = letters === letters.toUpperCase();
  if (upper && letters.length <= 3) return 'upper';
  if (!upper && letters.length <= 2) return 'exactOrUpper';
  // Short forms with inner capitals: BoE, MoD, PBoC, AfD.
  if (!upper && letters.length <= 5 && letters.slice(1) !== letters.slice(1).toLowerCase() && alias.indexOf(' ') < 0) return 'exactOrUpper';
  return startsUpper(alias) ? 'capital' : 'any';
}

/**
 * Whether the text as written may be this alias. `lenient` (whole-name lookups) also lets an
 * all-lower-case name find a capitalised alias that is no ordinary word ("reuters").
 */
function accepts(rec: AliasRecord, text: string, lenient: boolean): boolean {
  switch (rec.mode) {
    case 'any':
      return true;
    case 'upper':
      return isAllUpper(text);
    case 'exact':
      return lettersOf(text) === lettersOf(rec.alias);
    case 'exactOrUpper':
      return lettersOf(text) === lettersOf(rec.alias) || isAllUpper(text);
    case 'capital':
      // "the Atlantic" is not The Atlantic; "the atlantic" in a lenient lookup may be.
      if (rec.capitalThe && /^the\b/.test(text) && !(lenient && lettersOf(text) === lettersOf(text).toLowerCase())) return false;
      if (startsUpper(text)) return true;
      // A lower-case lookup finds a one-word proper name ("reuters"), never a phrase or a
      // word that is also common English ("foreign policy", "economist", "time").
      return lenient && !rec.ordinary && !rec.bare && !isAllUpper(rec.alias) && wordCount(rec.alias) === 1;
  }
}

/** First index in the sorted `keys` whose key is greater than `key`. */
function upperBound(keys: readonly string[], key: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keys[mid] <= key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** An index built at run time (workspace additions; and the bundled data when checking the packed index). */
class MapIndex implements Index {
  readonly map = new Map<string, AliasRecord[]>();
  /** Where each record came from, for packing the bundled index. */
  readonly refs = new Map<AliasRecord, number[]>();
  maxWords = 1;
  private sorted: string[] | undefined;

  get size(): number {
    return this.map.size;
  }

  get(key: string): readonly AliasRecord[] | undefined {
    return this.map.get(key);
  }

  hasLonger(key: string): boolean {
    if (!this.sorted || this.sorted.length !== this.map.size) this.sorted = [...this.map.keys()].sort();
    const i = upperBound(this.sorted, key);
    return i < this.sorted.length && this.sorted[i].startsWith(key);
  }

  add(alias: string, hit: KnowledgeHit, rank: number, ordinaryTest: (alias: string) => boolean, ref?: number[], bare = false): void {
    const key = wordKey(alias);
    if (!key) return;
    let list = this.map.get(key);
    if (!list) this.map.set(key, (list = []));
    const mode = caseMode(alias);
    // The same entry under the same key once is enough; the most permissive spelling wins
    // ("Efe" after "EFE", "sub-Saharan Africa" after "Sub-Saharan Africa").
    for (const r of list) {
      if (r.hit.entry !== hit.entry) continue;
      if (PERMISSIVE.indexOf(mode) > PERMISSIVE.indexOf(r.mode)) {
        r.mode = mode;
        r.alias = alias;
        r.ordinary = (mode === 'capital' || mode === 'any') && ordinaryTest(alias);
        r.ambiguous = r.ordinary;
        r.capitalThe = alias.startsWith('The ');
        r.bare = bare;
        if (ref) this.refs.set(r, ref);
      }
      return;
    }
    const ordinary = (mode === 'capital' || mode === 'any') && ordinaryTest(alias);
    const rec: AliasRecord = { hit, alias, mode, ordinary, capitalThe: alias.startsWith('The '), bare, ambiguous: ordinary, rank };
    list.push(rec);
    if (ref) this.refs.set(rec, ref);
    const words = wordCount(alias);
    if (words > this.maxWords) this.maxWords = words;
  }

  /** Orders each key's entries by registry and marks keys shared by different kinds ambiguous. */
  finish(): void {
    for (const list of this.map.values()) {
      if (list.length < 2) continue;
      list.sort((a, b) => a.rank - b.rank);
      const first = list[0].hit.registry;
      if (list.some((r) => r.hit.registry !== first)) for (const x of list) x.ambiguous = true;
    }
  }
}

/**
 * Registers an entry's name and aliases, and the bare form of its "The X" names where that
 * is safe (run `deferred` once every entry is in: the bare word may be another entry's name).
 */
function addEntry(index: MapIndex, names: readonly string[], hit: KnowledgeHit, rank: number, ordinaryTest: (a: string) => boolean, deferred: Array<() => void>, ref?: [number, number]): void {
  names.forEach((n, i) => {
    if (!n) return;
    index.add(n, hit, rank, ordinaryTest, ref && [ref[0], ref[1], i, 0]);
    if (n.length > 4 && (n.startsWith('The ') || n.startsWith('the '))) {
      const bare = n.slice(4);
      deferred.push(() => {
        if (index.get(wordKey(bare)) || ordinaryTest(bare)) return;
        index.add(bare, hit, rank, ordinaryTest, ref && [ref[0], ref[1], i, 1], true);
      });
    }
  });
}

// ---------------------------------------------------------------- packed (pre-built) index

/** The bundled name index as generated by gen-index.mjs (data/alias-index.json). */
export interface PackedIndex {
  comment?: string;
  names: PackedPart;
  demonyms: PackedPart;
}

interface PackedPart {
  maxWords: number;
  /** Sorted keys. */
  keys: string[];
  /** Per key, groups of four numbers: registry, entry index, alias number, flags. */
  recs: number[][];
}

/** Registry codes in the packed index: sources, organisations, countries, regions, cities, people. */
const REGISTRY_RANK = [10, 11, 12, 13, 14, 15];
const F_ORDINARY = 8;
const F_CAPITAL_THE = 16;
const F_AMBIGUOUS = 32;
const F_BARE = 64;

class PackedIndexImpl implements Index {
  private readonly decoded: (AliasRecord[] | undefined)[];

  constructor(
    private readonly part: PackedPart,
    private readonly decode: (reg: number, idx: number, alias: number, flags: number) => AliasRecord,
  ) {
    this.decoded = new Array(part.keys.length);
  }

  get maxWords(): number {
    return this.part.maxWords;
  }

  get size(): number {
    return this.part.keys.length;
  }

  get(key: string): readonly AliasRecord[] | undefined {
    const keys = this.part.keys;
    const i = upperBound(keys, key) - 1;
    if (i < 0 || keys[i] !== key) return undefined;
    let list = this.decoded[i];
    if (!list) {
      const r = this.part.recs[i];
      list = [];
      for (let j = 0; j + 3 < r.length; j += 4) list.push(this.decode(r[j], r[j + 1], r[j + 2], r[j + 3]));
      this.decoded[i] = list;
    }
    return list;
  }

  hasLonger(key: string): boolean {
    const keys = this.part.keys;
    const i = upperBound(keys, key);
    return i < keys.length && keys[i].startsWith(key);
  }
}

function packPart(index: MapIndex): PackedPart {
  const keys = [...index.map.keys()].sort();
  const recs = keys.map((k) => {
    const out: number[] = [];
    for (const r of index.map.get(k)!) {
      const ref = index.refs.get(r);
      if (!ref) continue;
      const flags = MODES.indexOf(r.mode) | (r.ordinary ? F_ORDINARY : 0) | (r.capitalThe ? F_CAPITAL_THE : 0) | (r.ambiguous ? F_AMBIGUOUS : 0) | (ref[3] ? F_BARE : 0);
      out.push(ref[0], ref[1], ref[2], flags);
    }
    return out;
  });
  return { maxWords: index.maxWords, keys, recs };
}

// ---------------------------------------------------------------- bundled data (lazy)

interface Lexicon {
  given: Set<string>;
  common: Set<string>;
  titles: TitleIndex;
  nameOrder: Map<string, NameOrder>;
  particles: Set<string>;
  patronymic: Set<string>;
  orgWords: Set<string>;
  companySuffixes: Set<string>;
  companyPrefixes: Set<string>;
  publicationWords: Set<string>;
  placeWords: Set<string>;
}

const stripDot = (w: string) => foldChars(w).replace(/\.$/, '');

function setOf(list: readonly string[], normalise: (w: string) => string): Set<string> {
  const s = new Set<string>();
  for (const w of list) s.add(normalise(w));
  return s;
}

/** Each part of the lexicon is built on first use: a server that never asks pays nothing. */
class LazyLexicon implements Lexicon {
  private cache: Partial<Lexicon> = {};

  private get<K extends keyof Lexicon>(k: K, make: () => Lexicon[K]): Lexicon[K] {
    return (this.cache[k] ??= make()) as Lexicon[K];
  }

  get given(): Set<string> {
    // The file holds the names folded to lower case already (gen-given-names.mjs).
    return this.get('given', () => new Set(givenNamesData as string[]));
  }
  get common(): Set<string> {
    return this.get('common', () => new Set(commonWordsData as string[]));
  }
  get titles(): TitleIndex {
    return this.get('titles', buildTitles);
  }
  get nameOrder(): Map<string, NameOrder> {
    return this.get('nameOrder', () => {
      const m = new Map<string, NameOrder>();
      const countries = (nameOrderData as { countries: Record<string, Partial<NameOrder>> }).countries;
      for (const code of Object.keys(countries)) {
        const c = countries[code];
        m.set(code, { shortForm: c.shortForm ?? 'last', givenFirst: !!c.givenFirst, familyFirst: !!c.familyFirst, ...(c.note ? { note: c.note } : {}) });
      }
      return m;
    });
  }
  get particles(): Set<string> {
    return this.get('particles', () => setOf(nameOrderData.particles, foldChars));
  }
  get patronymic(): Set<string> {
    return this.get('patronymic', () => setOf(nameOrderData.patronymicMarkers, foldChars));
  }
  get orgWords(): Set<string> {
    return this.get('orgWords', () => setOf(entityWords('organisationWords'), foldChars));
  }
  get companySuffixes(): Set<string> {
    return this.get('companySuffixes', () => setOf(entityWords('companySuffixes'), stripDot));
  }
  get companyPrefixes(): Set<string> {
    return this.get('companyPrefixes', () => setOf(entityWords('companyPrefixes'), stripDot));
  }
  get publicationWords(): Set<string> {
    return this.get('publicationWords', () => setOf(entityWords('publicationWords'), foldChars));
  }
  get placeWords(): Set<string> {
    return this.get('placeWords', () => setOf(entityWords('placeWords'), stripDot));
  }
}

function entityWords(k: string): string[] {
  const v = (entityWordsData as Record<string, unknown>)[k];
  return Array.isArray(v) ? (v as string[]) : [];
}

/** An ordinary word or a given name ("Time", "Jordan"): such a name is flagged ambiguous. */
function isOrdinaryWith(lex: Lexicon, alias: string): boolean {
  if (wordCount(alias) !== 1) return false;
  const w = foldChars(alias).replace(/['.’]/g, '');
  return lex.common.has(w) || lex.given.has(w);
}

const RANK = { wsPeople: 0, wsSources: 1, wsOrganisations: 2, wsPlaces: 3 };

/** The bundled entries, by registry code (see REGISTRY_RANK). Cities include capitals the city list lacks. */
function registries(): [SourceEntry[], OrganisationEntry[], PlaceEntry[], PlaceEntry[], PlaceEntry[], PersonEntry[]] {
  const countries = placesData as PlaceEntry[];
  const cities = (citiesData as PlaceEntry[]).slice();
  const cityKeys = new Set<string>();
  for (const c of cities) for (const n of [c.name, ...c.aliases]) cityKeys.add(nameKey(n));
  for (const c of countries) {
    if (!c.capital) continue;
    const k = nameKey(c.capital);
    // City-states and capitals named like their country (Singapore, Djibouti) stay countries.
    if (cityKeys.has(k) || k === nameKey(c.name)) continue;
    cityKeys.add(k);
    cities.push({ name: c.capital, aliases: [], type: 'city', ...(c.country ? { country: c.country } : {}) });
  }
  return [sourcesData as SourceEntry[], organisationsData as OrganisationEntry[], countries, regionsData as PlaceEntry[], cities, peopleData as PersonEntry[]];
}

const REGISTRY_NAMES = ['sources', 'organisations', 'places', 'places', 'places', 'people'] as const;

function hitFor(reg: number, entry: unknown): KnowledgeHit {
  return { registry: REGISTRY_NAMES[reg], entry } as KnowledgeHit;
}

/** Builds the bundled name and demonym indexes from the data files (slow: for packing and checking). */
function buildBundledIndexes(lex: Lexicon): { names: MapIndex; demonyms: MapIndex } {
  const regs = registries();
  const names = new MapIndex();
  const deferred: Array<() => void> = [];
  const ordinary = (a: string) => isOrdinaryWith(lex, a);
  regs.forEach((list, reg) => {
    list.forEach((e, idx) => addEntry(names, [e.name, ...(e.aliases ?? [])], hitFor(reg, e), REGISTRY_RANK[reg], ordinary, deferred, [reg, idx]));
  });
  for (const f of deferred) f();
  names.finish();
  const demonyms = new MapIndex();
  for (const reg of [2, 3, 4]) {
    (regs[reg] as PlaceEntry[]).forEach((p, idx) => {
      (p.demonyms ?? []).forEach((d, i) => demonyms.add(d, hitFor(reg, p), reg - 2, ordinary, [reg, idx, i, 0]));
    });
  }
  demonyms.finish();
  return { names, demonyms };
}

/** The packed form of the bundled indexes, as gen-index.mjs writes it to data/alias-index.json. */
export function packKnowledgeIndex(): PackedIndex {
  const { names, demonyms } = buildBundledIndexes(new LazyLexicon());
  return {
    comment: 'Generated by server/src/knowledge/gen-index.mjs from the data files: do not edit. Re-run it after changing sources, organisations, places, regions, cities, people, given-names or common-words.',
    names: packPart(names),
    demonyms: packPart(demonyms),
  };
}

/** Differences between the bundled packed index and one built from the data now ([] when fresh). */
export function checkKnowledgeIndex(): string[] {
  const fresh = packKnowledgeIndex();
  const bundled = aliasIndexData as PackedIndex;
  const out: string[] = [];
  for (const part of ['names', 'demonyms'] as const) {
    const a = fresh[part];
    const b = bundled[part];
    if (!b) {
      out.push(`${part}: missing`);
      continue;
    }
    if (a.maxWords !== b.maxWords) out.push(`${part}.maxWords: ${b.maxWords} bundled, ${a.maxWords} from the data`);
    const bk = new Map(b.keys.map((k, i) => [k, b.recs[i].join(',')]));
    for (let i = 0; i < a.keys.length && out.length < 20; i++) {
      const got = bk.get(a.keys[i]);
      if (got === undefined) out.push(`${part}: key '${a.keys[i]}' missing from the bundled index`);
      else if (got !== a.recs[i].join(',')) out.push(`${part}: key '${a.keys[i]}' differs`);
    }
    if (a.keys.length !== b.keys.length) out.push(`${part}: ${b.keys.length} keys bundled, ${a.keys.length} from the data`);
  }
  return out;
}

interface Base {
  names: Index;
  demonyms: Index;
  lex: Lexicon;
  /** The entries by registry code (built on first use). */
  readonly regs: ReturnType<typeof registries>;
}

let base: Base | undefined;

function getBase(): Base {
  if (base) return base;
  const lex = new LazyLexicon();
  let regsCache: ReturnType<typeof registries> | undefined;
  const regsOf = () => (regsCache ??= registries());
  const hits: Map<unknown, KnowledgeHit>[] = REGISTRY_RANK.map(() => new Map());
  const hit = (reg: number, idx: number): KnowledgeHit => {
    const entry = regsOf()[reg][idx];
    let h = hits[reg].get(entry);
    if (!h) hits[reg].set(entry, (h = hitFor(reg, entry)));
    return h;
  };
  const decodeName = (reg: number, idx: number, alias: number, flags: number): AliasRecord => {
    const e = regsOf()[reg][idx] as { name: string; aliases?: string[] };
    let a = alias === 0 ? e.name : e.aliases?.[alias - 1] ?? e.name;
    if (flags & F_BARE) a = a.slice(4);
    return { hit: hit(reg, idx), alias: a, mode: MODES[flags & 7], ordinary: !!(flags & F_ORDINARY), capitalThe: !!(flags & F_CAPITAL_THE), bare: !!(flags & F_BARE), ambiguous: !!(flags & F_AMBIGUOUS), rank: REGISTRY_RANK[reg] };
  };
  const decodeDemonym = (reg: number, idx: number, d: number, flags: number): AliasRecord => {
    const p = regsOf()[reg][idx] as PlaceEntry;
    return { hit: hit(reg, idx), alias: p.demonyms?.[d] ?? p.name, mode: MODES[flags & 7], ordinary: !!(flags & F_ORDINARY), capitalThe: false, bare: false, ambiguous: !!(flags & F_AMBIGUOUS), rank: reg - 2 };
  };
  const packed = aliasIndexData as PackedIndex;
  let names: Index;
  let demonyms: Index;
  if (packed?.names?.keys?.length && packed?.demonyms?.keys?.length) {
    names = new PackedIndexImpl(packed.names, decodeName);
    demonyms = new PackedIndexImpl(packed.demonyms, decodeDemonym);
  } else {
    // No packed index (a fresh checkout before gen-index.mjs ran): build it, slowly.
    ({ names, demonyms } = buildBundledIndexes(lex));
  }
  base = {
    names,
    demonyms,
    lex,
    get regs() {
      return regsOf();
    },
  };
  return base;
}

/** Counts of bundled entries, for reports and tests. */
export function knowledgeStats(): Record<string, number> {
  const b = getBase();
  const [sources, organisations, countries, regions, cities, people] = b.regs;
  return {
    sources: sources.length,
    platforms: sources.filter((s) => s.type === 'platform').length,
    organisations: organisations.length,
    international: organisations.filter((o) => o.type === 'international').length,
    countries: countries.length,
    regions: regions.length,
    cities: cities.length,
    people: people.length,
    givenNames: b.lex.given.size,
    titles: b.lex.titles.count,
    nameKeys: b.names.size,
    demonymKeys: b.demonyms.size,
  };
}

// ---------------------------------------------------------------- text scanning

interface TextWord {
  text: string;
  key: string;
  start: number;
  end: number;
  /** For a possessive ("Malaysia's", "Reuters'"): the key and end without the 's. */
  possKey?: string;
  possEnd?: number;
}

const WORD_AT = /[\p{L}\p{N}](?:[\p{L}\p{N}&+'’]|\.(?=\p{L}\.?)|[-/](?=[\p{L}\p{N}]))*\.?/uy;
const ABBREVIATION = /^(?:St|Mt|Ft|Jr|Sr|Co|Inc|Corp|Ltd|Bros|No|Dr|Gen|Lt|Col|Capt|Sgt|Adm|Rev|Prof|Gov|Sen|Rep|Pres|Mr|Mrs|Ms|Maj|Brig|Cmdr|Fr|Msgr|Supt|Insp|Det|Cpl|Pvt|Amb)$/;
const POSSESSIVE = /^(.*?)(?:['’]s|(?<=s)['’])$/u;

/**
 * Reads up to `max` words from `offset`, stopping at anything but spaces between them.
 * A trailing full stop belongs to a word only when the word has one inside (U.S., N.Y.),
 * is one capital letter ("J.") or a common abbreviation (St., Co.) — elsewhere it ends a
 * sentence and stops the scan. Inner hyphens split words, as they do for the data.
 */
function readWords(text: string, offset: number, max: number): TextWord[] {
  const out: TextWord[] = [];
  let pos = offset;
  while (out.length < max) {
    WORD_AT.lastIndex = pos;
    const m = WORD_AT.exec(text);
    if (!m) break;
    let w = m[0];
    let stop = false;
    if (w.endsWith('.')) {
      const body = w.slice(0, -1);
      if (!(body.includes('.') || /^\p{Lu}$/u.test(body) || ABBREVIATION.test(body))) {
        w = body;
        stop = true;
      }
    }
    let s = pos;
    for (const part of w.split('-')) {
      if (part) {
        const word: TextWord = { text: part, key: wordKey(part), start: s, end: s + part.length };
        const poss = POSSESSIVE.exec(part);
        if (poss && poss[1]) {
          word.possKey = wordKey(poss[1]);
          word.possEnd = s + poss[1].length;
        }
        out.push(word);
      }
      s += part.length + 1;
    }
    if (stop) break;
    pos += w.length;
    // Only spaces (no line break) separate the words of one name.
    let sp = pos;
    while (sp < text.length && (text[sp] === ' ' || text[sp] === '\u00a0' || text[sp] === '\t')) sp++;
    if (sp === pos) break;
    pos = sp;
  }
  return out;
}

interface Found {
  rec: AliasRecord;
  /** Words used. */
  count: number;
  /** End offset of the match within the last word's coordinates (possessive stripped). */
  end: number;
}

function longestIn(index: Index, words: readonly TextWord[], surface: (from: number, to: number) => string): Found | undefined {
  let key = '';
  let best: Found | undefined;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const full = key + w.key;
    const list = index.get(full);
    const rec = list?.find((r) => accepts(r, surface(words[0].start, w.end), false));
    if (rec) best = { rec, count: i + 1, end: w.end };
    else if (w.possKey !== undefined) {
      // "Malaysia's", "Putin’s": the name without the possessive, and nothing after it.
      const pl = index.get(key + w.possKey);
      const prec = pl?.find((r) => accepts(r, surface(words[0].start, w.possEnd!), false));
      if (prec) best = { rec: prec, count: i + 1, end: w.possEnd! };
      break;
    }
    key = full;
    if (!index.hasLonger(key)) break;
  }
  return best;
}

/**
 * Tokens to text, so the token-array APIs share the text matchers: words are joined by one
 * space; punctuation tokens (".", "'", "’s", "-", "/") attach to their neighbours.
 */
function joinTokens(tokens: readonly string[], from: number, to: number): { text: string; starts: number[]; ends: number[] } {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let glueNext = false;
  for (let i = from; i < to; i++) {
    const tok = tokens[i] ?? '';
    const attach = /^(?:[.'’/-]|['’]s)$/u.test(tok) || glueNext || text === '';
    if (!attach) text += ' ';
    starts.push(text.length);
    text += tok;
    ends.push(text.length);
    glueNext = tok === '-' || tok === '/';
  }
  return { text, starts, ends };
}

// ---------------------------------------------------------------- titles
// ---------------------------------------------------------------- titles

interface TitleForm {
  words: string[];
  head: string;
  kind: TitleKind;
  /** Must be written with a capital ("Gen", "Sen", "Dr"); all in capitals if the form is ("PM", "CEO"). */
  capital: boolean;
  upper: boolean;
}

interface PhraseSet {
  byFirst: Map<string, string[][]>;
  byLast: Map<string, string[][]>;
}

interface TitleIndex {
  forward: Map<string, TitleForm[]>;
  backward: Map<string, TitleForm[]>;
  heads: Set<string>;
  portfolioHeads: Set<string>;
  honorifics: Set<string>;
  modifiers: PhraseSet;
  portfolios: PhraseSet;
  count: number;
}

/** A title word's comparison form: folded, apostrophes straightened, no final stop. */
function titleWord(w: string): string {
  return foldChars(w).replace(/\.$/, '');
}

function splitTitle(s: string): string[] {
  return s.split(/\s+/).filter(Boolean).map(titleWord);
}

function pushTo<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}

function phraseSet(list: readonly string[]): PhraseSet {
  const byFirst = new Map<string, string[][]>();
  const byLast = new Map<string, string[][]>();
  for (const p of list) {
    const words = splitTitle(p);
    if (!words.length) continue;
    pushTo(byFirst, words[0], words);
    pushTo(byLast, words[words.length - 1], words);
  }
  for (const m of [byFirst, byLast]) for (const l of m.values()) l.sort((x, y) => y.length - x.length);
  return { byFirst, byLast };
}

interface TitlesFile {
  titles: Array<{ kind: string; forms: string[] }>;
  abbreviations: Array<{ form: string; title: string; caseSensitive?: boolean }>;
  honorifics: string[];
  modifiers: string[];
  portfolios: string[];
  portfolioHeads: string[];
}

function buildTitles(): TitleIndex {
  const data = titlesData as TitlesFile;
  const forward = new Map<string, TitleForm[]>();
  const backward = new Map<string, TitleForm[]>();
  const heads = new Set<string>();
  const kindOf = new Map<string, TitleKind>();
  for (const g of data.titles) for (const f of g.forms) if (!kindOf.has(f)) kindOf.set(f, g.kind as TitleKind);
  let count = 0;
  const seen = new Set<string>();
  const add = (form: string, head: string, kind: TitleKind, capital: boolean) => {
    const words = splitTitle(form);
    if (!words.length) return;
    const upper = capital && /^[A-Z]{2,}$/.test(form.replace(/[^A-Za-z]/g, '')) && !/[a-z]/.test(form);
    const id = `${words.join(' ')}|${capital}|${upper}`;
    if (seen.has(id)) return;
    seen.add(id);
    count++;
    const f: TitleForm = { words, head, kind, capital, upper };
    pushTo(forward, words[0], f);
    pushTo(backward, words[words.length - 1], f);
    if (words.length === 1) heads.add(words[0]);
  };
  for (const g of data.titles) for (const form of g.forms) add(form, form, g.kind as TitleKind, false);
  // Abbreviations are always written with a capital: "gen" or "sen" alone is no title.
  for (const a of data.abbreviations) add(a.form, a.title, kindOf.get(a.title) ?? 'role', true);
  for (const h of data.honorifics) add(h, h.replace(/\.$/, ''), 'honorific', /^(?:[A-Z][a-z]{0,3}\.?|[A-Z.]{2,})$/.test(h));
  for (const m of [forward, backward]) for (const l of m.values()) l.sort((x, y) => y.words.length - x.words.length);
  return {
    forward,
    backward,
    heads,
    portfolioHeads: new Set(data.portfolioHeads.map(titleWord)),
    honorifics: new Set(data.honorifics.map((h) => splitTitle(h).join(' '))),
    modifiers: phraseSet(data.modifiers),
    portfolios: phraseSet(data.portfolios),
    count,
  };
}

interface TWord {
  raw: string;
  norm: string;
}

function formAccepts(f: TitleForm, raws: readonly string[]): boolean {
  if (!f.capital) return true;
  const first = raws[0] ?? '';
  if (!startsUpper(first)) return false;
  return !f.upper || raws.every((r) => lettersOf(r) === lettersOf(r).toUpperCase());
}

function phraseAt(set: PhraseSet, words: readonly TWord[], i: number): number {
  const list = set.byFirst.get(words[i]?.norm ?? '');
  if (!list) return 0;
  for (const p of list) if (p.every((w, k) => words[i + k]?.norm === w)) return p.length;
  return 0;
}

function phraseBefore(set: PhraseSet, words: readonly TWord[], end: number): number {
  const list = set.byLast.get(words[end - 1]?.norm ?? '');
  if (!list) return 0;
  for (const p of list) {
    const s = end - p.length;
    if (s >= 0 && p.every((w, k) => words[s + k].norm === w)) return p.length;
  }
  return 0;
}

function headAt(t: TitleIndex, words: readonly TWord[], i: number, portfolioHeadOnly: boolean): TitleForm | undefined {
  const list = t.forward.get(words[i]?.norm ?? '');
  if (!list) return undefined;
  for (const f of list) {
    if (!f.words.every((w, k) => words[i + k]?.norm === w)) continue;
    if (!formAccepts(f, words.slice(i, i + f.words.length).map((w) => w.raw))) continue;
    if (portfolioHeadOnly && !t.portfolioHeads.has(f.words[f.words.length - 1])) continue;
    return f;
  }
  return undefined;
}

function headBefore(t: TitleIndex, words: readonly TWord[], end: number, portfolioHeadOnly: boolean): TitleForm | undefined {
  const list = t.backward.get(words[end - 1]?.norm ?? '');
  if (!list) return undefined;
  for (const f of list) {
    const s = end - f.words.length;
    if (s < 0 || !f.words.every((w, k) => words[s + k].norm === w)) continue;
    if (!formAccepts(f, words.slice(s, end).map((w) => w.raw))) continue;
    if (portfolioHeadOnly && !t.portfolioHeads.has(f.words[f.words.length - 1])) continue;
    return f;
  }
  return undefined;
}

const FORMER = /^(?:former|ex-?|late|the late|then-?|outgoing|ousted|exiled|retired)$/;

function isFormer(words: readonly TWord[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (FORMER.test(words[i].norm)) return true;
  return false;
}

/** How many words a "(of|for) the? Portfolio (and Portfolio)?" tail covers from `i`, or 0. */
function portfolioTail(t: TitleIndex, words: readonly TWord[], i: number): number {
  if (words[i]?.norm !== 'of' && words[i]?.norm !== 'for') return 0;
  let j = i + 1;
  if (words[j]?.norm === 'the') j++;
  let n = phraseAt(t.portfolios, words, j);
  if (!n) return 0;
  while (words[j + n]?.norm === 'and') {
    const m = phraseAt(t.portfolios, words, j + n + 1);
    if (!m) break;
    n += m + 1;
  }
  return j + n - i;
}

/** Title grammar: modifier* portfolio* head tail? — portfolio words only before a portfolio head. */
function titleForward(t: TitleIndex, words: readonly TWord[]): { length: number; head: TitleForm; former: boolean } | undefined {
  let i = 0;
  for (let guard = 0; guard < 4 && !headAt(t, words, i, false); guard++) {
    const n = phraseAt(t.modifiers, words, i);
    if (!n) break;
    i += n;
  }
  const afterModifiers = i;
  // Portfolio words, then a portfolio head ("Defence Minister", "Foreign Affairs spokesman").
  let head: TitleForm | undefined;
  for (let guard = 0; guard < 3; guard++) {
    const n = phraseAt(t.portfolios, words, i);
    if (!n) break;
    i += n;
    head = headAt(t, words, i, true);
    if (head) break;
  }
  if (!head) {
    i = afterModifiers;
    head = headAt(t, words, i, false);
  }
  if (!head) return undefined;
  i += head.words.length;
  if (t.portfolioHeads.has(head.words[head.words.length - 1])) i += portfolioTail(t, words, i);
  return { length: i, head, former: isFormer(words, 0, afterModifiers) };
}

function titleBackward(t: TitleIndex, words: readonly TWord[]): { start: number; head: TitleForm; former: boolean } | undefined {
  const end = words.length;
  let head: TitleForm | undefined;
  let headEnd = end;
  // "Minister for Foreign Affairs": find the head before an "of/for Portfolio" tail.
  for (let k = end - 2; k >= Math.max(0, end - 8) && !head; k--) {
    if ((words[k].norm === 'of' || words[k].norm === 'for') && portfolioTail(t, words, k) === end - k) {
      head = headBefore(t, words, k, true);
      if (head) headEnd = k;
    }
  }
  if (!head) head = headBefore(t, words, end, false);
  if (!head) return undefined;
  let start = headEnd - head.words.length;
  if (t.portfolioHeads.has(head.words[head.words.length - 1])) {
    for (let guard = 0; guard < 3; guard++) {
      const n = phraseBefore(t.portfolios, words, start);
      if (!n) break;
      start -= n;
    }
  }
  const modifiersEnd = start;
  for (let guard = 0; guard < 4; guard++) {
    const n = phraseBefore(t.modifiers, words, start);
    if (!n) break;
    start -= n;
  }
  return { start, head, former: isFormer(words, start, modifiersEnd) };
}

/** Words for title matching: a word keeps its final stop (Gen., Dr.); "ex-"/"then-" split off. */
const TITLE_WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}'’/&]|-(?=[\p{L}\p{N}]))*\.?/uy;
const SPACE = (c: string | undefined) => c === ' ' || c === '\u00a0' || c === '\t';

function pushTitleWord(out: TextWord[], w: string, start: number): void {
  const pre = /^((?:ex|then)-)(.+)$/i.exec(w);
  if (pre) {
    out.push({ text: pre[1], key: '', start, end: start + pre[1].length });
    out.push({ text: pre[2], key: '', start: start + pre[1].length, end: start + w.length });
  } else out.push({ text: w, key: '', start, end: start + w.length });
}

function readTitleWords(text: string, offset: number, max: number): TextWord[] {
  const out: TextWord[] = [];
  let pos = offset;
  while (out.length < max && pos < text.length) {
    TITLE_WORD.lastIndex = pos;
    const m = TITLE_WORD.exec(text);
    if (!m) break;
    pushTitleWord(out, m[0], pos);
    pos += m[0].length;
    let sp = pos;
    while (SPACE(text[sp])) sp++;
    if (sp === pos) break;
    pos = sp;
  }
  return out;
}

function readTitleWordsBefore(text: string, end: number, max: number): TextWord[] {
  let pos = end;
  while (pos > 0 && SPACE(text[pos - 1])) pos--;
  const words: Array<{ w: string; s: number }> = [];
  while (words.length < max && pos > 0) {
    let s = pos;
    while (s > 0 && /[\p{L}\p{N}'’.&/-]/u.test(text[s - 1])) s--;
    // A word starts with a letter or digit; anything before that ends the title.
    while (s < pos && !/[\p{L}\p{N}]/u.test(text[s])) s++;
    if (s === pos) break;
    words.unshift({ w: text.slice(s, pos), s });
    if (s > 0 && !SPACE(text[s - 1])) break;
    let sp = s;
    while (sp > 0 && SPACE(text[sp - 1])) sp--;
    pos = sp;
  }
  const out: TextWord[] = [];
  for (const { w, s } of words) pushTitleWord(out, w, s);
  return out;
}

// ---------------------------------------------------------------- the Knowledge object
// ---------------------------------------------------------------- the Knowledge object

interface Overlay {
  sources: SourceEntry[];
  organisations: OrganisationEntry[];
  places: PlaceEntry[];
  people: PersonEntry[];
  names: MapIndex;
  demonyms: MapIndex;
  spellings: Map<string, string>;
}

function buildOverlay(ws: WorkspaceKnowledge, lex: Lexicon): Overlay {
  const names = new MapIndex();
  const demonyms = new MapIndex();
  const deferred: Array<() => void> = [];
  const ordinary = (a: string) => isOrdinaryWith(lex, a);
  const sources = (ws.sources ?? []).filter(validNamed);
  const organisations = (ws.organisations ?? []).filter(validNamed);
  const places = (ws.places ?? []).filter(validNamed);
  const people = (ws.people ?? []).filter(validNamed);
  const all = (e: { name: string; aliases?: unknown }) => [e.name, ...(Array.isArray(e.aliases) ? e.aliases.filter((a): a is string => typeof a === 'string') : [])];
  for (const e of people) addEntry(names, all(e), { registry: 'people', entry: e }, RANK.wsPeople, ordinary, deferred);
  for (const e of sources) addEntry(names, all(e), { registry: 'sources', entry: e }, RANK.wsSources, ordinary, deferred);
  for (const e of organisations) addEntry(names, all(e), { registry: 'organisations', entry: e }, RANK.wsOrganisations, ordinary, deferred);
  for (const e of places) {
    addEntry(names, all(e), { registry: 'places', entry: e }, RANK.wsPlaces, ordinary, deferred);
    for (const d of e.demonyms ?? []) if (typeof d === 'string') demonyms.add(d, { registry: 'places', entry: e }, -1, ordinary);
  }
  for (const f of deferred) f();
  names.finish();
  demonyms.finish();
  const spellings = new Map<string, string>();
  for (const [preferred, variants] of Object.entries(ws.spellings ?? {})) {
    for (const v of Array.isArray(variants) ? variants : typeof variants === 'string' ? [variants] : []) {
      if (typeof v !== 'string' || !v.trim()) continue;
      const k = spellingKey(v);
      if (k !== spellingKey(preferred)) spellings.set(k, preferred);
    }
  }
  return { sources, organisations, places, people, names, demonyms, spellings };
}

function validNamed(e: { name?: unknown } | undefined): boolean {
  return !!e && typeof e.name === 'string' && e.name.trim().length > 0;
}

/** Spelling variants compare with folded case and apostrophes, but keep diacritics and letters. */
function spellingKey(s: string): string {
  return s.trim().replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').toLowerCase();
}

class KnowledgeImpl implements Knowledge {
  readonly spellings: ReadonlyMap<string, string>;
  private readonly indexes: Index[];
  private readonly demonymIndexes: Index[];
  private readonly maxWords: number;
  private lists?: { sources: SourceEntry[]; organisations: OrganisationEntry[]; places: PlaceEntry[]; people: PersonEntry[] };
  private countryMap?: Map<string, PlaceEntry>;

  constructor(
    private readonly b: Base,
    private readonly o: Overlay | undefined,
  ) {
    this.spellings = o?.spellings ?? new Map();
    this.indexes = o ? [o.names, b.names] : [b.names];
    this.demonymIndexes = o ? [o.demonyms, b.demonyms] : [b.demonyms];
    this.maxWords = Math.max(...this.indexes.map((i) => i.maxWords));
  }

  private get all() {
    if (!this.lists) {
      const [sources, organisations, countries, regions, cities, people] = this.b.regs;
      const o = this.o;
      this.lists = {
        sources: [...(o?.sources ?? []), ...sources],
        organisations: [...(o?.organisations ?? []), ...organisations],
        places: [...(o?.places ?? []), ...countries, ...regions, ...cities],
        people: [...(o?.people ?? []), ...people],
      };
    }
    return this.lists;
  }

  get sources(): readonly SourceEntry[] {
    return this.all.sources;
  }
  get organisations(): readonly OrganisationEntry[] {
    return this.all.organisations;
  }
  get places(): readonly PlaceEntry[] {
    return this.all.places;
  }
  get people(): readonly PersonEntry[] {
    return this.all.people;
  }

  private records(name: string): AliasRecord[] {
    const out: AliasRecord[] = [];
    if (typeof name !== 'string') return out;
    const trimmed = name.trim();
    const tries = [trimmed];
    const bare = trimmed.replace(THE, '');
    if (bare !== trimmed) tries.push(bare);
    for (const t of tries) {
      const key = nameKey(t);
      if (!key) continue;
      for (const index of this.indexes) {
        const list = index.get(key);
        if (!list) continue;
        for (const r of list) if (accepts(r, t, true) && !out.some((x) => x.hit.entry === r.hit.entry)) out.push(r);
      }
      if (out.length) break;
    }
    return out;
  }

  lookup(name: string): KnowledgeHit | undefined {
    return this.records(name)[0]?.hit;
  }

  lookupAll(name: string): KnowledgeHit[] {
    return this.records(name).map((r) => r.hit);
  }

  source(name: string): SourceEntry | undefined {
    const r = this.records(name).find((x) => x.hit.registry === 'sources');
    return r ? (r.hit.entry as SourceEntry) : undefined;
  }

  isAmbiguousName(name: string): boolean {
    const recs = this.records(name);
    if (recs.some((r) => r.ambiguous)) return true;
    return !recs.length && isOrdinaryWith(this.b.lex, name);
  }

  matchAt(text: string, offset: number): KnowledgeMatch | undefined {
    const words = readWords(text, offset, this.maxWords + 2);
    if (!words.length) return undefined;
    const surface = (from: number, to: number) => text.slice(from, to);
    const found = this.bestIn(words, surface);
    if (found) return { hit: found.rec.hit, start: words[0].start, end: found.end, alias: found.rec.alias, ambiguous: found.rec.ambiguous };
    if (words.length > 1 && words[0].key === 'the') {
      const rest = words.slice(1);
      const f2 = this.bestIn(rest, surface);
      if (f2) return { hit: f2.rec.hit, start: rest[0].start, end: f2.end, alias: f2.rec.alias, ambiguous: f2.rec.ambiguous };
    }
    return undefined;
  }

  private bestIn(words: readonly TextWord[], surface: (from: number, to: number) => string): Found | undefined {
    let best: Found | undefined;
    for (const index of this.indexes) {
      const f = longestIn(index, words, surface);
      if (f && (!best || f.end > best.end || (f.end === best.end && f.rec.rank < best.rec.rank))) best = f;
    }
    return best;
  }

  longestMatch(words: readonly string[], start = 0): { hit: KnowledgeHit; length: number; ambiguous: boolean } | undefined {
    const to = Math.min(words.length, start + 3 * (this.maxWords + 2));
    const { text, starts } = joinTokens(words, start, to);
    const m = this.matchAt(text, 0);
    if (!m || m.start !== 0) return undefined;
    let length = 0;
    while (length < starts.length && starts[length] < m.end) length++;
    return { hit: m.hit, length, ambiguous: m.ambiguous };
  }

  demonym(word: string): PlaceEntry | undefined {
    if (typeof word !== 'string') return undefined;
    const w = word.trim();
    if (!startsUpper(w)) return undefined;
    const tries = [w];
    if (/s$/.test(w) && !/ss$/.test(w)) tries.push(w.slice(0, -1));
    for (const t of tries) {
      const key = nameKey(t);
      for (const index of this.demonymIndexes) {
        const list = index.get(key);
        if (list?.length) return (list.find((x) => accepts(x, t, false)) ?? list[0]).hit.entry as PlaceEntry;
      }
    }
    return undefined;
  }

  demonymAt(text: string, offset: number): { place: PlaceEntry; start: number; end: number } | undefined {
    const words = readWords(text, offset, 4);
    if (!words.length || !startsUpper(words[0].text)) return undefined;
    for (const index of this.demonymIndexes) {
      let best: { place: PlaceEntry; start: number; end: number } | undefined;
      let key = '';
      for (let i = 0; i < words.length; i++) {
        key += words[i].key;
        // "South Koreans": the plural of the last word.
        const list = index.get(key) ?? (key.endsWith('s') ? index.get(key.slice(0, -1)) : undefined);
        if (list?.length) best = { place: list[0].hit.entry as PlaceEntry, start: words[0].start, end: words[i].end };
        if (!index.hasLonger(key)) break;
      }
      if (best) return best;
    }
    return undefined;
  }

  country(code: string): PlaceEntry | undefined {
    if (!this.countryMap) {
      this.countryMap = new Map();
      for (const c of this.b.regs[2]) if (c.country && !this.countryMap.has(c.country)) this.countryMap.set(c.country, c);
    }
    return typeof code === 'string' ? this.countryMap.get(code.trim().toUpperCase()) : undefined;
  }

  isGivenName(word: string, strict = false): boolean {
    if (typeof word !== 'string') return false;
    const w = word.trim();
    if (!startsUpper(w)) return false;
    const k = foldChars(w);
    if (!this.b.lex.given.has(k)) return false;
    if (!strict) return true;
    if (this.b.lex.common.has(k)) return false;
    return !this.b.names.get(nameKey(w))?.some((r) => r.hit.registry !== 'people');
  }

  isCommonWord(word: string): boolean {
    return typeof word === 'string' && this.b.lex.common.has(word.toLowerCase());
  }

  title(words: readonly string[], start = 0): TitleWordsMatch | undefined {
    const { text, starts } = joinTokens(words, start, Math.min(words.length, start + 16));
    const m = this.matchTitle(text, 0);
    if (!m) return undefined;
    let length = 0;
    while (length < starts.length && starts[length] < m.end) length++;
    return { title: m.title, head: m.head, kind: m.kind, former: m.former, length };
  }

  titleBefore(words: readonly string[], end: number): TitleWordsMatch | undefined {
    const from = Math.max(0, end - 16);
    const { text, ends } = joinTokens(words, from, end);
    const m = this.matchTitleBefore(text, text.length);
    if (!m || m.end !== text.length) return undefined;
    let length = 0;
    while (length < ends.length && ends[ends.length - 1 - length] > m.start) length++;
    return { title: m.title, head: m.head, kind: m.kind, former: m.former, length };
  }

  matchTitle(text: string, offset: number): TitleMatch | undefined {
    const words = readTitleWords(text, offset, 12);
    if (!words.length) return undefined;
    const tw = words.map((w) => ({ raw: w.text, norm: titleWord(w.text) }));
    const m = titleForward(this.b.lex.titles, tw);
    if (!m) return undefined;
    const start = words[0].start;
    const end = words[m.length - 1].end;
    return { title: text.slice(start, end), head: m.head.head, kind: m.head.kind, former: m.former, length: m.length, start, end };
  }

  matchTitleBefore(text: string, end: number): TitleMatch | undefined {
    const words = readTitleWordsBefore(text, end, 12);
    if (!words.length) return undefined;
    const tw = words.map((w) => ({ raw: w.text, norm: titleWord(w.text) }));
    const m = titleBackward(this.b.lex.titles, tw);
    if (!m) return undefined;
    const start = words[m.start].start;
    const stop = words[words.length - 1].end;
    return { title: text.slice(start, stop), head: m.head.head, kind: m.head.kind, former: m.former, length: words.length - m.start, start, end: stop };
  }

  isHonorific(word: string): boolean {
    return typeof word === 'string' && this.b.lex.titles.honorifics.has(splitTitle(word).join(' '));
  }

  isTitleWord(word: string): boolean {
    if (typeof word !== 'string') return false;
    const t = this.b.lex.titles;
    const k = titleWord(word.trim());
    if (!t.heads.has(k)) return false;
    return !!t.forward.get(k)?.some((f) => f.words.length === 1 && formAccepts(f, [word.trim()]));
  }

  givenNameFirst(countryCode: string): boolean {
    const o = this.nameOrder(countryCode);
    return !!o && o.givenFirst && o.shortForm === 'first';
  }

  nameOrder(countryCode: string): NameOrder | undefined {
    return typeof countryCode === 'string' ? this.b.lex.nameOrder.get(countryCode.trim().toUpperCase()) : undefined;
  }

  isNameParticle(word: string): boolean {
    return typeof word === 'string' && this.b.lex.particles.has(foldChars(word.trim()));
  }

  isPatronymicMarker(word: string): boolean {
    return typeof word === 'string' && this.b.lex.patronymic.has(foldChars(word.trim()));
  }

  isOrganisationWord(word: string): boolean {
    return typeof word === 'string' && this.b.lex.orgWords.has(foldChars(word.trim()));
  }

  isCompanySuffix(word: string): boolean {
    return typeof word === 'string' && this.b.lex.companySuffixes.has(stripDot(word.trim()));
  }

  isCompanyPrefix(word: string): boolean {
    return typeof word === 'string' && this.b.lex.companyPrefixes.has(stripDot(word.trim()));
  }

  isPublicationWord(word: string): boolean {
    return typeof word === 'string' && this.b.lex.publicationWords.has(foldChars(word.trim()));
  }

  isPlaceWord(word: string): boolean {
    return typeof word === 'string' && this.b.lex.placeWords.has(stripDot(word.trim()));
  }

  preferredSpelling(word: string): string | undefined {
    if (!this.spellings.size || typeof word !== 'string') return undefined;
    return this.spellings.get(spellingKey(word));
  }
}

const cache = new WeakMap<WorkspaceKnowledge, Knowledge>();
let plain: Knowledge | undefined;

/**
 * The knowledge base: bundled data, plus a workspace's additions when given. The bundled
 * index is pre-built (data/alias-index.json) and everything else is built on first use, so
 * loading takes well under a millisecond; results are cached per workspace object, so pass
 * the same object again to get the same Knowledge.
 */
export function loadKnowledge(workspace?: WorkspaceKnowledge): Knowledge {
  const b = getBase();
  if (!workspace || isEmptyWorkspace(workspace)) return (plain ??= new KnowledgeImpl(b, undefined));
  let k = cache.get(workspace);
  if (!k) {
    k = new KnowledgeImpl(b, buildOverlay(workspace, b.lex));
    cache.set(workspace, k);
  }
  return k;
}

function isEmptyWorkspace(ws: WorkspaceKnowledge): boolean {
  return !ws.sources?.length && !ws.organisations?.length && !ws.people?.length && !ws.places?.length && !Object.keys(ws.spellings ?? {}).length;
}
