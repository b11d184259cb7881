// Per-document state: settings, workspace configuration, and the analysis cached per version.
import { fileURLToPath } from 'node:url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../analysis/analyze';
import type { Analysis, Finding } from '../analysis/types';
import { check } from '../rules';
import { DEFAULT_SETTINGS, type SourcedSettings } from '../shared/protocol';
import { workspaceFor, type Workspace } from '../workspace';

export interface DocState {
  version: number;
  analysis: Analysis;
  findings: Finding[];
  workspace: Workspace;
}

export class DocumentStates {
  private cache = new Map<string, DocState>();
  private settings = new Map<string, SourcedSettings>();
  /** Incremented when settings or workspace files change: every cached result is stale. */
  private generation = 0;
  private cachedGeneration = new Map<string, number>();

  constructor(private readonly trusted: () => boolean) {}

  setSettings(uri: string, s: SourcedSettings): void {
    const prev = this.settings.get(uri);
    if (prev && JSON.stringify(prev) === JSON.stringify(s)) return;
    this.settings.set(uri, s);
    this.cache.delete(uri);
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
  }

  get(doc: TextDocument): DocState {
    const hit = this.cache.get(doc.uri);
    if (hit && hit.version === doc.version && this.cachedGeneration.get(doc.uri) === this.generation) return hit;
    const settings = this.settingsFor(doc.uri);
    const path = doc.uri.startsWith('file:') ? fileURLToPath(doc.uri) : null;
    const workspace = workspaceFor(path, this.trusted());
    const text = doc.getText();
    const analysis = analyze(text, workspace.kb, { languageId: doc.languageId, maxLength: settings.maxFileSize });
    const severities = { ...workspace.severities, ...settings.rules };
    const findings = check(analysis, {
      kb: workspace.kb,
      severities,
      suppressions: path ? workspace.suppressionsFor(path, text) : [],
      verified: path ? workspace.verifiedFor(path, text) : [],
    });
    const state = { version: doc.version, analysis, findings, workspace };
    this.cache.set(doc.uri, state);
    this.cachedGeneration.set(doc.uri, this.generation);
    return state;
  }
}
