import type { Analysis, Attribution, Finding } from '../analysis/types';
import type { KnowledgeBase } from '../analysis/knowledge-port';
import type { Rule } from './types';
import { ruleMeta } from '../config/rule-ids';
import { ignoreFix } from './util';
import { PUBLICATION_WORDS } from '../analysis/lexicon';
import { hasUpper, isPossessive, isSpace, LEADING_THE, SPACES, startsLower, startsUpper } from '../analysis/tokens';

/** Pronouns and demonstratives that stand for a source already named. */
const PRONOUNS = new Set(['it', 'they', 'he', 'she', 'we', 'i', 'this', 'that']);
/** First words of a phrase that is not a publication's title ("a local paper", "editor Jane Cole"). */
const NOT_A_TITLE_OPENING = new Set(['a', 'an', 'one', 'some', 'who', 'concentrate', 'editor', 'reporter', 'correspondent', 'writer', 'columnist']);
/** Words inside a phrase that joins two things, which a title does not ("Film Council and Channel"). */
const PHRASE_JOINERS = new Set(['and', 'in', 'on', 'at', 'about', 'for']);
/** The small words inside a publication's name ("The Mail on Sunday"). */
const NAME_JOINERS = new Set(['on', 'of', 'the']);
/** Generic words a publication's name may be followed by ("Broadcast magazine"). */
const GENERIC_TAIL = /(?<!\s)\s+(?:magazine|newspaper|paper|website|site|journal|weekly|daily|tabloid|broadsheet|blog|programme|show|bulletin)$/i;
/** A document's name, not a publication's: "Inquiry", "Study"; "Review" and "Report" only after an owner. */
const DOCUMENT_NAME = /\b(?:Inquiry|Enquiry|Study|Survey|Audit|White Paper|Green Paper|Census|Index)$/;
const OWNED_DOCUMENT_NAME = /(?:'s|’s)\s+(?:\p{Lu}[\p{L}-]*\s+)*(?:Review|Report|Inquiry|Study|Survey|Audit|Plan|Strategy|Paper)$/u;

/**
 * Whether a cited source reads as a publication's name: it has a capitalised word ("the magazine",
 * "showbiz news" are references, not names), its head is a name or a word like "magazine" ("the
 * Chelsea star" is a person), and it is not a document ("the Treasury's Barker Review").
 */
export function isPublicationName(raw: string): boolean {
  const t = raw.trim().replace(LEADING_THE, '');
  if (!hasUpper(t) || PRONOUNS.has(t.toLowerCase())) return false;
  const last = t.split(SPACES).pop() ?? '';
  if (startsLower(last) && !GENERIC_TAIL.test(' ' + last)) return false;
  const parts = t.split(SPACES);
  if (parts.length > 1 && NOT_A_TITLE_OPENING.has(parts[0].toLowerCase())) return false;
  // "Film Council and Channel", "mobile TV broadcasting in Europe": a phrase, not one title.
  if (parts.slice(1, -1).some((w) => PHRASE_JOINERS.has(w))) return false;
  if (DOCUMENT_NAME.test(t) || OWNED_DOCUMENT_NAME.test(t)) return false;
  return true;
}

/** The forms of a cited name to look up: with and without "the", an owner, a descriptor, a generic tail. */
function candidates(raw: string): string[] {
  const out = new Set<string>();
  let t = raw.trim();
  const add = (x: string) => {
    const y = x.trim();
    if (!y) return;
    out.add(y);
    out.add(y.replace(LEADING_THE, ''));
    if (!LEADING_THE.test(y)) out.add(`The ${y}`);
  };
  add(t);
  t = t.replace(LEADING_THE, '');
  t = t.replace(/^(?:[\p{L}.-]+-(?:published|based|owned|run)|influential|industry|trade|specialist|weekly|daily|local|national|online)\s+/iu, '');
  add(t);
  const owner = ownedName(t);
  if (owner) add(owner);
  for (const x of [...out]) add(x.replace(GENERIC_TAIL, ''));
  return [...out];
}

export const unknownSource: Rule = {
  ...ruleMeta('unknown-source'),
  check(a, ctx) {
    const out: Finding[] = [];
    const seen = new Set<string>();
    // Organisations that speak about themselves somewhere in the story.
    const selfSpeakers = new Set(a.attributions.filter((at) => at.source.entity && speaksForItself(a, at)).map((at) => at.source.entity as string));
    for (const at of a.attributions) {
      if (at.source.kind !== 'publication') continue;
      const e = at.source.entity ? a.entities.find((x) => x.id === at.source.entity) : undefined;
      if (e?.knowledge) continue;
      // The source's name is a person's with no publication word in it ("an article in a magazine
      // by Ann Low"): the writer, not the outlet.
      if (e?.kind === 'person' && !e.name.split(SPACES).some((w) => PUBLICATION_WORDS.has(w.toLowerCase()))) continue;
      const raw = e?.name ?? at.source.text;
      // The name without a descriptor ("UK-published China Review" is "China Review").
      const name = raw.replace(LEADING_THE, '').replace(/^[\p{L}.-]+-(?:published|based|owned|run)\s+(?=\p{Lu})/u, '');
      const mention = e?.mentions.find((m) => m.start >= at.source.start && m.end <= at.source.end) ?? at.source;
      if (!isPublicationName(raw) || !isPublicationName(at.source.text)) continue;
      // Headlines compress attribution ("CSI shows give…"): sourcing is judged in the body.
      if (a.blocks[a.sentences[at.sentence]?.block]?.kind === 'headline') continue;
      if (speaksForItself(a, at) || (at.source.entity && selfSpeakers.has(at.source.entity)) || isPersonName(a, at, ctx.kb)) continue;
      // "CSI TV shows, real experts say": "shows" is a noun there, not a cue.
      if (['show', 'shows'].includes(at.cue.text.toLowerCase()) && ',.;:'.includes(a.text.slice(at.cue.end, at.cue.end + 3).trimStart()[0] || '-')) continue;
      // "the Treasury's Barker Review": a review or report that an organisation owns is a document.
      const owned = possessiveThenSpace(a.text.slice(Math.max(0, at.source.start - 3), at.source.start)) || possessiveInside(at.source.text);
      if (owned && /\b(?:Review|Report|Plan|Strategy|Paper|Statement)$/.test(raw)) continue;
      if (candidates(raw).some((n) => ctx.kb.lookup(n))) continue;
      // "The Mail on Sunday's Financial Mail": a section of a publication the registry knows.
      if (sectionOfKnown(a.text.slice(Math.max(0, at.source.start - 50), at.source.start), ctx.kb)) continue;
      if (seen.has(name)) continue;
      seen.add(name);
      out.push({
        rule: this.id,
        severity: this.defaultSeverity,
        start: mention.start,
        end: mention.end,
        message: `“${name}” is not in the sources registry: check that the publication exists and is spelled right, then add it to the workspace registry.`,
        related: [],
        fixes: [
          { title: `Add “${name}” to the workspace sources registry`, edits: [], command: { id: 'sourced.addSource', args: [{ name }] } },
          ignoreFix(this.id, mention),
        ],
      });
    }
    return out;
  },
};

/**
 * An organisation speaking about itself ("Royal Mail says it is investigating", "Marvel said it
 * would appeal", "a spokesman for the Oxford University Press said"): a statement by the body
 * concerned, not a publication cited for a fact.
 */
function speaksForItself(a: Analysis, at: Attribution): boolean {
  const lead = a.text.slice(Math.max(0, at.source.start - 40), at.source.start);
  if (/\b(?:spokes(?:man|woman|person)|representative|statement|official)s?\s+(?:for|from|of|at)\s+(?:the\s+)?$/i.test(lead)) return true;
  const afterCue = a.text.slice(Math.max(at.cue.end, at.source.end), Math.max(at.cue.end, at.source.end) + 12);
  return /^,?\s+(?:that\s+)?(?:it|its)\b/i.test(afterCue);
}

/** A person's name read as a publication ("Jim Press, vice president of…"): a given name, then a role. */
function isPersonName(a: Analysis, at: Attribution, kb: KnowledgeBase): boolean {
  const words = at.source.text.replace(LEADING_THE, '').split(SPACES);
  if (words.length !== 2 || !kb.isGivenName(words[0]) || kb.isCommonWord(words[0].toLowerCase())) return false;
  return /^,\s+(?:the\s+|a\s+|an\s+)?\p{Ll}/u.test(a.text.slice(at.source.end, at.source.end + 20));
}

/** What follows the first possessive of a one-line name: "Barker Review" of "the Treasury's Barker Review". */
function ownedName(t: string): string | null {
  const re = /['’]s(?=\s)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(t))) {
    if (t.slice(0, m.index).includes('\n')) return null;
    const rest = t.slice(m.index + 2).trimStart();
    if (rest && !rest.includes('\n')) return rest;
  }
  return null;
}

/** Whether the words before a cited name end in a known publication's possessive ("The Mail on Sunday's "). */
function sectionOfKnown(lead: string, kb: KnowledgeBase): boolean {
  const t = lead.trimEnd();
  if (!isPossessive(t)) return false;
  // The capitalised words (with "on", "of", "the" between them) that end at the possessive.
  const all = t.slice(0, -2).split(SPACES);
  const words: string[] = [];
  for (let i = all.length - 1; i >= 0 && words.length < 6; i--) {
    if (startsUpper(all[i]) || (words.length && NAME_JOINERS.has(all[i]))) words.unshift(all[i]);
    else break;
  }
  while (words.length && NAME_JOINERS.has(words[0])) words.shift();
  if (!words.length) return false;
  // The longest run of the words ending at the possessive that the registry knows as a publication.
  for (let i = 0; i < words.length; i++) {
    const hit = kb.lookup(words.slice(i).join(' '));
    if (hit && hit.registry === 'sources') return true;
  }
  return false;
}

/** The text ends with "'s" (or "’s") and white space. */
function possessiveThenSpace(t: string): boolean {
  const trimmed = t.trimEnd();
  return trimmed.length < t.length && isPossessive(trimmed);
}

/** "'s" (or "’s") followed by white space somewhere in the text: "the Treasury's Barker Review". */
function possessiveInside(t: string): boolean {
  for (let i = t.indexOf('s', 1); i >= 1; i = t.indexOf('s', i + 1)) {
    if ((t[i - 1] === "'" || t[i - 1] === '’') && isSpace(t[i + 1])) return true;
  }
  return false;
}
