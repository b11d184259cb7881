import type { Analysis, Finding } from '../analysis/types';
import type { Rule } from './types';
import { ruleMeta } from '../config/rule-ids';
import { lastStartingBy } from '../analysis/spans';
import { ignoreFix } from './util';
import { hasLetter, hasSpace, isDigits, isLetter } from '../analysis/tokens';

/** A verb of saying before the mark: the quote opens a new sentence there. */
const SPEECH_BEFORE = /\b(?:said|says|say|told|tells|added|adds|wrote|writes|asked|stated|declared|insisted|replied|warned|announced)\s$/i;
/** What goes before and after a straight double quote that opens: space or a bracket or dash; a letter, digit, quote or ellipsis. */
/** Characters after which a straight double quotation mark opens (besides white space). */
const OPENS_BEFORE_CHARS = '([—–-';
const opensBefore = (c: string): boolean => c.length === 1 && (hasSpace(c) || OPENS_BEFORE_CHARS.includes(c));
const OPENS_AFTER = /[\p{L}\d'‘…]/u;
/** A word then one space end the text: the mark comes mid-sentence. */
const AFTER_WORD = /[\p{L}\d]\s$/u;

const MAX_SCAN = 4000;

/**
 * Whether a mark the quote pass left open is closed after all, or continued by convention, read
 * mark by mark to the end of its paragraph:
 * - a quotation inside it in double marks ("…because you "had stuff to do" …," he wrote) is
 *   nested, and the outer quote closes after it;
 * - a speech quote followed, after a full stop, by a new opening mark ('…that's interesting.'
 *   "My personal view…") is a quote running on into a new paragraph that the text has joined up;
 * - a paragraph that ends mid-sentence ("… i.e. like an" / "agent provocateur…") goes on in the
 *   next block, and so does the quote;
 * - a speech quote whose paragraph ends open, with the next paragraph opening a quote, runs on.
 * A quote opened mid-sentence ("the bill "very much had…") must close in its sentence: it is never
 * taken as running on.
 */
function closedAfterAll(a: Analysis, at: number): boolean {
  const blockIndex = lastStartingBy(a.blocks, at);
  if (!a.blocks[blockIndex] || a.blocks[blockIndex].start > at || at >= a.blocks[blockIndex].end) return false;
  const block = a.blocks[blockIndex];
  const text = a.text;
  const before = text.slice(Math.max(block.start, at - 40), at);
  const midSentence = AFTER_WORD.test(before) && !SPEECH_BEFORE.test(before);
  let depth = 1;
  let singles = 0;
  // Read at most a few thousand characters: a quote still open that far on is unclosed, and the
  // cap keeps a text of thousands of open marks linear.
  const stop = Math.min(block.end, at + MAX_SCAN);
  for (let i = at + 1; i < stop; i++) {
    const c = text[i];
    if (c === "'" || c === '‘' || c === '’') {
      const prev = text[i - 1] ?? ' ';
      const next = text[i + 1] ?? ' ';
      if (hasSpace(prev) && hasLetter(next)) singles++;
      else if ((isLetter(prev) || isDigits(prev) || '.,!?'.includes(prev)) && !hasLetter(next)) singles--;
      continue;
    }
    if (c !== '"' && c !== '“' && c !== '”') continue;
    const prev = text[i - 1] ?? ' ';
    const next = text[i + 1] ?? ' ';
    const opening = c === '“' || (c === '"' && opensBefore(prev) && OPENS_AFTER.test(next));
    if (!opening) {
      if (--depth === 0) return true;
      continue;
    }
    // A new quote after a full stop (and a closed inner single quote): the old one ran on.
    if (depth === 1 && !midSentence && /[.!?…]['’]?\s$/.test(text.slice(Math.max(block.start, i - 3), i)) && singles >= 0) return true;
    // Quotation inside quotation inside quotation: nothing a reporter writes goes deeper.
    if (++depth > 3) return false;
  }
  if (stop < block.end) return false;
  const next = a.blocks[blockIndex + 1];
  if (!next) return false;
  const tail = text.slice(Math.max(block.start, block.end - 200), block.end).trimEnd();
  // The paragraph breaks off mid-sentence: the next block goes on with it.
  if (/[\p{L}\d,]$/u.test(tail) && /^\s*\p{Ll}/u.test(text.slice(next.start, next.end))) return true;
  // A speech quote open at the end of its paragraph, the next paragraph opening a quote.
  if (!midSentence && '"“'.includes(text.slice(next.start, next.end).trimStart()[0] || '-')) return true;
  return !midSentence && closesInNextBlocks(a, blockIndex);
}

/**
 * Whether a speech quote left open at the end of its paragraph is closed in one of the next two
 * paragraphs before any new quote opens: text whose paragraph breaks were added or moved (a quote
 * running over a line break, a credit line "Ann Lowe, Harbour Trust."" under it).
 */
function closesInNextBlocks(a: Analysis, blockIndex: number): boolean {
  const text = a.text;
  for (const b of a.blocks.slice(blockIndex + 1, blockIndex + 3)) {
    for (let i = b.start; i < Math.min(b.end, b.start + MAX_SCAN); i++) {
      const c = text[i];
      if (c !== '"' && c !== '“' && c !== '”') continue;
      const prev = text[i - 1] ?? ' ';
      const next = text[i + 1] ?? ' ';
      const opening = c === '“' || (c === '"' && (i === b.start || opensBefore(prev)) && OPENS_AFTER.test(next));
      return !opening;
    }
  }
  return false;
}

/** Characters before an opening mark that open with it (a space aside): brackets, dashes, a slash, quotation marks. */
const OPENS_AFTER_CHARS = '([{—–-/‘“\'"';
/** Characters after a closing mark: punctuation that ends or breaks a sentence, a bracket, markup. */
const CLOSES_BEFORE_CHARS = '.,;:!?)]}<—–-';

/** Whether the “ at `i` stands where a quotation closes: straight after a word or its punctuation,
 *  and before a space, punctuation or the end of the paragraph ("Apparently not,“ he said"). */
function inClosingPlace(text: string, i: number, blockEnd: number): boolean {
  const prev = text[i - 1];
  if (prev === undefined || hasSpace(prev) || OPENS_AFTER_CHARS.includes(prev)) return false;
  const next = i + 1 < blockEnd ? text[i + 1] : ' ';
  return hasSpace(next) || CLOSES_BEFORE_CHARS.includes(next);
}

/** The “ that closes, turned the wrong way, the quotation left open at `at`: the open mark itself
 *  when it stands where a quotation closes, else the mark of its paragraph that closes it when
 *  that is a “ in a closing place. -1 when there is none. */
function misturnedCloser(a: Analysis, at: number): number {
  const b = a.blocks[lastStartingBy(a.blocks, at)];
  if (!b || at < b.start || at >= b.end || a.text[at] !== '“') return -1;
  if (inClosingPlace(a.text, at, b.end)) return at;
  // (Over quotations inside it: "“@ann: “It is better ….” – @bob #tag“" closes after the inner one.)
  let depth = 0;
  for (let i = at + 1; i < Math.min(b.end, at + MAX_SCAN); i++) {
    const c = a.text[i];
    if (c === '”' || c === '"') {
      if (depth === 0) return -1;
      depth--;
    } else if (c === '“') {
      // (Quotation inside quotation inside quotation is as deep as a reporter goes: past that the
      // marks are not quotations, and the scan stops, so a run of marks is read in linear time.)
      if (!inClosingPlace(a.text, i, b.end)) {
        if (++depth > 2) return -1;
      } else if (depth === 0) return i;
      else depth--;
    }
  }
  return -1;
}

export const unbalancedQuote: Rule = {
  ...ruleMeta('unbalanced-quote'),
  check(a) {
    const out: Finding[] = [];
    const turned = new Set<number>();
    for (const q of a.quotes) {
      if (!q.unclosed) continue;
      // ("“Apparently not,“ he said.": the closing mark is typed as an opening one; turn it.)
      const m = misturnedCloser(a, q.start);
      if (m >= 0) {
        if (turned.has(m)) continue;
        turned.add(m);
        // (Reported at the mark the quote pass left open, as an unclosed quote is; the fix turns the closer.)
        out.push({
          rule: this.id,
          severity: this.defaultSeverity,
          start: q.start,
          end: q.start + 1,
          message: m === q.start
            ? 'This opening quotation mark (“) stands where the quotation closes: turn it to a closing mark (”).'
            : 'This quotation closes with an opening mark (“) turned the wrong way: turn it to a closing mark (”).',
          related: m === q.start ? [] : [{ start: m, end: m + 1, message: 'The closing mark typed as an opening one' }],
          fixes: [{ title: 'Turn the mark to a closing one (”)', edits: [{ start: m, end: m + 1, newText: '”' }], preferred: true }, ignoreFix(this.id, { start: q.start, end: q.start + 1 })],
        });
        continue;
      }
      if (closedAfterAll(a, q.start)) continue;
      const open = a.text[q.start];
      const close = open === '“' ? '”' : open === '«' ? '»' : '"';
      // Close a short scare quote after its phrase, a speech quote at the end of the paragraph.
      let end = q.end;
      while (end > q.start && hasSpace(a.text[end - 1])) end--;
      const fixes = [];
      // A mark opened mid-sentence straight after an ordinary word ("a preliminary “partner
      // country status") reads as a scare quote, however long the run to the paragraph end is.
      const before = a.text.slice(Math.max(0, q.start - 40), q.start);
      const midSentence = AFTER_WORD.test(before) && !SPEECH_BEFORE.test(before);
      if (!q.speech || midSentence) {
        // After the first two words ("partner country") — preferred — or after the first word.
        const inner = a.text.slice(q.start + 1, end);
        const two = /^[^\s.,;:!?]+\s+[^\s.,;:!?]+/.exec(inner);
        const one = /^[^\s.,;:!?]+/.exec(inner);
        for (const phrase of [two, one]) {
          if (!phrase) continue;
          const at = q.start + 1 + phrase[0].length;
          fixes.push({ title: `Close the quote after “${phrase[0]}”`, edits: [{ start: at, end: at, newText: close }], preferred: phrase === (two ?? one) });
        }
      }
      const beforePunct = end > q.start && '.!?'.includes(a.text[end - 1]) ? end - 1 : end;
      fixes.push({ title: 'Close the quote at the end of the paragraph', edits: [{ start: q.speech ? end : beforePunct, end: q.speech ? end : beforePunct, newText: close }] });
      fixes.push(ignoreFix(this.id, { start: q.start, end: q.start + 1 }));
      out.push({
        rule: this.id,
        severity: this.defaultSeverity,
        start: q.start,
        end: q.start + 1,
        message: 'This quotation mark never closes, and the next paragraph does not continue the quote: add the closing mark.',
        related: [],
        fixes,
      });
    }
    return out;
  },
};
