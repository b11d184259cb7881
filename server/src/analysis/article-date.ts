// The article's own date, which relative dates and weekdays are checked against. In order of
// trust: front matter (`date:`, `published:`, `dateline:`), a wire dateline that gives a year,
// then a date line near the top ("Published 3 March 2025", "Mar 3, 2025 · 10:32 GMT").
import { datelineDate, fullDateIn, parseIsoDate } from './dates';
import type { Block, FrontMatter } from './types';
import { hasLetter } from './tokens';

export type ArticleDateSource = 'front matter' | 'dateline' | 'date line';

export interface ArticleDate {
  date: string;
  source: ArticleDateSource;
}

/** How many blocks from the top a date line may stand in (headline, standfirst, byline, date). */
const DATE_LINE_BLOCKS = 5;
/** A date line is short: a date with a label, a time or a byline, not a sentence about a date. */
const DATE_LINE_MAX_CHARS = 90;
const DATE_LINE_MAX_OTHER_WORDS = 7;

export function findArticleDate(text: string, blocks: Block[], frontMatter: FrontMatter | null): ArticleDate | null {
  const fm = frontMatter ? parseIsoDate(frontMatter.data.date ?? frontMatter.data.published ?? frontMatter.data.dateline) : null;
  if (fm) return { date: fm.toISOString().slice(0, 10), source: 'front matter' };
  const firstPara = blocks.find((b) => b.kind === 'paragraph');
  const wire = firstPara ? datelineDate(text.slice(firstPara.start, firstPara.start + 80)) : null;
  if (wire) return { date: wire, source: 'dateline' };
  let seen = 0;
  for (const b of blocks) {
    if (b.kind === 'frontMatter') continue;
    if (++seen > DATE_LINE_BLOCKS) break;
    const line = text.slice(b.start, b.end);
    const d = dateLine(line);
    if (d) return { date: d, source: 'date line' };
  }
  return null;
}

/** The ISO date of a line that is a date line, or null. */
function dateLine(line: string): string | null {
  const t = line.trim();
  if (t.length > DATE_LINE_MAX_CHARS || t.includes('\n')) return null;
  const d = fullDateIn(t);
  if (!d) return null;
  const rest = `${t.slice(0, d.start)} ${t.slice(d.end)}`;
  // A sentence that mentions a date ends with a full stop after words; a date line does not.
  const r = rest.trim();
  if (r.endsWith('.') && r.length >= 3 && isLower(r[r.length - 2]) && isLower(r[r.length - 3])) return null;
  const words = rest.split(/[^\p{L}\p{N}]+/u).filter((w) => hasLetter(w));
  return words.length <= DATE_LINE_MAX_OTHER_WORDS ? d.iso : null;
}

const isLower = (c: string) => c !== c.toUpperCase() && c === c.toLowerCase();
