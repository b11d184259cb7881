// text -> Analysis. The one entry point of the analysis core.
import { timed } from './timing';
import type { Analysis, Block, Entity, Finding, Sentence } from './types';
import { memoized, type KnowledgeBase } from './knowledge-port';
import { parseStructure } from './structure';
import { assignSections } from './sections';
import { isSpace, splitSentences, tokenize } from './sentences';
import { findQuantities } from './quantities';
import { findDates } from './dates';
import { findArticleDate } from './article-date';
import { findEntities } from './entities';
import { findQuotes } from './quotes';
import { findAttributions } from './attributions';
import { findClaims } from './claims';
import { assignFigureRoles } from './figure-roles';
import { maskSpans } from './paragraphs';

export interface AnalyzeOptions {
  /** 'news' (default), 'markdown' or 'plaintext'. */
  languageId?: string;
  /** Texts longer than this (UTF-16 code units) are not analysed; a notice says so. */
  maxLength?: number;
  /** Texts with a line longer than this are not analysed either (data, not prose). */
  maxLineLength?: number;
  /** When given, each stage's time in milliseconds is added under its name (the bench's stage table). */
  timings?: Map<string, number>;
}

export const DEFAULT_MAX_LENGTH = 2_000_000;
export const DEFAULT_MAX_LINE_LENGTH = 100_000;

/** The longest line: its 1-based number and length. */
function longestLine(text: string): { line: number; length: number } {
  let best = { line: 1, length: 0 };
  let start = 0;
  let line = 1;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    if (end - start > best.length) best = { line, length: end - start };
    if (nl < 0) return best;
    start = nl + 1;
    line++;
  }
}

function emptyAnalysis(text: string): Analysis {
  return {
    text, articleDate: null, articleDateSource: null, frontMatter: null, blocks: [], sentences: [], tokens: [], entities: [], quantities: [],
    dates: [], quotes: [], attributions: [], claims: [], descriptions: [], demonyms: [], notices: [],
  };
}

function notice(message: string, start: number, end: number, rule = 'input'): Finding {
  return { rule, severity: 'warning', start, end, message, related: [], fixes: [] };
}

/** Share of characters that are control characters or U+FFFD: binary or mis-decoded input. */
function looksBinary(text: string): boolean {
  const n = Math.min(text.length, 8192);
  if (!n) return false;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) bad++;
  }
  return bad / n > 0.1;
}

export function analyze(text: string, knowledge: KnowledgeBase, options: AnalyzeOptions = {}): Analysis {
  const kb = memoized(knowledge);
  const max = options.maxLength ?? DEFAULT_MAX_LENGTH;
  if (text.length > max) {
    const a = emptyAnalysis(text);
    a.notices.push(notice(`Not checked: the file is ${(text.length / 1e6).toFixed(1)} million characters, over the limit of ${(max / 1e6).toFixed(1)} million (setting sourced.maxFileSize).`, 0, 0, 'file-too-large'));
    return a;
  }
  const maxLine = options.maxLineLength ?? DEFAULT_MAX_LINE_LENGTH;
  if (text.length > maxLine) {
    const long = longestLine(text);
    if (long.length > maxLine) {
      const a = emptyAnalysis(text);
      a.notices.push(notice(`Not checked: line ${long.line} is ${long.length.toLocaleString('en-GB')} characters long, over the limit of ${maxLine.toLocaleString('en-GB')} (setting sourced.maxLineLength). A line that long is data, not an article's paragraph.`, 0, 0, 'line-too-long'));
      return a;
    }
  }
  if (looksBinary(text)) {
    const a = emptyAnalysis(text);
    a.notices.push(notice('Not checked: the file looks binary or is not UTF-8 text.', 0, 0, 'not-text'));
    return a;
  }
  const tm = options.timings;
  const structure = timed(tm, 'structure', () => parseStructure(text, options.languageId ?? 'news'));
  const t = structure.masked;
  const { blocks, frontMatter } = structure;
  assignSections(text, blocks);
  const sentences = timed(tm, 'sentences', () => splitSentences(t, blocks));
  const tokens = timed(tm, 'tokens', () => tokenize(t, sentences));
  const checkable = (s: Sentence) => !isCheckable(blocks[s.block]);

  const found = findArticleDate(text, blocks, frontMatter);
  const articleDate = found?.date ?? null;

  const quantities = timed(tm, 'quantities', () => findQuantities(t, sentences, checkable));
  const dates = timed(tm, 'dates', () => findDates(t, sentences, checkable, articleDate));
  // Names never run across markup: "`Z`Z" is code and a word, not the name "Z Z" (a masked
  // character stands where the markup was, so no name joins over it and a mention's text is the
  // document's).
  const ents = findEntities(t === text ? t : markupAsBoundary(t, text), tokens, sentences, blocks, kb, { timings: tm });
  if (t !== text) clipAtMarkup(ents.entities);
  const quotes = timed(tm, 'quotes', () => findQuotes(t, blocks, sentences));
  const attributions = timed(tm, 'attributions', () => findAttributions({ text: t, tokens, sentences, blocks, entities: ents.entities, mentionAt: ents.mentionAt, quotes, demonyms: ents.demonyms }));
  const claims = timed(tm, 'claims', () => findClaims({ text: t, sentences, blocks, quantities, dates, quotes, attributions, entities: ents.entities }));

  const notices: Finding[] = [];
  if (frontMatter?.error) notices.push(notice(frontMatter.error.message, frontMatter.error.span.start, frontMatter.error.span.end, 'front-matter'));
  const analysis: Analysis = {
    text,
    articleDate,
    articleDateSource: found?.source ?? null,
    frontMatter,
    blocks,
    sentences,
    tokens,
    entities: ents.entities,
    quantities,
    dates,
    quotes,
    attributions,
    claims,
    descriptions: ents.descriptions,
    demonyms: ents.demonyms,
    notices,
    softBreaks: structure.softBreaks,
  };
  // (Read as the rules read it: a paragraph's wrapped lines as one line.)
  timed(tm, 'figure roles', () => assignFigureRoles(analysis.softBreaks?.length ? { ...analysis, text: maskSpans(text, analysis.softBreaks) } : analysis, kb));
  return analysis;
}

function isCheckable(b: Block): boolean {
  return b.kind === 'paragraph' || b.kind === 'standfirst' || b.kind === 'headline' || b.kind === 'heading';
}

/**
 * Holds the rule that no name spans markup: a mention that reaches over a U+0001 (a Markdown mark
 * on a line that only a carriage return starts, say) ends before it, as does the entity's name.
 */
function clipAtMarkup(entities: readonly Entity[]): void {
  const clip = (s: string): string => (s.includes('\u0001') ? s.slice(0, s.indexOf('\u0001')).trimEnd() : s);
  for (const e of entities) {
    e.name = clip(e.name) || e.name;
    for (const m of e.mentions) {
      const text = clip(m.text);
      if (text && text !== m.text) {
        m.text = text;
        m.end = m.start + text.length;
      }
    }
  }
}

/** The masked text with each masked markup character replaced by U+0001, which no name spans. */
function markupAsBoundary(masked: string, text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < masked.length; i++) {
    // (Line breaks inside a paragraph are spaces in the masked text, and no boundary.)
    if (masked.charCodeAt(i) === 32 && !isSpace(text.charCodeAt(i))) {
      out += masked.slice(from, i) + '\u0001';
      from = i + 1;
    }
  }
  return from === 0 ? masked : out + masked.slice(from);
}
