// Newsletters and briefings: several stories in one document, separated by rules ("* * *",
// "---"), headings, or "## Title" lines in plain text. Each item is a section, and a source in
// one item never covers a figure in another (see claims.ts). An article with one break (a scene
// break, one subheading) stays one section.
import layout from './data/layout.json';
import type { Block } from './types';

interface BreakLine {
  kind: 'rule' | 'heading';
  re: RegExp;
}

const BREAKS: BreakLine[] = layout.sectionBreaks.lines.map((e) => ({ kind: e.kind as BreakLine['kind'], re: new RegExp(e.pattern, e.flags) }));

/** How many breaks after the body starts make a document a set of items. */
const MIN_BREAKS = 2;

/**
 * Turns separator lines into boilerplate and "## Title" lines into headings, then numbers the
 * sections (Block.section) when the document is a set of items. Changes `blocks` in place.
 */
export function assignSections(text: string, blocks: Block[]): void {
  // Where each block's section starts: at a break after some body copy, once per run of breaks
  // (a rule followed by a heading is one break).
  const starts: number[] = [];
  let bodySeen = false;
  let copySinceBreak = false;
  let pending = false;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    // A rule between two blocks (Markdown drops it from the blocks; plain text keeps it as one).
    if (i > 0 && ruleInGap(text.slice(blocks[i - 1].end, b.start))) pending = true;
    if (b.kind === 'paragraph' && !text.slice(b.start, b.end).includes('\n')) {
      // (The line trimmed once, not once per pattern.)
      const line = text.slice(b.start, b.end).trim();
      const hit = BREAKS.find((x) => x.re.test(line));
      if (hit) b.kind = hit.kind === 'rule' ? 'boilerplate' : 'heading';
      if (hit?.kind === 'rule') { pending = true; continue; }
    }
    if (b.kind === 'heading') pending = true;
    if (pending && bodySeen && copySinceBreak) {
      starts.push(i);
      copySinceBreak = false;
    }
    pending = false;
    if (b.kind === 'paragraph') bodySeen = copySinceBreak = true;
  }
  if (starts.length < MIN_BREAKS) return;
  let section = 0;
  for (let i = 0, next = 0; i < blocks.length; i++) {
    if (next < starts.length && starts[next] === i) {
      section++;
      next++;
    }
    blocks[i].section = section;
  }
}

function ruleInGap(gap: string): boolean {
  if (gap.length < 3) return false;
  for (const line of gap.split('\n')) {
    const t = line.trim();
    if (t.length >= 3 && BREAKS.some((x) => x.kind === 'rule' && x.re.test(t))) return true;
  }
  return false;
}

/** The section of a block (0 for a document of one story). */
export const sectionOf = (blocks: Block[], i: number): number => blocks[i]?.section ?? 0;
