// What is wrong with a document's annotations, as diagnostics at the top of the article: orphaned
// annotations, an annotations file that cannot be used, and items in it that are skipped (each
// pointing at the item in the file). Shared by the Node server and the web one.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { FileAnnotations } from '../annotations/anchoring';
import { describeSkipped } from '../annotations/file-text';

/** `fileUri` is the annotations file's URI, for the places of skipped items. */
export function annotationDiagnostics(a: FileAnnotations, fileUri: string): Diagnostic[] {
  const top = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  const diags: Diagnostic[] = [];
  // Orphaned annotations: reported, never dropped.
  for (const j of a.json ?? []) {
    if (j.status === 'orphaned') diags.push({ range: top, severity: DiagnosticSeverity.Information, source: 'sourced', code: 'orphaned-annotation', message: `Annotation ${j.id} (${j.motivation}) no longer matches any text in the article: re-attach or remove it (Sourced: List annotations).` });
  }
  // A malformed annotations file: reported here, never overwritten (the stores refuse).
  if (a.error) diags.push({ range: top, severity: DiagnosticSeverity.Warning, source: 'sourced', code: 'annotations-file', message: `The annotations file ${a.path} is malformed (${a.error}): its verified marks and notes are not applied, and Sourced will not write to it until it is fixed or moved.` });
  // Items in it that cannot be used: each reported with its id and why, pointing at the item.
  for (const x of a.skipped) {
    const at = { line: x.line, character: x.character };
    diags.push({
      range: top, severity: DiagnosticSeverity.Warning, source: 'sourced', code: 'annotations-file',
      message: `The annotations file ${a.path}: ${describeSkipped(x)}; the other annotations apply.`,
      relatedInformation: [{ location: { uri: fileUri, range: { start: at, end: at } }, message: `item ${x.index}${x.id ? ` (${x.id})` : ''}: ${x.why}` }],
    });
  }
  return diags;
}
