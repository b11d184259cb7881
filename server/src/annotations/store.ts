// Annotations on disk: `.sourced/annotations/<article path relative to the workspace>.json`.
// Read with a cache keyed by modification time; written atomically; a malformed file is
// reported and never overwritten.
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { randomUUID } from 'node:crypto';
import { outsideWorkspace, withFileLock } from './safe-files';
import { validateAnnotations, type WebAnnotation } from './model';
import { anchorAll, newAnnotation, refreshed, type NewAnnotation } from './anchoring';

export type { NewAnnotation } from './anchoring';

import type { FileAnnotations } from './anchoring';

export type { FileAnnotations } from './anchoring';

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
  const a = newAnnotation(relative(root, file).split(sep).join('/'), text, n, randomUUID(), now);
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

