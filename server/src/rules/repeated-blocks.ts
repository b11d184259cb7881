// A block repeated word for word (a briefing that runs the same item twice, a standfirst that is
// also the first paragraph, a pasted paragraph) gets its findings once: at its first appearance.
import { SPACE_RUNS } from '../analysis/tokens';
import type { Analysis, Finding } from '../analysis/types';
import { lastStartingBy } from '../analysis/spans';

const words = (s: string) => s.replace(SPACE_RUNS, ' ').trim();

/** Whether a UTF-16 code unit is one that `\s` matches (white space and line ends). */
function isRegexSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * A block's text without its white space, as a number (a hash) and a count: two blocks whose
 * `words` are the same have the same signature, so only blocks that share one need their words
 * made and compared (making them for every paragraph was most of this pass on a long text).
 */
function signature(text: string, start: number, end: number): string {
  let h = 0x811c9dc5;
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isRegexSpace(c)) continue;
    h = Math.imul(h ^ c, 0x01000193);
    n++;
  }
  return `${n}:${h >>> 0}`;
}

/** The findings without those in a repeated block that its first copy already has. */
export function withoutRepeats(a: Analysis, findings: Finding[]): Finding[] {
  // (No findings, nothing to drop: the blocks are not read.)
  if (!findings.length) return findings;
  const firstOf = new Map<string, number>();
  const copyOf = new Map<number, number>();
  // Paragraphs by signature: one whose signature no other paragraph shares is no copy nor copied.
  const signatures = new Map<string, number>();
  const sigOf: (string | undefined)[] = new Array(a.blocks.length);
  a.blocks.forEach((b, i) => {
    if (b.kind !== 'paragraph' && b.kind !== 'standfirst') return;
    const sig = signature(a.text, b.start, b.end);
    sigOf[i] = sig;
    signatures.set(sig, (signatures.get(sig) ?? 0) + 1);
  });
  a.blocks.forEach((b, i) => {
    const sig = sigOf[i];
    if (sig === undefined || signatures.get(sig)! < 2) return;
    const key = words(a.text.slice(b.start, b.end));
    if (key.length < 20) return;
    const first = firstOf.get(key);
    if (first === undefined) firstOf.set(key, i);
    else copyOf.set(i, first);
  });
  if (!copyOf.size) return findings;
  const blockAt = (offset: number) => lastStartingBy(a.blocks, offset);
  const seen = new Set<string>();
  const keyOf = (block: number, f: Finding) => `${block}\u0000${f.rule}\u0000${words(a.text.slice(f.start, f.end))}`;
  const placed = findings.map((f) => blockAt(f.start));
  findings.forEach((f, i) => { if (!copyOf.has(placed[i])) seen.add(keyOf(placed[i], f)); });
  return findings.filter((f, i) => {
    const first = copyOf.get(placed[i]);
    return first === undefined || !seen.has(keyOf(first, f));
  });
}
