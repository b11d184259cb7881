import { extname } from 'node:path';

/** The language an article file is read as: Markdown and plain text by extension, else news. */
export function languageOf(file: string, explicit?: string): string {
  if (explicit) return explicit;
  const ext = extname(file).toLowerCase();
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  if (ext === '.txt') return 'plaintext';
  return 'news';
}
