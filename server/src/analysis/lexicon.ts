// Word lists the analysis reads, loaded once from data/lexicon.json.
import lexicon from './data/lexicon.json';

const lowerSet = (words: string[]) => new Set(words.map((w) => w.toLowerCase()));

export const WIRE_AGENCIES = new Set(lexicon.wireAgencies);

/** Every inflected speech/reporting verb form -> its lemma. */
export const SPEECH_VERBS = new Map<string, string>();
for (const [lemma, forms] of Object.entries(lexicon.speechVerbs)) {
  for (const f of forms) SPEECH_VERBS.set(f, lemma);
}

export const VAGUE_SOURCES = lowerSet(lexicon.vagueSources);
export const VAGUE_CUES = lexicon.vagueCues.map((c) => c.toLowerCase());
export const ANONYMOUS_HEADS = lowerSet(lexicon.anonymousHeads);
export const ANONYMITY_REASONS = lexicon.anonymityReasons.map((c) => c.toLowerCase());
/** Said once of a whole group of sources ("like all respondents, responded anonymously", "all of
 *  them spoke on condition of anonymity"): with "all", "every" or "each" in the same sentence, the
 *  reason for every unnamed source in the article. */
export const GROUP_ANONYMITY_PHRASES = lexicon.groupAnonymityPhrases.map((c) => c.toLowerCase());
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
/** Well-known events long past, by the year they ended, spelled as news writes them: a figure about one is background ("six million people perished in the Holocaust"). */
export const PAST_EVENTS = new Map<string, number>(Object.entries(lexicon.pastEvents));
/** Titles and honorifics that say a person's gender ("Mrs", "Lord", "congresswoman"), lower-case, without a full stop. */
export const GENDERED_TITLES = new Map<string, 'f' | 'm'>([
  ...lexicon.genderedTitles.female.map((w): [string, 'f'] => [w.toLowerCase(), 'f']),
  ...lexicon.genderedTitles.male.map((w): [string, 'm'] => [w.toLowerCase(), 'm']),
]);
/** Third-person pronouns of one gender ("she", "his"). */
export const GENDERED_PRONOUNS = new Map<string, 'f' | 'm'>([
  ...lexicon.genderedPronouns.female.map((w): [string, 'f'] => [w, 'f']),
  ...lexicon.genderedPronouns.male.map((w): [string, 'm'] => [w, 'm']),
]);
