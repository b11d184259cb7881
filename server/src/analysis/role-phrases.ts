// A person's role as the text gives it: the whole title before the name ("Russian Security
// Council Secretary", "former US Treasury Secretary") and the body an appositive title serves
// ("chief executive of Acme Corp"). Title words come from lexicon.json, the words around them
// from data/role-phrases.json.
import type { KnowledgeBase } from './knowledge-port';
import type { Token } from './types';
import table from './data/role-phrases.json';
import { HONORIFICS, MONTHS, NON_ENTITY_CAPITALS, ORG_WORDS, ROLE_WORDS, TITLES, WEEKDAY_SET } from './lexicon';
import { FINAL_DOT, startsUpper } from './tokens';

const wordsOf = (entries: { words: string[] }[]) => new Set(entries.flatMap((e) => e.words.map((w) => w.toLowerCase())));
const MODIFIERS = wordsOf(table.modifiers);
const PORTFOLIOS = wordsOf(table.portfolios);
const LINKS = wordsOf(table.links);
const OPENERS_ADVERBS = wordsOf(table.openers);

/** Where the role phrase may not go: what the caller knows about the names around it. */
export interface RoleContext {
  text: string;
  kb: KnowledgeBase;
  /** Whether the token starting at this offset is part of a person's name. */
  inPerson(start: number): boolean;
  /** Whether the token starting at this offset is part of a place's name. */
  inPlace(start: number): boolean;
  /** Whether it is part of the name of an organisation, place or publication. */
  inName(start: number): boolean;
  /** Whether the name of an organisation, place or publication ends at this offset. */
  endsName(end: number): boolean;
  /** Words the article capitalises away from a sentence start ("Conservative"): a name's words, not everyday ones. */
  capsMid: { has(word: string): boolean };
}

const ADJECTIVE_SHAPE = /^\p{Lu}\p{Ll}{3,}$/u;
const DATELINE_WORD = /^[\p{Lu}]{4,}$/u;
/** Punctuation after which a word opens a sentence or a dateline's text. */
const OPENERS = new Set(['"', '“', '‘', "'", '(', '-', '–', '—', ':']);
const POSSESSIVE = new Set(["'s", '’s']);

const bare = (w: string) => w.toLowerCase().replace(FINAL_DOT, '');
const isTitleWord = (lw: string) => TITLES.has(lw) || TITLES.has(`${lw}.`) || ROLE_WORDS.has(lw);
/** "ex-Treasury": a modifier joined to the next word. */
const JOINED_MODIFIER = /^(?:ex|then)-/i;

/** A word a title phrase may hold wherever it stands, even first in a sentence. */
function titleish(words: Token[], k: number): boolean {
  const lw = bare(words[k].text);
  if (isTitleWord(lw) || MODIFIERS.has(lw) || PORTFOLIOS.has(lw) || ORG_WORDS.has(lw) || JOINED_MODIFIER.test(lw)) return true;
  // The first word of a title written as two ("Prime Minister", "Attorney General").
  const next = words[k + 1];
  return !!next && TITLES.has(`${lw} ${bare(next.text)}`);
}

function opensSentence(toks: Token[], k: number): boolean {
  return k === 0 || OPENERS.has(toks[k - 1].text);
}

/**
 * The title right before a person's name starting at token `i` of a sentence, or undefined.
 * It ends in a title word and takes in, leftwards, modifiers, portfolios, demonyms and the
 * names of organisations and places; it stops at punctuation, another person's name, a
 * lower-case word that is no title word, and an everyday word that opens a sentence.
 */
export function titleBeforeName(toks: Token[], i: number, headline: boolean, ctx: RoleContext): string | undefined {
  let j = i - 1;
  // An honorific is no role ("Defence Secretary Dr Liam Fox" keeps "Defence Secretary"); a
  // professor is one.
  while (j >= 0 && HONORIFICS.has(bare(toks[j].text)) && !ROLE_WORDS.has(bare(toks[j].text)) && gapIsSpace(ctx.text, toks[j], toks[j + 1])) j--;
  if (j < 0 || !gapIsSpace(ctx.text, toks[j], toks[j + 1]) || toks[j].kind !== 'word' || !isTitleWord(bare(toks[j].text))) return undefined;
  let b = j;
  // Whether a capitalised word that is no title word is in the phrase: a lower-case title
  // word further left then starts another title ("Committee chairman Labour MP").
  let sawName = false;
  for (let k = j - 1; k >= 0 && j - k < 9; k--) {
    const t = toks[k];
    const after = toks[k + 1];
    // "Russia's Foreign Minister", "Acme's chief executive": a capitalised name's possessive.
    if (POSSESSIVE.has(t.text)) {
      const owner = toks[k - 1];
      if (!owner || owner.end !== t.start || !gapIsSpace(ctx.text, t, after) || !startsUpper(owner.text) || ctx.inPerson(owner.start)) break;
      if ((opensSentence(toks, k - 1) || headline) && everyday(owner, ctx)) break;
      b = --k;
      sawName = true;
      continue;
    }
    if (t.kind !== 'word' || !gapIsSpace(ctx.text, t, after)) break;
    const lw = bare(t.text);
    if (!startsUpper(t.text)) {
      if (MODIFIERS.has(lw) || JOINED_MODIFIER.test(lw) || (isTitleWord(lw) && !sawName)) {
        b = k;
        continue;
      }
      break;
    }
    // Title words first: a tagger may read a title alone as a person ("Home Secretary").
    if (titleish(toks, k)) {
      b = k;
      continue;
    }
    // Another person's name ends the title; a lone word read as a name right before a title
    // is more likely the title's own ("Solicitor General", "Under Secretary").
    if (ctx.inPerson(t.start) && (k === 0 || ctx.inPerson(toks[k - 1].start) || ctx.kb.isGivenName(t.text) || sawName)) break;
    if (WEEKDAY_SET.has(lw) || MONTHS.has(lw)) break;
    if (opensSentence(toks, k) || headline) {
      // A dateline's place ("LONDON -"), or an everyday word opening the sentence ("Yesterday")
      // or capitalised in a headline ("Walk Out As").
      if ((DATELINE_WORD.test(t.text) && ctx.inPlace(t.start)) || everyday(t, ctx)) {
        // What is left of a name cut there is no role's word either ("Beach Boys veteran"),
        // unless it names an organisation ("Harbour Board") or the cut word was an adverb.
        let n = b;
        while (n < j && startsUpper(toks[n].text) && !titleish(toks, n) && !ctx.inName(toks[n].start)) n++;
        if (!OPENERS_ADVERBS.has(lw) && !ORG_WORDS.has(bare(toks[n].text))) b = n;
        break;
      }
    }
    b = k;
    sawName = true;
  }
  return ctx.text.slice(toks[b].start, toks[j].end);
}

/** An everyday word capitalised only because it opens a sentence or stands in a headline. */
function everyday(t: Token, ctx: RoleContext): boolean {
  // Capitalised adjectives of party, faith and language ("Conservative", "Catholic") are not.
  if (NON_ENTITY_CAPITALS.has(t.text) && ADJECTIVE_SHAPE.test(t.text)) return false;
  if (OPENERS_ADVERBS.has(bare(t.text))) return true;
  // A word of an organisation's or place's name ("Harbour Board") is not, whatever it means alone.
  return ctx.kb.isCommonWord(bare(t.text)) && !ctx.kb.demonym(t.text) && !ctx.capsMid.has(t.text) && !ctx.inName(t.start);
}

/** Whether a single space separates two tokens (true after the last one). */
function gapIsSpace(text: string, a: Token, b: Token | undefined): boolean {
  if (!b) return true;
  const gap = text.slice(a.end, b.start);
  return gap === ' ' || gap === '\u00a0';
}

/**
 * How far an appositive's role goes past its title word at `found`: over a link and a
 * capitalised name ("chief executive of Acme Corp", "mayor of Lower Brinton"). The index of
 * the role's last token.
 */
export function roleTailEnd(toks: Token[], found: number, ctx: RoleContext): number {
  let k = found + 1;
  if (!toks[k] || !LINKS.has(toks[k].text)) return found;
  k++;
  if (toks[k]?.text === 'the') k++;
  let end = found;
  // Only the name of an organisation, place or publication ("of Acme Corp", not "of Indian").
  while (k < toks.length) {
    const t = toks[k];
    if (t.kind === 'word' && startsUpper(t.text) && ctx.inName(t.start)) end = k;
    else if (!((t.text === 'of' || t.text === '&') && end > found && startsUpper(toks[k + 1]?.text ?? ''))) break;
    k++;
  }
  // A name cut short ("of the British" in "of the British Chambers of Commerce") is left out.
  while (end > found && (!ctx.endsName(toks[end].end) || ctx.kb.demonym(toks[end].text))) end--;
  if (end > found && !startsUpper(toks[end].text)) return found;
  // "director of Venice's opera house": the name owns what follows, which the role would lose.
  if (end > found && POSSESSIVE.has(toks[end + 1]?.text ?? '')) return found;
  return end;
}

/** A role without what follows its title ("chief executive of Acme Corp" -> "chief executive"). */
export function roleHead(role: string): string {
  const m = /\s(?:of|at|for)\s+(?:the\s+)?\p{Lu}/u.exec(role);
  return m ? role.slice(0, m.index) : role;
}

/** A role without the honorifics a title run ended in ("Defence Secretary Dr" -> "Defence Secretary"). */
export function withoutHonorifics(role: string): string {
  const words = role.split(' ');
  let n = words.length;
  while (n > 1 && HONORIFICS.has(bare(words[n - 1])) && !ROLE_WORDS.has(bare(words[n - 1]))) n--;
  return n === words.length ? role : words.slice(0, n).join(' ');
}
