// W3C Web Annotations as Sourced stores them, and their anchoring in a changed text.
// Pure functions: no file system here.

export type Motivation = 'assessing' | 'commenting' | 'linking' | 'moderating';

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
}
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface AnnotationBody {
  type: 'TextualBody' | 'SpecificResource';
  purpose: Motivation | 'tagging';
  value?: string;
  source?: string;
}

export interface WebAnnotation {
  '@context': 'http://www.w3.org/ns/anno.jsonld';
  id: string;
  type: 'Annotation';
  motivation: Motivation;
  creator?: { type: 'Person'; name: string };
  created: string;
  modified: string;
  body: AnnotationBody[];
  target: { source: string; selector: (TextQuoteSelector | TextPositionSelector)[] };
}

export interface Anchored {
  annotation: WebAnnotation;
  start: number | null;
  end: number | null;
}

const CONTEXT = 40;

export function quoteSelector(text: string, start: number, end: number): TextQuoteSelector {
  return {
    type: 'TextQuoteSelector',
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT), start),
    suffix: text.slice(end, end + CONTEXT),
  };
}

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}
function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Finds where an annotation's quoted text now is: every occurrence of the exact text is scored
 * by how much of its prefix and suffix still match, then by closeness to the old position.
 * Returns null when the text is gone.
 */
export function anchor(a: WebAnnotation, text: string): { start: number; end: number } | null {
  const quote = a.target.selector.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
  const pos = a.target.selector.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
  if (!quote || !quote.exact) return pos && pos.end <= text.length && !quote ? { start: pos.start, end: pos.end } : null;
  const exact = quote.exact;
  let best: { start: number; score: number } | null = null;
  let from = 0;
  let seen = 0;
  while (seen < 10000) {
    const at = text.indexOf(exact, from);
    if (at < 0) break;
    seen++;
    const pre = commonSuffixLength(text.slice(Math.max(0, at - CONTEXT), at), quote.prefix ?? '');
    const suf = commonPrefixLength(text.slice(at + exact.length, at + exact.length + CONTEXT), quote.suffix ?? '');
    const distance = pos ? Math.abs(at - pos.start) : 0;
    const score = (pre + suf) * 1000 - Math.min(distance, 999);
    if (!best || score > best.score) best = { start: at, score };
    from = at + 1;
  }
  return best ? { start: best.start, end: best.start + exact.length } : null;
}

export function statusOf(a: WebAnnotation): string | undefined {
  return a.body.find((b) => b.purpose === 'assessing')?.value;
}
export function noteOf(a: WebAnnotation): string | undefined {
  return a.body.find((b) => b.purpose === 'commenting')?.value;
}
export function linkOf(a: WebAnnotation): string | undefined {
  return a.body.find((b) => b.purpose === 'linking')?.source;
}
/** For `moderating` annotations: the rule ignored here. */
export function ignoredRule(a: WebAnnotation): string | undefined {
  const v = a.body.find((b) => b.purpose === 'moderating')?.value;
  return v?.startsWith('ignore:') ? v.slice(7) : undefined;
}

/** Checks a parsed JSON value is a list of annotations Sourced can read; says what is wrong. */
export function validateAnnotations(data: unknown): { annotations: WebAnnotation[]; error?: string } {
  if (!Array.isArray(data)) return { annotations: [], error: 'expected a JSON array of Web Annotations' };
  for (let i = 0; i < data.length; i++) {
    const a = data[i] as Partial<WebAnnotation> | null;
    if (!a || typeof a !== 'object') return { annotations: [], error: `item ${i + 1} is not an object` };
    if (typeof a.id !== 'string') return { annotations: [], error: `item ${i + 1} has no "id"` };
    if (!a.target || !Array.isArray(a.target.selector)) return { annotations: [], error: `item ${i + 1} (${a.id}) has no target selector` };
    if (!Array.isArray(a.body)) return { annotations: [], error: `item ${i + 1} (${a.id}) has no "body" list` };
    if (!['assessing', 'commenting', 'linking', 'moderating'].includes(a.motivation as string)) return { annotations: [], error: `item ${i + 1} (${a.id}) has an unknown motivation "${String(a.motivation)}"` };
  }
  return { annotations: data as WebAnnotation[] };
}
