// A workspace: the folder an article belongs to, its `.sourced.yaml`, the knowledge base
// extended by it, and the annotations stored under `.sourced/`. Cached per folder and
// reloaded when the configuration file changes.
import { existsSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import type { KnowledgeBase } from '../analysis/knowledge-port';
import type { Severity } from '../analysis/types';
import type { JsonAnnotation } from '../document/json';
import type { Suppression } from '../rules';
import { loadKnowledge } from '../knowledge';
import type { ConfigProblem } from '../config';
import { annotationsForFile, describeSkipped } from '../annotations/store';
import { configure } from './configured';
import { readConfigFile } from './config-file';

export interface Workspace {
  root: string | null;
  configPath: string | null;
  kb: KnowledgeBase;
  severities: Record<string, Severity | 'off'>;
  problems: string[];
  /** Problems with exact places in the configuration file, for diagnostics on it. */
  configProblems: ConfigProblem[];
  /** The file matches an `ignore:` pattern. */
  ignored: boolean;
  suppressionsFor(file: string, text: string): Suppression[];
  verifiedFor(file: string, text: string): { start: number; end: number }[];
  annotationsFor(file: string, text: string): JsonAnnotation[] | undefined;
  /** Why the file's annotations could not be read, or which of them were skipped and why. */
  annotationProblems(file: string, text: string): string[];
}

const CONFIG_NAMES = ['.sourced.yaml', '.sourced.yml'];

let editorRoots: string[] = [];

/**
 * The folders open in the editor (LSP workspace folders). An article inside one of them keeps
 * its annotations in that folder's `.sourced/`, unless a `.sourced.yaml` nearer the article
 * marks a root of its own.
 */
/** The editor's workspace folders, as last set. */
export function workspaceRoots(): string[] {
  return editorRoots.slice();
}

export function setWorkspaceRoots(roots: string[]): void {
  editorRoots = [...roots].sort((a, b) => b.length - a.length);
  cache.clear();
}

function findRoot(start: string): { root: string; config: string | null } {
  let dir = start;
  let gitRoot: string | null = null;
  const editorRoot = editorRoots.find((r) => start === r || start.startsWith(r.endsWith(sep) ? r : r + sep));
  for (let i = 0; i < 40; i++) {
    for (const n of CONFIG_NAMES) {
      const p = join(dir, n);
      if (existsSync(p)) return { root: dir, config: p };
    }
    if (editorRoot && dir === editorRoot) return { root: editorRoot, config: null };
    if (!gitRoot && (existsSync(join(dir, '.git')) || existsSync(join(dir, '.sourced')))) gitRoot = dir;
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return { root: gitRoot ?? start, config: null };
}

interface Cached {
  mtime: number;
  ws: Omit<Workspace, 'ignored'> & { ignore: ((path: string) => boolean)[] };
}
const cache = new Map<string, Cached>();
let defaultKb: KnowledgeBase | null = null;

export function defaultKnowledge(): KnowledgeBase {
  return (defaultKb ??= loadKnowledge());
}

/**
 * The workspace for a file path (null: an unsaved document). In an untrusted workspace the
 * configuration and annotation files are not read: the defaults apply.
 */
export function workspaceFor(file: string | null, trusted = true): Workspace {
  if (!file || !trusted) return bare(null, trusted ? [] : ['workspace not trusted: .sourced.yaml and annotations are not loaded']);
  const { root, config } = findRoot(dirname(file));
  let mtime = -1;
  if (config) {
    try {
      mtime = statSync(config).mtimeMs;
    } catch {
      mtime = -1;
    }
  }
  const key = root;
  let c = cache.get(key);
  if (!c || c.mtime !== mtime) {
    c = { mtime, ws: load(root, config) };
    cache.set(key, c);
  }
  const rel = relative(root, file).split(sep).join('/');
  return { ...c.ws, ignored: c.ws.ignore.some((m) => m(rel)) };
}

function bare(root: string | null, problems: string[]): Workspace {
  return {
    root,
    configPath: null,
    kb: defaultKnowledge(),
    severities: {},
    problems,
    configProblems: [],
    ignored: false,
    suppressionsFor: () => [],
    verifiedFor: () => [],
    annotationsFor: () => undefined,
    annotationProblems: () => [],
  };
}

function load(root: string, config: string | null): Cached['ws'] {
  let problems: string[] = [];
  let configProblems: ConfigProblem[] = [];
  let kb = defaultKnowledge();
  let severities: Record<string, Severity | 'off'> = {};
  let ignore: ((path: string) => boolean)[] = [];
  if (config) {
    const read = readConfigFile(config);
    const set = configure('text' in read ? read.text : '', config, kb);
    // A file that could not be read: its reason first, then the (default) set-up.
    problems = 'problem' in read ? [read.problem, ...set.problems] : set.problems;
    configProblems = set.configProblems;
    ({ kb, severities, ignore } = set);
  }
  const store = (file: string, text: string) => annotationsForFile(root, file, text);
  return {
    root,
    configPath: config,
    kb,
    severities,
    problems,
    configProblems,
    ignore,
    suppressionsFor: (file, text) => store(file, text).suppressions,
    verifiedFor: (file, text) => store(file, text).verified,
    annotationsFor: (file, text) => store(file, text).json,
    annotationProblems: (file, text) => {
      const r = store(file, text);
      if (r.error) return [`${r.path}: ${r.error}; annotations ignored, the file is left as it is`];
      return r.skipped.map((x) => `${r.path}: ${describeSkipped(x)}`);
    },
  };
}
