// Annotations on disk: `.sourced/annotations/<article path relative to the workspace>.json`.
// Read with a cache keyed by modification time; written atomically under a lock. A file that is
// not an annotation file at all is reported and never overwritten; an item in it that cannot be
// used is reported and skipped, and kept in the file as it is.
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { randomUUID } from 'node:crypto';
import { outsideWorkspace, withFileLock } from './safe-files';
import type { JsonAnnotation } from '../document/json';
import type { Suppression } from '../rules';
import {
  anchor, CodePoints, hasMotivation, ignoredRule, quoteSelector, reanchored, statusOf,
  type Annotation, type Anchored, type Motivation, type WebAnnotation,
} from './model';
import { parseAnnotationFile, serializeAnnotationFile, type Entry, type ParsedFile } from './file-shape';

export interface SkippedItem {
  /** 1-based place of the item in the file. */
  index: number;
  id?: string;
  why: string;
  /** Where the item's id is in the file (0-based line and character), for the editor. */
  line: number;
  character: number;
}

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

export function annotationPath(root: string, file: string): string {
  const rel = relative(root, file).split(sep).join('/');
  return join(root, '.sourced', 'annotations', `${rel}.json`);
}

interface ReadResult {
  annotations: Annotation[];
  skipped: SkippedItem[];
  file?: ParsedFile;
  error?: string;
}

const readCache = new Map<string, { mtime: number } & ReadResult>();

/** Where `id` first appears in the file's text, as a line and character. */
function placeOf(bytes: string, id: string | undefined): { line: number; character: number } {
  const at = id === undefined ? -1 : bytes.indexOf(JSON.stringify(id));
  if (at < 0) return { line: 0, character: 0 };
  let line = 0;
  let lineStart = 0;
  for (let i = bytes.indexOf('\n'); i >= 0 && i < at; i = bytes.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, character: at - lineStart };
}

function parse(bytes: string): ReadResult {
  let data: unknown;
  try {
    data = JSON.parse(bytes);
  } catch (e) {
    return { annotations: [], skipped: [], error: `not valid JSON (${(e as Error).message})` };
  }
  const file = parseAnnotationFile(data);
  if ('error' in file) return { annotations: [], skipped: [], error: file.error };
  return {
    file,
    annotations: file.entries.flatMap((e) => (e.annotation ? [e.annotation] : [])),
    skipped: file.entries.filter((e) => e.why).map((e) => ({ index: e.index, id: e.id, why: e.why!, ...placeOf(bytes, e.id) })),
  };
}

export function readAnnotations(path: string): ReadResult & { exists: boolean } {
  let mtime: number;
  try {
    mtime = statSync(path).mtimeMs;
  } catch {
    return { annotations: [], skipped: [], exists: false };
  }
  const hit = readCache.get(path);
  if (hit && hit.mtime === mtime) return { ...hit, exists: true };
  let result: ReadResult;
  try {
    result = parse(readFileSync(path, 'utf8'));
  } catch (e) {
    result = { annotations: [], skipped: [], error: `cannot be read (${(e as Error).message})` };
  }
  readCache.set(path, { mtime, ...result });
  return { ...result, exists: true };
}

/** One line per skipped item: its place, id and why. */
export function describeSkipped(s: SkippedItem): string {
  return `item ${s.index}${s.id ? ` (${s.id})` : ''} cannot be used: ${s.why}; it is skipped and kept in the file as it is`;
}

/** The last anchoring per annotation file: suppressions, verified marks, hovers and the report all
 * ask about the same document version, and anchoring once is enough. */
const anchorCache = new Map<string, { text: string; annotations: Annotation[]; result: FileAnnotations }>();

export function annotationsForFile(root: string, file: string, text: string): FileAnnotations {
  const path = annotationPath(root, file);
  const outside = outsideWorkspace(root, path);
  if (outside) return anchorAll(path, { annotations: [], skipped: [], error: outside }, text, true);
  const read = readAnnotations(path);
  const hit = anchorCache.get(path);
  if (hit && hit.text === text && hit.annotations === read.annotations) return hit.result;
  const result = anchorAll(path, read, text, read.exists);
  if (anchorCache.size > 200) anchorCache.clear();
  anchorCache.set(path, { text, annotations: read.annotations, result });
  return result;
}

function anchorAll(path: string, read: ReadResult, text: string, exists: boolean): FileAnnotations {
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

function writeAtomically(path: string, data: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(tmp, JSON.stringify(data, null, 2) + '\n');
  renameSync(tmp, path);
  readCache.delete(path);
}

type Item = Pick<Entry, 'raw' | 'page'>;
const EMPTY: ParsedFile = { shape: 'list', data: [], pages: 1, entries: [] };

/**
 * Changes an annotation file under its lock, from what is on disk at that moment (not a cached
 * read: another editor may have written a moment ago). `change` gets every item (the skipped ones
 * too) and returns the new list, or null for no write; the file keeps its container. Throws, with
 * a message, for a file outside the workspace or one that is not an annotation file.
 */
function update<T>(root: string, path: string, change: (current: Entry[]) => { next: Item[] | null; result: T }): T {
  const outside = outsideWorkspace(root, path);
  if (outside) throw new Error(outside);
  return withFileLock(path, () => {
    readCache.delete(path);
    const current = readAnnotations(path);
    if (current.error) throw new Error(`${path} is malformed (${current.error}); fix or move it first — Sourced will not overwrite it`);
    const file = current.file ?? EMPTY;
    const { next, result } = change(file.entries);
    if (next) writeAtomically(path, serializeAnnotationFile(file, next));
    return result;
  });
}

/** Adds an annotation. Throws (with a clear message) rather than overwrite a malformed file. */
export function addAnnotation(root: string, file: string, text: string, n: NewAnnotation, now = new Date()): WebAnnotation {
  const path = annotationPath(root, file);
  const stamp = now.toISOString();
  const cp = new CodePoints(text);
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
      // Positions count code points, as the W3C model says.
      selector: [quoteSelector(text, n.start, n.end), { type: 'TextPositionSelector', start: cp.toCodePoint(n.start), end: cp.toCodePoint(n.end) }],
    },
  };
  return update(root, path, (current) => ({ next: [...current, { raw: a, page: -1 }], result: a }));
}

/** Removes the first item with this id (one Sourced could not use too). */
export function removeAnnotation(root: string, file: string, id: string): boolean {
  const path = annotationPath(root, file);
  return update(root, path, (current) => {
    const at = current.findIndex((e) => (e.annotation?.id ?? e.id) === id);
    return at < 0 ? { next: null, result: false } : { next: current.filter((_, i) => i !== at), result: true };
  });
}

/** Re-anchors every annotation against the current text and records new positions and quotes. */
export function refreshPositions(root: string, file: string, text: string): void {
  const path = annotationPath(root, file);
  if (!existsSync(path) || outsideWorkspace(root, path) || readAnnotations(path).error) return;
  update(root, path, (current) => ({ next: refreshed(current, text), result: undefined }));
}

/** The items with positions and quote contexts re-anchored in `text`, or null when none moved.
 * Skipped items, orphans and items anchored some other way stay as they are. */
function refreshed(entries: Entry[], text: string): Item[] | null {
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

export type { Annotation };
