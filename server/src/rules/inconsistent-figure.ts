import type { Analysis, Finding, Quantity } from '../analysis/types';
import { figureKey, isStatistic, sameFigure } from '../analysis/claims';
import type { Rule } from './types';
import { ignoreFix } from './util';

const STOP = new Set(['the', 'a', 'an', 'of', 'to', 'in', 'and', 'or', 'by', 'for', 'on', 'at', 'as', 'is', 'it', 'its', 'this', 'that', 'with', 'about', 'from', 'be', 'was', 'were', 'has', 'have', 'had']);

const LETTER = /^\p{L}$/u;

/** Length of the letter (\p{L}) at `i` in UTF-16 units, 0 when it is not one: ASCII by code. */
function letterAt(str: string, i: number): number {
  const c = str.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : 0;
  const len = (str.codePointAt(i) as number) > 0xffff ? 2 : 1;
  return LETTER.test(str.slice(i, i + len)) ? len : 0;
}

/**
 * A sentence's content words (lower case, no stop words) as sorted unique ids of `ids`: the
 * runs of letters that /[\p{L}]+/gu finds, found by character.
 */
function contentWords(a: Analysis, sentence: number, ids: Map<string, number>): Int32Array {
  const s = a.sentences[sentence];
  const out = new Set<number>();
  const lower = a.text.slice(s.start, s.end).toLowerCase();
  for (let i = 0; i < lower.length; ) {
    let n = letterAt(lower, i);
    if (!n) {
      i++;
      continue;
    }
    let j = i + n;
    while (j < lower.length && (n = letterAt(lower, j))) j += n;
    const w = lower.slice(i, j);
    i = j;
    if (STOP.has(w)) continue;
    let id = ids.get(w);
    if (id === undefined) ids.set(w, (id = ids.size));
    out.add(id);
  }
  return Int32Array.from(out).sort();
}

/** Shared words over the smaller word count: sorted id lists merged. */
function similarity(x: Int32Array, y: Int32Array): number {
  let inter = 0;
  for (let i = 0, j = 0; i < x.length && j < y.length; ) {
    if (x[i] === y[j]) {
      inter++;
      i++;
      j++;
    } else if (x[i] < y[j]) i++;
    else j++;
  }
  return inter / Math.max(1, Math.min(x.length, y.length));
}

/** The words right after a figure: what it counts ("defence spending", "jets"). */
function headWords(a: Analysis, q: Quantity): string {
  return a.text.slice(q.end, q.end + 30).toLowerCase().replace(/[^a-z ]/g, ' ').trim().split(/\s+/).slice(0, 2).join(' ');
}

export const inconsistentFigure: Rule = {
  id: 'inconsistent-figure',
  defaultSeverity: 'warning',
  summary: 'One quantity given two different values in the same article (US$5 billion / US$5.5 billion).',
  check(a) {
    const out: Finding[] = [];
    const qs = a.quantities.filter((q) => isStatistic(q) && q.value !== null);
    const ids = new Map<string, number>();
    const words: (Int32Array | undefined)[] = [];
    const wordsOf = (s: number) => (words[s] ??= contentWords(a, s, ids));

    const heads = new Map<Quantity, string>();
    const headOf = (q: Quantity) => {
      let h = heads.get(q);
      if (h === undefined) heads.set(q, (h = headWords(a, q)));
      return h;
    };
    const reported = new Set<Quantity>();
    const keysBySentence = new Map<number, Set<string>>();
    for (const q of qs) {
      const set = keysBySentence.get(q.sentence) ?? new Set<string>();
      set.add(figureKey(q));
      keysBySentence.set(q.sentence, set);
    }
    // Compare within kind and unit only; an article with thousands of figures (a data table)
    // is compared within a window, so that the check stays linear.
    const groups = new Map<string, Quantity[]>();
    for (const q of qs) {
      const k = `${q.kind}|${q.unit ?? ''}`;
      const l = groups.get(k) ?? [];
      l.push(q);
      groups.set(k, l);
    }
    for (const group of groups.values())
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length && j < i + 60; j++) {
        const x = group[i];
        const y = group[j];
        if (x.sentence === y.sentence || x.kind !== y.kind || (x.unit ?? '') !== (y.unit ?? '') || sameFigure(x, y)) continue;
        const ratio = Math.min(x.value!, y.value!) / Math.max(x.value!, y.value!);
        if (ratio < 0.5) continue;
        // Reported once: a later pair could not report it again.
        if (reported.has(y)) continue;
        // Same statement: the two sentences share most words, or another identical figure.
        const sim = similarity(wordsOf(x.sentence), wordsOf(y.sentence));
        if (sim < 0.4) continue;
        if (!(sim >= 0.7)) {
          const kx = keysBySentence.get(x.sentence)!;
          let sharesFigure = false;
          for (const k of keysBySentence.get(y.sentence)!) if (kx.has(k)) {
            sharesFigure = true;
            break;
          }
          if (!sharesFigure && !(sim >= 0.5 && headOf(x) === headOf(y) && headOf(x).length > 3)) continue;
        }
        reported.add(y);
        out.push({
          rule: this.id,
          severity: this.defaultSeverity,
          start: y.start,
          end: y.end,
          message: `“${y.text}” here, but “${x.text}” for what looks like the same figure earlier: check which is right and use it in both places.`,
          related: [{ start: x.start, end: x.end, message: `The same figure given as “${x.text}”` }],
          fixes: [
            { title: `Change to “${x.text}”`, edits: [{ start: y.start, end: y.end, newText: x.text }] },
            { title: `Change the earlier figure to “${y.text}”`, edits: [{ start: x.start, end: x.end, newText: y.text }] },
            ignoreFix(this.id, y),
          ],
        });
      }
    }
    return out;
  },
};
