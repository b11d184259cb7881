// Annotations on disk: `.sourced/annotations/<article path relative to the workspace>.json`.
// Read with a cache keyed by modification time; written atomically under a lock. A file that is
// not an annotation file at all is reported and never overwritten; an item in it that cannot be
// used is reported and skipped, and kept in the file as it is. Parsing, anchoring and new
// annotations are shared with the web server (file-text.ts, anchoring.ts).
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { randomUUID } from 'node:crypto';
import { outsideWorkspace, withFileLock } from './safe-files';
import type { Annotation, WebAnnotation } from './model';
import { serializeAnnotationFile, type Entry } from './file-shape';
import { EMPTY_FILE, parseAnnotationText, withoutItem, type Item, type ReadResult } from './file-text';
import { anchorAll, newAnnotation, refreshed, type FileAnnotations, type NewAnnotation } from './anchoring';

export type { FileAnnotations, NewAnnotation } from './anchoring';
export { describeSkipped, type SkippedItem } from './file-text';

export function annotationPath(root: string, file: string): string {
  const rel = relative(root, file).split(sep).join('/');
  return join(root, '.sourced', 'annotations', `${rel}.json`);
}

const readCache = new Map<string, { mtime: number } & ReadResult>();

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
    result = parseAnnotationText(readFileSync(path, 'utf8'));
  } catch (e) {
    result = { annotations: [], skipped: [], error: `cannot be read (${(e as Error).message})` };
  }
  readCache.set(path, { mtime, ...result });
  return { ...result, exists: true };
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

function writeAtomically(path: string, data: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(tmp, JSON.stringify(data, null, 2) + '\n');
  renameSync(tmp, path);
  readCache.delete(path);
}

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
    const file = current.file ?? EMPTY_FILE;
    const { next, result } = change(file.entries);
    if (next) writeAtomically(path, serializeAnnotationFile(file, next));
    return result;
  });
}

/** Adds an annotation. Throws (with a clear message) rather than overwrite a malformed file. */
export function addAnnotation(root: string, file: string, text: string, n: NewAnnotation, now = new Date()): WebAnnotation {
  const path = annotationPath(root, file);
  const a = newAnnotation(relative(root, file).split(sep).join('/'), text, n, randomUUID(), now);
  return update(root, path, (current) => ({ next: [...current, { raw: a, page: -1 }], result: a }));
}

/** Removes the first item with this id (one Sourced could not use too). */
export function removeAnnotation(root: string, file: string, id: string): boolean {
  const path = annotationPath(root, file);
  return update(root, path, (current) => {
    const next = withoutItem(current, id);
    return { next, result: next !== null };
  });
}

/** Re-anchors every annotation against the current text and records new positions and quotes. */
export function refreshPositions(root: string, file: string, text: string): void {
  const path = annotationPath(root, file);
  if (!existsSync(path) || outsideWorkspace(root, path) || readAnnotations(path).error) return;
  update(root, path, (current) => ({ next: refreshed(current, text), result: undefined }));
}

export type { Annotation };
