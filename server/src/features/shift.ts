// Carrying findings across an edit: the provisional answer for a large document while its
// full check runs. Findings outside the edited stretch keep their text and move with it.
import type { Finding, Span } from '../analysis/types';

/** The one stretch that differs between two texts: [start, oldEnd) became [start, newEnd). */
export interface Edit {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/** The smallest single edit turning `before` into `after` (common prefix and suffix). */
export function editBetween(before: string, after: string): Edit {
  const max = Math.min(before.length, after.length);
  let start = 0;
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let tail = 0;
  const room = max - start;
  while (tail < room && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  return { start, oldEnd: before.length - tail, newEnd: after.length - tail };
}

/** An offset of the old text in the new one; offsets inside the edited stretch move to its edge. */
function mapOffset(x: number, e: Edit, side: 'start' | 'end'): number {
  if (x <= e.start) return x;
  if (x >= e.oldEnd) return x + (e.newEnd - e.oldEnd);
  return side === 'start' ? e.start : e.newEnd;
}

function mapSpan<T extends Span>(s: T, e: Edit): T {
  const start = mapOffset(s.start, e, 'start');
  return { ...s, start, end: Math.max(start, mapOffset(s.end, e, 'end')) };
}

const touches = (s: Span, e: Edit) => s.start <= e.oldEnd && e.start <= s.end;

/**
 * Findings of the old text placed in the new one. A fix with a text edit that the user's edit
 * touched is dropped (it was written for text that has changed); the full check that follows
 * replaces all of them.
 */
export function shiftFindings(findings: readonly Finding[], e: Edit): Finding[] {
  if (e.start === e.oldEnd && e.start === e.newEnd) return findings.slice();
  return findings.map((f) => {
    const moved = mapSpan(f, e);
    moved.related = f.related.map((r) => mapSpan(r, e));
    moved.fixes = f.fixes
      .filter((x) => !x.edits.some((ed) => touches(ed, e)))
      .map((x) => ({ ...x, edits: x.edits.map((ed) => mapSpan(ed, e)) }));
    return moved;
  });
}
