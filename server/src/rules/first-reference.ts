import type { Analysis, Finding } from '../analysis/types';
import type { KnowledgeBase } from '../analysis/knowledge-port';
import type { Rule } from './types';
import { ruleMeta } from '../config/rule-ids';
import { blockKindAt, ignoreFix } from './util';
import { MONTHS, ORG_WORDS } from '../analysis/lexicon';
import { endsWithOneOf, isAsciiCapitals, isLetter, isSpace, isUpperOrDigits, ONE_SPACE, SPACES, startsLower, words as wordList } from '../analysis/tokens';

/** Personal titles: with them, a short form is certainly a person's ("Mr Kennedy", "Dr Nobles"). */
const PERSON_TITLE = new Set(['Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Prof', 'Professor']);
/** Hyphens that join a compound ("anti-Okafor"): hyphen-minus, hyphen, non-breaking hyphen. */
const HYPHENS = '-\u2010\u2011';
/** Titles that go before a surname ("President Blair", "Lord Goldsmith"). */
const TITLE_WORD = /^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Prof|Professor|President|Premier|Minister|Chancellor|Senator|Governor|Mayor|Judge|General|Captain|Coach|Manager|Chairman|Chairwoman|Director|Secretary|Bishop|Archbishop|Cardinal|Rabbi|Imam|King|Queen|Prince|Princess|Sheikh|Emir|Sultan|Pope|Father|Sister|Brother|Rev|Reverend|Officer|Detective|Inspector|Sergeant|Constable|Colonel|Major|Lieutenant|Admiral|Commander)\.?$/;

/** A family relation ends `lead` before a given name: "his wife Sharon", "Mr Begg's father, Azmat". */
function kinBefore(lead: string): boolean {
  if (!isSpace(lead[lead.length - 1])) return false;
  let end = lead.length - 1;
  if (lead[end - 1] === ',') end--;
  if (isSpace(lead[end - 1])) end--;
  return wordList('kinWords').endsAt(lead, end);
}




/**
 * Whether the entity reads as a person's name, not a firm, club or product the entity pass took
 * for one ("Fiat Auto", "Sheffield United", "Skype In"): the knowledge base knows the person, a
 * personal title goes before the short form, or the name starts with a given name that is not an
 * everyday word and ends in no organisation word, place or acronym.
 */
function looksLikePerson(name: string, short: string, wordBefore: string, kb: KnowledgeBase, known: boolean): boolean {
  if (known || PERSON_TITLE.has(wordBefore)) return true;
  const hit = kb.lookup(short);
  if (hit && hit.registry !== 'people') return false;
  const words = name.split(SPACES);
  // ("Bill for Crossrail": a lower-case word inside that is no name particle makes it a title, not a person.)
  if (words.slice(1, -1).some((w) => startsLower(w) && !wordList('nameParticles').has(w))) return false;
  const firstWord = words[0];
  const last = words[words.length - 1];
  if (!kb.isGivenName(firstWord) || kb.isCommonWord(firstWord.toLowerCase())) return false;
  if (ORG_WORDS.has(last.toLowerCase()) || isUpperOrDigits(last) || startsLower(last)) return false;
  const lastHit = kb.lookup(last);
  return !(lastHit && lastHit.registry === 'places');
}

/**
 * Whether a mention is in a deck the layout pass took for a paragraph: the first body block is one
 * short sentence in headline style ("Lowe praises council after talks on housing."), and the next
 * block gives the full name, or the block comes straight after a headline punctuated as a sentence
 * (a layout that ends its headline and its deck with a full stop alike, so that only their length
 * tells them from copy).
 */
function inDeck(a: Analysis, pos: number, fullAt: number): boolean {
  const bi = a.blocks.findIndex((b) => b.kind === 'paragraph');
  if (bi < 0 || pos < a.blocks[bi].start || pos >= a.blocks[bi].end) return false;
  const sentences = a.sentences.filter((s) => s.block === bi).length;
  const words = a.text.slice(a.blocks[bi].start, a.blocks[bi].end).trim().split(SPACES).length;
  if (sentences !== 1 || words > 14) return false;
  const next = a.blocks.slice(bi + 1).find((b) => b.kind === 'paragraph');
  if (next && fullAt >= next.start && fullAt < next.end) return true;
  const prev = a.blocks[bi - 1];
  return prev?.kind === 'headline' && endsWithOneOf(a.text.slice(prev.start, prev.end).trimEnd(), '.?!');
}

export const firstReference: Rule = {
  ...ruleMeta('first-reference'),
  check(a, ctx) {
    const out: Finding[] = [];
    for (const e of a.entities) {
      if (e.kind !== 'person' || !e.name.includes(' ')) continue;
      const body = e.mentions.filter((m) => {
        const k = blockKindAt(a, m.start);
        return k === 'paragraph';
      });
      if (!body.length) continue;
      const first = body[0];
      if (first.text.includes(' ') || first.text.length >= e.name.length) continue;
      // Part of another name ("BBC One"), or a family or a government named after the person
      // ("the Osbourne family", "the Blair government"): not a reference to the person.
      const lead = a.text.slice(Math.max(0, first.start - 30), first.start);
      const wordBefore = lead.length > lead.trimEnd().length ? lead.trimEnd().split(ONE_SPACE).pop() ?? '' : '';
      const beforeAt = first.start - (lead.length - lead.trimEnd().length);
      const otherName = a.entities.some((o) => o !== e && o.kind !== 'person' && o.mentions.some((m) => m.end === beforeAt));
      if (!TITLE_WORD.test(wordBefore) && (isAsciiCapitals(wordBefore, 2) || otherName)) continue;
      if (/^(?:'s|’s)?\s+(?:family|families|government|administration|era|camp|brothers|sisters|household|clan|dynasty|years|estate|children|siblings|name|report|review|inquiry|affair|case|rule|plan|doctrine|trial)\b/.test(a.text.slice(first.end, first.end + 20))) continue;
      // "the Conlon and Maguire families".
      if (/^\s+(?:and|&)\s+\p{Lu}\p{Ll}+\s+(?:families|family|brothers|sisters)\b/u.test(a.text.slice(first.end, first.end + 40))) continue;
      // A pair of given names ("Richard and Judy", "his parents, Graham and Sherry"): a show's
      // name or a family's, not a first reference that drops the surname.
      if (e.name.startsWith(first.text + ' ') && (/^\s+(?:and|&)\s+\p{Lu}\p{Ll}+\b/u.test(a.text.slice(first.end, first.end + 30)) || /\b\p{Lu}\p{Ll}+\s+(?:and|&)\s+$/u.test(lead))) continue;
      // The full name is written there, split by the entity pass ("Ask Jeeves" read as "Jeeves").
      if (e.name.endsWith(first.text) && a.text.slice(Math.max(0, first.end - e.name.length), first.end) === e.name) continue;
      const full = body.find((m) => m.text.split(' ').length >= 2);
      if (!full) continue;
      if (inDeck(a, first.start, full.start)) continue;
      if (!looksLikePerson(e.name, first.text, wordBefore, ctx.kb, e.knowledge?.registry === 'people')) continue;
      // A world figure the knowledge base lists, by surname ("Reagan", "Mr Blair"): readers know
      // who is meant. (A given name alone goes on to the naming convention below: "met Prabowo".)
      if (e.knowledge?.registry === 'people' && !e.name.startsWith(`${first.text} `)) continue;
      // Inside a quotation the speaker's words are theirs, not the writer's style ("we backed Okafor").
      if (a.quotes.some((q) => first.start >= q.inner.start && first.end <= q.inner.end)) continue;
      // The second part of a hyphenated compound ("anti-Okafor", "pro-Okafor rally") is no reference.
      if (HYPHENS.includes(a.text[first.start - 1] || ' ') && isLetter(a.text[first.start - 2] || ' ')) continue;
      // "Lord Butler", "President Bush": the title is the usual first form of the name.
      if (wordList('styleTitles').has(wordBefore)) continue;
      // "the Tomlinson report", "The Passion of the Christ", "biopic Kinsey", "Kinsey starring…":
      // a work, a report or a firm named after someone, not the person.
      if (wordList('workWordsBeforeName').has(wordBefore) || "'‘\"“".includes(a.text[first.start - 1] || '-')) continue;
      const after = a.text.slice(first.end, first.end + 60);
      if (/^\s+(?:starring|stars|directed)\b/.test(after) || /^,\s(?:the|a|an)\s(?:[\p{L}-]+\s){0,3}(?:company|firm|group|maker|carmaker|giant|band|film|club|chain)\b/u.test(after)) continue;
      // "in May": a month, not Theresa May.
      if (MONTHS.has(first.text.toLowerCase())) continue;
      // Another person of the same surname was named before ("Doug Smith… Mr Smith"): the short form is theirs.
      if (a.entities.some((o) => o !== e && o.mentions.some((m) => m.end <= first.start && m.text !== first.text && m.text.endsWith(` ${first.text}`)))) continue;
      // A given name alone: a fault only where later references use the given name by convention
      // (Malaysia's "Anwar"); elsewhere it is a family relation ("his wife Sharon"), a title or a nickname.
      if (e.name.startsWith(`${first.text} `)) {
        if (kinBefore(a.text.slice(Math.max(0, first.start - 30), first.start))) continue;
        const country = e.knowledge?.country;
        if (!country || !ctx.kb.givenNameFirst(country)) continue;
      }
      // A title written before the full mention ("President") goes with the name.
      const before = a.text.slice(Math.max(0, full.start - 40), full.start);
      const title = /(?:^|\s)((?:[A-Z][a-z]+\.? ){1,3})$/.exec(before)?.[1]?.trim();
      const replacement = title && !wordList('sentenceOpeners').has(title) ? `${title} ${e.name}` : e.name;
      out.push({
        rule: this.id,
        severity: this.defaultSeverity,
        start: first.start,
        end: first.end,
        message: `First reference to ${e.name} uses only “${first.text}”: give the full name${title ? ' and title' : ''} here, and the short form after.`,
        related: [{ start: full.start, end: full.end, message: `The full name comes later, here` }],
        fixes: [
          { title: `Use the full name (“${replacement}”)`, edits: [{ start: first.start, end: first.end, newText: replacement }], preferred: true },
          ignoreFix(this.id, first),
        ],
      });
    }
    return out;
  },
};
