// W3C Web Annotations: the shape Sourced writes, their anchoring in a changed text, and what
// Sourced reads from them (status, note, link, ignored rule). Pure functions: no file system here.
// Items written by other tools are read by read-item.ts and may take any shape the model allows.
import { CodePoints, contextOf, resolveAlternatives, type Json, type Span, type Via } from './selectors';
import type { Annotation } from './read-item';

export type { Annotation, AnnotationBody } from './read-item';
export { quoteSelector, CodePoints } from './selectors';

/** The motivations Sourced writes; any other is read and kept. */
export type Motivation = 'assessing' | 'commenting' | 'linking' | 'moderating';

export interface TextQuoteSelector { type: 'TextQuoteSelector'; exact: string; prefix?: string; suffix?: string }
export interface TextPositionSelector { type: 'TextPositionSelector'; start: number; end: number }

/** An annotation as Sourced writes it. */
export interface WebAnnotation {
  '@context': 'http://www.w3.org/ns/anno.jsonld';
  id: string;
  type: 'Annotation';
  motivation: Motivation;
  creator?: { type: 'Person'; name: string };
  created: string;
  modified: string;
  body: { type: 'TextualBody' | 'SpecificResource'; purpose: Motivation; value?: string; source?: string }[];
  target: { source: string; selector: (TextQuoteSelector | TextPositionSelector)[] };
}

export interface Anchored {
  annotation: Annotation;
  start: number | null;
  end: number | null;
}

/**
 * Where an annotation now is in `text`: its first target that anchors (a target with selectors,
 * see resolveAlternatives; one without names the whole article). Null when its words are gone.
 */
export function anchor(a: Annotation, text: string | CodePoints, via?: Via): Span | null {
  const cp = typeof text === 'string' ? new CodePoints(text) : text;
  const all = { start: 0, end: cp.text.length };
  for (const t of a.targets) {
    const r = t.selectors.length ? resolveAlternatives(t.selectors, cp, all, via) : all;
    if (r) return r;
  }
  return null;
}

/**
 * The item with its TextPositionSelector (and its quote's context) moved to `to`, when it was
 * anchored by a quote or a position given directly on its target; otherwise the item itself.
 * Nothing else in the item changes.
 */
export function reanchored(a: Annotation, cp: CodePoints): { raw: Json; changed: boolean } {
  const via: Via = {};
  const to = anchor(a, cp, via);
  const pos = via.position;
  if (!to || !pos) return { raw: a.raw, changed: false };
  const start = cp.toCodePoint(to.start);
  const end = start + cp.toCodePoint(to.end, to.start);
  if (pos.start === start && pos.end === end) return { raw: a.raw, changed: false };
  const swap = new Map<unknown, Json>([[pos, { ...pos, start, end }]]);
  const quote = via.quote;
  if (quote) {
    const context = contextOf(cp.text, to.start, to.end);
    swap.set(quote, { ...quote, ...('prefix' in quote ? { prefix: context.prefix } : {}), ...('suffix' in quote ? { suffix: context.suffix } : {}) });
  }
  return { raw: copyWith(a.raw, swap) as Json, changed: true };
}

/** A copy of `v` with the objects in `swap` replaced; the rest shared, not copied. */
function copyWith(v: unknown, swap: Map<unknown, Json>): unknown {
  if (swap.has(v)) return swap.get(v);
  if (!v || typeof v !== 'object') return v;
  if (Array.isArray(v)) {
    const next = v.map((x) => copyWith(x, swap));
    return next.some((x, i) => x !== v[i]) ? next : v;
  }
  let out: Json | null = null;
  for (const [k, x] of Object.entries(v)) {
    const y = copyWith(x, swap);
    if (y !== x) (out ??= { ...(v as Json) })[k] = y;
  }
  return out ?? v;
}

export const hasMotivation = (a: Annotation, m: string): boolean => a.motivations.includes(m);

const bodyFor = (a: Annotation, purpose: string) => a.body.find((b) => b.purposes.includes(purpose) && (b.value !== undefined || b.link !== undefined));

export function statusOf(a: Annotation): string | undefined {
  return bodyFor(a, 'assessing')?.value;
}
export function noteOf(a: Annotation): string | undefined {
  return bodyFor(a, 'commenting')?.value;
}
export function linkOf(a: Annotation): string | undefined {
  return a.body.find((b) => b.purposes.includes('linking') && b.link)?.link;
}
/** For `moderating` annotations: the rule ignored here. */
export function ignoredRule(a: Annotation): string | undefined {
  const v = bodyFor(a, 'moderating')?.value;
  return v?.startsWith('ignore:') ? v.slice(7) : undefined;
}

/** The words an annotation quotes (its first TextQuoteSelector, however deep), for lists and reports. */
export function quotedText(a: Annotation): string {
  const seen = new Set<unknown>();
  const find = (v: unknown): string | undefined => {
    if (!v || typeof v !== 'object' || seen.has(v)) return undefined;
    seen.add(v);
    const o = v as Json;
    if (o.type === 'TextQuoteSelector' && typeof o.exact === 'string') return o.exact;
    for (const x of Array.isArray(v) ? v : [o.selector, o.refinedBy, o.startSelector, o.endSelector]) {
      const r = find(x);
      if (r !== undefined) return r;
    }
    return undefined;
  };
  for (const t of a.targets) {
    const r = find(t.selectors);
    if (r !== undefined) return r;
  }
  return '';
}
