// Finding the article files for `sourced check`: globs, default patterns, ignore rules.
// Node 20 has no fs.glob, and a repository walk must prune node_modules/.git early, so this
// is a small walker; globs (*, **, ?, [...], {a,b}, leading ! to exclude) are matched by workspace/glob.ts.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { parseConfig } from '../config';
import { compileGlob } from '../workspace/glob';
import { readConfigFile } from '../workspace/config-file';

/** Folders never walked into. */
export const SKIP_DIRS = new Set(['node_modules', '.git', '.sourced', '.hg', '.svn']);

export const BASE_PATTERNS = ['**/*.news', '**/*.article'];
const LANGUAGE_PATTERNS: Record<string, string[]> = {
  markdown: ['**/*.md', '**/*.markdown'],
  plaintext: ['**/*.txt'],
};

export interface RootConfig {
  /** Folder holding .sourced.yaml (or the start folder when there is none). */
  root: string;
  configPath: string | null;
  languages: string[];
  ignore: string[];
  problems: string[];
}

const CONFIG_NAMES = ['.sourced.yaml', '.sourced.yml'];

/** The .sourced.yaml that governs `start` (searching upwards), read for `languages` and `ignore`. */
export function rootConfig(start: string, useConfig = true): RootConfig {
  const none: RootConfig = { root: start, configPath: null, languages: [], ignore: [], problems: [] };
  if (!useConfig) return none;
  let dir = start;
  for (let i = 0; i < 40; i++) {
    for (const n of CONFIG_NAMES) {
      const p = join(dir, n);
      if (existsSync(p)) {
        const read = readConfigFile(p);
        if ('problem' in read) return { ...none, root: dir, configPath: p, problems: [read.problem] };
        const parsed = parseConfig(read.text);
        const cfg = parsed.config as { languages?: unknown; ignore?: unknown };
        const languages = Array.isArray(cfg.languages) ? cfg.languages.filter((x): x is string => typeof x === 'string') : [];
        const ignore = Array.isArray(cfg.ignore) ? cfg.ignore.filter((x): x is string => typeof x === 'string') : [];
        return { root: dir, configPath: p, languages, ignore, problems: [] };
      }
    }
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return none;
}

/** The default patterns for a configuration: news files, plus Markdown / text when enabled. */
export function defaultPatterns(languages: string[]): string[] {
  const out = [...BASE_PATTERNS];
  for (const l of languages) for (const p of LANGUAGE_PATTERNS[l.toLowerCase()] ?? []) if (!out.includes(p)) out.push(p);
  return out;
}

const MAGIC = /[*?[{]/;

function toSlash(p: string): string {
  return p.split(sep).join('/');
}

export interface FoundFile {
  /** Absolute path. */
  abs: string;
  /** Path as printed: relative to the working folder, forward slashes. */
  display: string;
  /** Named on the command line rather than found by a pattern. */
  explicit: boolean;
}

export interface Discovery {
  files: FoundFile[];
  /** Arguments that matched nothing, or could not be read. */
  missing: string[];
  /** Files skipped by an ignore pattern (named explicitly). */
  ignored: string[];
}

/**
 * Expand the command line's patterns (relative to `cwd`) into files, in a stable order:
 * patterns in the order given, files sorted within each. A plain file path is taken as it is;
 * a folder stands for the default patterns inside it.
 */
export function discover(patterns: string[], cwd: string, cfg: RootConfig): Discovery {
  const defaults = defaultPatterns(cfg.languages);
  const include: string[] = [];
  const exclude: ((path: string) => boolean)[] = [];
  const explicitFiles: string[] = [];
  const missing: string[] = [];
  const ignoredExplicit: string[] = [];
  const ignoreRes = cfg.ignore.map((g) => compileGlob(g));
  const isIgnored = (abs: string) => {
    if (!ignoreRes.length) return false;
    const rel = toSlash(relative(cfg.root, abs));
    return !rel.startsWith('../') && ignoreRes.some((m) => m(rel));
  };

  const list = patterns.length ? patterns : defaults;
  for (const raw of list) {
    const p = toSlash(raw);
    if (p.startsWith('!')) {
      exclude.push(compileGlob(absGlob(p.slice(1), cwd)));
      continue;
    }
    if (!MAGIC.test(p)) {
      const abs = resolve(cwd, raw);
      let st;
      try {
        st = statSync(abs);
      } catch {
        missing.push(raw);
        continue;
      }
      if (st.isDirectory()) for (const d of defaults) include.push(absGlob(join(abs, d), cwd));
      else explicitFiles.push(abs);
      continue;
    }
    include.push(absGlob(p, cwd));
  }

  const seen = new Set<string>();
  const files: FoundFile[] = [];
  const add = (abs: string, explicit: boolean) => {
    if (seen.has(abs)) return;
    if (exclude.some((m) => m(toSlash(abs)))) return;
    if (isIgnored(abs)) {
      if (explicit) ignoredExplicit.push(displayOf(abs, cwd));
      return;
    }
    seen.add(abs);
    files.push({ abs, display: displayOf(abs, cwd), explicit });
  };
  for (const f of explicitFiles) add(f, true);

  // Group patterns by their static base folder so that each tree is walked once.
  const byBase = new Map<string, ((path: string) => boolean)[]>();
  for (const g of include) {
    const base = staticBase(g);
    const arr = byBase.get(base) ?? [];
    arr.push(compileGlob(g));
    byBase.set(base, arr);
  }
  for (const [base, res] of byBase) {
    const found: string[] = [];
    walk(base, (abs) => {
      const s = toSlash(abs);
      if (res.some((m) => m(s))) found.push(abs);
    });
    found.sort();
    for (const f of found) add(f, false);
  }
  if (patterns.length) {
    // A pattern the user typed that matched no file at all is worth a word.
    for (const raw of patterns) {
      const p = toSlash(raw);
      if (p.startsWith('!') || !MAGIC.test(p)) continue;
      const m = compileGlob(absGlob(p, cwd));
      if (!files.some((f) => m(toSlash(f.abs)))) missing.push(raw);
    }
  }
  return { files, missing, ignored: ignoredExplicit };
}

function displayOf(abs: string, cwd: string): string {
  const rel = relative(cwd, abs);
  return toSlash(rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : abs);
}

/** A pattern made absolute (forward slashes), so that ../ and absolute patterns work too. */
function absGlob(p: string, cwd: string): string {
  const slashCwd = toSlash(cwd);
  let g = toSlash(p);
  if (!g.startsWith('/') && !/^[A-Za-z]:\//.test(g)) g = `${slashCwd.replace(/\/$/, '')}/${g}`;
  // Normalise ./ and ../ in the static part.
  const parts = g.split('/');
  const out: string[] = [];
  for (const [i, part] of parts.entries()) {
    if (part === '.') continue;
    if (part === '..' && !MAGIC.test(parts.slice(0, i).join('/'))) out.pop();
    else out.push(part);
  }
  return out.join('/') || '/';
}

function staticBase(g: string): string {
  const parts = g.split('/');
  const out: string[] = [];
  for (const part of parts.slice(0, -1)) {
    if (MAGIC.test(part)) break;
    out.push(part);
  }
  return out.join('/') || '/';
}

function walk(dir: string, onFile: (abs: string) => void): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const abs = join(dir, e.name);
    if (e.isDirectory()) {
      if (SKIP_DIRS.has(e.name)) continue;
      walk(abs, onFile);
    } else if (e.isFile()) onFile(abs);
    else if (e.isSymbolicLink()) {
      try {
        const st = statSync(abs);
        if (st.isFile()) onFile(abs);
        // Symlinked folders are not followed: they can loop.
      } catch {
        // dangling link
      }
    }
  }
}
