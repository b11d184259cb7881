// Annotations on disk: `.sourced/annotations/<article path relative to the workspace>.json`.
// Read with a cache keyed by modification time; written atomically; a malformed file is
// reported and never overwritten.
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { randomUUID } from 'node:crypto';
import { outsideWorkspace, withFileLock } from './safe-files';
import type { JsonAnnotation } from '../document/json';
import type { Suppression } from '../rules';
import {
  anchor, ignoredRule, quoteSelector, statusOf, validateAnnotations,
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

export function annotationPath(root: string, file: string): string {
  const rel = relative(root, file).split(sep).join('/');
  return join(root, '.sourced', 'annotations', `${rel}.json`);
}

const readCache = new Map<string, { mtime: number; annotations: WebAnnotation[]; error?: string }>();

export function readAnnotations(path: string): { annotations: WebAnnotation[]; error?: string; exists: boolean } {
  let mtime: number;
  try {
    mtime = statSync(path).mtimeMs;
  } catch {
    return { annotations: [], exists: false };
  }
  const hit = readCache.get(path);
  if (hit && hit.mtime === mtime) return { annotations: hit.annotations, error: hit.error, exists: true };
  let result: { annotations: WebAnnotation[]; error?: string };
  try {
    result = validateAnnotations(JSON.parse(readFileSync(path, 'utf8')));
  } catch (e) {
    result = { annotations: [], error: `not valid JSON (${(e as Error).message})` };
  }
  readCache.set(path, { mtime, ...result });
  return { ...result, exists: true };
}

/** The last anchoring per annotation file: suppressions, verified marks, hovers and the report all
 * ask about the same document version, and anchoring once is enough. */
const anchorCache = new Map<string, { text: string; annotations: WebAnnotation[]; result: FileAnnotations }>();

export function annotationsForFile(root: string, file: string, text: string): FileAnnotations {
  const path = annotationPath(root, file);
  const outside = outsideWorkspace(root, path);
  if (outside) return anchorAll(path, [], text, true, outside);
  const { annotations, error, exists } = readAnnotations(path);
  const hit = anchorCache.get(path);
  if (hit && hit.text === text && hit.annotations === annotations) return hit.result;
  const result = anchorAll(path, annotations, text, exists, error);
  if (anchorCache.size > 200) anchorCache.clear();
  anchorCache.set(path, { text, annotations, result });
  return result;
}

function anchorAll(path: string, annotations: WebAnnotation[], text: string, exists: boolean, error: string | undefined): FileAnnotations {
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

function writeAtomically(path: string, data: WebAnnotation[]): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(tmp, JSON.stringify(data, null, 2) + '\n');
  renameSync(tmp, path);
  readCache.delete(path);
}

/**
 * Changes an annotation file under its lock, from what is on disk at that moment (not a cached
 * read: another editor may have written a moment ago). `change` returns the new list, or null
 * for no write. Throws, with a message, for a file outside the workspace or a malformed one.
 */
function update<T>(root: string, path: string, change: (current: WebAnnotation[]) => { next: WebAnnotation[] | null; result: T }): T {
  const outside = outsideWorkspace(root, path);
  if (outside) throw new Error(outside);
  return withFileLock(path, () => {
    readCache.delete(path);
    const current = readAnnotations(path);
    if (current.error) throw new Error(`${path} is malformed (${current.error}); fix or move it first — Sourced will not overwrite it`);
    const { next, result } = change(current.annotations);
    if (next) writeAtomically(path, next);
    return result;
  });
}

/** Adds an annotation. Throws (with a clear message) rather than overwrite a malformed file. */
export function addAnnotation(root: string, file: string, text: string, n: NewAnnotation, now = new Date()): WebAnnotation {
  const path = annotationPath(root, file);
  const stamp = now.toISOString();
  const a: WebAnnotation = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `urn:uuid:${randomUUID()}`,
    type: 'Annotation',
    motivation: n.motivation,
    ...(n.author ? { creator: { type: 'Person' as const, name: n.author } } : {}),
    created: stamp,
    modified: stamp,
    body: bodyFor(n),
    target: {
      source: relative(root, file).split(sep).join('/'),
      selector: [quoteSelector(text, n.start, n.end), { type: 'TextPositionSelector', start: n.start, end: n.end }],
    },
  };
  return update(root, path, (current) => ({ next: [...current, a], result: a }));
}

export function removeAnnotation(root: string, file: string, id: string): boolean {
  const path = annotationPath(root, file);
  return update(root, path, (current) => {
    const next = current.filter((a) => a.id !== id);
    return next.length === current.length ? { next: null, result: false } : { next, result: true };
  });
}

/** Re-anchors every annotation against the current text and records new positions and quotes. */
export function refreshPositions(root: string, file: string, text: string): void {
  const path = annotationPath(root, file);
  if (!existsSync(path) || outsideWorkspace(root, path) || readAnnotations(path).error) return;
  update(root, path, (current) => ({ next: refreshed(current, text), result: undefined }));
}

/** The annotations with positions and quotes re-anchored in `text`, or null when none moved. */
function refreshed(annotations: WebAnnotation[], text: string): WebAnnotation[] | null {
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
