// A block repeated word for word (a briefing that runs the same item twice, a standfirst that is
// also the first paragraph, a pasted paragraph) gets its findings once: at its first appearance.
import { SPACE_RUNS } from '../analysis/tokens';
import type { Analysis, Finding } from '../analysis/types';
import { lastStartingBy } from '../analysis/spans';

const words = (s: string) => s.replace(SPACE_RUNS, ' ').trim();

/** The findings without those in a repeated block that its first copy already has. */
export function withoutRepeats(a: Analysis, findings: Finding[]): Finding[] {
  const firstOf = new Map<string, number>();
  const copyOf = new Map<number, number>();
  a.blocks.forEach((b, i) => {
    if (b.kind !== 'paragraph' && b.kind !== 'standfirst') return;
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
