// From lines to raw paragraphs: each non-empty line is read, classed (furniture, sign-off,
// heading, list item), and joined to the line above when layout.ts says the break is a space.
import type { Block, Span } from './types';
import { ENDS_SENTENCE, STARTS_LOWER, decideBreaks, furnitureOf, isCapsFixture, isCapsLabel, isCapsTableRow, isDatelineOnly, isListItem, signOffOf, type LayoutDecision, type Line } from './layout';
import { isSpace } from './sentences';

export type RawFurniture = 'boilerplate' | 'sponsored' | 'credit' | null;

export interface RawParagraph {
  span: Span;
  heading: boolean;
  furniture: RawFurniture;
  /** Index of the blank-line block the paragraph starts in. */
  para: number;
  /** It starts with a list item's mark as written ("- ", "• ", "2. "), masked or not. */
  listItem: boolean;
}

const MARKDOWN_HEADING = /^ {0,3}#{1,6}[ \t]/;
const MARKDOWN_TABLE_ROW = /^ {0,3}\|/;
const SPONSOR_TRAILER = /^paid for by\b/i;

function indentOf(line: string): number {
  let n = 0;
  // (By character code: a string's iterator, made for each of an article's lines, cost more than the count.)
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 32) n++;
    else if (c === 9) n += 4;
    else break;
  }
  return n;
}

/** Reads the body's lines and groups them into raw paragraphs. */
export function groupLines(text: string, masked: string, bodyStart: number, languageId: string): { raws: RawParagraph[]; masks: Span[]; layout: LayoutDecision } {
  // (What groupLines needs of a line beyond layout.ts's fields rides on the line itself: three
  // arrays beside it cost three appends for each of an article's lines.)
  const lines: (Line & { heading: boolean; item: boolean; para: number })[] = [];
  let blank = true;
  let paraNo = -1;
  // The line before, when no blank line came between: its text, and whether it was a list item.
  let prevText = '';
  let prevItem = false;
  for (let pos = bodyStart; pos <= masked.length; ) {
    // The line [lineStart, lineEnd), without its \r\n or \n.
    let nl = masked.indexOf('\n', pos);
    if (nl < 0) nl = masked.length;
    let lineEnd = nl;
    if (lineEnd > pos && masked.charCodeAt(lineEnd - 1) === 13) lineEnd--;
    const lineStart = pos;
    pos = nl + 1;
    let start = lineStart;
    let end = lineEnd;
    while (start < end && isSpace(masked.charCodeAt(start))) start++;
    while (end > start && isSpace(masked.charCodeAt(end - 1))) end--;
    if (start === end) {
      blank = true;
      continue;
    }
    const orig = text.slice(lineStart, lineEnd);
    const isHeading = languageId === 'markdown' && MARKDOWN_HEADING.test(orig);
    // In plain text, a sentence wrapped before a dash puts the dash at a line's start ("… for
    // consultation or concurrence⏎- a very narrow dispute, …"): after a line that runs on (no
    // closing punctuation, not an item itself, no blank line between) the mark goes on with its
    // sentence. Markdown lets an item interrupt a paragraph (CommonMark), so there it is an item.
    const listItem: boolean = isListItem(orig.trimStart()) && (languageId === 'markdown' || blank || prevItem || ENDS_SENTENCE.test(prevText));
    // (The same string as `orig` when nothing was masked or trimmed: one copy of the line, not two.)
    const lineText = start === lineStart && end === lineEnd && masked === text ? orig : masked.slice(start, end);
    prevText = lineText;
    prevItem = listItem;
    const standalone = isHeading || listItem || (languageId === 'markdown' && MARKDOWN_TABLE_ROW.test(orig));
    if (blank) paraNo++;
    lines.push({ start, end, lineStart, text: lineText, indent: indentOf(orig), blankBefore: blank, standalone, heading: isHeading, item: listItem, para: paraNo });
    blank = false;
  }

  const n = lines.length;
  const furn: RawFurniture[] = lines.map((l) => furnitureOf(l.text));
  // A wire's name alone on the last line signs the article off.
  if (n > 1 && !furn[n - 1] && signOffOf(lines[n - 1].text)) furn[n - 1] = 'credit';
  // Short all-caps lines are section labels, except the headline: the first such line of two
  // words or more before any copy.
  let copySeen = false;
  // A table's rows in capitals ("REDHILL 70 50 .583 -") are copy when the article has two or
  // more: a results service's standings, whose names are teams (ner/results.ts).
  const tableRows = lines.filter((l) => isCapsTableRow(l.text)).length >= 2;
  // So are a fixture list's lines in capitals ("OAKPORT AT REDHILL") under such a table.
  const fixtureRows = tableRows && lines.filter((l) => isCapsFixture(l.text)).length >= 2;
  for (let i = 0; i < n; i++) {
    if (furn[i]) continue;
    const t = lines[i].text;
    if ((tableRows && isCapsTableRow(t)) || (fixtureRows && isCapsFixture(t))) {
      copySeen = true;
      continue;
    }
    if (isCapsLabel(t) && !isDatelineOnly(t)) {
      if (!copySeen && /[A-Z][^A-Z]+[A-Z]/.test(t)) {
        copySeen = true;
        continue;
      }
      furn[i] = 'boilerplate';
      continue;
    }
    copySeen = true;
  }

  const layout = decideBreaks(lines, furn.map((f) => f !== null));
  const raws: RawParagraph[] = [];
  const masks: Span[] = [];
  let cur: RawParagraph | null = null;
  for (let i = 0; i < n; i++) {
    const l = lines[i];
    if (cur && i > 0 && layout.soft[i - 1]) {
      // The break becomes spaces in the analysed text: a wrapped line reads as one line.
      masks.push({ start: lines[i - 1].end, end: l.start });
      cur.span.end = l.end;
      continue;
    }
    // Furniture dropped inside a sentence ("... the plan would / Advertisement / cost more"):
    // masked out, and the sentence runs on over it.
    if (cur && !cur.furniture && furn[i] === 'boilerplate' && raws.length > 1 && !ENDS_SENTENCE.test(lines[i - 1].text)) {
      let j = i;
      while (j < n && j - i < 2 && furn[j] === 'boilerplate') j++;
      if (j < n && !furn[j] && !lines[j].standalone && STARTS_LOWER.test(lines[j].text)) {
        masks.push({ start: lines[i - 1].end, end: lines[j].start });
        cur.span.end = lines[j].end;
        i = j;
        continue;
      }
    }
    cur = { span: { start: l.start, end: l.end }, heading: l.heading, furniture: furn[i], para: l.para, listItem: l.item };
    raws.push(cur);
  }
  return { raws, masks, layout };
}

/** `s` with each span (in order, not overlapping) replaced by spaces, line ends included. */
export function maskSpans(s: string, spans: Span[]): string {
  let out = '';
  let from = 0;
  for (const sp of spans) {
    out += s.slice(from, sp.start) + ' '.repeat(sp.end - sp.start);
    from = sp.end;
  }
  return out + s.slice(from);
}

/**
 * Sponsored copy: a header ("A message from …", "Sponsored content") makes the rest of its
 * blank-line block sponsored, or the next block when it stands alone; a trailer ("Paid for by …")
 * makes the copy above it in its block sponsored. `blocks` and `raws` are index-aligned.
 */
export function markSponsored(blocks: Block[], raws: RawParagraph[], text: string, separation: LayoutDecision['separation']): void {
  const copy = (b: Block) => b.kind === 'paragraph' || b.kind === 'standfirst' || b.kind === 'heading' || b.kind === 'headline';
  for (let i = 0; i < blocks.length; i++) {
    if (blocks[i].kind !== 'sponsored') continue;
    const p = raws[i].para;
    if (SPONSOR_TRAILER.test(text.slice(blocks[i].start, blocks[i].end))) {
      if (separation !== 'blank-lines') continue;
      for (let k = i - 1; k >= 0 && raws[k].para === p && copy(blocks[k]); k--) blocks[k].kind = 'sponsored';
      continue;
    }
    let k = i + 1;
    let marked = 0;
    for (; k < blocks.length && raws[k].para === p && separation === 'blank-lines'; k++) {
      if (copy(blocks[k])) {
        blocks[k].kind = 'sponsored';
        marked++;
      }
    }
    if (marked) {
      i = k - 1;
      continue;
    }
    // Standing alone: the next block, or the next blank-line block's copy.
    const next = k < blocks.length ? raws[k].para : -1;
    while (k < blocks.length && copy(blocks[k])) {
      blocks[k].kind = 'sponsored';
      k++;
      if (separation !== 'blank-lines' || k >= blocks.length || raws[k].para !== next) break;
    }
    i = k - 1;
  }
}
