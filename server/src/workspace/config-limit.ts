// The size cap of .sourced.yaml, without a file system: a settings file is a few kilobytes, and a
// huge one (by mistake or on purpose) would take seconds and gigabytes to parse. The Node server
// checks the file's size on disk (config-file.ts), the web server the text the editor hands over.

/** The largest .sourced.yaml read: far above any real settings file (five thousand registry entries fit). */
export const MAX_CONFIG_BYTES = 256 * 1024;

/** Why a settings file of `bytes` bytes at `where` is not read, or null when it is small enough. */
export function configTooLarge(where: string, bytes: number): string | null {
  if (bytes <= MAX_CONFIG_BYTES) return null;
  return `${where}: ${(bytes / 1024).toFixed(0)} KB is over the ${MAX_CONFIG_BYTES / 1024} KB limit for a settings file, so it was not read; defaults used`;
}

/** The UTF-8 size of a text, counted without encoding it. */
export function utf8Bytes(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
