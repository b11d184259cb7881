// Messages between the language server and its analysis worker.
import type { Analysis, Finding } from '../analysis/types';
import type { SeverityOverride } from '../rules';

export interface CheckJob {
  id: number;
  text: string;
  /** File path of the document, null for unsaved ones. */
  path: string | null;
  languageId: string;
  maxLength: number;
  maxLineLength: number;
  trusted: boolean;
  /** The editor's workspace folders (where .sourced.yaml and annotations are looked up). */
  roots: string[];
  /** Per-rule severities from the editor settings. */
  rules: Record<string, SeverityOverride>;
  /** Keep the hints rules lower their own findings to (`sourced.hints`). */
  hints: boolean;
}

export type CheckJobResult =
  | { id: number; analysis: Analysis; findings: Finding[]; error?: undefined }
  | { id: number; error: string };
