// Reading .sourced.yaml with a size cap: a settings file is a few kilobytes, and a huge one (by
// mistake or on purpose) would take seconds and gigabytes to parse. Over the cap it is not read
// and the defaults apply, with a message that says why.
import { readFileSync, statSync } from 'node:fs';

/** The largest .sourced.yaml read: far above any real settings file (five thousand registry entries fit). */
export const MAX_CONFIG_BYTES = 256 * 1024;

/** The file's text, or the reason it was not read (a message ending "defaults used"). */
export function readConfigFile(path: string): { text: string } | { problem: string } {
  try {
    const size = statSync(path).size;
    if (size > MAX_CONFIG_BYTES) {
      return { problem: `${path}: ${(size / 1024).toFixed(0)} KB is over the ${MAX_CONFIG_BYTES / 1024} KB limit for a settings file, so it was not read; defaults used` };
    }
    return { text: readFileSync(path, 'utf8') };
  } catch (e) {
    return { problem: `${path}: could not be read (${(e as Error).message}); defaults used` };
  }
}
