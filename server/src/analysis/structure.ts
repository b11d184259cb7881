// Article structure: front matter, headline, standfirst, paragraphs, boilerplate, wire credit.
import { parseDocument } from 'yaml';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Block, BlockKind, FrontMatter, Span } from './types';
import { WIRE_AGENCIES } from './lexicon';
import { isSpace } from './sentences';

export interface Structure {
  blocks: Block[];
  frontMatter: FrontMatter | null;
  /** Text to analyse: the document with markup masked by spaces (same length, same offsets). */
  masked: string;
}

const FRONT_MATTER_OPEN = /^---[ \t]*\r?\n/;
const FRONT_MATTER_CLOSE = /^(?:---|\.\.\.)[ \t]*$/m;

/** Lines that are page furniture rather than copy. */
const BOILERPLATE_LINE = [
  /^(?:see also|related|read more|more on this|advertisement|sponsored|share this|follow us|sign up|subscribe)\b/i,
  /^share with us\b/i,
  /^(?:click|tap) here\b/i,
  /^(?:a )?newsletter\b|newsletter for you$/i,
  /^(?:photo|image|picture|video|graphic)(?: credit)?s?\s*[:/]/i,
  /^(?:reporting|additional reporting|writing|editing) by\b/i,
  /^(?:copyright|©)/i,
  // "Friday, 8.30 am" — a promo timestamp
  /^(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+\d{1,2}[.:]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?$/i,
  /^\d{1,2}[.:]\d{2}\s*(?:am|pm|gmt|bst|et|edt|est)?$/i,
];

const TERMINAL = /[.!?…"”’»)\]]\s*$/;

function isBoilerplateLine(line: string): boolean {
  const t = line.trim();
  if (!t) return false;
  for (const re of BOILERPLATE_LINE) if (re.test(t)) return true;
  // An all-caps line of a few words that is not a wire credit: section furniture (SEE ALSO).
  if (t.length <= 40 && /[A-Z]/.test(t) && t === t.toUpperCase() && !/[a-z]/.test(t) && !WIRE_AGENCIES.has(t.replace(/[^A-Z ]/g, '').trim())) {
    return true;
  }
  return false;
}

const WORD_RUN = /[\p{L}\p{N}]+/gu;

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

const CONTINUES_PARAGRAPH = /^[\p{Ll}\d(]/u;
const MARKDOWN_HEADING = /^ {0,3}#{1,6}[ \t]/;

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
  try {
    const doc = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: false });
    if (doc.errors.length) {
      const e = doc.errors[0];
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
    const data = doc.toJS({ maxAliasCount: 50 });
    if (data !== null && (typeof data !== 'object' || Array.isArray(data))) {
      return { data: {}, span, error: { message: 'Front matter must be a set of `key: value` fields; it is ignored.', span } };
    }
    return { data: (data ?? {}) as Record<string, unknown>, span };
  } catch (err) {
    return { data: {}, span, error: { message: `Front matter could not be read: ${(err as Error).message}`, span } };
  }
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
    tree = fromMarkdown(text) as unknown as MdNode;
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

  // Group lines into raw paragraphs: one per line, joining hard-wrapped lines.
  const raws: { span: Span; heading: boolean; lines: number }[] = [];
  let cur: { span: Span; heading: boolean; lines: number } | null = null;
  let lastLine = '';
  for (let pos = bodyStart; pos <= masked.length; ) {
    // The line [pos, lineEnd), without its \r\n or \n.
    let nl = masked.indexOf('\n', pos);
    if (nl < 0) nl = masked.length;
    let lineEnd = nl;
    if (lineEnd > pos && masked.charCodeAt(lineEnd - 1) === 13) lineEnd--;
    const line = { start: pos, end: lineEnd };
    pos = nl + 1;
    // Its text trimmed (trimSpan and String.prototype.trim remove the same spaces).
    const span = trimSpan(masked, line.start, line.end);
    if (span.start === span.end) {
      cur = null;
      continue;
    }
    const t = masked.slice(span.start, span.end);
    const isHeading = languageId === 'markdown' && MARKDOWN_HEADING.test(text.slice(line.start, line.end));
    if (cur && raws.length > 1 && !isHeading && !cur.heading && !TERMINAL.test(lastLine) && CONTINUES_PARAGRAPH.test(t) && cur.lines > 0) {
      // A hard-wrapped line continues the paragraph above.
      cur.span.end = span.end;
      cur.lines++;
      lastLine = t;
      continue;
    }
    lastLine = t;
    cur = { span, heading: isHeading, lines: 1 };
    raws.push(cur);
  }

  let promoRun = false;
  let promoLines = 0;
  let contentSeen = 0;
  for (let i = 0; i < raws.length; i++) {
    const { span, heading } = raws[i];
    const t = masked.slice(span.start, span.end);
    let kind: BlockKind = heading ? 'heading' : 'paragraph';
    // Counted only where a decision needs it.
    let wordsMemo = -1;
    const words = () => (wordsMemo < 0 ? (wordsMemo = wordCount(t, 40)) : wordsMemo);
    const compact = contentSeen > 0 && i === raws.length - 1 ? t.replace(/[^A-Za-z ]/g, '').trim() : '';
    if (contentSeen > 0 && i === raws.length - 1 && WIRE_AGENCIES.has(compact)) {
      kind = 'credit';
    } else if (isBoilerplateLine(t)) {
      kind = 'boilerplate';
      if (/newsletter|sign up|subscribe|see also|related|read more/i.test(t)) promoLines = 0;
      promoRun = promoRun || /newsletter|sign up|subscribe|see also|related|read more/i.test(t);
    } else if (promoRun && words() <= 14 && contentSeen > 1 && promoLines < 3) {
      // A promo block's few short lines (title, blurb) after its header; then copy resumes.
      kind = 'boilerplate';
      promoLines++;
    } else {
      promoRun = false;
    }
    if (kind === 'paragraph' || kind === 'heading') {
      // A first line of more than a few dozen words is copy, not a headline.
      if (contentSeen === 0) kind = words() <= 40 ? 'headline' : 'paragraph';
      else if (contentSeen === 1 && kind === 'paragraph' && words() >= 6 && !TERMINAL.test(t) && !/^[“"‘]/.test(t)) kind = 'standfirst';
      contentSeen++;
    }
    const block: Block = { kind, index: blocks.length, start: span.start, end: span.end };
    if (kind === 'credit') block.agency = compact;
    blocks.push(block);
  }

  // A wire credit closing the last paragraph: "... economic and military aid. BLOOMBERG"
  for (let i = blocks.length - 1; i >= 0; i--) {
    const b = blocks[i];
    if (b.kind === 'boilerplate') continue;
    if (b.kind === 'paragraph') {
      const m = /([.!?”"’])\s+([A-Z][A-Z&\- ]{1,30}[A-Z])$/.exec(masked.slice(b.start, b.end));
      if (m && WIRE_AGENCIES.has(m[2].trim())) {
        const creditStart = b.end - m[2].length;
        const credit: Block = { kind: 'credit', index: 0, start: creditStart, end: b.end, agency: m[2].trim() };
        b.end = trimSpan(masked, b.start, creditStart).end;
        blocks.splice(i + 1, 0, credit);
      }
    }
    break;
  }
  blocks.forEach((b, i) => (b.index = i));
  return { blocks, frontMatter, masked };
}
