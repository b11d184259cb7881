// `sourced` command line: analyse articles, print findings as text or JSON.
import '../shared/regexp-tier'; // first: how V8 compiles the analysis' patterns (shared/regexp-tier.ts)
import { readFileSync } from 'node:fs';
import { languageOf } from '../document/language';
import { analyze } from '../analysis/analyze';
import { check } from '../rules';
import type { Finding, Severity } from '../analysis/types';
import { decodeArticle, DEFAULT_MAX_BYTES } from '../document/read';
import { toJson } from '../document/json';
import { lineIndex } from '../document/lines';
import { workspaceFor } from '../workspace';

const SEVERITY_RANK: Record<Severity | 'none', number> = { error: 4, warning: 3, information: 2, hint: 1, none: 99 };

const USAGE = `Usage:
  sourced analyze [options] FILE...     check articles and print findings
  sourced analyze --stdin [options]     check one article read from standard input
  sourced check [options] [PATTERN...]  check every article in the repository (sourced check --help)

Options for analyze:
  --format text|json     output format (default text: file:line:col severity rule message)
  --fail-on LEVEL        exit 1 when a finding at or above LEVEL exists:
                         error (default), warning, information, hint, none
  --language ID          news (default), markdown or plaintext; by default from the file name
  --max-size BYTES       skip files larger than this (default ${DEFAULT_MAX_BYTES})
  --max-line-length N    skip files with a line longer than N characters (default 100000)
  --no-config            ignore .sourced.yaml
  --hints                also report the hints rules lower their own findings to (not by default)
  -h, --help             this help

Exit codes: 0 no finding at the --fail-on level, 1 findings at that level, 2 usage or file error.`;

export class UsageError extends Error {}

interface AnalyzeArgs {
  files: string[];
  stdin: boolean;
  format: 'text' | 'json';
  failOn: Severity | 'none';
  language?: string;
  maxSize: number;
  /** Characters; a longer line marks the file as data and it is not checked. */
  maxLineLength?: number;
  config: boolean;
  /** Keep the hints rules lower their own findings to. */
  hints: boolean;
}

function parseAnalyzeArgs(argv: string[]): AnalyzeArgs {
  const args: AnalyzeArgs = { files: [], stdin: false, format: 'text', failOn: 'error', maxSize: DEFAULT_MAX_BYTES, config: true, hints: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      return v;
    };
    if (a === '--stdin') args.stdin = true;
    else if (a === '--format' || a.startsWith('--format=')) {
      const v = value();
      if (v !== 'text' && v !== 'json') throw new UsageError(`--format must be text or json, not "${v}"`);
      args.format = v;
    } else if (a === '--fail-on' || a.startsWith('--fail-on=')) {
      const v = value() as Severity | 'none';
      if (!(v in SEVERITY_RANK)) throw new UsageError(`--fail-on must be error, warning, information, hint or none, not "${v}"`);
      args.failOn = v;
    } else if (a === '--language' || a.startsWith('--language=')) args.language = value();
    else if (a === '--max-size' || a.startsWith('--max-size=')) {
      const v = Number(value());
      if (!Number.isFinite(v) || v <= 0) throw new UsageError('--max-size must be a positive number of bytes');
      args.maxSize = v;
    } else if (a === '--max-line-length' || a.startsWith('--max-line-length=')) {
      const v = Number(value());
      if (!Number.isFinite(v) || v < 1000) throw new UsageError('--max-line-length must be a number of characters, at least 1000');
      args.maxLineLength = Math.floor(v);
    } else if (a === '--no-config') args.config = false;
    else if (a === '--hints') args.hints = true;
    else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
    else args.files.push(a);
  }
  if (!args.stdin && !args.files.length) throw new UsageError('no files given (or use --stdin)');
  if (args.stdin && args.files.length) throw new UsageError('give files or --stdin, not both');
  return args;
}


/** "4 warnings, 1 information", or "no findings". */
function findingSummary(counts: Map<string, number>): string {
  const parts = ['error', 'warning', 'information', 'hint'].filter((s) => counts.get(s)).map((s) => {
    const n = counts.get(s)!;
    return `${n} ${s}${n === 1 || s === 'information' ? '' : 's'}`;
  });
  return parts.length ? parts.join(', ') : 'no findings';
}

function formatText(file: string, text: string, findings: Finding[]): string[] {
  const lines = lineIndex(text);
  return findings.map((f) => {
    const p = lines.position(f.start);
    return `${file}:${p.line + 1}:${p.character + 1} ${f.severity} ${f.rule} ${f.message}`;
  });
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

export async function runAnalyze(argv: string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const args = parseAnalyzeArgs(argv);
  const inputs: { file: string; buf: Buffer | null; error?: string }[] = [];
  if (args.stdin) inputs.push({ file: '<stdin>', buf: await readStdin() });
  else {
    for (const f of args.files) {
      try {
        inputs.push({ file: f, buf: readFileSync(f) });
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        inputs.push({ file: f, buf: null, error: code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (e as Error).message });
      }
    }
  }
  let worst = 0;
  let fileError = false;
  const counts = new Map<string, number>();
  let analysed = 0;
  const results: unknown[] = [];
  for (const input of inputs) {
    if (!input.buf) {
      err(`sourced: ${input.file}: ${input.error}`);
      fileError = true;
      continue;
    }
    const read = decodeArticle(input.buf, args.maxSize);
    if (read.notice) err(`sourced: ${input.file}: ${read.notice}`);
    if (read.text === null) {
      if (args.format === 'json') results.push({ file: input.file, skipped: read.notice, entities: [], quotes: [], attributions: [], claims: [], findings: [] });
      continue;
    }
    const ws = workspaceFor(input.file === '<stdin>' ? process.cwd() + '/stdin.news' : input.file, args.config);
    for (const p of ws.problems) err(`sourced: ${p}`);
    if (ws.ignored) {
      err(`sourced: ${input.file}: skipped (matches an ignore pattern in .sourced.yaml)`);
      continue;
    }
    const a = analyze(read.text, ws.kb, { languageId: languageOf(input.file, args.language), maxLength: args.maxSize, maxLineLength: args.maxLineLength });
    const findings = check(a, { kb: ws.kb, severities: ws.severities, suppressions: ws.suppressionsFor(input.file, a.text), verified: ws.verifiedFor(input.file, a.text), hints: args.hints });
    for (const f of findings) worst = Math.max(worst, SEVERITY_RANK[f.severity]);
    for (const p of ws.annotationProblems(input.file, a.text)) err(`sourced: ${p}`);
    if (args.format === 'json') results.push(toJson(input.file, a, findings, ws.annotationsFor(input.file, a.text)));
    else {
      // One write for the file's findings: a write per line was thousands of system calls.
      const lines = formatText(input.file, read.text, findings);
      if (lines.length) out(lines.join('\n'));
      if (!findings.length) err(`sourced: ${input.file}: no findings`);
      for (const f of findings) counts.set(f.severity, (counts.get(f.severity) ?? 0) + 1);
      analysed++;
    }
  }
  if (args.format !== 'json' && analysed) err(`sourced: ${findingSummary(counts)} in ${analysed} article${analysed === 1 ? '' : 's'}`);
  if (args.format === 'json') out(JSON.stringify(results.length === 1 && inputs.length === 1 ? results[0] : results, null, 2));
  if (fileError) return 2;
  return worst >= SEVERITY_RANK[args.failOn] ? 1 : 0;
}

export async function main(argv: string[]): Promise<number> {
  const out = (s: string) => process.stdout.write(s + '\n');
  const err = (s: string) => process.stderr.write(s + '\n');
  const [cmd, ...rest] = argv;
  try {
    if (!cmd || cmd === '-h' || cmd === '--help' || cmd === 'help') {
      out(USAGE);
      return cmd ? 0 : 2;
    }
    if (cmd === 'analyze') {
      if (rest.includes('-h') || rest.includes('--help')) {
        out(USAGE);
        return 0;
      }
      return await runAnalyze(rest, out, err);
    }
    if (cmd === 'check') {
      const { runCheck, CHECK_USAGE, CheckUsageError } = await import('./check');
      if (rest.includes('-h') || rest.includes('--help')) {
        out(CHECK_USAGE);
        return 0;
      }
      try {
        return await runCheck(rest, out, err);
      } catch (e) {
        if (!(e instanceof CheckUsageError)) throw e;
        err(`sourced: ${e.message}\n\n${CHECK_USAGE}`);
        return 2;
      }
    }
    throw new UsageError(`unknown command "${cmd}"`);
  } catch (e) {
    if (e instanceof UsageError) {
      err(`sourced: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    err(`sourced: ${(e as Error).stack ?? e}`);
    return 2;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
