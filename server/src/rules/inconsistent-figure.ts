import type { Analysis, Finding, Quantity } from '../analysis/types';
import { figureKey, isStatistic, sameFigure } from '../analysis/claims';
import type { Rule } from './types';
import { ignoreFix } from './util';

const STOP = new Set(['the', 'a', 'an', 'of', 'to', 'in', 'and', 'or', 'by', 'for', 'on', 'at', 'as', 'is', 'it', 'its', 'this', 'that', 'with', 'about', 'from', 'be', 'was', 'were', 'has', 'have', 'had']);

function contentWords(a: Analysis, sentence: number): Set<string> {
  const s = a.sentences[sentence];
  const out = new Set<string>();
  for (const m of a.text.slice(s.start, s.end).toLowerCase().matchAll(/[\p{L}]+/gu)) if (!STOP.has(m[0])) out.add(m[0]);
  return out;
}

function similarity(x: Set<string>, y: Set<string>): number {
  let inter = 0;
  for (const w of x) if (y.has(w)) inter++;
  return inter / Math.max(1, Math.min(x.size, y.size));
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
    const words = new Map<number, Set<string>>();
    const wordsOf = (s: number) => {
      let w = words.get(s);
      if (!w) words.set(s, (w = contentWords(a, s)));
      return w;
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
        // Same statement: the two sentences share most words, or another identical figure.
        const kx = keysBySentence.get(x.sentence)!;
        let sharesFigure = false;
        for (const k of keysBySentence.get(y.sentence)!) if (kx.has(k)) sharesFigure = true;
        const sim = similarity(wordsOf(x.sentence), wordsOf(y.sentence));
        if (!(sharesFigure && sim >= 0.4) && !(sim >= 0.7) && !(headWords(a, x) === headWords(a, y) && headWords(a, x).length > 3 && sim >= 0.5)) continue;
        if (reported.has(y)) continue;
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
