// Word lists the analysis reads, loaded once from data/lexicon.json.
import lexicon from './data/lexicon.json';

const lowerSet = (words: string[]) => new Set(words.map((w) => w.toLowerCase()));

export const WIRE_AGENCIES = new Set(lexicon.wireAgencies);

/** Every inflected speech/reporting verb form -> its lemma. */
export const SPEECH_VERBS = new Map<string, string>();
for (const [lemma, forms] of Object.entries(lexicon.speechVerbs)) {
  for (const f of forms) SPEECH_VERBS.set(f, lemma);
}
/** Lemmas that on their own rarely introduce a source ("expect", "think", "fear"). */
export const WEAK_CUE_LEMMAS = new Set(['think', 'believe', 'expect', 'fear', 'put', 'show', 'find', 'project', 'calculate', 'post', 'point', 'accuse', 'signal', 'indicate', 'note', 'ask', 'report', 'describe', 'promise', 'pledge', 'vow', 'urge', 'maintain', 'observe', 'recall', 'add', 'state', 'claim', 'deny', 'admit', 'confirm', 'reveal', 'estimate', 'forecast', 'predict', 'brief', 'write']);

export const VAGUE_SOURCES = lowerSet(lexicon.vagueSources);
export const VAGUE_CUES = lexicon.vagueCues.map((c) => c.toLowerCase());
export const ANONYMOUS_HEADS = lowerSet(lexicon.anonymousHeads);
export const ANONYMITY_REASONS = lexicon.anonymityReasons.map((c) => c.toLowerCase());
export const DOCUMENT_WORDS = lowerSet(lexicon.documentWords);
export const PRONOUNS = lowerSet(lexicon.pronouns);
export const TITLES = lowerSet(lexicon.titles);
export const HONORIFICS = lowerSet(lexicon.honorifics);
export const ROLE_WORDS = lowerSet(lexicon.roleWords);
export const ORG_WORDS = lowerSet(lexicon.orgWords);
/** Lower-case words that say what an unknown name right after them is: "football club Borussia Dortmund", "drinks giant Diageo". */
export const ORG_DESCRIPTORS = lowerSet(lexicon.orgDescriptors);
export const PUBLICATION_WORDS = lowerSet(lexicon.publicationWords);
export const PLACE_WORDS = lowerSet(lexicon.placeWords);
export const PLACE_PREPOSITIONS = lowerSet(lexicon.placePrepositions);
export const MONTHS = lowerSet(lexicon.months);
export const WEEKDAYS = lexicon.weekdays;
export const WEEKDAY_SET = lowerSet(lexicon.weekdays);
export const NON_ENTITY_CAPITALS = new Set(lexicon.nonEntityCapitals);
export const POST_NOMINALS = new Set(lexicon.postNominals);
export const COMPASS_WORDS = lowerSet(lexicon.compassWords);
