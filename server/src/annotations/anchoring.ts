// Annotations without a file system: anchoring a file's annotations in an article's text,
// making new ones and re-anchoring the items of a file after an edit. The store (store.ts) reads
// and writes them on disk; the web server gets their text from the editor.
import type { JsonAnnotation } from '../document/json';
import type { Suppression } from '../rules';
import {
  anchor, CodePoints, hasMotivation, ignoredRule, quoteSelector, reanchored, statusOf,
  type Anchored, type Motivation, type WebAnnotation,
} from './model';
import type { Entry } from './file-shape';
import type { Item, ReadResult, SkippedItem } from './file-text';

export interface FileAnnotations {
  path: string;
  anchored: Anchored[];
  suppressions: Suppression[];
  verified: { start: number; end: number }[];
  json: JsonAnnotation[] | undefined;
  /** Set when the file exists but cannot be used. */
  error?: string;
  /** Items that cannot be used: skipped, the others apply. */
  skipped: SkippedItem[];
}

/** The file's usable annotations anchored in `text` (UTF-16 offsets), with what they suppress and verify. */
export function anchorAll(path: string, read: Pick<ReadResult, 'annotations' | 'skipped' | 'error'>, text: string, exists: boolean): FileAnnotations {
  const cp = new CodePoints(text);
  const anchored: Anchored[] = read.annotations.map((a) => {
    const r = anchor(a, cp);
    return { annotation: a, start: r?.start ?? null, end: r?.end ?? null };
  });
  const suppressions: Suppression[] = [];
  const verified: { start: number; end: number }[] = [];
  for (const x of anchored) {
    if (x.start === null || x.end === null) continue;
    const rule = ignoredRule(x.annotation);
    if (hasMotivation(x.annotation, 'moderating') && rule) suppressions.push({ rule, start: x.start, end: x.end });
    if (hasMotivation(x.annotation, 'assessing') && statusOf(x.annotation) === 'verified') verified.push({ start: x.start, end: x.end });
  }
  const json = exists
    ? anchored.map((x) => ({ id: x.annotation.id, motivation: x.annotation.motivation, status: x.start === null ? 'orphaned' as const : 'anchored' as const, start: x.start, end: x.end }))
    : undefined;
  return { path, anchored, suppressions, verified, json, error: read.error, skipped: read.skipped };
}

export interface NewAnnotation {
  motivation: Motivation;
  start: number;
  end: number;
  status?: string;
  note?: string;
  link?: string;
  rule?: string;
  author?: string;
}

function bodyFor(n: NewAnnotation): WebAnnotation['body'] {
  const body: WebAnnotation['body'] = [];
  if (n.status) body.push({ type: 'TextualBody', purpose: 'assessing', value: n.status });
  if (n.note) body.push({ type: 'TextualBody', purpose: 'commenting', value: n.note });
  if (n.link) body.push({ type: 'SpecificResource', purpose: 'linking', source: n.link });
  if (n.rule) body.push({ type: 'TextualBody', purpose: 'moderating', value: `ignore:${n.rule}` });
  return body;
}

/** A new annotation on `text` (the article at `source`, relative to its workspace); `start`/`end` are UTF-16 offsets. */
export function newAnnotation(source: string, text: string, n: NewAnnotation, id: string, now = new Date()): WebAnnotation {
  const stamp = now.toISOString();
  const cp = new CodePoints(text);
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `urn:uuid:${id}`,
    type: 'Annotation',
    motivation: n.motivation,
    ...(n.author ? { creator: { type: 'Person' as const, name: n.author } } : {}),
    created: stamp,
    modified: stamp,
    body: bodyFor(n),
    target: {
      source,
      // Positions count code points, as the W3C model says.
      selector: [quoteSelector(text, n.start, n.end), { type: 'TextPositionSelector', start: cp.toCodePoint(n.start), end: cp.toCodePoint(n.end) }],
    },
  };
}

/** The items with positions and quote contexts re-anchored in `text`, or null when none moved.
 * Skipped items, orphans and items anchored some other way stay as they are. */
export function refreshed(entries: Entry[], text: string): Item[] | null {
  const cp = new CodePoints(text);
  let changed = false;
  const next = entries.map((e) => {
    if (!e.annotation) return e;
    const r = reanchored(e.annotation, cp);
    if (!r.changed) return e;
    changed = true;
    return { raw: r.raw, page: e.page };
  });
  return changed ? next : null;
}
