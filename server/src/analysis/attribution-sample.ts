// A poll's sample as the subject of a verb of saying or believing: "Sixty percent of voters said
// …", "About four in 10 Democrats say …", "Half said …", "a 54% majority of independents think …".
// Its members speak (each respondent said so), so it is a source, though no one is named: the
// attribution is typed vague, and the vague-attribution rule leaves samples alone (the poll is the
// finding's source). The words are in data/clause-words.json (sampleWords, approximators,
// numberWords).
import type { Token } from './types';
import { W, cueVerb } from './attribution-cues';
import { PRONOUNS } from './lexicon';
import { lowerOf } from './lower-case';

const isNumber = (t: Token | undefined) => !!t && (t.kind === 'number' || (t.kind === 'word' && numberWord(lowerOf(t))));

/** "six", "twenty-four", "two-thirds" (the fraction counts as its share). */
function numberWord(w: string): boolean {
  return w.split('-').every((p) => W.numberWord.has(p));
}

/** Words that may stand inside the sampled group: "GOP primary voters", "all Democrats", "those polled". */
function groupWord(t: Token): boolean {
  const w = lowerOf(t);
  if (t.kind === 'number') return false;
  if (t.kind !== 'word') return t.text === '-';
  return !cueVerb(w) && !W.aux.has(w) && !W.be.has(w) && !W.modal.has(w) && !W.complementiser.has(w) && !W.coordinator.has(w)
    && !W.relative.has(w) && !W.preposition.has(w) && !PRONOUNS.has(w) && !W.time.has(w);
}

/** A word of the place where the group was asked ("in each state", "across the country"): a
 *  group word, or a noun that is also a verb of saying ("state", "report"). */
function placePartWord(t: Token): boolean {
  const w = lowerOf(t);
  return groupWord(t) || (t.kind === 'word' && !!cueVerb(w) && !w.endsWith('ed') && !w.endsWith('ing'));
}

/** "of voters in a recent poll", "of Democrats across the state": where the group sampled was
 *  asked, a preposition of place (clause-words.json samplePlacePrepositions) and its words. */
function placeWord(t: Token): boolean {
  return t.kind === 'word' && W.samplePlace.has(lowerOf(t));
}

/** "majorities", "pluralities": the plural of a share noun ending in -y. */
function shareNounPlural(w: string): boolean {
  return w.endsWith('ies') && W.shareNoun.has(w.slice(0, -3) + 'y');
}

/** The share at token `q`, as the index after it, or -1: "47 %", "24 per cent", "six in 10",
 *  "half", "third" (after "a"), "two-thirds", "69% majority". */
function share(toks: Token[], q: number): number {
  const w = lowerOf(toks[q]);
  let after = -1;
  if (isNumber(toks[q])) {
    const nx = lowerOf(toks[q + 1]);
    if (nx === '%' || nx === 'percent') after = q + 2;
    else if (nx === 'per' && lowerOf(toks[q + 2]) === 'cent') after = q + 3;
    // ("six in 10", "eight of 10 voters")
    else if ((nx === 'in' || nx === 'of') && toks[q + 2]?.kind === 'number' || (nx === 'in' && isNumber(toks[q + 2]))) after = q + 3;
    else if (nx === 'out' && lowerOf(toks[q + 2]) === 'of' && isNumber(toks[q + 3])) after = q + 4;
    // ("half", "two-thirds", "three-quarters": a fraction word is the share itself.)
    else if (W.shareNoun.has(w) || (w.includes('-') && W.shareNoun.has(w.slice(w.lastIndexOf('-') + 1)))) after = q + 1;
  } else if (W.shareNoun.has(w) || shareNounPlural(w)) after = q + 1;
  // ("a strong majority", "a slim plurality": one adjective between "a" and the share.)
  // (Or "strong majority" after an "a" the approximators took.)
  else if ((w === 'a' || w === 'an') && toks[q + 1]?.kind === 'word' && lowerOf(toks[q + 1]) === toks[q + 1].text && W.shareNoun.has(lowerOf(toks[q + 2]))) after = q + 3;
  else if (q > 0 && ['a', 'an'].includes(lowerOf(toks[q - 1])) && toks[q].kind === 'word' && w === toks[q].text && W.shareNoun.has(lowerOf(toks[q + 1]))) after = q + 2;
  // ("those surveyed", "those polled")
  else if (w === 'those' && W.sampleGroupEnd.has(lowerOf(toks[q + 1])) && lowerOf(toks[q + 1]).endsWith('ed')) after = q + 2;
  // ("a 54% majority")
  if (after > 0 && after !== q + 1 && W.shareNoun.has(lowerOf(toks[after]))) after++;
  return after;
}

/**
 * The sample phrase that ends at token `k` right before a verb, as its first token, or -1.
 * It opens its clause (nothing before it but punctuation or a conjunction), starts with an
 * approximator or the share, and may go on with "of" and the group sampled, or the group alone
 * ("six in 10 voters").
 */
export function sampleStart(toks: Token[], k: number, relative = false): number {
  for (let st = Math.max(0, k - 12); st <= k; st++) {
    const lead = toks[st - 1];
    // (Before a relative clause the sample may be a preposition's object: "compared with 23 percent
    // who said …", "among the 30 percent of voters who said …".)
    const objectOf = relative && !!lead && lead.kind === 'word' && (W.preposition.has(lowerOf(lead)) || (lowerOf(lead) === 'the' && W.preposition.has(lowerOf(toks[st - 2]))));
    // (Not after "that": "a poll found that 61 per cent feared …" is the poll's finding.)
    if (lead && lead.kind === 'word' && !objectOf && !W.coordinator.has(lowerOf(lead)) && !W.sampleLead.has(lowerOf(lead))) continue;
    // (After a quoted question: "Asked whether …,” 75 percent of Democrats said yes".)
    // (A hyphen set off by spaces is a dash, "… leads Mr Hale - 58 percent of residents said"; "60-70%" is a range.)
    if (lead && lead.kind !== 'word' && !',;:—–―”’"'.includes(lead.text) && !(lead.text === '-' && (st < 2 || toks[st - 2].end < lead.start))) continue;
    let q = st;
    // ("about", "a full", "more than", "well over".)
    while (q <= k && (W.approximator.has(lowerOf(toks[q])) || lowerOf(toks[q]) === 'than')) q++;
    const after = share(toks, q);
    if (after < 0 || after > k + 1) continue;
    if (after === k + 1) return st;
    let r = after;
    if (lowerOf(toks[r]) === 'of') r++;
    // ("of those polled", "of all voters", "of the state's Republicans")
    if (r <= k && (W.det.has(lowerOf(toks[r])) || lowerOf(toks[r]) === 'those')) r++;
    if (r > k) continue;
    let ok = true;
    // (The group's noun for people may come before where it was asked: "78 percent of voters in a
    // recent poll said".)
    let end = k;
    for (let x = r + 1; x <= k; x++) if (placeWord(toks[x])) { end = x - 1; break; }
    for (let x = r; x <= k; x++) if (!groupWord(toks[x]) && !(x > end && (placeWord(toks[x]) || W.det.has(lowerOf(toks[x])) || placePartWord(toks[x])))) ok = false;
    // (The group ends with a noun for people: "voters", "Democrats", "those polled" — not "of the vote".)
    const last = toks[end];
    if (ok && last.kind === 'word' && (lowerOf(last).endsWith('s') || /^[A-Z]/.test(last.text) || W.sampleGroupEnd.has(lowerOf(last)))) return st;
  }
  return -1;
}
