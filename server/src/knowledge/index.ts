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

/** A word's key: folded, letters, digits, & and + only. */
function wordKey(word: string): string {
  return foldChars(word).replace(/[^\p{L}\p{N}&+]/gu, '');
}

/** A whole name's key: the keys of its words, joined. */
export function nameKey(name: string): string {
  let out = '';
  for (const w of name.split(WORD_SPLIT)) if (w) out += wordKey(w);
  return out;
}

function lettersOf(s: string): string {
  return s.replace(/[^\p{L}]/gu, '');
}

function isAllLower(s: string): boolean {
  const l = lettersOf(s);
  return l.length > 0 && l === l.toLowerCase();
}

function isAllUpper(s: string): boolean {
  const l = lettersOf(s);
  return l.length > 0 && l === l.toUpperCase() && l !== l.toLowerCase();
}

function startsUpper(s: string): boolean {
  const m = /\p{L}/u.exec(s);
  return !!m && m[0] !== m[0].toLowerCase();
}

const THE = /^the\s+/i;

// ---------------------------------------------------------------- alias index

type CaseMode = 'exact' | 'upper' | 'exactOrUpper' | 'notLower' | 'any';

interface AliasRecord {
  hit: KnowledgeHit;
  alias: string;
  mode: CaseMode;
  ambiguous: boolean;
  /** Registry rank: lower is preferred. */
  rank: number;
}

interface AliasIndex {
  map: Map<string, AliasRecord[]>;
  /** The most words in one alias. */
  maxWords: number;
}

function newIndex(): AliasIndex {
  return { map: new Map(), maxWords: 1 };
}

function caseMode(alias: string, ordinary: boolean): CaseMode {
  const letters = lettersOf(alias);
  if (letters.length <= 1) return 'exact';
  const upper = letters === letters.toUpperCase();
  if (upper && letters.length <= 3) return 'upper';
  if (!upper && letters.length <= 2) return 'exactOrUpper';
  // Short forms with inner capitals: BoE, MoD, PBoC, AfD.
  if (!upper && letters.length <= 5 && /\p{Lu}/u.test(letters.slice(1)) && !/\s/.test(alias)) return 'exactOrUpper';
  if (upper) return 'notLower';
  if (ordinary) return 'notLower';
  return 'any';
}

function accepts(rec: AliasRecord, text: string): boolean {
  switch (rec.mode) {
    case 'any':
      return true;
    case 'notLower':
      return startsUpper(text) || isAllUpper(text);
    case 'upper':
      return isAllUpper(text);
    case 'exact':
      return lettersOf(text) === lettersOf(rec.alias);
    case 'exactOrUpper':
      return lettersOf(text) === lettersOf(rec.alias) || isAllUpper(text);
  }
}

// ---------------------------------------------------------------- bundled data

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

interface Base {
  sources: SourceEntry[];
  organisations: OrganisationEntry[];
  places: PlaceEntry[];
  people: PersonEntry[];
  index: AliasIndex;
  demonyms: AliasIndex;
  countries: Map<string, PlaceEntry>;
  lex: Lexicon;
}

let base: Base | undefined;

/** Counts of bundled entries, for reports and tests. */
export function knowledgeStats(): Record<string, number> {
  const b = getBase();
  let aliases = 0;
  for (const list of b.index.map.values()) aliases += list.length;
  return {
    sources: b.sources.length,
    organisations: b.organisations.length,
    countries: b.countries.size,
    places: b.places.length,
    people: b.people.length,
    givenNames: b.lex.given.size,
    titles: b.lex.titles.count,
    aliasKeys: b.index.map.size,
    aliases,
  };
}

function getBase(): Base {
  if (!base) base = buildBase();
  return base;
}

function wordsSet(list: readonly string[], normalise: (w: string) => string = (w) => w.toLowerCase()): Set<string> {
  const s = new Set<string>();
  for (const w of list) s.add(normalise(w));
  return s;
}

const stripDot = (w: string) => foldChars(w).replace(/\.$/, '');

function buildLexicon(): Lexicon {
  const given = new Set<string>();
  for (const n of givenNamesData as string[]) given.add(foldChars(n));
  const common = new Set<string>(commonWordsData as string[]);
  const nameOrder = new Map<string, NameOrder>();
  const countries = (nameOrderData as { countries: Record<string, Partial<NameOrder>> }).countries;
  for (const code of Object.keys(countries)) {
    const c = countries[code];
    nameOrder.set(code, {
      shortForm: c.shortForm ?? 'last',
      givenFirst: !!c.givenFirst,
      familyFirst: !!c.familyFirst,
      ...(c.note ? { note: c.note } : {}),
    });
  }
  const ew = entityWordsData as Record<string, string[] | string>;
  const list = (k: string) => (Array.isArray(ew[k]) ? (ew[k] as string[]) : []);
  return {
    given,
    common,
    titles: buildTitles(),
    nameOrder,
    particles: wordsSet(nameOrderData.particles, foldChars),
    patronymic: wordsSet(nameOrderData.patronymicMarkers, foldChars),
    orgWords: wordsSet(list('organisationWords'), foldChars),
    companySuffixes: wordsSet(list('companySuffixes'), stripDot),
    companyPrefixes: wordsSet(list('companyPrefixes'), stripDot),
    publicationWords: wordsSet(list('publicationWords'), foldChars),
    placeWords: wordsSet(list('placeWords'), stripDot),
  };
}

/** An ordinary word or a given name: such an alias needs a capital and is flagged ambiguous. */
function isOrdinary(alias: string, lex: Lexicon): boolean {
  const words = alias.split(WORD_SPLIT).filter(Boolean);
  if (words.length !== 1) return false;
  const w = foldChars(words[0]).replace(/['.]/g, '');
  return lex.common.has(w) || lex.given.has(w);
}

function addAlias(index: AliasIndex, alias: string, hit: KnowledgeHit, rank: number, lex: Lexicon, forceAmbiguous = false): void {
  const words = alias.split(WORD_SPLIT).filter(Boolean).map(wordKey).filter(Boolean);
  if (!words.length) return;
  const key = words.join('');
  let list = index.map.get(key);
  if (!list) index.map.set(key, (list = []));
  // The same entry under the same key once is enough.
  if (list.some((r) => r.hit.entry === hit.entry && r.alias === alias)) return;
  const ordinary = isOrdinary(alias, lex);
  list.push({ hit, alias, mode: caseMode(alias, ordinary), ambiguous: ordinary || forceAmbiguous, rank });
  list.sort((a, b) => a.rank - b.rank);
  if (words.length > index.maxWords) index.maxWords = words.length;
}

/** Registers an entry's name and aliases, and the bare form of "The X" names where safe. */
function addEntry(index: AliasIndex, names: string[], hit: KnowledgeHit, rank: number, lex: Lexicon, deferred: Array<() => void>): void {
  const seen = new Set<string>();
  for (const n of names) {
    if (!n || seen.has(n)) continue;
    seen.add(n);
    addAlias(index, n, hit, rank, lex);
    const bare = n.replace(THE, '');
    if (bare !== n && bare) {
      // Decided once every entry is in: the bare word may be another entry's name.
      deferred.push(() => {
        const key = nameKey(bare);
        if (index.map.has(key)) return;
        if (isOrdinary(bare, lex)) return;
        addAlias(index, bare, hit, rank, lex);
      });
    }
  }
}

const RANK = { wsPeople: 0, wsSources: 1, wsOrganisations: 2, wsPlaces: 3, sources: 10, organisations: 11, countries: 12, regions: 13, cities: 14, people: 15 };

function buildBase(): Base {
  const lex = buildLexicon();
  const sources = (sourcesData as SourceEntry[]).slice();
  const organisations = (organisationsData as OrganisationEntry[]).slice();
  const countryList = placesData as PlaceEntry[];
  const regionList = regionsData as PlaceEntry[];
  const cityList = citiesData as PlaceEntry[];
  const people = (peopleData as PersonEntry[]).slice();

  const countries = new Map<string, PlaceEntry>();
  for (const c of countryList) if (c.country && !countries.has(c.country)) countries.set(c.country, c);

  // Capitals the city list lacks become cities too.
  const cityKeys = new Set(cityList.map((c) => nameKey(c.name)));
  const extraCities: PlaceEntry[] = [];
  for (const c of countryList) {
    if (!c.capital || cityKeys.has(nameKey(c.capital))) continue;
    cityKeys.add(nameKey(c.capital));
    extraCities.push({ name: c.capital, aliases: [], type: 'city', country: c.country });
  }
  const places = [...countryList, ...regionList, ...cityList, ...extraCities];

  const index = newIndex();
  const deferred: Array<() => void> = [];
  for (const e of sources) addEntry(index, [e.name, ...e.aliases], { registry: 'sources', entry: e }, RANK.sources, lex, deferred);
  for (const e of organisations) addEntry(index, [e.name, ...e.aliases], { registry: 'organisations', entry: e }, RANK.organisations, lex, deferred);
  for (const e of countryList) addEntry(index, [e.name, ...e.aliases], { registry: 'places', entry: e }, RANK.countries, lex, deferred);
  for (const e of regionList) addEntry(index, [e.name, ...e.aliases], { registry: 'places', entry: e }, RANK.regions, lex, deferred);
  for (const e of [...cityList, ...extraCities]) addEntry(index, [e.name, ...e.aliases], { registry: 'places', entry: e }, RANK.cities, lex, deferred);
  for (const e of people) addEntry(index, [e.name, ...e.aliases], { registry: 'people', entry: e }, RANK.people, lex, deferred);
  for (const f of deferred) f();
  // A key shared by entries of different kinds is ambiguous ("Georgia", "PAP").
  for (const list of index.map.values()) {
    if (list.length < 2) continue;
    const first = list[0].hit.registry;
    if (list.some((r) => r.hit.registry !== first)) for (const r of list) r.ambiguous = true;
  }

  const demonyms = newIndex();
  for (const p of places) {
    for (const d of p.demonyms ?? []) {
      const rank = p.type === 'country' ? 0 : p.type === 'region' || p.type === 'continent' ? 1 : 2;
      addAlias(demonyms, d, { registry: 'places', entry: p }, rank, lex);
    }
  }

  return { sources, organisations, places, people, index, demonyms, countries, lex };
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

function longestIn(index: AliasIndex, words: readonly TextWord[], surface: (from: number, to: number) => string): Found | undefined {
  let key = '';
  let best: Found | undefined;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const full = key + w.key;
    const list = index.map.get(full);
    const rec = list?.find((r) => accepts(r, surface(words[0].start, w.end)));
    if (rec) best = { rec, count: i + 1, end: w.end };
    else if (w.possKey !== undefined) {
      // "Malaysia's", "Putin’s": the name without the possessive, and nothing after it.
      const pl = index.map.get(key + w.possKey);
      const prec = pl?.find((r) => accepts(r, surface(words[0].start, w.possEnd!)));
      if (prec) best = { rec: prec, count: i + 1, end: w.possEnd! };
      break;
    }
    key = full;
    if (!hasKeyStartingWith(index, key)) break;
  }
  return best;
}

interface SortedKeys {
  size: number;
  keys: string[];
}

const sortedKeys = new WeakMap<AliasIndex, SortedKeys>();

/** Whether any key of the index begins with `key` (binary search over the sorted keys). */
function hasKeyStartingWith(index: AliasIndex, key: string): boolean {
  let c = sortedKeys.get(index);
  if (!c || c.size !== index.map.size) {
    c = { size: index.map.size, keys: [...index.map.keys()].sort() };
    sortedKeys.set(index, c);
  }
  const keys = c.keys;
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keys[mid] <= key) lo = mid + 1;
    else hi = mid;
  }
  return lo < keys.length && keys[lo].startsWith(key);
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

interface Overlay {
  sources: SourceEntry[];
  organisations: OrganisationEntry[];
  places: PlaceEntry[];
  people: PersonEntry[];
  index: AliasIndex;
  demonyms: AliasIndex;
  spellings: Map<string, string>;
}

function buildOverlay(ws: WorkspaceKnowledge, lex: Lexicon): Overlay {
  const index = newIndex();
  const demonyms = newIndex();
  const deferred: Array<() => void> = [];
  const sources = (ws.sources ?? []).filter(validNamed);
  const organisations = (ws.organisations ?? []).filter(validNamed);
  const places = (ws.places ?? []).filter(validNamed);
  const people = (ws.people ?? []).filter(validNamed);
  for (const e of people) addEntry(index, [e.name, ...(e.aliases ?? [])], { registry: 'people', entry: e }, RANK.wsPeople, lex, deferred);
  for (const e of sources) addEntry(index, [e.name, ...(e.aliases ?? [])], { registry: 'sources', entry: e }, RANK.wsSources, lex, deferred);
  for (const e of organisations) addEntry(index, [e.name, ...(e.aliases ?? [])], { registry: 'organisations', entry: e }, RANK.wsOrganisations, lex, deferred);
  for (const e of places) {
    addEntry(index, [e.name, ...(e.aliases ?? [])], { registry: 'places', entry: e }, RANK.wsPlaces, lex, deferred);
    for (const d of e.demonyms ?? []) addAlias(demonyms, d, { registry: 'places', entry: e }, 0, lex);
  }
  for (const f of deferred) f();
  const spellings = new Map<string, string>();
  for (const [preferred, variants] of Object.entries(ws.spellings ?? {})) {
    if (!Array.isArray(variants)) continue;
    for (const v of variants) {
      if (typeof v !== 'string' || !v.trim()) continue;
      const k = spellingKey(v);
      if (k !== spellingKey(preferred)) spellings.set(k, preferred);
    }
  }
  return { sources, organisations, places, people, index, demonyms, spellings };
}

function validNamed(e: { name?: unknown } | undefined): boolean {
  return !!e && typeof e.name === 'string' && e.name.trim().length > 0;
}

/** Spelling variants compare with folded case and apostrophes, but keep diacritics and letters. */
function spellingKey(s: string): string {
  return s.trim().replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').toLowerCase();
}

class KnowledgeImpl implements Knowledge {
  readonly sources: readonly SourceEntry[];
  readonly organisations: readonly OrganisationEntry[];
  readonly places: readonly PlaceEntry[];
  readonly people: readonly PersonEntry[];
  readonly spellings: ReadonlyMap<string, string>;
  private readonly indexes: AliasIndex[];
  private readonly demonymIndexes: AliasIndex[];

  constructor(
    private readonly b: Base,
    private readonly o: Overlay | undefined,
  ) {
    this.sources = o ? [...o.sources, ...b.sources] : b.sources;
    this.organisations = o ? [...o.organisations, ...b.organisations] : b.organisations;
    this.places = o ? [...o.places, ...b.places] : b.places;
    this.people = o ? [...o.people, ...b.people] : b.people;
    this.spellings = o?.spellings ?? new Map();
    this.indexes = o ? [o.index, b.index] : [b.index];
    this.demonymIndexes = o ? [o.demonyms, b.demonyms] : [b.demonyms];
  }

  private records(name: string): AliasRecord[] {
    const out: AliasRecord[] = [];
    const trimmed = name.trim();
    const tries = [trimmed];
    const bare = trimmed.replace(THE, '');
    if (bare !== trimmed) tries.push(bare);
    for (const t of tries) {
      const key = nameKey(t);
      if (!key) continue;
      for (const index of this.indexes) {
        const list = index.map.get(key);
        if (!list) continue;
        for (const r of list) if (accepts(r, t) && !out.some((x) => x.hit.entry === r.hit.entry)) out.push(r);
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
    return isOrdinary(name, this.b.lex);
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

  private get maxWords(): number {
    let m = 1;
    for (const i of this.indexes) if (i.maxWords > m) m = i.maxWords;
    return m;
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
    const w = word.trim();
    if (!startsUpper(w)) return undefined;
    const tries = [w];
    if (/s$/.test(w) && !/ss$/.test(w)) tries.push(w.slice(0, -1));
    for (const t of tries) {
      const key = nameKey(t);
      for (const index of this.demonymIndexes) {
        const list = index.map.get(key);
        if (list) {
          const r = list.find((x) => accepts(x, t)) ?? list[0];
          return r.hit.entry as PlaceEntry;
        }
      }
    }
    return undefined;
  }

  demonymAt(text: string, offset: number): { place: PlaceEntry; start: number; end: number } | undefined {
    const words = readWords(text, offset, 4);
    if (!words.length || !startsUpper(words[0].text)) return undefined;
    let best: { place: PlaceEntry; start: number; end: number } | undefined;
    for (const index of this.demonymIndexes) {
      let key = '';
      for (let i = 0; i < words.length; i++) {
        key += words[i].key;
        let list = index.map.get(key);
        let end = words[i].end;
        if (!list && key.endsWith('s')) {
          list = index.map.get(key.slice(0, -1));
        }
        if (list && (!best || end > best.end)) best = { place: list[0].hit.entry as PlaceEntry, start: words[0].start, end };
        if (!hasKeyStartingWith(index, key)) break;
      }
      if (best) break;
    }
    return best;
  }

  country(code: string): PlaceEntry | undefined {
    return this.b.countries.get(code.toUpperCase());
  }

  isGivenName(word: string, strict = false): boolean {
    const w = word.trim();
    if (!startsUpper(w)) return false;
    const k = foldChars(w);
    if (!this.b.lex.given.has(k)) return false;
    if (!strict) return true;
    if (this.b.lex.common.has(k)) return false;
    const key = nameKey(w);
    return !this.b.index.map.get(key)?.some((r) => r.hit.registry !== 'people');
  }

  isCommonWord(word: string): boolean {
    return this.b.lex.common.has(word.toLowerCase());
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
    return this.b.lex.titles.honorifics.has(splitTitle(word).join(' '));
  }

  isTitleWord(word: string): boolean {
    const t = this.b.lex.titles;
    const k = titleWord(word.trim());
    if (!t.heads.has(k)) return false;
    const f = t.forward.get(k)?.find((x) => x.words.length === 1);
    return !!f && formAccepts(f, [word.trim()]);
  }

  givenNameFirst(countryCode: string): boolean {
    return this.b.lex.nameOrder.get(countryCode.toUpperCase())?.givenFirst === true && this.b.lex.nameOrder.get(countryCode.toUpperCase())?.shortForm === 'first';
  }

  nameOrder(countryCode: string): NameOrder | undefined {
    return this.b.lex.nameOrder.get(countryCode.toUpperCase());
  }

  isNameParticle(word: string): boolean {
    return this.b.lex.particles.has(foldChars(word.trim()));
  }

  isPatronymicMarker(word: string): boolean {
    return this.b.lex.patronymic.has(foldChars(word.trim()));
  }

  isOrganisationWord(word: string): boolean {
    return this.b.lex.orgWords.has(foldChars(word.trim()));
  }

  isCompanySuffix(word: string): boolean {
    return this.b.lex.companySuffixes.has(stripDot(word.trim()));
  }

  isCompanyPrefix(word: string): boolean {
    return this.b.lex.companyPrefixes.has(stripDot(word.trim()));
  }

  isPublicationWord(word: string): boolean {
    return this.b.lex.publicationWords.has(foldChars(word.trim()));
  }

  isPlaceWord(word: string): boolean {
    return this.b.lex.placeWords.has(stripDot(word.trim()));
  }

  preferredSpelling(word: string): string | undefined {
    if (!this.spellings.size) return undefined;
    return this.spellings.get(spellingKey(word));
  }
}

const cache = new WeakMap<WorkspaceKnowledge, Knowledge>();
let plain: Knowledge | undefined;

/**
 * The knowledge base: bundled data, plus a workspace's additions when given. The bundled
 * indexes are built on the first call (a few milliseconds) and shared; results are cached
 * per workspace object, so pass the same object again to get the same Knowledge.
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
