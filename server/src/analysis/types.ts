// The Analysis model: what Sourced knows about one version of one article.
// Every offset is a UTF-16 code-unit index into the document text (as LSP counts),
// `end` exclusive. Nothing here may import LSP or vscode.

export interface Span {
  start: number;
  end: number;
}

export type BlockKind =
  | 'frontMatter'
  | 'headline'
  | 'standfirst'
  | 'paragraph'
  | 'heading'
  | 'boilerplate'
  /** Advertising or sponsored copy ("A message from …", "Paid for by …"): not the article's. */
  | 'sponsored'
  | 'credit';

export interface Block extends Span {
  kind: BlockKind;
  index: number;
  /** For `credit`: the agency name (e.g. BLOOMBERG). */
  agency?: string;
  /** Which item of a newsletter or briefing the block belongs to (absent: a one-story document). */
  section?: number;
  /** A list item: its line starts with a list mark ("- ", "• ", "1. "), in Markdown or plain text alike. */
  listItem?: boolean;
}

export interface Sentence extends Span {
  index: number;
  block: number;
}

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token extends Span {
  text: string;
  /** The text in lower case, made once (the word lists are read in lower case, many times a token). */
  lower?: string;
  kind: TokenKind;
  sentence: number;
  /** Position of the token within its sentence. */
  index: number;
}

export type EntityKind = 'person' | 'organisation' | 'place' | 'publication' | 'platform';

/** Coarse class, as the usual news NER schemes (CoNLL, OntoNotes) count it. */
export type NerClass = 'PER' | 'ORG' | 'LOC';

export interface Mention extends Span {
  text: string;
  /** How the mention refers: full name, short (surname/given name), alias, description, pronoun-free. */
  form: 'full' | 'short' | 'alias' | 'description';
}

export interface KnowledgeFacts {
  /** Where the fact comes from: 'sources', 'organisations', 'countries', 'cities', 'workspace'. */
  registry: string;
  name: string;
  type?: string;
  country?: string;
  aliases?: string[];
  note?: string;
}

export interface Entity {
  id: string;
  kind: EntityKind;
  nerClass: NerClass;
  name: string;
  mentions: Mention[];
  roles: string[];
  knowledge?: KnowledgeFacts;
}

export type QuantityKind = 'percent' | 'money' | 'count' | 'rank' | 'measure';

export interface Quantity extends Span {
  text: string;
  kind: QuantityKind;
  /** Normalised numeric value (money in units of `unit`), when it has one. */
  value: number | null;
  /** Upper bound for ranges ("5 to 7 per cent"). */
  valueHigh?: number;
  unit: string | null;
  sentence: number;
  /** A count of people killed, hurt, held or moved ("76 people were killed", "killing 14"):
   *  a measurement that needs a source whatever its size. */
  casualty?: boolean;
  /** What the figure is (set by the figure-roles stage): a measurement that needs a source, the
   *  terms of one event, an organisation's own results, market data, a public result, background,
   *  or a detail of the story. */
  role?: FigureRole;
  /** The stretch of text that decided the role. */
  roleEvidence?: Span;
  /** Why, in words ("a price", "an attendance"). */
  roleReason?: string;
  /** The id of the figure-roles table entry (or the built-in test) that decided it. */
  roleRule?: string;
}

export type FigureRole = 'measurement' | 'terms' | 'own-results' | 'market' | 'result' | 'background' | 'detail';

export interface DateMention extends Span {
  text: string;
  /** ISO date (yyyy-mm-dd) or partial (yyyy-mm, yyyy) when resolvable. */
  value: string | null;
  relative: boolean;
  /** Weekday named in the text, 0 = Sunday, when a weekday is present. */
  weekday?: number;
  /** The span of the weekday word, when present. */
  weekdaySpan?: Span;
  sentence: number;
}

export interface Quote extends Span {
  /** The span inside the marks. */
  inner: Span;
  /** Entity id of the speaker, or null. */
  speaker: string | null;
  /** The source text that speaks it (may be an unnamed source), when found. */
  speakerSpan: Span | null;
  /** Attribution index covering this quote, or -1. */
  attribution: number;
  /** True when the quote opens in one paragraph and continues into the next. */
  continued: boolean;
  /** True when the closing mark is missing (and it is not a continued quote). */
  unclosed: boolean;
  /** Speech (a direct quotation) rather than scare quotes or a title. */
  speech: boolean;
  sentence: number;
}

export type SourceKind =
  | 'person'
  | 'organisation'
  | 'publication'
  | 'platform'
  | 'document'
  | 'anonymous'
  | 'vague'
  | 'wire';

/** What an attribution reports: words said or written, a held view, a stated intention
 *  ("vowed to …"), what a finding or document shows, or a position held or shown by an act
 *  ("declined to comment", "attacked the plan": 'stance', which sources nothing; stance-cues.ts). */
export type AttributionKind = 'statement' | 'belief' | 'intention' | 'evidence' | 'stance';

export interface Attribution {
  cue: Span & { text: string };
  source: Span & { text: string; kind: SourceKind; entity: string | null };
  content: Span;
  /** For anonymous sources: the stated reason for anonymity, when present. */
  anonymityReason?: Span;
  sentence: number;
  /** What is reported (absent: a statement). */
  kind?: AttributionKind;
  /** A passive with no agent ("is expected to", "Asked whether …"): no one is named and no one is
   *  hidden; the source span is the cue, kind 'vague', and no rule reads it as a source. */
  agentless?: boolean;
}

export type ClaimKind =
  | 'figure'
  | 'superlative'
  | 'comparison'
  | 'event'
  | 'prediction'
  | 'quote';

export interface Claim extends Span {
  kinds: ClaimKind[];
  sentence: number;
  /** Indexes into `attributions` that support this claim. */
  supportedBy: number[];
  /** Sentence index of an attributed twin stating the same figure, when that is the support. */
  twin?: number;
  quantities: number[];
  /** Support carried over from an earlier sentence of the same paragraph. */
  carried?: boolean;
  /** The figures were all inside a direct quotation. */
  quoted?: boolean;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface Related extends Span {
  message: string;
}

export interface TextEdit extends Span {
  newText: string;
}

export interface Fix {
  title: string;
  /** Edits to the article text. Empty for fixes carried out as a command (annotations, registry). */
  edits: TextEdit[];
  /** A command id for fixes that are not text edits, with its arguments. */
  command?: { id: string; args: unknown[] };
  /** Safe to apply across the document with "Fix all". */
  fixAll?: boolean;
  /** Snippet-style text (`${1:…}`) for clients that support snippets. */
  snippet?: boolean;
  preferred?: boolean;
}

export interface Finding extends Span {
  rule: string;
  severity: Severity;
  message: string;
  related: Related[];
  fixes: Fix[];
}

export interface FrontMatter {
  data: Record<string, unknown>;
  span: Span;
  error?: { message: string; span: Span };
}

export interface Analysis {
  text: string;
  /** The article date from front matter or a dateline, ISO yyyy-mm-dd, when known. */
  articleDate: string | null;
  /** Where the article date came from, or null when none was found. */
  articleDateSource: 'front matter' | 'dateline' | 'date line' | null;
  frontMatter: FrontMatter | null;
  blocks: Block[];
  sentences: Sentence[];
  tokens: Token[];
  entities: Entity[];
  quantities: Quantity[];
  dates: DateMention[];
  quotes: Quote[];
  attributions: Attribution[];
  claims: Claim[];
  /** Definite descriptions resolved to a person ("the former Russian defence minister"). */
  descriptions: { span: Span; entity: string; text: string }[];
  /** Demonyms ("Malaysian") and the place they point to. */
  demonyms: { span: Span; place: string }[];
  /** Notices about the input itself (too large, binary, front matter broken). */
  notices: Finding[];
  /**
   * Line breaks inside a paragraph (hard-wrapped text) and furniture lines dropped inside a
   * sentence: the analysis reads them as spaces, and so do the rules (analysis/layout.ts).
   */
  softBreaks?: Span[];
}
