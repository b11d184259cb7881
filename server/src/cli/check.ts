// `sourced check [GLOB...]`: every article in a repository, with its .sourced.yaml, in
// parallel on worker threads; text, JSON or SARIF out; an exit code for CI.
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Severity } from '../analysis/types';
import { DEFAULT_MAX_BYTES } from '../document/read';
import { checkFile, type CheckFileOptions, type FileResult } from './check-file';
import { discover, rootConfig, type FoundFile } from './check-files';
import { toSarif } from './check-sarif';

const SEVERITY_RANK: Record<Severity | 'none', number> = { error: 4, warning: 3, information: 2, hint: 1, none: 99 };

export const CHECK_USAGE = `Usage:
  sourced check [options] [PATTERN...]   check every article in the repository

PATTERN is a file, a folder or a glob (*, **, ?, [abc], {a,b}; a leading ! excludes),
relative to the current folder; quote globs so that the shell does not expand them.
Default: **/*.news and **/*.article, plus **/*.md and/or **/*.txt when .sourced.yaml lists
markdown / plaintext under \`languages:\`. node_modules, .git, .sourced and the \`ignore:\`
patterns of .sourced.yaml are skipped.

Options for check:
  --format text|json|sarif  output (default text: file:line:col severity rule message)
  --fail-on LEVEL           exit 1 when a finding at or above LEVEL exists:
                            error (default), warning, information, hint, none
  --max-warnings N          exit 1 when there are more than N warnings
  --jobs N                  worker threads, at most one per 8 files
                            (default: all cores, ${availableParallelism()} here)
  --progress, --no-progress progress bar on standard error (default: on a terminal, not in CI)
  --help-base URL           absolute URL of the rule docs folder for SARIF helpUri
                            (rule id + ".md" is appended)
  --max-size BYTES          skip files larger than this (default ${DEFAULT_MAX_BYTES})
  --no-config               ignore .sourced.yaml and .sourced/ annotations
  --hints                   also report the hints rules lower their own findings to (not by default)
  -h, --help                this help

Exit codes: 0 no finding at the --fail-on level and no more than --max-warnings warnings,
1 findings at that level or too many warnings, 2 usage error or a file that could not be read.`;

export class CheckUsageError extends Error {}

export interface CheckArgs {
  patterns: string[];
  format: 'text' | 'json' | 'sarif';
  failOn: Severity | 'none';
  maxWarnings: number;
  jobs: number;
  progress: boolean | undefined;
  helpBase?: string;
  maxSize: number;
  config: boolean;
  /** Keep the hints rules lower their own findings to. */
  hints: boolean;
}

export function parseCheckArgs(argv: string[]): CheckArgs {
  const args: CheckArgs = {
    patterns: [], format: 'text', failOn: 'error', maxWarnings: -1, jobs: availableParallelism(), progress: undefined, maxSize: DEFAULT_MAX_BYTES, config: true, hints: false,
  };
  let onlyPatterns = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (onlyPatterns) {
      args.patterns.push(a);
      continue;
    }
    const is = (name: string) => a === name || a.startsWith(`${name}=`);
    const value = () => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v === undefined) throw new CheckUsageError(`${a} needs a value`);
      return v;
    };
    const count = (name: string, min: number) => {
      const raw = value();
      const v = Number(raw);
      if (!/^\d+$/.test(raw.trim()) || v < min) throw new CheckUsageError(`${name} must be a whole number${min ? ` of at least ${min}` : ''}, not "${raw}"`);
      return v;
    };
    if (a === '--') onlyPatterns = true;
    else if (is('--format')) {
      const v = value();
      if (v !== 'text' && v !== 'json' && v !== 'sarif') throw new CheckUsageError(`--format must be text, json or sarif, not "${v}"`);
      args.format = v;
    } else if (is('--fail-on')) {
      const v = value() as Severity | 'none';
      if (!(v in SEVERITY_RANK)) throw new CheckUsageError(`--fail-on must be error, warning, information, hint or none, not "${v}"`);
      args.failOn = v;
    } else if (is('--max-warnings')) args.maxWarnings = count('--max-warnings', 0);
    else if (is('--jobs') || a === '-j') args.jobs = count('--jobs', 1);
    else if (a === '--progress') args.progress = true;
    else if (a === '--no-progress') args.progress = false;
    else if (is('--help-base')) {
      let v = value();
      if (!v.endsWith('/')) v += '/';
      args.helpBase = v;
    } else if (is('--max-size')) {
      const v = Number(value());
      if (!Number.isFinite(v) || v <= 0) throw new CheckUsageError('--max-size must be a positive number of bytes');
      args.maxSize = v;
    } else if (a === '--no-config') args.config = false;
    else if (a === '--hints') args.hints = true;
    else if (a.startsWith('-') && a !== '-') throw new CheckUsageError(`unknown option ${a}`);
    else args.patterns.push(a);
  }
  return args;
}

interface PackageInfo {
  version: string;
  repository?: string;
}

function packageInfo(): PackageInfo {
  for (const p of [join(__dirname, '..', 'package.json'), join(__dirname, '..', '..', '..', 'package.json')]) {
    try {
      const pkg = JSON.parse(readFileSync(p, 'utf8')) as { name?: string; version?: string; repository?: string | { url?: string } };
      if (pkg.name !== 'sourced') continue;
      const repo = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
      return { version: pkg.version ?? '0.0.0', repository: repo };
    } catch {
      // try the next
    }
  }
  return { version: '0.0.0' };
}

/** https://github.com/owner/repo/blob/HEAD/docs/rules/ from a package.json repository field. */
function defaultHelpBase(repo: string | undefined): string | undefined {
  if (!repo) return undefined;
  const m = /github(?:\.com[/:]|:)([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(repo);
  return m ? `https://github.com/${m[1]}/${m[2]}/blob/HEAD/docs/rules/` : undefined;
}

function gitRoot(start: string): string {
  let dir = start;
  for (let i = 0; i < 60; i++) {
    if (existsSync(join(dir, '.git'))) return dir;
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return start;
}

/** The progress bar: on a terminal's standard error only, redrawn at most every 80 ms. */
class Progress {
  private last = 0;
  private readonly t0 = performance.now();
  constructor(private readonly enabled: boolean, private readonly total: number, private readonly stream: NodeJS.WriteStream) {}
  update(done: number, warnings: number, errors: number, force = false): void {
    if (!this.enabled) return;
    const now = performance.now();
    if (!force && now - this.last < 80 && done < this.total) return;
    this.last = now;
    const cols = Math.max(40, Math.min(this.stream.columns || 80, 120));
    const tail = ` ${done}/${this.total} files · ${errors} errors · ${warnings} warnings · ${((now - this.t0) / 1000).toFixed(1)} s`;
    const width = Math.max(10, cols - tail.length - 3);
    const filled = this.total ? Math.round((done / this.total) * width) : width;
    this.stream.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}]${tail}`);
  }
  clear(): void {
    if (this.enabled) this.stream.write('\r\x1b[K');
  }
}

/** Run checkFile over the files, on worker threads when jobs > 1; results by index. */
export async function checkFiles(
  files: FoundFile[],
  jobs: number,
  opts: CheckFileOptions,
  onResult: (index: number, r: FileResult) => void,
  warn: (s: string) => void = () => undefined,
): Promise<void> {
  const workerPath = join(__dirname, 'check-worker.js');
  // A worker costs a bundle load and a knowledge base (~0.1 s): one per 8 files at most.
  const n = Math.min(jobs, Math.ceil(files.length / 8));
  if (n <= 1 || !existsSync(workerPath)) {
    if (n > 1) warn(`worker bundle ${workerPath} not found; checking on one thread`);
    for (let i = 0; i < files.length; i++) {
      onResult(i, safeCheck(files[i], opts));
      // Let the progress bar and signals through.
      if (i % 16 === 15) await new Promise((r) => setImmediate(r));
    }
    return;
  }
  // Files not yet sent; a file a worker lost while it was only queued there goes back in.
  const todo: number[] = files.map((_, i) => i).reverse();
  let finished = 0;
  let crashes = 0;
  await new Promise<void>((resolveAll) => {
    let alive = 0;
    const done = () => {
      if (finished === files.length) resolveAll();
    };
    const start = () => {
      // A larger young generation: the analysis allocates many short-lived objects, and fewer
      // scavenges leave more of the shared memory bandwidth to the other workers.
      const w = new Worker(workerPath, { workerData: opts, resourceLimits: { maxYoungGenerationSizeMb: 64 } });
      alive++;
      // Two files in flight per worker, so it never waits for this thread between files.
      const inFlight: number[] = [];
      const feed = () => {
        while (inFlight.length < 2 && todo.length) {
          const i = todo.pop()!;
          inFlight.push(i);
          w.postMessage({ id: i, abs: files[i].abs, display: files[i].display });
        }
        if (!inFlight.length) void w.terminate();
      };
      w.on('message', (msg: { ready?: boolean; id?: number; result?: FileResult }) => {
        if (msg.ready) return feed();
        if (msg.id !== undefined && msg.result) {
          const at = inFlight.indexOf(msg.id);
          if (at >= 0) inFlight.splice(at, 1);
          onResult(msg.id, msg.result);
          finished++;
          feed();
          done();
        }
      });
      const lost = (why: string) => {
        // A worker died (out of memory, a bug): the file it was on is an error; the one
        // waiting behind it goes to another worker.
        const current = inFlight.shift();
        if (current === undefined) return;
        onResult(current, { file: files[current].display, status: 'error', notice: `internal error: ${why}`, problems: [], findings: [], words: 0, ms: 0 });
        finished++;
        while (inFlight.length) todo.push(inFlight.pop()!);
      };
      w.on('error', (e) => lost(e.stack ?? String(e)));
      w.on('exit', (code) => {
        if (inFlight.length || code !== 0) crashes++;
        lost(`worker thread exited with code ${code}`);
        alive--;
        if (todo.length && crashes > n + 3) {
          // Workers keep dying (cannot even start): finish on this thread instead.
          warn(`worker threads keep failing (exit code ${code}); checking the rest on one thread`);
          while (todo.length) {
            const i = todo.pop()!;
            onResult(i, safeCheck(files[i], opts));
            finished++;
          }
        } else if (todo.length) start();
        else if (alive === 0 && finished < files.length) resolveAll();
        done();
      });
    };
    for (let i = 0; i < n; i++) start();
  });
}

function safeCheck(f: FoundFile, opts: CheckFileOptions): FileResult {
  try {
    return checkFile(f.abs, f.display, opts);
  } catch (e) {
    return { file: f.display, status: 'error', notice: `internal error: ${(e as Error).stack ?? e}`, problems: [], findings: [], words: 0, ms: 0 };
  }
}

export async function runCheck(argv: string[], out: (s: string) => void, err: (s: string) => void, cwd = process.cwd()): Promise<number> {
  const args = parseCheckArgs(argv);
  const cfg = rootConfig(cwd, args.config);
  for (const p of cfg.problems) err(`sourced: ${p}`);
  const found = discover(args.patterns, cwd, cfg);
  let fileError = false;
  for (const m of found.missing) {
    const plain = !/[*?[{]/.test(m) && !m.startsWith('!');
    err(`sourced: ${m}: ${plain ? 'no such file or folder' : 'no file matches this pattern'}`);
    if (plain) fileError = true;
  }
  for (const f of found.ignored) err(`sourced: ${f}: skipped (matches an ignore pattern in .sourced.yaml)`);
  const files = found.files;
  if (!files.length && args.patterns.length && !found.ignored.length) {
    err('sourced: no article files found');
    fileError = true;
  } else if (!files.length && !found.ignored.length) err(`sourced: no article files found (looked for ${cfg.languages.length ? 'the default patterns plus ' + cfg.languages.join(', ') : '**/*.news and **/*.article'})`);

  const opts: CheckFileOptions = { maxSize: args.maxSize, config: args.config, json: args.format === 'json', hints: args.hints };
  const showProgress = args.progress ?? (!!process.stderr.isTTY && !process.env.CI);
  const progress = new Progress(showProgress, files.length, process.stderr);
  const results: (FileResult | undefined)[] = new Array(files.length);
  let printed = 0;
  let warnings = 0;
  let errors = 0;
  let doneCount = 0;
  let worst = 0;
  const problems = new Set<string>();
  const counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };

  const flushText = () => {
    // Text is printed in file order as soon as every earlier file is done.
    while (printed < files.length && results[printed]) {
      const r = results[printed]!;
      if (r.notice) {
        progress.clear();
        err(`sourced: ${r.file}: ${r.notice}`);
      }
      if (args.format === 'text' && r.findings.length) {
        progress.clear();
        for (const f of r.findings) out(`${r.file}:${f.line}:${f.column} ${f.severity} ${f.rule} ${f.message}`);
      }
      printed++;
    }
  };

  progress.update(0, 0, 0, true);
  await checkFiles(files, args.jobs, opts, (i, r) => {
    results[i] = r;
    doneCount++;
    for (const p of r.problems) {
      if (!problems.has(p)) {
        problems.add(p);
        progress.clear();
        err(`sourced: ${p}`);
      }
    }
    if (r.status === 'error') fileError = true;
    for (const f of r.findings) {
      counts[f.severity]++;
      worst = Math.max(worst, SEVERITY_RANK[f.severity]);
    }
    warnings = counts.warning;
    errors = counts.error;
    flushText();
    progress.update(doneCount, warnings, errors);
  }, (s) => err(`sourced: ${s}`));
  progress.clear();
  flushText();

  const all = results.filter((r): r is FileResult => !!r);
  if (args.format === 'json') {
    // What JSON.stringify(array, null, 2) writes, from the files' own serialised objects.
    const items = all.filter((r) => r.json !== undefined).map((r) => `  ${r.json!.replace(/\n/g, '\n  ')}`);
    out(items.length ? `[\n${items.join(',\n')}\n]` : '[]');
  } else if (args.format === 'sarif') {
    const pkg = packageInfo();
    const absByDisplay = new Map(files.map((f) => [f.display, f.abs]));
    if (args.helpBase && !/^[a-z][a-z0-9+.-]*:/i.test(args.helpBase)) {
      err(`sourced: --help-base "${args.helpBase}" is not an absolute URL: SARIF helpUri must be one, and GitHub code scanning rejects the upload otherwise`);
    }
    const sarif = toSarif(all, {
      root: gitRoot(cwd),
      helpBase: args.helpBase ?? defaultHelpBase(pkg.repository),
      version: pkg.version,
      informationUri: defaultHelpBase(pkg.repository)?.replace(/blob\/HEAD\/docs\/rules\/$/, ''),
      absOf: (d) => absByDisplay.get(d) ?? d,
      docsDir: [join(__dirname, '..', 'docs', 'rules'), join(__dirname, '..', '..', '..', 'docs', 'rules')].find((d) => existsSync(d)),
    });
    out(JSON.stringify(sarif, null, 2));
  }

  const checked = all.filter((r) => r.status === 'checked').length;
  const skipped = all.filter((r) => r.status === 'skipped' || r.status === 'ignored').length;
  const failedFiles = all.filter((r) => r.status === 'error').length;
  if (args.format === 'text' || showProgress) {
    const parts = (['error', 'warning', 'information', 'hint'] as Severity[]).filter((s) => counts[s]).map((s) => `${counts[s]} ${s}${counts[s] === 1 || s === 'information' ? '' : 's'}`);
    err(`sourced: ${checked} file${checked === 1 ? '' : 's'} checked${parts.length ? `: ${parts.join(', ')}` : ', no findings'}${skipped ? `; ${skipped} skipped` : ''}${failedFiles ? `; ${failedFiles} could not be checked` : ''}`);
  }
  if (fileError) return 2;
  let code = worst >= SEVERITY_RANK[args.failOn] ? 1 : 0;
  if (args.maxWarnings >= 0 && counts.warning > args.maxWarnings) {
    err(`sourced: ${counts.warning} warnings, more than --max-warnings ${args.maxWarnings}`);
    code = 1;
  }
  return code;
}
