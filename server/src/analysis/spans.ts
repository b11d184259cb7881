// Binary searches over spans sorted by start: the few ways the analysis and the rules look up
// "which sentence, block, quote or mention is at this offset".
import type { Analysis, EntityKind, Span } from './types';

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

/** Index of the first number in sorted `xs` at or after `x` (xs.length if none). */
export function firstAtOrAfter(xs: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** An entity mention with its entity's kind. */
export interface KindedMention extends Span {
  kind: EntityKind;
  /** The entity's id. */
  entity: string;
}

const MENTIONS = new WeakMap<Analysis, KindedMention[]>();

/** Every entity mention of the analysis, sorted by start, built once per analysis. */
function mentionIndex(a: Analysis): KindedMention[] {
  let list = MENTIONS.get(a);
  if (!list) {
    list = [];
    for (const e of a.entities) for (const m of e.mentions) list.push({ start: m.start, end: m.end, kind: e.kind, entity: e.id });
    list.sort((x, y) => x.start - y.start);
    MENTIONS.set(a, list);
  }
  return list;
}

/** The mentions lying wholly inside [start, end), found by binary search rather than a scan of every entity. */
export function mentionsIn(a: Analysis, start: number, end: number): KindedMention[] {
  const list = mentionIndex(a);
  const out: KindedMention[] = [];
  for (let i = lowerBound(list, start); i < list.length && list[i].start < end; i++) if (list[i].end <= end) out.push(list[i]);
  return out;
}
