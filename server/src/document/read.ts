// Reading article files: UTF-8 first, Latin-1 for legacy files (with a notice), binary refused.

export interface ReadResult {
  text: string | null;
  /** What a user should be told about the file, if anything. */
  notice?: string;
  /** True when the file was not analysed at all. */
  skipped?: boolean;
}

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export function decodeArticle(buf: Uint8Array, maxBytes = DEFAULT_MAX_BYTES): ReadResult {
  if (buf.length > maxBytes) {
    return { text: null, skipped: true, notice: `skipped: ${(buf.length / 1048576).toFixed(1)} MB is over the ${(maxBytes / 1048576).toFixed(1)} MB limit (sourced.maxFileSize / --max-size)` };
  }
  const probe = Math.min(buf.length, 8192);
  let nul = 0;
  let ctrl = 0;
  for (let i = 0; i < probe; i++) {
    const b = buf[i];
    if (b === 0) nul++;
    else if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) ctrl++;
  }
  if (nul > 0 || (probe > 0 && ctrl / probe > 0.1)) {
    return { text: null, skipped: true, notice: 'skipped: the file is binary, not text' };
  }
  try {
    let text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { text };
  } catch {
    // Not valid UTF-8: legacy single-byte text (a £ in Latin-1). Decode so that nothing is lost.
    const text = new TextDecoder('windows-1252').decode(buf);
    return { text, notice: 'not valid UTF-8; read as Windows-1252 (Latin-1) text' };
  }
}
