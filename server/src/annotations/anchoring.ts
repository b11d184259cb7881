// Annotations without a file system: anchoring a file's annotations in an article's text, and
// making new ones. The store (store.ts) reads and writes them on disk; the web server gets their
// text from the editor.
import type { JsonAnnotation } from '../document/json';
import type { Suppression } from '../rules';
import {
  anchor, ignoredRule, quoteSelector, statusOf,
  type AnnotationBody, type Anchored, type Motivation, type WebAnnotation,
} from './model';

export interface FileAnnotations {
  path: string;
  anchored: Anchored[];
  suppressions: Suppression[];
  verified: { start: number; end: number }[];
  json: JsonAnnotation[] | undefined;
  /** Set when the file exists but cannot be used. */
  error?: string;
}

export function anchorAll(path: string, annotations: WebAnnotation[], text: string, exists: boolean, error: string | undefined): FileAnnotations {
  const anchored: Anchored[] = annotations.map((a) => {
    const r = anchor(a, text);
    return { annotation: a, start: r?.start ?? null, end: r?.end ?? null };
  });
  const suppressions: Suppression[] = [];
  const verified: { start: number; end: number }[] = [];
  for (const x of anchored) {
    if (x.start === null || x.end === null) continue;
    const rule = ignoredRule(x.annotation);
    if (x.annotation.motivation === 'moderating' && rule) suppressions.push({ rule, start: x.start, end: x.end });
    if (x.annotation.motivation === 'assessing' && statusOf(x.annotation) === 'verified') verified.push({ start: x.start, end: x.end });
  }
  const json = exists
    ? anchored.map((x) => ({ id: x.annotation.id, motivation: x.annotation.motivation, status: x.start === null ? 'orphaned' as const : 'anchored' as const, start: x.start, end: x.end }))
    : undefined;
  return { path, anchored, suppressions, verified, json, error };
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

function bodyFor(n: NewAnnotation): AnnotationBody[] {
  const body: AnnotationBody[] = [];
  if (n.status) body.push({ type: 'TextualBody', purpose: 'assessing', value: n.status });
  if (n.note) body.push({ type: 'TextualBody', purpose: 'commenting', value: n.note });
  if (n.link) body.push({ type: 'SpecificResource', purpose: 'linking', source: n.link });
  if (n.rule) body.push({ type: 'TextualBody', purpose: 'moderating', value: `ignore:${n.rule}` });
  return body;
}

/** A new annotation on `text` (the article at `source`, relative to its workspace). */
export function newAnnotation(source: string, text: string, n: NewAnnotation, id: string, now = new Date()): WebAnnotation {
  const stamp = now.toISOString();
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
      selector: [quoteSelector(text, n.start, n.end), { type: 'TextPositionSelector', start: n.start, end: n.end }],
    },
  };
}

/** The annotations with positions and quotes re-anchored in `text`, or null when none moved. */
export function refreshed(annotations: WebAnnotation[], text: string): WebAnnotation[] | null {
  let changed = false;
  const next = annotations.map((a) => {
    const r = anchor(a, text);
    if (!r) return a;
    const pos = a.target.selector.find((s) => s.type === 'TextPositionSelector');
    if (pos && pos.type === 'TextPositionSelector' && pos.start === r.start && pos.end === r.end) return a;
    changed = true;
    return { ...a, target: { ...a.target, selector: [quoteSelector(text, r.start, r.end), { type: 'TextPositionSelector' as const, start: r.start, end: r.end }] } };
  });
  return changed ? next : null;
}
