// Adding a publication to the sources registry of a .sourced.yaml text. No file access: the
// Node server writes the result to disk (commands.ts), the web server through the editor.
import type { YAMLSeq } from 'yaml';
import { yaml } from '../shared/lazy-modules';

/**
 * A .sourced.yaml text (null: none yet) with a publication added to `sources:`, keeping its
 * comments and layout; an error for YAML it will not rewrite. `path` names the file in messages.
 */
export function withSourceAdded(current: string | null, name: string, path: string): { text: string } | { error: string } {
  const text = current ?? '# Sourced workspace settings (see docs/configuration.md)\n';
  const { parseDocument, YAMLSeq } = yaml();
  const doc = parseDocument(text);
  if (doc.errors.length) return { error: `${path} has YAML errors; fix them first — Sourced will not overwrite it` };
  if (!doc.contents || doc.contents === null) doc.contents = doc.createNode({}) as never;
  let seq = doc.get('sources');
  if (!(seq instanceof YAMLSeq)) {
    seq = new YAMLSeq();
    doc.set('sources', seq);
  }
  const items = (seq as YAMLSeq).items.map((i) => String((i as { value?: unknown }).value ?? (i as { get?: (k: string) => unknown }).get?.('name') ?? i));
  if (!items.includes(name)) (seq as YAMLSeq).add(doc.createNode({ name, aliases: [], type: 'newspaper', country: 'INT' }));
  return { text: doc.toString() };
}
