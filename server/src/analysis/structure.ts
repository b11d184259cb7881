// Article structure: front matter, headline, standfirst, paragraphs, boilerplate, wire credit.
import { markdown, yaml } from '../shared/lazy-modules';
import type { Block, BlockKind, FrontMatter, Span } from './types';
import { WIRE_AGENCIES } from './lexicon';
import { isSummaryLabel, opensWithDateline, signOffOf } from './layout';
import { groupLines, markSponsored, maskSpans } from './paragraphs';
import { isSpace } from './sentences';

export interface Structure {
  blocks: Block[];
  frontMatter: FrontMatter | null;
  /** Text to analyse: the document with markup masked by spaces (same length, same offsets). */
  masked: string;
  /** Spans read as spaces: line breaks inside paragraphs, furniture inside a sentence. */
  softBreaks: Span[];
}

const FRONT_MATTER_OPEN = /^---[ \t]*\r?\n/;
const FRONT_MATTER_CLOSE = /^(?:---|\.\.\.)[ \t]*$/m;

/** The text opens with a quotation mark. */
const opensWithQuote = (t: string): boolean => t.length > 0 && '“"‘'.includes(t[0]);
/** Lines of a newsletter or related-links promotion. */
const PROMO = /newsletter|sign up|subscribe|see also|related|read more/i;
const TERMINAL = /[.!?…"”’»)\]]\s*$/;
/** A headline that ends in a mark that closes no sentence runs on into its deck (NAME wins vote; / Party split deepens). */
const RUNS_ON = /[;,]\s*$/;
/** How many blocks after a summary label (ABSTRACT) may be its summary. */
const SUMMARY_BLOCKS = 3;

const WORD_RUN = /[\p{L}\p{N}]+/gu;

/** Whether most of the letters of `t` are lower case (copy, not a line in capitals). */
function mostlyLowerCase(t: string): boolean {
  let lower = 0;
  let upper = 0;
  for (const ch of t) {
    if (ch.toLowerCase() !== ch) upper++;
    else if (ch.toUpperCase() !== ch) lower++;
  }
  return lower > 2 * upper;
}

/**
 * A first line that is a sentence of prose, closed by a full stop and written in lower case as
 * copy is, and that runs straight on into copy on the next line with no blank line between, is
 * the copy's first paragraph, not a headline ("Aisby is a village in Lincolnshire.⏎It lies …").
 * A headline stands apart from the copy, is in capitals ("CRICKET - LEICESTERSHIRE WIN."), or
 * runs into a dateline ("Jones Medical completes acquisition.⏎ST. LOUIS 1996-08-30").
 */
function isLeadSentence(t: string, text: string, end: number, next: { start: number; end: number } | undefined): boolean {
  if (next === undefined || !t.trimEnd().endsWith('.') || !mostlyLowerCase(t)) return false;
  let breaks = 0;
  for (let k = end; k < next.start; k++) if (text.charCodeAt(k) === 10) breaks++;
  const line = text.slice(next.start, next.end).split('\n', 1)[0];
  return breaks === 1 && mostlyLowerCase(line) && !opensWithDateline(line);
}

/** Fewest words of a first block that is a lead rather than a headline (LEAD_PARAGRAPH). */
const LEAD_PARAGRAPH_WORDS = 16;

/**
 * A first block that reads as the lead of an article pasted without its headline: closed as a
 * sentence is, of 16 words or more, and written in sentence case, with fewer than half of its
 * words capitalised ("Maria Okafor said the harbour bridge would reopen on Monday after two years
 * of repairs."). Read as a headline, the most important paragraph of the story went unchecked.
 * Headlines are short, or in Title Case, or unpunctuated: of the BBC corpus's 2,225 headlines none
 * passes this test, of PolNeAR's 924 two (long sentence-case titles), of the CoNLL-2003 dev set's 216
 * none; of the BBC leads, read with their headline taken away, 1,971 (89%) pass.
 */
function isLeadParagraph(t: string, words: number): boolean {
  if (words < LEAD_PARAGRAPH_WORDS || !TERMINAL.test(t)) return false;
  let letters = 0;
  let capitals = 0;
  WORD_RUN.lastIndex = 0;
  for (let m = WORD_RUN.exec(t); m; m = WORD_RUN.exec(t)) {
    const c = m[0][0];
    if (c.toLowerCase() === c && c.toUpperCase() === c) continue; // a number
    letters++;
    if (c.toLowerCase() !== c) capitals++;
  }
  return capitals * 2 < letters;
}

/** Words in `s`, counted up to `limit` + 1 (enough to compare with any limit up to `limit`). */
function wordCount(s: string, limit: number): number {
  let n = 0;
  WORD_RUN.lastIndex = 0;
  while (n <= limit && WORD_RUN.exec(s)) n++;
  return n;
}

/** Trims a span to the non-space characters inside it. */
function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}


function parseFrontMatter(text: string): FrontMatter | null {
  const open = FRONT_MATTER_OPEN.exec(text);
  if (!open) return null;
  const bodyStart = open[0].length;
  FRONT_MATTER_CLOSE.lastIndex = 0;
  const rest = text.slice(bodyStart);
  const close = FRONT_MATTER_CLOSE.exec(rest);
  if (!close) {
    const span = { start: 0, end: Math.min(text.length, open[0].length - 1) };
    return {
      data: {},
      span,
      error: { message: 'Front matter opens with "---" but never closes; it is read as article text.', span },
    };
  }
  const yamlText = rest.slice(0, close.index);
  let end = bodyStart + close.index + close[0].length;
  if (text[end] === '\r') end++;
  if (text[end] === '\n') end++;
  const span = { start: 0, end };
  const read = readYaml(yamlText);
  if ('error' in read) {
    const e = read.error;
    const s = bodyStart + (e.pos?.[0] ?? 0);
    return {
      data: {},
      span,
      error: {
        message: `Front matter is not valid YAML (${e.message.split('\n')[0]}); its fields are ignored.`,
        span: { start: s, end: Math.max(s + 1, bodyStart + (e.pos?.[1] ?? 0)) },
      },
    };
  }
  if ('thrown' in read) return { data: {}, span, error: { message: `Front matter could not be read: ${read.thrown}`, span } };
  // A copy: the caller may change what it is given, and the reading is kept for the next edit.
  let data: unknown;
  try {
    data = structuredClone(read.data);
  } catch (err) {
    return { data: {}, span, error: { message: `Front matter could not be read: ${(err as Error).message}`, span } };
  }
  if (data !== null && (typeof data !== 'object' || Array.isArray(data))) {
    return { data: {}, span, error: { message: 'Front matter must be a set of `key: value` fields; it is ignored.', span } };
  }
  return { data: (data ?? {}) as Record<string, unknown>, span };
}

/** What the YAML of a front matter says: its value, its first error, or why reading it failed. */
type YamlReading = { data: unknown } | { error: { message: string; pos?: [number, number] } } | { thrown: string };

/**
 * The last few front matters read, by their YAML text. A document is analysed again on every
 * edit while its front matter seldom changes, and reading a few lines of YAML costs more than
 * the rest of the structure of a short article. Front matter over 4,000 characters is not kept.
 */
const yamlReadings = new Map<string, YamlReading>();
const YAML_READINGS_KEPT = 16;
const YAML_KEPT_MAX_CHARS = 4000;

function readYaml(yamlText: string): YamlReading {
  const known = yamlReadings.get(yamlText);
  if (known) return known;
  let reading: YamlReading;
  try {
    const doc = yaml().parseDocument(yamlText, { prettyErrors: false, uniqueKeys: false });
    if (doc.errors.length) {
      const e = doc.errors[0];
      reading = { error: { message: e.message, pos: e.pos } };
    } else reading = { data: doc.toJS({ maxAliasCount: 50 }) };
  } catch (err) {
    reading = { thrown: (err as Error).message };
  }
  if (yamlText.length <= YAML_KEPT_MAX_CHARS) {
    if (yamlReadings.size >= YAML_READINGS_KEPT) yamlReadings.delete(yamlReadings.keys().next().value as string);
    yamlReadings.set(yamlText, reading);
  }
  return reading;
}

/**
 * Masks Markdown syntax with spaces, keeping offsets, so the analysis reads prose only: the
 * document is parsed with mdast-util-from-markdown and only its text nodes are kept.
 */
export function maskMarkdown(text: string): string {
  const out = new Array<string>(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    out[i] = c === '\n' || c === '\r' ? c : ' ';
  }
  let tree: MdNode;
  try {
    tree = markdown().fromMarkdown(text) as unknown as MdNode;
  } catch {
    return text;
  }
  const keep = (n: MdNode) => {
    if (n.type === 'text' || n.type === 'inlineCode') {
      const s = n.position?.start.offset;
      const e = n.position?.end.offset;
      if (s === undefined || e === undefined) return;
      // inlineCode's range includes the backticks; keep only its inside.
      const from = n.type === 'inlineCode' ? text.indexOf(String(n.value), s) : s;
      const to = n.type === 'inlineCode' ? from + String(n.value).length : e;
      for (let i = Math.max(0, from); i < to && i < text.length; i++) out[i] = text[i];
      return;
    }
    if (n.type === 'code' || n.type === 'html' || n.type === 'yaml') return;
    for (const ch of n.children ?? []) keep(ch);
  };
  keep(tree);
  return out.join('');
}

interface MdNode {
  type: string;
  value?: unknown;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

export function parseStructure(text: string, languageId = 'news'): Structure {
  const frontMatter = parseFrontMatter(text);
  const bodyStart = frontMatter && !frontMatter.error?.message.includes('never closes') ? frontMatter.span.end : 0;
  const masked = languageId === 'markdown' ? maskMarkdown(text) : text;
  const blocks: Block[] = [];
  if (frontMatter && bodyStart > 0) {
    blocks.push({ kind: 'frontMatter', index: 0, start: 0, end: trimSpan(text, 0, bodyStart).end });
  }

  const { raws, masks, layout } = groupLines(text, masked, bodyStart, languageId);
  const out = masks.length ? maskSpans(masked, masks) : masked;

  let promoRun = false;
  let promoLines = 0;
  let contentSeen = 0;
  let headlineRunsOn = false;
  // Blocks left of a summary that a label (ABSTRACT) announced: a standfirst, not the body.
  let summaryLeft = 0;
  for (let i = 0; i < raws.length; i++) {
    const { span, heading, furniture } = raws[i];
    const t = out.slice(span.start, span.end);
    let kind: BlockKind = heading ? 'heading' : 'paragraph';
    // Counted only where a decision needs it.
    let wordsMemo = -1;
    const words = () => (wordsMemo < 0 ? (wordsMemo = wordCount(t, 40)) : wordsMemo);
    if (furniture === 'credit' && contentSeen > 0) {
      kind = 'credit';
    } else if (furniture === 'sponsored') {
      kind = 'sponsored';
      promoRun = false;
    } else if (furniture === 'boilerplate' || furniture === 'credit') {
      kind = 'boilerplate';
      const promo = PROMO.test(t);
      if (promo) promoLines = 0;
      promoRun = promoRun || promo;
    } else if (promoRun && words() <= 14 && contentSeen > 1 && promoLines < 3) {
      // A promo block's few short lines (title, blurb) after its header; then copy resumes.
      kind = 'boilerplate';
      promoLines++;
    } else {
      promoRun = false;
    }
    if (contentSeen > 0 && isSummaryLabel(t)) {
      kind = 'boilerplate';
      summaryLeft = SUMMARY_BLOCKS;
    } else if (kind !== 'paragraph') {
      summaryLeft = 0;
    }
    if (kind === 'paragraph' || kind === 'heading') {
      // A first line of more than a few dozen words is copy, not a headline; so is a lead that
      // opens with a dateline.
      if (contentSeen === 0) {
        kind = words() <= 40 && !opensWithDateline(t) && !isLeadSentence(t, text, span.end, raws[i + 1]?.span) && !isLeadParagraph(t, words()) ? 'headline' : 'paragraph';
        headlineRunsOn = kind === 'headline' && RUNS_ON.test(t);
      } else if (summaryLeft > 0 && kind === 'paragraph') {
        kind = 'standfirst';
        summaryLeft--;
      } else if (contentSeen === 1 && kind === 'paragraph' && headlineRunsOn && words() <= 40 && !opensWithDateline(t)) kind = 'standfirst';
      else if (contentSeen === 1 && kind === 'paragraph' && words() >= 6 && !TERMINAL.test(t) && !opensWithQuote(t)) kind = 'standfirst';
      contentSeen++;
    }
    const block: Block = { kind, index: blocks.length, start: span.start, end: span.end };
    if (kind === 'credit') block.agency = signOffOf(t) ?? t;
    if (raws[i].listItem) block.listItem = true;
    blocks.push(block);
  }
  markSponsored(blocks, raws, out, layout.separation);

  // A wire credit closing the last paragraph: "... economic and military aid. BLOOMBERG"
  for (let i = blocks.length - 1; i >= 0; i--) {
    const b = blocks[i];
    if (b.kind === 'boilerplate') continue;
    if (b.kind === 'paragraph') {
      const m = /([.!?”"’])\s+([A-Z][A-Z&\- ]{1,30}[A-Z])$/.exec(out.slice(b.start, b.end));
      if (m && WIRE_AGENCIES.has(m[2].trim())) {
        const creditStart = b.end - m[2].length;
        const credit: Block = { kind: 'credit', index: 0, start: creditStart, end: b.end, agency: m[2].trim() };
        b.end = trimSpan(out, b.start, creditStart).end;
        blocks.splice(i + 1, 0, credit);
      }
    }
    break;
  }
  blocks.forEach((b, i) => (b.index = i));
  return { blocks, frontMatter, masked: out, softBreaks: masks };
}
