// Settings and custom messages shared by the client and the server. Keep it small and typed.
import type { Severity } from '../analysis/types';

export interface SourcedSettings {
  /** Extra VS Code language ids to check besides `news` (e.g. markdown, plaintext). */
  languages: string[];
  /** Per-rule severity or 'off'. */
  rules: Record<string, Severity | 'off'>;
  /** Files larger than this many bytes are not checked. */
  maxFileSize: number;
  inlayHints: { sources: boolean; fullNames: boolean };
  /** Name recorded as the creator of annotations. */
  author: string;
}

export const DEFAULT_SETTINGS: SourcedSettings = {
  languages: [],
  rules: {},
  maxFileSize: 5 * 1024 * 1024,
  inlayHints: { sources: true, fullNames: true },
  author: '',
};

export const SEVERITIES = ['error', 'warning', 'information', 'hint', 'off'] as const;

/** Reads a settings object from the client, keeping what is valid and saying what is not. */
export function validateSettings(raw: unknown): { settings: SourcedSettings; problems: string[] } {
  const problems: string[] = [];
  const s: SourcedSettings = JSON.parse(JSON.stringify(DEFAULT_SETTINGS));
  if (raw === null || raw === undefined) return { settings: s, problems };
  if (typeof raw !== 'object') return { settings: s, problems: ['sourced settings must be an object; defaults used'] };
  const r = raw as Record<string, unknown>;
  if (r.languages !== undefined) {
    if (Array.isArray(r.languages) && r.languages.every((x) => typeof x === 'string')) s.languages = r.languages as string[];
    else problems.push('sourced.languages must be a list of language ids');
  }
  if (r.rules !== undefined) {
    if (r.rules && typeof r.rules === 'object' && !Array.isArray(r.rules)) {
      for (const [k, v] of Object.entries(r.rules as Record<string, unknown>)) {
        if (typeof v === 'string' && (SEVERITIES as readonly string[]).includes(v)) s.rules[k] = v as Severity | 'off';
        else problems.push(`sourced.rules.${k}: "${String(v)}" is not one of ${SEVERITIES.join(', ')}`);
      }
    } else problems.push('sourced.rules must be an object of rule ids to severities');
  }
  if (r.maxFileSize !== undefined) {
    if (typeof r.maxFileSize === 'number' && r.maxFileSize > 0) s.maxFileSize = r.maxFileSize;
    else problems.push('sourced.maxFileSize must be a positive number of bytes');
  }
  if (r.inlayHints && typeof r.inlayHints === 'object') {
    const ih = r.inlayHints as Record<string, unknown>;
    if (typeof ih.sources === 'boolean') s.inlayHints.sources = ih.sources;
    if (typeof ih.fullNames === 'boolean') s.inlayHints.fullNames = ih.fullNames;
  }
  if (typeof r.author === 'string') s.author = r.author;
  return { settings: s, problems };
}

/** Server -> client: a status summary for the language status item. */
export const STATUS_NOTIFICATION = 'sourced/status';
export interface StatusParams {
  uri: string;
  entities: number;
  claims: number;
  sourced: number;
  unsourced: number;
  verified: number;
  skipped?: string;
}

/** Client -> server: the sourcing report of a document, as Markdown. */
export const REPORT_REQUEST = 'sourced/report';
export interface ReportParams {
  uri: string;
}

/** Client -> server: the sources one article cites (read from disk), for the Sources view. */
export const FILE_SOURCES_REQUEST = 'sourced/fileSources';
export interface FileSource {
  name: string;
  kind: string;
  start: number;
  end: number;
  cue: string;
}

/** Client -> server: the annotations of an open article, for pick lists. */
export const ANNOTATIONS_REQUEST = 'sourced/annotations';
