// An annotation file's text read into its items, without a file system: the Node store reads the
// text from disk (store.ts), the web server gets it from the editor (workspace/web-files.ts).
// An item that cannot be used is reported with its place, id and why, and kept as it is.
import type { Annotation } from './read-item';
import { parseAnnotationFile, type Entry, type ParsedFile } from './file-shape';

export interface SkippedItem {
  /** 1-based place of the item in the file. */
  index: number;
  id?: string;
  why: string;
  /** Where the item's id is in the file (0-based line and character), for the editor. */
  line: number;
  character: number;
}

export interface ReadResult {
  annotations: Annotation[];
  skipped: SkippedItem[];
  file?: ParsedFile;
  error?: string;
}

/** Items as they are written back: the item and the page of the container it goes on. */
export type Item = Pick<Entry, 'raw' | 'page'>;

/** What a file that does not exist yet holds: an empty list, the shape Sourced writes. */
export const EMPTY_FILE: ParsedFile = { shape: 'list', data: [], pages: 1, entries: [] };

/** Where `id` first appears in the file's text, as a line and character. */
function placeOf(text: string, id: string | undefined): { line: number; character: number } {
  const at = id === undefined ? -1 : text.indexOf(JSON.stringify(id));
  if (at < 0) return { line: 0, character: 0 };
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, character: at - lineStart };
}

/** The annotations in a file's text, the items skipped, or why the file cannot be used at all. */
export function parseAnnotationText(text: string): ReadResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { annotations: [], skipped: [], error: `not valid JSON (${(e as Error).message})` };
  }
  const file = parseAnnotationFile(data);
  if ('error' in file) return { annotations: [], skipped: [], error: file.error };
  return {
    file,
    annotations: file.entries.flatMap((e) => (e.annotation ? [e.annotation] : [])),
    skipped: file.entries.filter((e) => e.why).map((e) => ({ index: e.index, id: e.id, why: e.why!, ...placeOf(text, e.id) })),
  };
}

/** One line per skipped item: its place, id and why. */
export function describeSkipped(s: SkippedItem): string {
  return `item ${s.index}${s.id ? ` (${s.id})` : ''} cannot be used: ${s.why}; it is skipped and kept in the file as it is`;
}

/** The items without the first one with this id (one Sourced could not use too), or null when none has it. */
export function withoutItem(entries: Entry[], id: string): Item[] | null {
  const at = entries.findIndex((e) => (e.annotation?.id ?? e.id) === id);
  return at < 0 ? null : entries.filter((_, i) => i !== at);
}
