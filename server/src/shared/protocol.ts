// Settings types and custom messages shared by the client and the server. Types and message
// names only: the client bundles this file, so it must not pull in the settings validation, the
// YAML parser or anything else of the server (config/ holds those).

export type { SourcedSettings } from '../config';

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

/**
 * Web server -> client: the text of a workspace file (.sourced.yaml, an annotations file), read
 * through the editor's file system. `text` is null when the file does not exist; `unavailable`
 * says why no file can be read there at all (no file system for the document's scheme).
 */
export const READ_FILE_REQUEST = 'sourced/readFile';
export interface ReadFileParams {
  uri: string;
}
export interface ReadFileResult {
  text: string | null;
  unavailable?: string;
}

/** Web server -> client: write a workspace file through the editor's file system. */
export const WRITE_FILE_REQUEST = 'sourced/writeFile';
export interface WriteFileParams {
  uri: string;
  text: string;
}
export interface WriteFileResult {
  ok: boolean;
  error?: string;
}
