// Shapes of the bundled reference data (server/src/knowledge/data/*.json) and of the
// workspace additions from `.sourced.yaml`. Pure data: no LSP, no vscode.

export type SourceType =
  | 'wire'
  | 'newspaper'
  | 'broadcaster'
  | 'specialist'
  | 'magazine'
  | 'online'
  | 'platform'
  | 'data'
  /** A workspace source given as a bare name, whose type is not known. */
  | 'other';

export interface SourceEntry {
  name: string;
  aliases: string[];
  type: SourceType;
  /** ISO 3166-1 alpha-2 code of the home country, "INT", or "" when not known. */
  country: string;
}

export type OrganisationType =
  | 'international'
  | 'government'
  | 'military'
  | 'company'
  | 'party'
  | 'court'
  | 'ngo'
  | 'sport'
  | 'education'
  | 'other';

export interface OrganisationEntry {
  name: string;
  aliases: string[];
  type: OrganisationType;
  country?: string;
}

export type PlaceType = 'country' | 'city' | 'region' | 'continent';

export interface PlaceEntry {
  name: string;
  aliases: string[];
  type: PlaceType;
  /** ISO alpha-2 of the country it is in (or is). */
  country?: string;
  demonyms?: string[];
  capital?: string;
  /** For countries: the UN geoscheme subregion ("South-Eastern Asia"), for hovers. */
  region?: string;
}

export type KnowledgeHit =
  | { registry: 'sources'; entry: SourceEntry }
  | { registry: 'organisations'; entry: OrganisationEntry }
  | { registry: 'places'; entry: PlaceEntry }
  | { registry: 'people'; entry: PersonEntry };

export interface PersonEntry {
  name: string;
  aliases: string[];
  /** Roles known from the workspace file, for hovers. */
  roles?: string[];
  /** ISO alpha-2 code of the person's country, when known (decides the short-form convention). */
  country?: string;
}

/** What a workspace's `.sourced.yaml` may add. */
export interface WorkspaceKnowledge {
  sources?: SourceEntry[];
  organisations?: OrganisationEntry[];
  people?: PersonEntry[];
  places?: PlaceEntry[];
  /** Preferred spelling -> variants that should be written that way. */
  spellings?: Record<string, string[]>;
}

// ---- Shapes returned by the knowledge loader (server/src/knowledge/index.ts) ----

/** A known name found in running text by `Knowledge.matchAt`. Offsets are UTF-16 indexes. */
export interface KnowledgeMatch {
  hit: KnowledgeHit;
  start: number;
  end: number;
  /** The alias as written in the data that matched ("Jane's"). */
  alias: string;
  /**
   * The matched form is also an ordinary word or a given name ("Time", "Nature", "Jordan",
   * "Labour"): trust it only with support from context (not at a sentence start, or with
   * a cue such as "according to").
   */
  ambiguous: boolean;
}

export type TitleKind =
  | 'political'
  | 'judicial'
  | 'police'
  | 'military'
  | 'royal'
  | 'religious'
  | 'business'
  | 'academic'
  | 'media'
  | 'sport'
  | 'role'
  | 'honorific';

/** A title or role before a name: "former Deputy Prime Minister", "Lt Gen", "Datuk Seri". */
export interface TitleMatch {
  /** The title as written in the text. */
  title: string;
  /** The head title in full ("Lieutenant General" for "Lt Gen"; "Minister" for "Defence Minister"). */
  head: string;
  kind: TitleKind;
  /** A "former", "ex-" or "late" modifier is part of the match. */
  former: boolean;
  /** For word-array matching: how many words (tokens) the title covers. */
  length: number;
  /** For text matching: the span of the title. */
  start: number;
  end: number;
}

/** How people from one country are named on second reference (data/name-order.json). */
export interface NameOrder {
  /** 'last': last name-word; 'first': first name-word; 'full': the whole name. */
  shortForm: 'first' | 'last' | 'full';
  /** The short form is the given name (Malaysia, Indonesia, Iceland, Thailand, Ethiopia...). */
  givenFirst: boolean;
  /** The family name is written first (China, Korea, Vietnam...). */
  familyFirst: boolean;
  note?: string;
}
