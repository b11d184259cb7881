// Binary searches over spans sorted by start: the few ways the analysis and the rules look up
// "which sentence, block, quote or mention is at this offset".
import type { Span } from './types';

/** Index of the first span whose start is at or after `pos` (spans.length if none). */
export function lowerBound(spans: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the last span starting at or before `pos` (0 when none does). */
export function lastStartingBy(spans: readonly Span[], pos: number): number {
  return Math.max(0, lowerBound(spans, pos + 1) - 1);
}

/** The span containing `pos` (start inclusive, end exclusive), for non-overlapping sorted spans. */
export function spanContaining<T extends Span>(spans: readonly T[], pos: number): T | undefined {
  const i = lowerBound(spans, pos + 1) - 1;
  return i >= 0 && pos < spans[i].end ? spans[i] : undefined;
}
