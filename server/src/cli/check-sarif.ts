// SARIF 2.1.0 for `sourced check --format sarif`, shaped for GitHub code scanning:
//  - tool.driver.rules: id, name, shortDescription (the rule's summary), fullDescription, help
//    (the rule's docs page, so the alert shows it), helpUri, defaultConfiguration.level;
//  - results: ruleId, ruleIndex, level, message, one physicalLocation with a repository-relative
//    uri (percent-encoded, uriBaseId %SRCROOT%) and a 1-based region; columns are UTF-16 code
//    units (run.columnKind), endColumn exclusive, as SARIF defines;
//  - partialFingerprints so an alert follows its text when lines move;
//  - files that could not be checked are tool execution notifications, not results.
// helpUri must be an absolute URI: the schema says format "uri", and the upload to code
// scanning rejects a relative one. It is written only when a base is known (--help-base, or the
// package's homepage/repository); the docs page travels in `help` either way.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RULES } from '../rules';
import { DEFAULT_SEVERITIES, isRuleId } from '../config/rule-ids';
import type { Severity } from '../analysis/types';
import type { FileResult, FindingOut } from './check-file';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

type Level = 'error' | 'warning' | 'note';

export function sarifLevel(s: Severity): Level {
  return s === 'error' ? 'error' : s === 'warning' ? 'warning' : 'note';
}

const PROBLEM_SEVERITY: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'recommendation', hint: 'recommendation' };

/** Findings that are about the input rather than a rule (analyze's notices). */
const NOTICE_RULES: Record<string, string> = {
  input: 'A problem with the input text itself.',
  'file-too-large': 'The file is over the size limit and was not checked.',
  'line-too-long': 'The file has a line over the length limit (data, not prose) and was not checked.',
  'not-text': 'The file looks binary or is not UTF-8 text and was not checked.',
  'front-matter': 'The YAML front matter could not be read.',
};

export interface SarifOptions {
  /** Folder that result URIs are relative to (the repository root). */
  root: string;
  /** Absolute base URI for rule docs ("https://…/docs/rules/"); rule id + ".md" is appended. */
  helpBase?: string;
  version: string;
  informationUri?: string;
  /** Absolute paths of the files, by display path, for relative URIs. */
  absOf: (display: string) => string;
  /** Where the docs pages are (docs/rules), to embed them as `help`. */
  docsDir?: string;
}

/** A repository-relative path as a URI reference: each segment percent-encoded. */
export function relativeUri(root: string, abs: string): string {
  const rel = relative(root, abs).split(sep).join('/');
  if (!rel || rel.startsWith('../')) {
    // Outside the repository: an absolute file URI.
    return pathToFileURL(abs).toString();
  }
  return rel.split('/').map((s) => encodeURIComponent(s)).join('/');
}

function readDoc(docsDir: string | undefined, id: string): string | undefined {
  if (!docsDir) return undefined;
  const p = join(docsDir, `${id}.md`);
  try {
    return existsSync(p) ? readFileSync(p, 'utf8') : undefined;
  } catch {
    return undefined;
  }
}

function fingerprint(f: FindingOut, occurrence: number): string {
  return createHash('sha256').update(`${f.rule}\0${f.excerpt.replace(/\s+/g, ' ').trim()}\0${occurrence}`).digest('hex').slice(0, 32);
}

export function toSarif(results: FileResult[], opts: SarifOptions): object {
  const ids = RULES.map((r) => r.id);
  const extra = new Set<string>();
  for (const r of results) for (const f of r.findings) if (!ids.includes(f.rule)) extra.add(f.rule);
  const descriptors = [
    ...RULES.map((r) => {
      const doc = readDoc(opts.docsDir, r.id);
      return {
        id: r.id,
        name: r.id.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase()),
        shortDescription: { text: r.summary },
        fullDescription: { text: r.summary },
        ...(opts.helpBase ? { helpUri: `${opts.helpBase}${r.id}.md` } : {}),
        ...(doc ? { help: { text: doc, markdown: doc } } : {}),
        // (A rule off by default is described as disabled, at the level it reports when on.)
        defaultConfiguration: { level: sarifLevel(r.defaultSeverity), ...(isRuleId(r.id) && DEFAULT_SEVERITIES[r.id] === 'off' ? { enabled: false } : {}) },
        properties: { tags: ['news', 'sourcing'], precision: 'medium', 'problem.severity': PROBLEM_SEVERITY[r.defaultSeverity] },
      };
    }),
    ...[...extra].sort().map((id) => ({
      id,
      name: id.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase()),
      shortDescription: { text: NOTICE_RULES[id] ?? `Sourced notice: ${id}` },
      defaultConfiguration: { level: 'warning' as Level },
      properties: { tags: ['news', 'input'] },
    })),
  ];
  const index = new Map(descriptors.map((d, i) => [d.id, i]));

  const sarifResults: object[] = [];
  const notifications: object[] = [];
  for (const r of results) {
    const uri = relativeUri(opts.root, opts.absOf(r.file));
    const artifactLocation = { uri, uriBaseId: '%SRCROOT%' };
    if (r.status === 'error' || r.status === 'skipped') {
      notifications.push({
        level: r.status === 'error' ? 'error' : 'warning',
        message: { text: `${r.file}: ${r.notice ?? r.status}` },
        locations: [{ physicalLocation: { artifactLocation } }],
      });
      continue;
    }
    if (r.status !== 'checked') continue;
    const seen = new Map<string, number>();
    for (const f of r.findings) {
      const key = `${f.rule}\0${f.excerpt}`;
      const n = seen.get(key) ?? 0;
      seen.set(key, n + 1);
      sarifResults.push({
        ruleId: f.rule,
        ruleIndex: index.get(f.rule),
        level: sarifLevel(f.severity),
        message: { text: f.message },
        locations: [{ physicalLocation: { artifactLocation, region: region(f) } }],
        partialFingerprints: { 'sourcedFinding/v1': fingerprint(f, n) },
        ...(f.related.length
          ? {
              relatedLocations: f.related.map((rel, i) => ({
                id: i + 1,
                message: { text: rel.message || 'related' },
                physicalLocation: { artifactLocation, region: region(rel) },
              })),
            }
          : {}),
      });
    }
  }

  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Sourced',
            ...(opts.informationUri ? { informationUri: opts.informationUri } : {}),
            version: opts.version,
            semanticVersion: opts.version,
            rules: descriptors,
          },
        },
        invocations: [
          {
            executionSuccessful: !results.some((r) => r.status === 'error'),
            toolExecutionNotifications: notifications,
          },
        ],
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
}

function region(w: { line: number; column: number; endLine: number; endColumn: number }) {
  return { startLine: w.line, startColumn: w.column, endLine: w.endLine, endColumn: w.endColumn };
}
