// Sentence shapes that name the source of a sentence's figures without an attribution cue: a
// document named with what it shows, an agent after "by", a research firm, a maker's estimate, a
// poll named in the paragraph of its figures or described at the opening of the next. The shapes are a declarative table
// (data/figure-coverage.json), each with its examples.
import type { Analysis, Quantity, Span } from './types';
import table from './data/figure-coverage.json';

interface CoverageEntry { id: string; reason: string; kind: string; quantityKinds?: string[]; checks: { on: string; pattern: string; flags?: string }[] }
const ENTRIES = (table.entries as CoverageEntry[]).map((e) => ({
  id: e.id,
  reason: e.reason,
  kinds: e.quantityKinds ? new Set(e.quantityKinds) : null,
  checks: e.checks.map((c) => ({ paragraph: c.on === 'paragraph', headline: c.on === 'headline', lead: c.on === 'lead', next: c.on === 'nextParagraph', earlier: c.on === 'earlierParagraphs', later: c.on === 'laterParagraphs', re: new RegExp(c.pattern, c.flags ?? '') })),
}));
type Entry = (typeof ENTRIES)[number];
const BY_ID = new Map(ENTRIES.map((e) => [e.id, e]));
export interface Coverage { id: string; reason: string; evidence: Span }

/** The article's first headline block, looked up once per analysis. */
const HEADLINES = new WeakMap<Analysis, Analysis['blocks'][number] | undefined>();
function headlineOf(a: Analysis) {
  if (!HEADLINES.has(a)) HEADLINES.set(a, a.blocks.find((x) => x.kind === 'headline'));
  return HEADLINES.get(a);
}

/** The article's first three body paragraphs (from the first paragraph's start to the third's
 *  end, within the first one's section), looked up once per analysis. */
const LEADS = new WeakMap<Analysis, { start: number; end: number; section: number | undefined } | null>();
function leadOf(a: Analysis) {
  let v = LEADS.get(a);
  if (v === undefined) {
    const first = a.blocks.findIndex((b) => b.kind === 'paragraph');
    v = null;
    if (first >= 0) {
      let last = first;
      for (let i = first + 1, n = 1; i < a.blocks.length && n < 3 && a.blocks[i].section === a.blocks[first].section; i++) {
        if (a.blocks[i].kind === 'paragraph') {
          last = i;
          n++;
        }
      }
      v = { start: a.blocks[first].start, end: a.blocks[last].end, section: a.blocks[first].section };
    }
    LEADS.set(a, v);
  }
  return v;
}

/** What the entry matched in the sentence (or its paragraph), in document offsets, or null.
 *  `sentence`: the sentence's text, sliced once for all the entries. */
function match(a: Analysis, si: number, e: Entry, qs: readonly Quantity[], sentence?: string): Span | null {
  if (e.kinds && !qs.every((q) => e.kinds!.has(q.kind))) return null;
  const s = a.sentences[si];
  let span: Span | null = null;
  for (const c of e.checks) {
    // (A headline check reads the article's first headline: "Poll: … lead in …".)
    const head = c.headline ? headlineOf(a) : undefined;
    if (c.headline && !head) return null;
    // (A lead check reads the article's first three paragraphs, in the sentence's own section: a
    // poll story names its poll there and gives its findings all the way down.)
    if (c.lead) {
      const lead = leadOf(a);
      if (!lead || a.blocks[s.block].section !== lead.section) return null;
      const lm = leadMatch(a, c, lead);
      if (!lm) return null;
      span ??= lm;
      continue;
    }
    // (The next paragraph: its opening, up to 300 characters.)
    const next = c.next ? a.blocks[s.block + 1] : undefined;
    if (c.next && (!next || next.kind !== 'paragraph')) return null;
    // (The paragraphs before or after the sentence's own: see nearbyParagraphs.)
    if (c.earlier || c.later) {
      const [from, to] = nearbyParagraphs(a, s, c.earlier ? -1 : 1);
      const m = from < to ? c.re.exec(a.text.slice(from, to)) : null;
      if (!m) return null;
      span ??= { start: from + m.index, end: from + m.index + m[0].length };
      continue;
    }
    // (A check of the whole paragraph reads it once per paragraph, not once per sentence of it: a
    // long paragraph of figures was quadratic.)
    if (c.paragraph && !next && !head && !c.re.global && !c.re.sticky) {
      const pm = paragraphMatch(a, c, s.block);
      if (!pm) return null;
      span ??= { start: pm.start, end: pm.end };
      continue;
    }
    const from = next ? next.start : head ? head.start : c.paragraph ? a.blocks[s.block].start : s.start;
    const read = !next && !head && !c.paragraph && sentence !== undefined ? sentence : a.text.slice(from, next ? Math.min(next.end, next.start + 300) : head ? head.end : c.paragraph ? a.blocks[s.block].end : s.end);
    const m = c.re.exec(read);
    if (!m) return null;
    span ??= { start: from + m.index, end: from + m.index + m[0].length };
  }
  return span;
}

type Check = Entry['checks'][number];
/** What each lead check matched in the article's lead, by analysis: read once, not once per
 *  sentence with a figure (a lead of one long paragraph was read again for each). */
const LEAD_MATCHES = new WeakMap<Analysis, Map<Check, Span | null>>();
function leadMatch(a: Analysis, c: Check, lead: Span): Span | null {
  let byCheck = LEAD_MATCHES.get(a);
  if (!byCheck) LEAD_MATCHES.set(a, (byCheck = new Map()));
  let found = c.re.global || c.re.sticky ? undefined : byCheck.get(c);
  if (found === undefined) {
    // (Kept only for a pattern with no g or y flag: its match depends on the text alone.)
    const m = c.re.exec(a.text.slice(lead.start, lead.end));
    found = m ? { start: lead.start + m.index, end: lead.start + m.index + m[0].length } : null;
    byCheck.set(c, found);
  }
  return found;
}
/** What each paragraph check matched in each paragraph (document offsets, or null), by analysis. */
const PARAGRAPH_MATCHES = new WeakMap<Analysis, Map<Check, Map<number, Span | null>>>();
function paragraphMatch(a: Analysis, c: Check, block: number): Span | null {
  let byCheck = PARAGRAPH_MATCHES.get(a);
  if (!byCheck) PARAGRAPH_MATCHES.set(a, (byCheck = new Map()));
  let byBlock = byCheck.get(c);
  if (!byBlock) byCheck.set(c, (byBlock = new Map()));
  let found = byBlock.get(block);
  if (found === undefined) {
    const b = a.blocks[block];
    // (Only for a pattern with no g or y flag: its match depends on the text alone.)
    const m = c.re.exec(a.text.slice(b.start, b.end));
    found = m ? { start: b.start + m.index, end: b.start + m.index + m[0].length } : null;
    byBlock.set(block, found);
  }
  return found;
}

/** The stretch of up to three paragraphs before the sentence's own (dir -1), or after it in its
 *  section (dir 1), at most 1,200 characters, as [from, to] offsets. */
function nearbyParagraphs(a: Analysis, s: Analysis['sentences'][number], dir: -1 | 1): [number, number] {
  if (dir < 0) {
    const to = a.blocks[s.block].start;
    return [Math.max(a.blocks[Math.max(0, s.block - 3)].start, to - 1200), to];
  }
  let last = s.block;
  while (last + 1 < a.blocks.length && last < s.block + 3 && a.blocks[last + 1].kind === 'paragraph' && a.blocks[last + 1].section === a.blocks[s.block].section) last++;
  const from = a.blocks[s.block].end;
  return [from, Math.min(a.blocks[last].end, from + 1200)];
}

const BY_SENTENCE = new WeakMap<Analysis, Map<number, Quantity[]>>();

/** The figures of sentence `si`, in order: grouped once per analysis, not filtered from all the article's figures per call. */
function quantitiesOf(a: Analysis, si: number): Quantity[] {
  let by = BY_SENTENCE.get(a);
  if (!by) {
    by = new Map();
    BY_SENTENCE.set(a, by);
    for (const q of a.quantities) {
      const list = by.get(q.sentence);
      if (list) list.push(q);
      else by.set(q.sentence, [q]);
    }
  }
  return by.get(si) ?? [];
}

/** The first shape that covers the figures `qs` of sentence `si` (all its figures by default): its id, its reason and what it matched. */
export function coverageOf(a: Analysis, si: number, qs: readonly Quantity[] = quantitiesOf(a, si)): Coverage | null {
  const s = a.sentences[si];
  if (!s) return null;
  const sentence = a.text.slice(s.start, s.end);
  for (const e of ENTRIES) {
    const span = match(a, si, e, qs, sentence);
    if (span) return { id: e.id, reason: e.reason, evidence: span };
  }
  return null;
}

/** True when the table's shape `id` covers sentence `si` (with all its figures). */
export function coveredBy(a: Analysis, si: number, id: string): boolean {
  const e = BY_ID.get(id);
  if (!e) throw new Error(`figure-coverage.json: no entry ${id}`);
  return !!a.sentences[si] && match(a, si, e, quantitiesOf(a, si)) !== null;
}
