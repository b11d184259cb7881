// Where an organisation's name stops (data/name-spans.json): a company's legal suffix closes its
// name ("Halvers Controls Inc and Pruett Corp" are two companies), and a capitalised compound of
// a place and a participle ("Ohio-based") describes the name after it and is no part of it.
import nameSpans from './data/name-spans.json';

const spanWords = (entries: { words: string[] }[]) => new Set(entries.flatMap((e) => e.words.map((w) => w.toLowerCase())));

export const COMPANY_SUFFIXES = spanWords(nameSpans.companySuffixes);
const COMPOUND_PARTICIPLES = spanWords(nameSpans.compoundParticiples);
/** "&" between two capitalised names, spaced: one organisation's name ("Pellow & Marrick"). */
export const NAME_JOINERS = spanWords(nameSpans.joiners);
/** After "&", a word that closes a firm's name even after a person's full name ("Tomas Wexler & Sons"). */
export const FIRM_WORDS = spanWords(nameSpans.firmWords);
/** An honorific before a surname ("Mr", "Dr."): inside a run of capitalised words it ends the name before it. */
const HONORIFIC_BREAKS = spanWords(nameSpans.honorificBreaks);

/** "Mr", "Ms.", as written before a surname; not "MS" in capitals (a name). */
export function isHonorificBreak(w: string): boolean {
  return w.length > 1 && /^\p{Lu}\p{Ll}/u.test(w) && HONORIFIC_BREAKS.has(w.toLowerCase());
}

/** "Ohio-based", "Family-controlled": a capitalised compound describing the name after it. */
export function isDescribingCompound(w: string): boolean {
  const dash = w.lastIndexOf('-');
  return dash > 0 && /^\p{Lu}/u.test(w) && COMPOUND_PARTICIPLES.has(w.slice(dash + 1).toLowerCase());
}
