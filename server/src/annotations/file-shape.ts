// The container an annotation file holds: a list of annotations (what Sourced writes), one
// annotation, an AnnotationPage (`items`) or an AnnotationCollection whose pages are in the file
// (`first`, then each page's `next`). Read into a flat list of items, each remembering its page,
// and written back in the same container with only the items changed.
import { readItem, hasType, type Annotation } from './read-item';
import type { Json } from './selectors';

export type FileShape = 'list' | 'single' | 'page' | 'collection';

export interface Entry {
  /** The item as in the file. */
  raw: unknown;
  /** Which page of the container holds it (-1: new, goes on the last page). */
  page: number;
  /** 1-based place in the file. */
  index: number;
  annotation?: Annotation;
  /** Why the item cannot be used (then `annotation` is unset). */
  why?: string;
  id?: string;
}

export interface ParsedFile {
  shape: FileShape;
  data: unknown;
  pages: number;
  entries: Entry[];
}

const isObject = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);
const MAX_PAGES = 10_000;

/** The pages of a collection that are in the file, in order. */
function pagesOf(collection: Json): Json[] {
  const pages: Json[] = [];
  const seen = new Set<unknown>();
  for (let p = collection.first; isObject(p) && !seen.has(p) && pages.length < MAX_PAGES; p = p.next) {
    seen.add(p);
    pages.push(p);
  }
  return pages;
}

const itemsOf = (page: Json): unknown[] => (Array.isArray(page.items) ? page.items : []);

/** Reads a parsed annotation file, or says why it is not one. */
export function parseAnnotationFile(data: unknown): ParsedFile | { error: string } {
  let shape: FileShape;
  let pages: unknown[][];
  if (Array.isArray(data)) {
    shape = 'list';
    pages = [data];
  } else if (isObject(data) && hasType(data, 'AnnotationCollection')) {
    shape = 'collection';
    const found = pagesOf(data);
    if (!found.length && data.first !== undefined) return { error: 'an AnnotationCollection whose pages are not in the file ("first" is not an AnnotationPage object)' };
    pages = found.map(itemsOf);
  } else if (isObject(data) && hasType(data, 'AnnotationPage')) {
    shape = 'page';
    pages = [itemsOf(data)];
  } else if (isObject(data) && (hasType(data, 'Annotation') || ('target' in data && 'id' in data))) {
    shape = 'single';
    pages = [[data]];
  } else {
    return { error: 'expected a JSON array of Web Annotations, one Web Annotation, an AnnotationPage or an AnnotationCollection' };
  }
  const entries: Entry[] = [];
  const ids = new Map<string, number>();
  pages.forEach((items, page) => {
    for (const raw of items) {
      const index = entries.length + 1;
      const r = readItem(raw);
      if ('why' in r) {
        entries.push({ raw, page, index, why: r.why, id: r.id });
        continue;
      }
      const earlier = ids.get(r.id);
      if (earlier !== undefined) entries.push({ raw, page, index, id: r.id, why: `its id is already used by item ${earlier}` });
      else {
        ids.set(r.id, index);
        entries.push({ raw, page, index, id: r.id, annotation: r });
      }
    }
  });
  return { shape, data, pages: Math.max(1, pages.length), entries };
}

/** The file's content with `next` as its items, in the file's own container. */
export function serializeAnnotationFile(file: Pick<ParsedFile, 'shape' | 'data' | 'pages'>, next: Pick<Entry, 'raw' | 'page'>[]): unknown {
  const raws = next.map((e) => e.raw);
  if (file.shape === 'list') return raws;
  if (file.shape === 'single') return raws.length === 1 ? raws[0] : raws;
  const last = file.pages - 1;
  const onPage = (p: number) => next.filter((e) => (e.page < 0 || e.page > last ? last : e.page) === p).map((e) => e.raw);
  // The container is copied without its items (they are put back as they are, not copied).
  const copy = (page: Json): Json => ({ ...page });
  if (file.shape === 'page') return { ...copy(file.data as Json), items: raws };
  const collection = copy(file.data as Json);
  if (typeof collection.total === 'number') collection.total = raws.length;
  const pages = pagesOf(file.data as Json);
  if (!pages.length) {
    collection.first = { type: 'AnnotationPage', items: raws };
    return collection;
  }
  // Rebuild the chain of pages from the last to the first, each with its own items.
  let after: Json | undefined;
  for (let p = pages.length - 1; p >= 0; p--) {
    const page: Json = { ...pages[p], items: onPage(p) };
    if (after) page.next = after;
    after = page;
  }
  collection.first = after;
  return collection;
}
