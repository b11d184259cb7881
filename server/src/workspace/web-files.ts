// Workspaces for the web server (VS Code for the Web): `.sourced.yaml` and the annotation files
// are read and written by the editor (the client, through vscode.workspace.fs) and handed over
// by request. A document's workspace is the editor folder that holds it; its configuration is
// `<folder>/.sourced.yaml` (or .yml) and its annotations `<folder>/.sourced/annotations/<path>.json`,
// as on disk, read and written the same way (any W3C container kept, unusable items reported,
// skipped and kept; the settings file's size cap). Texts are cached until the editor reports a
// change to the files (invalidate).
import type { KnowledgeBase } from '../analysis/knowledge-port';
import type { Workspace } from '.';
import type { ReadFileResult, WriteFileResult } from '../shared/protocol';
import { anchorAll, newAnnotation, type FileAnnotations, type NewAnnotation } from '../annotations/anchoring';
import { describeSkipped, EMPTY_FILE, parseAnnotationText, withoutItem, type Item } from '../annotations/file-text';
import { serializeAnnotationFile, type Entry } from '../annotations/file-shape';
import { configure, type Configured } from './configured';
import { configTooLarge, utf8Bytes } from './config-limit';
import { withSourceAdded } from '../features/sources-config';

export interface FileBridge {
  read(uri: string): Promise<ReadFileResult>;
  write(uri: string, text: string): Promise<WriteFileResult>;
}

export interface WebWorkspace {
  workspace: Workspace;
  /** The article's annotations anchored in `text` (what the hover, report and lists show). */
  annotations: FileAnnotations;
  /** Why configuration and annotations are not available for this document, if they are not. */
  unavailable?: string;
}

const CONFIG_NAMES = ['.sourced.yaml', '.sourced.yml'];

export class WebWorkspaces {
  private folders: string[] = [];
  private texts = new Map<string, Promise<ReadFileResult>>();
  /** The last change queued per annotations file: changes to one file run one after another. */
  private queue = new Map<string, Promise<unknown>>();

  constructor(private readonly files: FileBridge, private readonly defaultKb: () => KnowledgeBase, private readonly trusted: () => boolean) {}

  setFolders(uris: string[]): void {
    this.folders = uris.map(withoutTrailingSlashes).sort((a, b) => b.length - a.length);
    this.invalidate();
  }

  /** The files changed (or may have): read them again when next needed. */
  invalidate(): void {
    this.texts.clear();
  }

  /** The editor folder holding a document, and the document's path inside it ('a/b.news'). */
  locate(uri: string): { root: string; rel: string } | null {
    const root = this.folders.find((f) => uri.startsWith(`${f}/`));
    return root ? { root, rel: uri.slice(root.length + 1) } : null;
  }

  annotationsUri(uri: string): string | null {
    const at = this.locate(uri);
    return at ? `${at.root}/.sourced/annotations/${at.rel}.json` : null;
  }

  private read(uri: string): Promise<ReadFileResult> {
    let p = this.texts.get(uri);
    if (!p) {
      p = this.files.read(uri).catch((e: Error) => ({ text: null, unavailable: e.message }));
      this.texts.set(uri, p);
    }
    return p;
  }

  /** The workspace of a document, with its annotations anchored in `text`. */
  async forDocument(uri: string, text: string): Promise<WebWorkspace> {
    const at = this.locate(uri);
    if (!this.trusted()) return this.bare('workspace not trusted: .sourced.yaml and annotations are not loaded', uri, text);
    if (!at) return this.bare('the article is not in a workspace folder: .sourced.yaml and annotations are not available', uri, text);
    let configured: Configured | null = null;
    let configUri: string | null = null;
    for (const name of CONFIG_NAMES) {
      const r = await this.read(`${at.root}/${name}`);
      if (r.unavailable) return this.bare(`${r.unavailable}: .sourced.yaml and annotations are not available`, uri, text);
      if (r.text !== null) {
        configUri = `${at.root}/${name}`;
        // Over the size cap: not read, the defaults apply and the reason comes first.
        const tooLarge = configTooLarge(configUri, utf8Bytes(r.text));
        configured = configure(tooLarge ? '' : r.text, configUri, this.defaultKb());
        if (tooLarge) configured.problems.unshift(tooLarge);
        break;
      }
    }
    const annUri = this.annotationsUri(uri)!;
    const annotations = anchorFile(annUri, await this.read(annUri), text);
    const ignored = configured ? configured.ignore.some((m) => m(decodeURIComponent(at.rel))) : false;
    const workspace: Workspace = {
      root: at.root,
      configPath: configUri,
      kb: configured?.kb ?? this.defaultKb(),
      severities: configured?.severities ?? {},
      problems: configured?.problems ?? [],
      configProblems: configured?.configProblems ?? [],
      ignored,
      suppressionsFor: () => annotations.suppressions,
      verifiedFor: () => annotations.verified,
      annotationsFor: () => annotations.json,
      annotationProblems: () => {
        if (annotations.error) return [`${annUri}: ${annotations.error}; annotations ignored, the file is left as it is`];
        return annotations.skipped.map((x) => `${annUri}: ${describeSkipped(x)}`);
      },
    };
    return { workspace, annotations };
  }

  private bare(unavailable: string, uri: string, text: string): WebWorkspace {
    const annotations = anchorAll(uri, { annotations: [], skipped: [] }, text, false);
    const workspace: Workspace = {
      root: null, configPath: null, kb: this.defaultKb(), severities: {}, problems: [unavailable], configProblems: [], ignored: false,
      suppressionsFor: () => [], verifiedFor: () => [], annotationsFor: () => undefined, annotationProblems: () => [],
    };
    return { workspace, annotations, unavailable };
  }

  /** Adds an annotation to the document's file, from the file as it is now. Returns its id. */
  async annotate(uri: string, text: string, n: NewAnnotation): Promise<string> {
    const at = this.locate(uri);
    if (!at) throw new Error('the article is not in a workspace folder: annotations are stored in the folder');
    const a = newAnnotation(decodeURIComponent(at.rel), text, n, uuid());
    await this.change(uri, (items) => [...items, { raw: a, page: -1 }]);
    return a.id;
  }

  /** Removes the first item with this id (one Sourced could not use too); false when there is none. */
  async remove(uri: string, id: string): Promise<boolean> {
    let found = false;
    await this.change(uri, (items) => {
      const next = withoutItem(items, id);
      found = next !== null;
      return next;
    });
    return found;
  }

  /** Adds a publication to the folder's .sourced.yaml (made when there is none). */
  async addSource(uri: string, name: string): Promise<string> {
    const at = this.locate(uri);
    if (!at) throw new Error('the article is not in a workspace folder');
    this.invalidate();
    let target = `${at.root}/${CONFIG_NAMES[0]}`;
    let current: string | null = null;
    for (const n of CONFIG_NAMES) {
      const r = await this.read(`${at.root}/${n}`);
      if (r.unavailable) throw new Error(r.unavailable);
      if (r.text !== null) {
        target = `${at.root}/${n}`;
        current = r.text;
        break;
      }
    }
    const tooLarge = current === null ? null : configTooLarge(target, utf8Bytes(current));
    if (tooLarge) throw new Error(`${tooLarge.slice(0, tooLarge.lastIndexOf('; defaults used'))}: Sourced will not rewrite it`);
    const next = withSourceAdded(current, name, target);
    if ('error' in next) throw new Error(next.error);
    await this.write(target, next.text);
    return target;
  }

  /**
   * Reads the document's annotations afresh, applies `edit` to every item (the skipped ones too;
   * null: no change) and writes them back in the file's own container. Changes to one file wait
   * for the one before; a file that is not an annotation file is never overwritten.
   */
  private change(uri: string, edit: (items: Entry[]) => Item[] | null): Promise<void> {
    const annUri = this.annotationsUri(uri);
    if (!annUri) return Promise.reject(new Error('the article is not in a workspace folder: annotations are stored in the folder'));
    const run = async () => {
      this.texts.delete(annUri);
      const r = await this.read(annUri);
      if (r.unavailable) throw new Error(r.unavailable);
      const parsed = r.text === null ? null : parseAnnotationText(r.text);
      if (parsed?.error) throw new Error(`${annUri} is malformed (${parsed.error}); fix or move it first — Sourced will not overwrite it`);
      const file = parsed?.file ?? EMPTY_FILE;
      const next = edit(file.entries);
      if (next) await this.write(annUri, JSON.stringify(serializeAnnotationFile(file, next), null, 2) + '\n');
    };
    const done = (this.queue.get(annUri) ?? Promise.resolve()).then(run, run);
    const settled = done.catch(() => undefined);
    this.queue.set(annUri, settled);
    void settled.then(() => {
      if (this.queue.get(annUri) === settled) this.queue.delete(annUri);
    });
    return done;
  }

  private async write(uri: string, text: string): Promise<void> {
    const r = await this.files.write(uri, text);
    this.texts.delete(uri);
    if (!r.ok) throw new Error(r.error ?? `could not write ${uri}`);
  }
}

/** Anchoring is cached per annotations file, for the last text and file content seen. */
const anchored = new Map<string, { text: string; file: string | null; result: FileAnnotations }>();

function anchorFile(uri: string, file: ReadFileResult, text: string): FileAnnotations {
  const hit = anchored.get(uri);
  if (hit && hit.text === text && hit.file === file.text) return hit.result;
  const read = file.text === null ? { annotations: [], skipped: [] } : parseAnnotationText(file.text);
  const result = anchorAll(uri, read, text, file.text !== null);
  if (anchored.size > 200) anchored.clear();
  anchored.set(uri, { text, file: file.text, result });
  return result;
}

/** The URI without slashes at its end (a loop: a regular expression here could backtrack). */
function withoutTrailingSlashes(uri: string): string {
  let end = uri.length;
  while (end > 0 && uri[end - 1] === '/') end--;
  return uri.slice(0, end);
}

function uuid(): string {
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (c?.randomUUID) return c.randomUUID();
  const hex = Array.from({ length: 32 }, () => Math.floor(Math.random() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
}
