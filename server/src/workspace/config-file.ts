// Reading .sourced.yaml with a size cap (config-limit.ts): over the cap it is not read and the
// defaults apply, with a message that says why.
import { readFileSync, statSync } from 'node:fs';
import { configTooLarge } from './config-limit';

export { MAX_CONFIG_BYTES } from './config-limit';

/** The file's text, or the reason it was not read (a message ending "defaults used"). */
export function readConfigFile(path: string): { text: string } | { problem: string } {
  try {
    const tooLarge = configTooLarge(path, statSync(path).size);
    if (tooLarge) return { problem: tooLarge };
    return { text: readFileSync(path, 'utf8') };
  } catch (e) {
    return { problem: `${path}: could not be read (${(e as Error).message}); defaults used` };
  }
}
