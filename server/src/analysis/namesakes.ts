// Telling namesakes apart: when an article names two people who share a surname (a married
// couple, a father and son), a bare "Pellworth" goes to one of them by what stands around it —
// the title or honorific right before it ("Mrs", "Senator") and a gendered pronoun after it
// ("... said she"). entities.ts falls back on who was mentioned last when these say nothing.
import type { Candidate } from './entities';
import type { Token } from './types';
import { GENDERED_PRONOUNS, GENDERED_TITLES, HONORIFICS, TITLES } from './lexicon';
import { firstAtOrAfter } from './spans';
import { FINAL_DOT, SPACES } from './tokens';
import { lowerCase } from './lower-case';

type Gender = 'f' | 'm';

/** A person as the cues see them: the mentions gathered so far and the roles they were given. */
export interface NamesakePerson {
  members: Candidate[];
  roles: string[];
}

interface Profile {
  f: number;
  m: number;
  /** Title and role words seen with the person ("senator", "mrs"), lower-case. */
  titles: Set<string>;
}

/** Object forms: in the mention's own sentence they mostly stand for someone else ("Pellworth thanked him"). */
const OBJECT_FORMS = new Set(['him', 'her']);

/** Closed-class words that follow an object "her" ("told her that", "gave her a"), never a noun she has. */
const FUNCTION_WORDS = new Set(['a', 'an', 'the', 'that', 'this', 'these', 'those', 'to', 'and', 'or', 'but', 'for', 'with', 'as', 'in', 'on', 'at', 'by', 'from', 'of', 'about', 'into', 'if', 'when', 'because', 'not', 'back', 'up', 'out', 'off', 'over', 'again', 'too', 'is', 'was', 'had', 'has', 'would', 'will']);

/** A possessive right after a name ("Pellworth's wife said she"): a pronoun after it is the head noun's. */
const POSSESSIVE_AFTER = /^['’](?:s\b|\s)/;

const lower = lowerCase;


function words(s: string): string[] {
  return lower(s).split(SPACES).filter(Boolean);
}

/**
 * The cues for one document. Each person's profile (gender and titles) is built from their
 * full-name mentions and roles the first time it is asked for, then grows with the bare
 * surnames a cue assigned to them; the pronoun index is built on first use.
 */
export function namesakeCues(text: string, cands: Candidate[], tokens: Token[], bySentence: Token[][]) {
  let pronounAt: Float64Array | null = null;
  let pronounSentence: Int32Array = new Int32Array(0);
  let pronounWord: string[] = [];
  let pronounEnd: number[] = [];
  let candStarts: Float64Array = new Float64Array(0);
  const index = (): Float64Array => {
    const at: number[] = [];
    const sent: number[] = [];
    pronounWord = [];
    pronounEnd = [];
    for (const t of tokens) {
      if (t.kind !== 'word' || t.text.length > 7) continue;
      const w = lower(t.text);
      if (!GENDERED_PRONOUNS.has(w)) continue;
      at.push(t.start);
      sent.push(t.sentence);
      pronounWord.push(w);
      pronounEnd.push(t.end);
    }
    pronounSentence = Int32Array.from(sent);
    // Only a name that may be a person (untyped, a person, or a weak guess) stands between a
    // mention and its pronoun: not "told Fox News she".
    candStarts = Float64Array.from(cands.filter((c) => c.kind === null || c.kind === 'person' || c.weak), (c) => c.start).sort();
    pronounAt = Float64Array.from(at);
    return pronounAt;
  };

  /** "her" before a noun ("her brother"), not as an object ("thanked her", "told her that"). */
  const possessiveHer = (k: number): boolean => {
    if (pronounWord[k] !== 'her') return false;
    const m = /^\s+(\p{Ll}[\p{Ll}-]*)/u.exec(text.slice(pronounEnd[k], pronounEnd[k] + 40));
    return !!m && !FUNCTION_WORDS.has(m[1]);
  };

  /**
   * The gender of the first gendered pronoun after a mention, in its sentence or the next, with
   * no other name before it; none after a possessive, nor when the first is an object form in
   * the mention's own sentence.
   */
  const pronounAfter = (c: Candidate): Gender | undefined => {
    if (POSSESSIVE_AFTER.test(text.slice(c.end, c.end + 3))) return undefined;
    const at = pronounAt ?? index();
    const k = firstAtOrAfter(at, c.end);
    if (k >= at.length || pronounSentence[k] > c.sentence + 1) return undefined;
    const next = firstAtOrAfter(candStarts, c.end);
    if (next < candStarts.length && candStarts[next] < at[k]) return undefined;
    if (pronounSentence[k] === c.sentence && OBJECT_FORMS.has(pronounWord[k]) && !possessiveHer(k)) return undefined;
    return GENDERED_PRONOUNS.get(pronounWord[k]);
  };

  /** The title or honorific right before a mention ("Mrs", "Dr.", "Senator"), or the last word of its role. */
  const titleBefore = (c: Candidate): string | undefined => {
    const toks = bySentence[c.sentence];
    const first = c.tokens[0];
    let k = first.index - 1;
    if (toks?.[first.index] === first) {
      if (k >= 0 && toks[k].text === '.') k--;
      if (k >= 0) {
        const w = lower(toks[k].text).replace(FINAL_DOT, '');
        if (TITLES.has(w) || HONORIFICS.has(w) || GENDERED_TITLES.has(w)) return w;
      }
    }
    const role = c.roles[c.roles.length - 1];
    if (role) {
      const ws = words(role);
      return ws[ws.length - 1];
    }
    return undefined;
  };

  const profiles = new Map<NamesakePerson, Profile>();
  const count = (p: Profile, g: Gender | undefined) => {
    if (g === 'f') p.f++;
    else if (g === 'm') p.m++;
  };
  const profile = (person: NamesakePerson): Profile => {
    let p = profiles.get(person);
    if (p) return p;
    p = { f: 0, m: 0, titles: new Set() };
    for (const r of person.roles) {
      for (const w of words(r)) {
        p.titles.add(w);
        count(p, GENDERED_TITLES.get(w));
      }
    }
    for (const m of person.members) {
      const t = titleBefore(m);
      if (t) {
        p.titles.add(t);
        count(p, GENDERED_TITLES.get(t));
      }
      // A pronoun after the full name; a bare surname's is what is being decided.
      if (m.tokens.length >= 2) count(p, pronounAfter(m));
    }
    profiles.set(person, p);
    return p;
  };
  const genderOf = (person: NamesakePerson): Gender | undefined => {
    const p = profile(person);
    return p.f > p.m ? 'f' : p.m > p.f ? 'm' : undefined;
  };

  return {
    /** The people in the pool a bare surname can be, by its title and pronoun (the pool itself when nothing tells). */
    narrow<P extends NamesakePerson>(c: Candidate, pool: P[]): P[] {
      let out = pool;
      const title = titleBefore(c);
      const titled = title ? GENDERED_TITLES.get(title) : undefined;
      // A title that is not a gender's ("Senator", "Dr"): the person who bore it before.
      if (title && !titled) {
        const same = out.filter((p) => profile(p).titles.has(title));
        if (same.length) out = same;
      }
      // A gendered title or pronoun rules out those known to be of the other gender (and only
      // them: one of no known gender may be of this one).
      const g = titled ?? pronounAfter(c);
      if (g && out.length > 1) {
        const possible = out.filter((p) => { const q = genderOf(p); return q === undefined || q === g; });
        if (possible.length) out = possible;
      }
      return out;
    },
    /**
     * A bare surname given to a person: its title tells about them ("Mrs" after "Senator"), and
     * so does its pronoun when `sure` (the cues alone chose them, not who was mentioned last).
     */
    learn(c: Candidate, person: NamesakePerson, sure: boolean): void {
      const p = profile(person);
      const title = titleBefore(c);
      if (title) {
        p.titles.add(title);
        count(p, GENDERED_TITLES.get(title));
      }
      if (sure && !(title && GENDERED_TITLES.has(title))) count(p, pronounAfter(c));
    },
  };
}
