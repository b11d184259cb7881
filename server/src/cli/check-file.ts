// One file of `sourced check`: read, decode, workspace, analyze, check — exactly the steps the
// editor takes (server/src/features/state.ts) — and the result as plain data that can cross a
// worker_threads boundary.
import { readFileSync } from 'node:fs';
import type { Severity } from '../analysis/types';
import { decodeArticle } from '../document/read';
import { languageOf } from '../document/language';
import { lineIndex } from '../document/lines';
import { toJson } from '../document/json';
import { workspaceFor } from '../workspace';
import { checkDocument } from '../workspace/check';

export interface CheckFileOptions {
  maxSize: number;
  config: boolean;
  /** Build the analyze-compatible JSON object (only --format json needs it). */
  json: boolean;
  language?: string;
  /** Keep the hints rules lower their own findings to (--hints). */
  hints?: boolean;
}

/** A range as 1-based line/column (UTF-16 code units), end exclusive as in SARIF. */
export interface Where {
  start: number;
  end: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface FindingOut extends Where {
  rule: string;
  severity: Severity;
  message: string;
  /** The text of the range (at most 200 characters), for fingerprints. */
  excerpt: string;
  related: (Where & { message: string })[];
}

export interface FileResult {
  file: string;
  status: 'checked' | 'skipped' | 'ignored' | 'error';
  /** What to tell the user about the file (decoding, size, binary, unreadable). */
  notice?: string;
  /** Problems with the workspace configuration (.sourced.yaml) and the article's annotation file. */
  problems: string[];
  findings: FindingOut[];
  /**
   * The analyze-compatible JSON object, already serialised (indent 2): a string crosses from a
   * worker thread far faster than the object would.
   */
  json?: string;
  words: number;
  ms: number;
}

export function checkFile(abs: string, display: string, opts: CheckFileOptions): FileResult {
  const t0 = performance.now();
  const base = { file: display, problems: [] as string[], findings: [] as FindingOut[], words: 0 };
  let buf: Buffer;
  try {
    buf = readFileSync(abs);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const notice = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    return { ...base, status: 'error', notice, ms: performance.now() - t0 };
  }
  const read = decodeArticle(buf, opts.maxSize);
  if (read.text === null) {
    return {
      ...base,
      status: 'skipped',
      notice: read.notice,
      json: opts.json ? JSON.stringify({ file: display, skipped: read.notice, entities: [], quotes: [], attributions: [], claims: [], findings: [] }, null, 2) : undefined,
      ms: performance.now() - t0,
    };
  }
  const ws = workspaceFor(abs, opts.config);
  if (ws.ignored) return { ...base, status: 'ignored', problems: ws.problems, notice: 'skipped (matches an ignore pattern in .sourced.yaml)', ms: performance.now() - t0 };
  const text = read.text;
  const { analysis: a, findings } = checkDocument(text, abs, ws, { languageId: languageOf(abs, opts.language), maxLength: opts.maxSize, hints: opts.hints });
  const lines = lineIndex(text);
  const where = (start: number, end: number): Where => {
    const s = lines.position(start);
    const e = lines.position(Math.max(start, end));
    return { start, end, line: s.line + 1, column: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1 };
  };
  const out: FindingOut[] = findings.map((f) => ({
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    excerpt: text.slice(f.start, Math.min(f.end, f.start + 200)),
    ...where(f.start, f.end),
    related: f.related.map((r) => ({ message: r.message, ...where(r.start, r.end) })),
  }));
  let words = 0;
  for (const t of a.tokens) if (t.kind === 'word') words++;
  return {
    file: display,
    status: 'checked',
    notice: read.notice,
    problems: [...ws.problems, ...ws.annotationProblems(abs, text)],
    findings: out,
    json: opts.json ? JSON.stringify(toJson(display, a, findings, ws.annotationsFor(abs, text)), null, 2) : undefined,
    words,
    ms: performance.now() - t0,
  };
}
