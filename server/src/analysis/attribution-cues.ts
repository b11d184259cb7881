// The reporting-cue lexicon (data/attribution-cues.json): verbs of saying, believing, judging and
// showing by inflected form, and the phrasal cues ("according to", "pointed out").
import cues from './data/attribution-cues.json';
import words from './data/clause-words.json';
import wordnetVerbs from './data/cue-verbs-wordnet.json';

export type CueClass = 'speech' | 'tell' | 'belief' | 'attitude' | 'evidence' | 'according' | 'record';

export interface CueVerb {
  lemma: string;
  cls: CueClass;
  /** The form is the bare lemma ("say"), the -ing form, or a past form. */
  form: 'base' | 's' | 'past' | 'ing';
  needsClause: boolean;
  notBeforeInfinitive: boolean;
  passiveAgent: boolean;
  /** A commitment or demand whose content is an infinitive: "vowed to repeal the law". */
  infinitive: boolean;
  /** A wish, plan or decision: before an infinitive, with a speaker the story names (or a pronoun
   *  for one, or a definite person or body), the infinitive is what they intend ("Cole wants to
   *  rebuild the pier"); 'only': a cue nowhere else ("the plans to rebuild", "wants more time"). */
  intention?: 'also' | 'only';
  /** The agentless passive is an idiom, not a report: "is supposed to", "is determined to". */
  noPassiveFrame?: boolean;
  /** A verb of judging, denying or confirming whose plain object is what is judged or answered: "praised the nurses", "denied the reports". */
  plainObject: boolean;
  /** A verb of viewing, a cue only with an "as" phrase after its object: "see the merger as a rescue". */
  asObject: boolean;
  /** A verb of talking that reports only what was talked about, never a clause: "spoke about the
   *  floods" (in "was speaking amid claims that …" the clause is no one's words). */
  topicOnly: boolean;
  /** Prepositions that, after the object, give what it is charged with: "accused the mayor of lying". */
  charge?: string[];
  /**
   * After a quotation that closed the sentence before, "X <verb>" with only how, when or where
   * after it (and, for 'addressee', whom it was said to) has that quotation as its content.
   */
  quoteTail?: 'plain' | 'addressee';
  /** Generated from WordNet (data/cue-verbs-wordnet.json), not written by hand: a cue only for a
   *  source that is someone, never for a crowd or an unnamed group ("some pretended", "many have
   *  forgotten" are no hearsay). */
  generated?: boolean;
  /** A verb of the manner of speaking ("yelled", "sighed", "laughed"): a cue only where the words
   *  are given, a quotation next to it or a colon or "that" after it ("the admiral chuckled." alone
   *  reports nothing). */
  wordsOnly?: boolean;
}

export interface CuePhrase {
  /** Words after the first, lower case. */
  rest: string[];
  cls: CueClass;
  lemma: string;
  needsClause: boolean;
}

const VERBS = new Map<string, CueVerb>();
/** Lemmas with a past form of their own ("said" for "say"): their bare form is never a past. */
const DISTINCT_PAST = new Set<string>();
for (const v of cues.verbs as { lemma: string; class: string; forms: string[]; needsClause?: boolean; notBeforeInfinitive?: boolean; passiveAgent?: boolean; infinitive?: boolean; plainObject?: boolean; asObject?: boolean; topicOnly?: boolean; charge?: string[]; quoteTail?: boolean | 'addressee'; intention?: boolean | 'only'; noPassiveFrame?: boolean; wordsOnly?: boolean }[]) {
  for (const f of v.forms) {
    if (VERBS.has(f)) continue;
    const form = f === v.lemma ? 'base' : f.endsWith('ing') ? 'ing' : f.endsWith('s') && f !== v.lemma ? 's' : 'past';
    if (form === 'past') DISTINCT_PAST.add(v.lemma);
    VERBS.set(f, { lemma: v.lemma, cls: v.class as CueClass, form, needsClause: !!v.needsClause, notBeforeInfinitive: !!v.notBeforeInfinitive, passiveAgent: !!v.passiveAgent, infinitive: !!v.infinitive, plainObject: !!v.plainObject, asObject: !!v.asObject, topicOnly: !!v.topicOnly, charge: v.charge, quoteTail: v.quoteTail === 'addressee' ? 'addressee' : v.quoteTail ? 'plain' : undefined, intention: v.intention === 'only' ? 'only' : v.intention ? 'also' : undefined, noPassiveFrame: !!v.noPassiveFrame, ...(v.wordsOnly ? { wordsOnly: true } : {}) });
  }
}

// Verbs of saying and believing generated from WordNet (scripts/gen-cue-verbs.mjs states the
// rule). The hand-written entries above win; each generated verb is a cue only before a clause, a
// quotation or a colon, or when inverted.
for (const v of wordnetVerbs.verbs as { lemma: string; class: string; forms: string[] }[]) {
  for (const f of v.forms) {
    if (VERBS.has(f)) continue;
    const form = f === v.lemma ? 'base' : f.endsWith('ing') ? 'ing' : f.endsWith('s') ? 's' : 'past';
    if (form === 'past') DISTINCT_PAST.add(v.lemma);
    VERBS.set(f, { lemma: v.lemma, cls: v.class as CueClass, form, needsClause: true, notBeforeInfinitive: true, passiveAgent: false, infinitive: false, plainObject: false, asObject: false, topicOnly: false, generated: true });
  }
}

const PHRASES = new Map<string, CuePhrase[]>();
for (const p of cues.phrases as { phrase: string; first: string[]; class: string; needsClause?: boolean }[]) {
  const [, ...rest] = p.phrase.split(' ');
  for (const f of p.first) {
    const list = PHRASES.get(f) ?? [];
    list.push({ rest, cls: p.class as CueClass, lemma: p.phrase, needsClause: !!p.needsClause });
    PHRASES.set(f, list);
  }
}

// Verbs that are cues only before an infinitive ("wants to", "plans to") are looked up apart: as
// nouns ("the plan", "a wish") they must not end a phrase or stand for a verb of saying elsewhere.
const INTENTIONS = new Map<string, CueVerb>();
for (const [f, v] of VERBS) {
  if (v.intention !== 'only') continue;
  INTENTIONS.set(f, v);
  VERBS.delete(f);
}

/** The cue verb a lower-case word form is, if any; `intentions`: also the verbs that are cues only
 *  before an infinitive. */
export function cueVerb(word: string, intentions = false): CueVerb | undefined {
  return VERBS.get(word) ?? (intentions ? INTENTIONS.get(word) : undefined);
}

/** The verb's form is its plain present, never a past that looks the same ("reason", not "put"). */
export function isPlainPresent(v: CueVerb): boolean {
  return v.form === 'base' && DISTINCT_PAST.has(v.lemma);
}

/** Phrasal cues that start with this lower-case word. */
export function cuePhrases(word: string): readonly CuePhrase[] {
  // (One empty list for the words that start no phrase, most of them: not a new one per word.)
  return PHRASES.get(word) ?? NO_PHRASES;
}
const NO_PHRASES: readonly CuePhrase[] = Object.freeze([]);

const set = (xs: string[]) => new Set(xs);
/** The function-word lists the clause reader uses. */
export const W = {
  aux: set(words.auxiliaries),
  time: set(words.timeWords),
  /** Words for a time that end a noun phrase walked leftwards ("Last week | ministers said"). */
  timeNoun: set(words.timeNouns),
  be: set(words.beForms),
  modal: set(words.modals),
  hypothetical: set(words.hypotheticalModals),
  det: set(words.determiners),
  indefinite: set(words.indefinites),
  counted: set(words.countedDeterminers),
  crowd: set(words.crowdDeterminers),
  /** Determiners that make a plural of people a loose group: "several party elders", "other advocates". */
  group: set(words.groupDeterminers),
  /** People defined by their stance towards someone: "his own supporters", "its critics" are a crowd, not particular people. */
  follower: set(words.followerHeads),
  /** Quantifiers that stand alone for people: "some say", "many believe", "others argue". */
  crowdPronoun: set(words.crowdPronouns),
  /** Quantifiers that take a part of a group before "of": "some of the women", "none of the three". */
  partitive: set(words.partitiveHeads),
  embedding: set(words.embeddingWords),
  /** Verbs of belief whose "to be" is the belief, not an intention: "what many believed to be a mistake". */
  toBeBelief: set(words.toBeBeliefs),
  /** Words after "as" that make it a conjunction or an idiom, not a judgement: "as far as", "as it spread". */
  asConjunction: set(words.asConjunctionWords),
  participleLead: set(words.participleLeads),
  firstPerson: set(words.firstPersons),
  definite: set(words.definites),
  possessive: set(words.possessives),
  nounBlocker: set(words.nounBlockers),
  npStop: set(words.npStops),
  npLink: set(words.npLinks),
  complementiser: set(words.complementisers),
  relative: set(words.relatives),
  coordinator: set(words.coordinators),
  refusal: set(words.refusals),
  causative: set(words.causatives),
  question: set(words.questionWords),
  postNominal: set(words.postNominalTitles),
  abbreviation: set(words.abbreviatedTitles),
  familiar: set(words.familiarWords),
  spokes: set(words.spokesHeads),
  unnamed: set(words.unnamedHeads),
  anonymousGroup: set(words.anonymousGroupHeads),
  /** Words that say a source is kept unnamed: "an unnamed official", "an unknown author". */
  anonymity: set(words.anonymityWords),
  /** "these people", "those officials": unnamed people the story has just described. */
  demonstrative: set(words.demonstratives),
  body: set(words.bodyHeads),
  relation: set(words.relationNouns),
  /** Endings and words of nouns for people ("farmers", "economists", "critics"), and things that only look so. */
  personEnding: words.personNounEndings as string[],
  person: set(words.personNouns),
  notPerson: set(words.notPersonNouns),
  sample: set(words.sampleWords),
  lyNoun: set(words.lyNouns),
  clauseInitialVague: set(words.clauseInitialVagueCues),
  /** Vague cues that are no hedge as the agent of a participle: "is, by all accounts, happy" (not
   *  "audited by all accounts firms"). */
  setOffVague: set(words.setOffVagueCues),
  hearsay: set(words.hearsayHeads),
  /** One finding nobody is named for when introduced by "a" or "one": "a recent poll found", "one news account said". */
  unnamedFinding: set(words.unnamedFindingHeads),
  publication: set(words.publicationHeads),
  /** "every recent poll", "each survey": one finding after another, none named. */
  every: set(words.everyDeterminers),
  /** Adverbs that may stand between "according to" and its source: "according to even his supporters". */
  focus: set(words.focusAdverbs),
  /** Adjectives of a held view after "be", cues before a clause: "residents are worried (that) the mill will close". */
  stance: set(words.stanceAdjectives),
  /** Adverbs of place between a subject and its verb: "officials there said". */
  placeAdverb: set(words.placeAdverbs),
  /** Findings that rank people, used as the ground for a standing: "ahead in the polls", "led in several recent surveys". */
  standingFinding: set(words.standingFindingHeads),
  /** Words after such findings that go on to say whose they are: "in polls by Gallup", "in surveys conducted for the BBC". */
  standingFindingOwner: set(words.standingFindingOwners),
  nounBefore: set(words.nounBeforePrepositions),
  objectPreposition: set(words.objectPrepositions),
  example: set(words.exampleMarkers),
  preposition: set(words.prepositions),
  /** A poll's sample as a subject (attribution-sample.ts): "six", "twenty-four", "two-thirds". */
  numberWord: set(words.numberWords),
  /** "half", "a third", "a majority" of those polled. */
  shareNoun: set(words.shareNouns),
  /** Words before a share: "about half", "a full 79 percent", "more than a third". */
  approximator: set(words.sampleApproximators),
  /** Words a sample may follow and still open its clause: "while 9 percent said". */
  sampleLead: set(words.sampleLeads),
  /** Prepositions that say where a sampled group was asked: "of voters in a recent poll". */
  samplePlace: set(words.samplePlacePrepositions),
  /** Words that place a time or a circumstance after a verb of saying: "said late last week", "said just after midnight". */
  timeModifier: set(words.timeModifiers),
  /** Plural nouns without an -s: "the women say", "police believe", "the children think". */
  pluralNoun: set(words.pluralNouns),
  /** Words that end a sampled group without a plural ending: "of those polled", "of people". */
  sampleGroupEnd: set(words.sampleGroupEnds),
  /** Verbs of voicing whose plain object may be a bare noun: "expressed concern", "voiced support". */
  bareObject: set(words.bareObjectVerbs),
  /** Verbs that raise a verb of saying after "to": "seemed to suggest", "went on to say". */
  raiser: set(words.raisingVerbs),
  /** Verbs of seeming that raise their subject over an impression nobody is named for: "seemed to
   *  waver" (a verb of saying after them is raised instead: "seemed to suggest"). */
  evidential: set(words.evidentialRaisers),
  /** Raising verbs that take "on" first: "went on to say". */
  raiserOn: set(words.raisingVerbsWithOn),
  /** Words before an "asked" clause with no "be": "when asked about …", "if asked whether …". */
  askedLead: set(words.askedLeads),
  /** Prepositions that give what a speaker talked about: "spoke about the flooding", "wrote of his fears". */
  topic: set(words.topicPrepositions),
  /** Words after the object of "call" that say how or when, not what it was called: "called him
   *  back", "called them twice". */
  namingParticle: set(words.namingParticles),
  /** Adverbs of degree before an adjective: "very conservative", "so reckless". */
  degree: set(words.degreeAdverbs),
  /** Endings of adjectives: what an object was called ("called the charges baseless"). */
  adjectiveEnding: words.adjectiveEndings as string[],
  /** Labels before a headline's colon that name the kind of piece: "Profile: …", "The Latest: …". */
  headlineLabel: set(words.headlineLabels),
  /** Polls and surveys whose finding an "in" phrase frames: "In a poll released Monday, …". */
  inFinding: set(words.inFindingHeads),
  /** Nouns of a view or of words an "in" phrase credits to their owner: "In his view, …". */
  inView: set(words.inViewNouns),
};
