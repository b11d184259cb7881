// Per-document state: settings, workspace configuration, and the analysis cached per version.
//
// Small documents are checked on the spot, on every version. A large document (over
// LARGE_DOCUMENT characters) is checked by the analysis worker once typing pauses; until its
// result is in, diagnostics are the last result carried through the edits since (every
// unchanged paragraph keeps its findings), so a keystroke is answered at once. Requests that
// need the exact result wait for it, and fail as outdated when the text changes first.
import { fileURLToPath } from 'node:url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, Finding } from '../analysis/types';
import type { SourcedSettings } from '../shared/protocol';
import { defaultSettings } from '../config';

const DEFAULT_SETTINGS = defaultSettings();
import { workspaceFor, workspaceRoots, type Workspace } from '../workspace';
import { checkDocument } from '../workspace/check';
import { editBetween, shiftFindings } from './shift';
import type { AnalysisWorker } from './worker-pool';

export interface DocState {
  version: number;
  analysis: Analysis;
  findings: Finding[];
  workspace: Workspace;
}

/** Characters from which a document is checked by the worker (about 10,000 words). */
export const LARGE_DOCUMENT = 60_000;
/** Typing pause after which a large document's full check starts. */
export const QUIET_MS = 150;

/** The document changed before its check finished: the request is outdated. */
export class Outdated extends Error {}
/** The client cancelled the request. */
export class Cancelled extends Error {}

interface Waiter {
  version: number;
  resolve: (s: DocState) => void;
  reject: (e: Error) => void;
}

export interface CancelToken {
  isCancellationRequested: boolean;
  onCancellationRequested(listener: () => void): unknown;
}

export class DocumentStates {
  /** The newest exact state of each document, whatever its version. */
  private cache = new Map<string, DocState>();
  private settings = new Map<string, SourcedSettings>();
  /** Incremented when settings or workspace files change: every cached result is stale. */
  private generation = 0;
  private cachedGeneration = new Map<string, number>();
  private provisional = new Map<string, { version: number; generation: number; findings: Finding[] }>();
  private waiters = new Map<string, Waiter[]>();
  private inflight = new Map<string, number>();
  private timers = new Map<string, NodeJS.Timeout>();
  /** Called when a worker result for the document's current version is in. */
  onSettled: (uri: string) => void = () => undefined;
  /** Called when the worker fails and a document is checked on the server thread instead. */
  onWorkerError: (message: string) => void = () => undefined;

  constructor(
    private readonly trusted: () => boolean,
    private readonly worker: AnalysisWorker | null = null,
    private readonly documentOf: (uri: string) => TextDocument | undefined = () => undefined,
  ) {}

  setSettings(uri: string, s: SourcedSettings): void {
    const prev = this.settings.get(uri);
    if (prev && JSON.stringify(prev) === JSON.stringify(s)) return;
    this.settings.set(uri, s);
    this.cachedGeneration.delete(uri);
  }

  settingsFor(uri: string): SourcedSettings {
    return this.settings.get(uri) ?? DEFAULT_SETTINGS;
  }

  invalidateAll(): void {
    this.generation++;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
    this.settings.delete(uri);
    this.cachedGeneration.delete(uri);
    this.provisional.delete(uri);
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.rejectWaiters(uri, () => true, new Outdated('the document was closed'));
  }

  /** Whether the document is checked by the worker. */
  isLarge(doc: TextDocument): boolean {
    return !!this.worker && this.worker.available() && doc.getText().length >= LARGE_DOCUMENT;
  }

  /** The exact state of this version, if it is already known. */
  peek(doc: TextDocument): DocState | undefined {
    const hit = this.cache.get(doc.uri);
    return hit && hit.version === doc.version && this.cachedGeneration.get(doc.uri) === this.generation ? hit : undefined;
  }

  /** The newest state known, of this version or an earlier one (for status lines). */
  latest(uri: string): DocState | undefined {
    return this.cache.get(uri);
  }

  /** The exact state of this version, computed here and now. */
  get(doc: TextDocument): DocState {
    const hit = this.peek(doc);
    if (hit) return hit;
    const generation = this.generation;
    const settings = this.settingsFor(doc.uri);
    const path = pathOf(doc);
    const workspace = workspaceFor(path, this.trusted());
    const { analysis, findings } = checkDocument(doc.getText(), path, workspace, {
      languageId: doc.languageId, maxLength: settings.maxFileSize, maxLineLength: settings.maxLineLength, rules: settings.rules, hints: settings.hints,
    });
    return this.store(doc.uri, { version: doc.version, analysis, findings, workspace }, generation);
  }

  /**
   * The exact state of this version: at once for a small document; for a large one when the
   * worker has it. Rejects with Outdated when a newer version arrives first, with Cancelled
   * when the token is cancelled.
   */
  exact(doc: TextDocument, token?: CancelToken): Promise<DocState> {
    const hit = this.peek(doc);
    if (hit) return Promise.resolve(hit);
    if (!this.isLarge(doc)) {
      try {
        return Promise.resolve(this.get(doc));
      } catch (e) {
        return Promise.reject(e);
      }
    }
    if (token?.isCancellationRequested) return Promise.reject(new Cancelled('cancelled'));
    return new Promise<DocState>((resolve, reject) => {
      const w: Waiter = { version: doc.version, resolve, reject };
      const list = this.waiters.get(doc.uri) ?? [];
      list.push(w);
      this.waiters.set(doc.uri, list);
      token?.onCancellationRequested(() => {
        const l = this.waiters.get(doc.uri);
        if (l?.includes(w)) l.splice(l.indexOf(w), 1);
        reject(new Cancelled('cancelled'));
      });
      clearTimeout(this.timers.get(doc.uri));
      this.timers.delete(doc.uri);
      this.dispatch(doc.uri);
    });
  }

  /**
   * Findings for the current version, at once: exact when known or cheap; for a large document
   * being edited, the last exact findings carried through the edit since (`provisional`), while
   * the full check waits for a pause. Null when a large document has never been checked.
   */
  quick(doc: TextDocument): { findings: Finding[]; provisional: boolean } | null {
    const hit = this.peek(doc);
    if (hit) return { findings: hit.findings, provisional: false };
    if (!this.isLarge(doc)) return { findings: this.get(doc).findings, provisional: false };
    const p = this.provisional.get(doc.uri);
    if (p && p.version === doc.version && p.generation === this.generation) return { findings: p.findings, provisional: true };
    const last = this.cache.get(doc.uri);
    if (!last) return null;
    const findings = shiftFindings(last.findings, editBetween(last.analysis.text, doc.getText()));
    this.provisional.set(doc.uri, { version: doc.version, generation: this.generation, findings });
    this.schedule(doc.uri);
    return { findings, provisional: true };
  }

  /** The text changed: requests waiting for an older version are outdated. */
  changed(doc: TextDocument): void {
    this.rejectWaiters(doc.uri, (w) => w.version < doc.version, new Outdated(`version ${doc.version} arrived first`));
    if (this.isLarge(doc)) this.schedule(doc.uri);
  }

  private schedule(uri: string): void {
    clearTimeout(this.timers.get(uri));
    const t = setTimeout(() => {
      this.timers.delete(uri);
      this.dispatch(uri);
    }, QUIET_MS);
    t.unref?.();
    this.timers.set(uri, t);
  }

  /** Sends the document's current version to the worker, unless a check of it is running. */
  private dispatch(uri: string): void {
    const doc = this.documentOf(uri);
    if (!doc || this.inflight.has(uri) || !this.worker) return;
    const fresh = this.peek(doc);
    if (fresh) {
      this.resolveWaiters(uri, fresh);
      return;
    }
    const { version } = doc;
    const generation = this.generation;
    const text = doc.getText();
    const path = pathOf(doc);
    const settings = this.settingsFor(uri);
    this.inflight.set(uri, version);
    this.worker
      .run({ text, path, languageId: doc.languageId, maxLength: settings.maxFileSize, maxLineLength: settings.maxLineLength, trusted: this.trusted(), roots: workspaceRoots(), rules: settings.rules, hints: settings.hints })
      .then(
        (out) => {
          this.inflight.delete(uri);
          const current = this.documentOf(uri);
          if (!current) return;
          if (current.version === version && generation === this.generation) {
            const state = this.store(uri, { version, analysis: { ...out.analysis, text }, findings: out.findings, workspace: workspaceFor(path, this.trusted()) }, generation);
            this.resolveWaiters(uri, state);
            this.onSettled(uri);
          } else if (this.waiters.get(uri)?.length) this.dispatch(uri);
          else this.schedule(uri);
        },
        (e: Error) => {
          this.inflight.delete(uri);
          this.onWorkerError(e.message);
          const current = this.documentOf(uri);
          if (!current) return;
          // Never leave a request hanging: check on this thread instead.
          try {
            const state = this.get(current);
            this.resolveWaiters(uri, state);
            this.onSettled(uri);
          } catch (err) {
            this.rejectWaiters(uri, () => true, err as Error);
          }
        },
      );
  }

  private store(uri: string, state: DocState, generation: number): DocState {
    this.cache.set(uri, state);
    this.cachedGeneration.set(uri, generation);
    this.provisional.delete(uri);
    return state;
  }

  private resolveWaiters(uri: string, state: DocState): void {
    const list = this.waiters.get(uri);
    if (!list) return;
    const keep = list.filter((w) => w.version !== state.version);
    for (const w of list) if (w.version === state.version) w.resolve(state);
    if (keep.length) this.waiters.set(uri, keep);
    else this.waiters.delete(uri);
  }

  private rejectWaiters(uri: string, which: (w: Waiter) => boolean, e: Error): void {
    const list = this.waiters.get(uri);
    if (!list) return;
    const keep = list.filter((w) => !which(w));
    for (const w of list) if (which(w)) w.reject(e);
    if (keep.length) this.waiters.set(uri, keep);
    else this.waiters.delete(uri);
  }
}

function pathOf(doc: TextDocument): string | null {
  return doc.uri.startsWith('file:') ? fileURLToPath(doc.uri) : null;
}
