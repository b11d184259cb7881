// One annotation item as the W3C Web Annotation Data Model allows it, read into the view Sourced
// works with — or the reason it cannot be used. The item itself is never changed: Sourced keeps
// it (its unknown motivations and properties too) and writes it back as it was.
//
// Accepted: `motivation` one or a list, any value; `body` absent, an IRI, an object or a list of
// them (a Choice stands for its first item), or `bodyValue`; a body's `purpose` one or a list (by
// default the annotation's motivations); `target` an IRI, an object or a list of them (a Choice
// stands for its items); a target's `selector` one or a list of alternatives.
import { unusableSelector, type Json } from './selectors';

export interface AnnotationBody {
  /** The body's purposes, or the annotation's motivations when it gives none. */
  purposes: string[];
  /** A TextualBody's text. */
  value?: string;
  /** The resource a SpecificResource or an external body points to. */
  link?: string;
}

export interface AnnotationTarget {
  /** Alternative selectors; none when the target is the whole article. */
  selectors: unknown[];
}

/** An annotation as Sourced reads it; `raw` is the item exactly as in the file. */
export interface Annotation {
  id: string;
  /** The motivation shown: the first given, or '' when there is none. */
  motivation: string;
  motivations: string[];
  creator?: { name?: string };
  created?: string;
  modified?: string;
  body: AnnotationBody[];
  /** The targets Sourced can anchor: those with selectors, or else those naming the whole article. */
  targets: AnnotationTarget[];
  raw: Json;
}

const isObject = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);
const list = (v: unknown): unknown[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const textOf = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Types are compared in JSON-LD compact form, with or without the `oa:` prefix. */
export function hasType(v: Json, type: string): boolean {
  return list(v.type).some((t) => t === type || t === `oa:${type}`);
}

function strings(v: unknown, what: string): string[] | string {
  const all = list(v);
  return all.every((x) => typeof x === 'string') ? (all as string[]) : `its ${what} is not a string or a list of strings`;
}

function readBody(v: unknown, motivations: string[]): AnnotationBody | string {
  if (typeof v === 'string') return { purposes: motivations, link: v };
  if (!isObject(v)) return 'a body is neither an IRI nor an object';
  if (hasType(v, 'Choice')) {
    const first = list(v.items)[0];
    return first === undefined ? { purposes: motivations } : readBody(first, motivations);
  }
  const purposes = strings(v.purpose, 'body purpose');
  if (typeof purposes === 'string') return purposes;
  const source = isObject(v.source) ? textOf(v.source.id) : textOf(v.source);
  return {
    purposes: purposes.length ? purposes : motivations,
    value: textOf(v.value),
    link: source ?? (hasType(v, 'TextualBody') ? undefined : textOf(v.id)),
  };
}

/** The targets an item can be anchored by, or why it has none. */
function readTargets(v: unknown): { withSelectors: AnnotationTarget[]; whole: AnnotationTarget[] } | string {
  const withSelectors: AnnotationTarget[] = [];
  const whole: AnnotationTarget[] = [];
  let why = '';
  const visit = (t: unknown): void => {
    if (typeof t === 'string') {
      whole.push({ selectors: [] });
    } else if (!isObject(t)) {
      why ||= 'its target is neither an IRI nor an object';
    } else if (hasType(t, 'Choice')) {
      for (const x of list(t.items)) visit(x);
    } else if (list(t.selector).length) {
      const selectors = list(t.selector);
      const problems = selectors.map(unusableSelector);
      if (problems.some((p) => p === null)) withSelectors.push({ selectors });
      else why ||= `its target has ${problems.join('; ')}`;
    } else if (typeof t.id === 'string' || typeof t.source === 'string' || isObject(t.source)) {
      whole.push({ selectors: [] });
    } else {
      why ||= 'its target names no resource (no "id", "source" or "selector")';
    }
  };
  for (const t of list(v)) visit(t);
  if (!withSelectors.length && !whole.length) return why || 'it has no "target"';
  return { withSelectors, whole };
}

/** The annotation in `item`, or why Sourced cannot use it. */
export function readItem(item: unknown): Annotation | { why: string; id?: string } {
  if (!isObject(item)) return { why: 'it is not a JSON object' };
  const id = typeof item.id === 'string' && item.id ? item.id : undefined;
  if (!id) return { why: 'it has no "id"' };
  if (item.type !== undefined && !hasType(item, 'Annotation')) return { id, why: `its type is ${JSON.stringify(item.type)}, not "Annotation"` };
  const motivations = strings(item.motivation, 'motivation');
  if (typeof motivations === 'string') return { id, why: motivations };
  const body: AnnotationBody[] = [];
  if (item.bodyValue !== undefined) {
    if (typeof item.bodyValue !== 'string') return { id, why: 'its "bodyValue" is not text' };
    body.push({ purposes: motivations, value: item.bodyValue });
  }
  for (const b of list(item.body)) {
    const r = readBody(b, motivations);
    if (typeof r === 'string') return { id, why: r };
    body.push(r);
  }
  const targets = readTargets(item.target);
  if (typeof targets === 'string') return { id, why: targets };
  const creator = list(item.creator)[0];
  return {
    id,
    motivation: motivations[0] ?? '',
    motivations,
    creator: creator === undefined ? undefined : { name: isObject(creator) ? textOf(creator.name) ?? textOf(creator.nickname) ?? textOf(creator.id) : textOf(creator) },
    created: textOf(item.created),
    modified: textOf(item.modified),
    body,
    targets: targets.withSelectors.length ? targets.withSelectors : targets.whole,
    raw: item,
  };
}
