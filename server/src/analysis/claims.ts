// Claims: check-worthy sentences, why they are check-worthy, and what supports them.
import { startsUpper, words } from './tokens';
import type { Attribution, Block, Claim, ClaimKind, DateMention, Entity, Quantity, Quote, Sentence, Span } from './types';
import { lastStartingBy, lowerBound } from './spans';
import { sectionOf } from './sections';
import { sourcingAttributions } from './stance-cues';
import { endAnchoredTest } from './figure-roles';

const SUPERLATIVE = /\b(?:largest|biggest|highest|lowest|smallest|fastest|slowest|strongest|weakest|worst|best|deadliest|richest|poorest|oldest|youngest|longest|shortest|record(?:-breaking|-high|-low)?|unprecedented|all-time|first-ever|first ever|most [a-z]+|least [a-z]+)\b/i;
const COMPARISON = /\b(?:more than|less than|fewer than|compared with|compared to|up from|down from|doubled|tripled|halved|rose|fell|jumped|slumped|surged|plunged|climbed|dropped|increased|decreased|declined|grew|shrank|higher than|lower than|outpaced|overtook)\b/i;
const PREDICTION = /\b(?:will|is expected to|are expected to|is set to|are set to|is likely to|are likely to|is forecast to|are forecast to|is projected to|are projected to|plans to|aims to|is poised to|would)\b/i;

export interface ClaimContext {
  text: string;
  sentences: Sentence[];
  blocks: Block[];
  quantities: Quantity[];
  dates: DateMention[];
  quotes: Quote[];
  attributions: Attribution[];
  entities: Entity[];
}

/** True when a quantity is the kind of figure that needs a source. */
export function isStatistic(q: Quantity): boolean {
  // Small counts ("25 channels", "18 hits") and measures ("800m", "22 minutes") are facts of the
  // story rather than statistics that need a source.
  // A place in a race or contest ("finished third", "came second") is the result itself, seen by
  // everyone there; a ranking ("ranked fifth") is somebody's table and needs its source.
  if (q.kind === 'rank' && words('contestPlaceVerbs').startsAt(q.text)) return false;
  // (A count of people killed, hurt, held or moved is a measurement whatever its size.)
  return q.kind === 'percent' || q.kind === 'money' || q.kind === 'rank' || (q.kind === 'count' && ((q.value ?? 0) >= 100 || q.casualty === true));
}

export function findClaims(ctx: ClaimContext): Claim[] {
  // (A stance, "declined to comment", sources nothing: the claims never see one.)
  ctx = { ...ctx, attributions: sourcingAttributions(ctx.attributions) };
  const { text, sentences, blocks } = ctx;
  const qBySentence = new Map<number, number[]>();
  ctx.quantities.forEach((q, i) => {
    if (!isStatistic(q)) return;
    const l = qBySentence.get(q.sentence) ?? [];
    l.push(i);
    qBySentence.set(q.sentence, l);
  });
  const datesBySentence = new Set(ctx.dates.map((d) => d.sentence));
  const quotesBySentence = new Set(ctx.quotes.filter((q) => q.speech).map((q) => q.sentence));
  const mentionStarts: number[] = [];
  for (const e of ctx.entities) for (const m of e.mentions) mentionStarts.push(m.start);
  mentionStarts.sort((a, b) => a - b);
  const hasMention = (s: Sentence) => {
    let lo = 0;
    let hi = mentionStarts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (mentionStarts[mid] < s.start) lo = mid + 1;
      else hi = mid;
    }
    return lo < mentionStarts.length && mentionStarts[lo] < s.end;
  };

  const claims: Claim[] = [];
  for (const s of sentences) {
    const b = blocks[s.block];
    if (b.kind !== 'paragraph' && b.kind !== 'standfirst' && b.kind !== 'headline') continue;
    const str = text.slice(s.start, s.end);
    // List lines and team sheets ("23 Jelena Jankovic (Serbia)") are not sentences that claim anything.
    if (!/\p{Ll}\p{Ll}\p{Ll}\s+\p{Ll}\p{Ll}/u.test(str)) continue;
    const kinds: ClaimKind[] = [];
    const qs = qBySentence.get(s.index) ?? [];
    if (qs.length) kinds.push('figure');
    if (SUPERLATIVE.test(str)) kinds.push('superlative');
    if (qs.length && COMPARISON.test(str)) kinds.push('comparison');
    if (PREDICTION.test(str) && qs.length) kinds.push('prediction');
    // A quotation is a claim when it asserts something checkable; its speaker is its support.
    if (quotesBySentence.has(s.index) && kinds.length) kinds.push('quote');
    if (!kinds.length && datesBySentence.has(s.index) && hasMention(s) && b.kind !== 'headline') kinds.push('event');
    if (!kinds.length) continue;
    claims.push({ start: s.start, end: s.end, kinds, sentence: s.index, supportedBy: [], quantities: qs });
  }

  // Direct support: attributions in the sentence (their content never leaves it), and the wire
  // credit for events.
  const attsBySentence = new Map<number, number[]>();
  const wires: number[] = [];
  ctx.attributions.forEach((a, i) => {
    if (a.source.kind === 'wire') wires.push(i);
    // (What someone wants, plans or agreed to do, "Qantas seeks to save costs", is no source for
    // the figures around it.)
    else if (a.kind !== 'intention') {
      const l = attsBySentence.get(a.sentence) ?? [];
      l.push(i);
      attsBySentence.set(a.sentence, l);
    }
  });
  const quotesTouching = new Map<number, Quote[]>();
  for (const q of ctx.quotes) {
    if (!q.speech || q.attribution < 0) continue;
    for (let si = q.sentence; si < sentences.length && sentences[si].start < q.end; si++) {
      const l = quotesTouching.get(si) ?? [];
      l.push(q);
      quotesTouching.set(si, l);
    }
  }
  for (const c of claims) {
    if (!c.kinds.includes('figure') && !c.kinds.includes('quote')) c.supportedBy.push(...wires);
    for (const i of attsBySentence.get(c.sentence) ?? []) c.supportedBy.push(i);
    // Quotes with a speaker support the quote claim.
    for (const q of quotesTouching.get(c.sentence) ?? []) if (!c.supportedBy.includes(q.attribution)) c.supportedBy.push(q.attribution);
  }

  const quotesIn = new Map<number, Quote[]>();
  for (const q of ctx.quotes) {
    if (!q.speech) continue;
    for (let si = q.sentence; si < sentences.length && sentences[si].start < q.end; si++) {
      const l = quotesIn.get(si) ?? [];
      l.push(q);
      quotesIn.set(si, l);
    }
  }
  // Figures said inside a direct quotation belong to the speaker: never an unsourced statistic
  // (an unattributed quote is its own finding).
  for (const c of claims) {
    if (!c.kinds.includes('figure')) continue;
    const touching = quotesIn.get(c.sentence) ?? [];
    c.quantities = c.quantities.filter((qi) => {
      const q = ctx.quantities[qi];
      return !touching.some((x) => x.inner.start <= q.start && q.end <= x.inner.end);
    });
    if (!c.quantities.length) {
      c.kinds = c.kinds.filter((k) => k !== 'figure' && k !== 'comparison');
      c.quoted = true;
    }
  }

  // A named source carries over to the rest of its paragraph: journalists attribute once per
  // paragraph ("Chalone reported a loss. Revenues fell 5% to $69m.").
  const named = (i: number) => {
    const k = ctx.attributions[i].source.kind;
    return k !== 'wire' && k !== 'vague' && ctx.attributions[i].kind !== 'intention';
  };
  // A speaker quoted word for word with no figure in the quotation ('"It was a hard year," Davey
  // said.') gave the quotation, not the figures the writer goes on with: such a source carries
  // nothing to later sentences.
  const { quoted, quoteOnly } = quotations(ctx);
  // Whether an attribution's content holds a figure that needs a source.
  const givesFigures = (at: Attribution) => (qBySentence.get(at.sentence) ?? []).some((qi) => ctx.quantities[qi].start >= at.content.start && ctx.quantities[qi].end <= at.content.end);
  // The latest named attribution before each sentence within its paragraph, in one pass.
  const carriedAt = new Array<number>(sentences.length).fill(-1);
  {
    let last = -1;
    let ai = 0;
    for (let si = 0; si < sentences.length; si++) {
      if (si > 0 && sentences[si].block !== sentences[si - 1].block) last = -1;
      carriedAt[si] = last;
      for (; ai < ctx.attributions.length && ctx.attributions[ai].sentence <= si; ai++) {
        if (ctx.attributions[ai].sentence === si && named(ai) && !quoteOnly.has(ai)) last = ai;
      }
    }
  }
  // A survey, study or report the article cites is where its figures come from: journalists name
  // it once ("…, according to a survey by Pew") and go on giving its findings in later paragraphs,
  // or give the figures first and the study after them in the same paragraph ("…, the survey found").
  // Sentences naming a person or an organisation (places do not count: "Germany's economy grew …";
  // nor does a name after a preposition, where it is a partner or a place: "the UK's deficit with
  // the EU fell to £1.9bn", "exports to the EU").
  // (The source itself named again does not count: "… make up 14% of security firm Sophos' list".)
  const actorSentences = new Map<number, Set<string>>();
  {
    for (const e of ctx.entities) {
      if (e.kind === 'place') continue;
      for (const m of e.mentions) {
        if (PARTNER_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start))) continue;
        const si = lastStartingBy(sentences, m.start);
        const ids = actorSentences.get(si) ?? new Set<string>();
        ids.add(e.id);
        actorSentences.set(si, ids);
      }
    }
  }
  const namesActor = (si: number, source?: string | null, subjects?: ReadonlySet<string>) => {
    const ids = actorSentences.get(si);
    return !!ids && [...ids].some((id) => id !== source && !subjects?.has(id));
  };
  // Who a study's or an organisation's finding is about ("…netted more money than Clinton, according
  // to an analysis of filings"): named again in a later paragraph, they are the finding's subjects,
  // not another source.
  // (The mentions of people and bodies sorted once by where they start, each attribution's content
  // read from them by a binary search: a scan of every entity per attribution was quadratic.)
  let actorMentions: { start: number; end: number; id: string }[] | undefined;
  const subjectsOf = new Map<number, Set<string>>();
  const subjects = (i: number) => {
    let v = subjectsOf.get(i);
    if (!v) {
      actorMentions ??= ctx.entities.filter((e) => e.kind !== 'place').flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, id: e.id }))).sort((x, y) => x.start - y.start);
      const { start, end } = ctx.attributions[i].content;
      v = new Set<string>();
      for (let k = lowerBound(actorMentions, start); k < actorMentions.length && actorMentions[k].start < end; k++) if (actorMentions[k].end <= end) v.add(actorMentions[k].id);
      subjectsOf.set(i, v);
    }
    return v;
  };
  for (const c of claims) {
    if (c.supportedBy.some(named)) continue;
    const carried = carriedAt[c.sentence];
    // (A person's words reach two sentences on: a long paragraph moves on from its speaker — "Davey
    // said …. But DVDs will be sent …. Icon spent little …. It went on to gross $600m" is the
    // writer's figure. An organisation's or a document's figures fill the paragraph, and so do
    // those of a speaker who gave figures: "Ann Lowe said sales rose 5% … Profits fell 3%".)
    // (Nor does a speaker who gave no figure reach a later sentence about someone else named:
    // "Jose Alencar said the government was looking for a solution. Varig is struggling under an
    // estimated debt of 6.5bn reais" is the writer's figure.)
    const at = carried >= 0 ? ctx.attributions[carried] : undefined;
    const speaker = !!at && SPEAKER_KINDS.has(at.source.kind);
    if (at && speaker && !givesFigures(at) && c.sentence > at.sentence && namesActor(c.sentence, at.source.entity)) continue;
    if (at && (!speaker || c.sentence - at.sentence <= CARRY_SENTENCES || givesFigures(at))) {
      c.supportedBy.push(carried);
      c.carried = true;
    }
  }

  // A statistics office whose release the article is built on: credited in the first paragraph,
  // more than once ("According to the ONS, … / …, the ONS said."), or right after the lead with no
  // figure of its own. Cited once for one figure ("The national rate was 4.4%, the ONS said"), it
  // gives that figure only.
  const leadBlock = blocks.findIndex((b) => b.kind === 'paragraph');
  // In a newsletter, a source in one item covers nothing in another (sections.ts).
  const sameSection = (x: number, y: number) => sectionOf(blocks, x) === sectionOf(blocks, y);
  const entityName = new Map(ctx.entities.map((e) => [e.id, e.name]));
  const officeOf = (at: Attribution) => {
    if (at.source.kind !== 'organisation' || !DATA_CUE.test(at.cue.text)) return null;
    const name = at.source.entity ? entityName.get(at.source.entity) ?? '' : '';
    return STATISTICS_OFFICE.test(`${text.slice(at.source.start, at.source.end)} ${name}`) ? at.source.entity ?? text.slice(at.source.start, at.source.end).toLowerCase() : null;
  };
  const offices = ctx.attributions.map(officeOf);
  const credits = new Map<string, number>();
  for (const o of offices) if (o) credits.set(o, (credits.get(o) ?? 0) + 1);
  // ("The main driver of the expansion has been exports, the statistical office said": no figure of
  // its own, so it stands behind the figures around it.)
  const release = (i: number) => {
    const o = offices[i];
    if (!o) return false;
    const at = ctx.attributions[i];
    const block = sentences[at.sentence].block;
    return (credits.get(o) ?? 0) > 1 || block === leadBlock || (block === leadBlock + 1 && !(qBySentence.get(at.sentence) ?? []).length);
  };
  // How many paragraphs each attribution's figures reach (0: it is no source of figures).
  const reach = ctx.attributions.map((at, i) => (release(i) && !PLAN_CONTENT.test(text.slice(at.content.start, at.content.end)) ? RELEASE_REACH : studyReach(at, text, (qBySentence.get(at.sentence) ?? []).map((qi) => ctx.quantities[qi]))));
  // The latest study before each sentence, and the latest organisation's figures.
  const studyAt = new Array<number>(sentences.length).fill(-1);
  const dataAt = new Array<number>(sentences.length).fill(-1);
  {
    let lastStudy = -1;
    let lastData = -1;
    let ai = 0;
    for (let si = 0; si < sentences.length; si++) {
      for (; ai < ctx.attributions.length && ctx.attributions[ai].sentence < si; ai++) {
        if (reach[ai] >= STUDY_REACH) lastStudy = ai;
        else if (reach[ai] > 0) lastData = ai;
      }
      studyAt[si] = lastStudy;
      dataAt[si] = lastData;
    }
  }
  const laterStudyInBlock = new Array<number>(sentences.length).fill(-1);
  {
    let next = -1;
    let ai = ctx.attributions.length - 1;
    for (let si = sentences.length - 1; si >= 0; si--) {
      if (si < sentences.length - 1 && sentences[si].block !== sentences[si + 1].block) next = -1;
      for (; ai >= 0 && ctx.attributions[ai].sentence > si; ai--) {
        const at = ctx.attributions[ai];
        // (Not a study quoted word for word: "PC World's analysis concluded, '…'" says what the
        // quotation says, not where the figures before it came from.)
        if (sentences[at.sentence].block === sentences[si].block && reach[ai] >= STUDY_REACH && !quoted.has(ai)) next = ai;
      }
      laterStudyInBlock[si] = next;
    }
  }
  // The first paragraph of the body, and a study in the next. (An
  // organisation there does not cover the lead: "Unemployment fell to 4.2%. / The national rate was
  // 4.4%, the ONS said." still asks whose the lead's figure is.)
  let leadSource = -1;
  if (leadBlock >= 0) {
    const firstNext = sentences.findIndex((s) => s.block === leadBlock + 1);
    if (firstNext >= 0) leadSource = ctx.attributions.findIndex((at, i) => reach[i] >= STUDY_REACH && at.sentence >= firstNext && sentences[at.sentence].block === leadBlock + 1);
  }
  // (Nor across a paragraph break once another named person or body has spoken since, in a
  // paragraph before the figure's: "…, the ministry's figures showed. 'Demand is weak,' said Ann
  // Lowe, an economist at Harbour Bank. / Growth slowed to 0.4% …" gives the last figure no source. A statistics office's release, which
  // the article is built on, goes on through its commentators.)
  const otherVoiceBetween = (earlier: number, si: number) => {
    const at = ctx.attributions[earlier];
    if (reach[earlier] >= RELEASE_REACH) return false;
    const subs = subjects(earlier);
    const block = sentences[si].block;
    for (let k = earlier + 1; k < ctx.attributions.length && sentences[ctx.attributions[k].sentence].block < block; k++) {
      const o = ctx.attributions[k];
      if (o.sentence <= at.sentence || !named(k) || !OTHER_VOICE_KINDS.has(o.source.kind)) continue;
      if (o.source.entity && (o.source.entity === at.source.entity || subs.has(o.source.entity))) continue;
      // (Not the study's own people: "In its annual report, Postguard said … / 'Attacks go on,' said
      // Ann Lowe of Postguard." names a body the study's sentence named.)
      const own = actorSentences.get(at.sentence);
      if (own && [...(actorSentences.get(o.sentence) ?? [])].some((id) => own.has(id))) continue;
      // (A source the analysis tied to no one, "the firm", "he", may be the study's own; an unnamed
      // one counts when it names its body: "a Harbour Bank spokesman".)
      if (!o.source.entity && !(o.source.kind === 'anonymous' && hasUpperWord(text.slice(o.source.start, o.source.end)))) continue;
      return true;
    }
    return false;
  };
  for (const c of claims) {
    if (!c.kinds.includes('figure') || c.supportedBy.some(named)) continue;
    // Across paragraphs only for a sentence that names nobody else (it goes on with the study's
    // findings: "Sixteen percent of parents …"); a sentence about a named company, place or person
    // is about something else.
    // An organisation's figures cover later paragraphs on the same topic (a word in common).
    const covers = (earlier: number) => {
      if (earlier < 0) return false;
      const from = sentences[ctx.attributions[earlier].sentence].block;
      const blocksOn = sentences[c.sentence].block - from;
      if (!sameSection(from, sentences[c.sentence].block)) return false;
      return blocksOn === 0 || (blocksOn <= reach[earlier] && !namesActor(c.sentence, ctx.attributions[earlier].source.entity, subjects(earlier)) && (reach[earlier] >= STUDY_REACH || shareTopic(text, sentences[c.sentence], sentences[ctx.attributions[earlier].sentence])) && !otherVoiceBetween(earlier, c.sentence));
    };
    const latest = Math.max(studyAt[c.sentence], dataAt[c.sentence]);
    const other = Math.min(studyAt[c.sentence], dataAt[c.sentence]);
    let study = covers(latest) ? latest : covers(other) ? other : laterStudyInBlock[c.sentence];
    // An organisation credited in the next sentence of the paragraph, after its figures ("It would
    // carry 95 million passengers a year, according to the companies.").
    if (study < 0 && c.sentence + 1 < sentences.length && sentences[c.sentence + 1].block === sentences[c.sentence].block) {
      study = (attsBySentence.get(c.sentence + 1) ?? []).find((i) => reach[i] > 0 && ctx.attributions[i].source.start > ctx.attributions[i].content.start) ?? -1;
      // (A speaker credited at the end of the next sentence, with no quotation of their own, goes
      // on from the sentence before, when it names nobody else: "It has netted seven telcos, with
      // 25 million subscribers. Its deal with SBC was the largest to date, said Mr Graczyk.")
      if (study < 0) {
        study = (attsBySentence.get(c.sentence + 1) ?? []).find((i) => {
          const at = ctx.attributions[i];
          return (at.source.kind === 'person' || at.source.kind === 'organisation') && !!at.source.entity && !quoted.has(i) && !quoteOnly.has(i)
            && at.source.start >= at.content.end && at.content.start - sentences[c.sentence + 1].start <= 2 && !namesActor(c.sentence, at.source.entity);
        }) ?? -1;
      }
    }
    // A news lead gives the finding and the next paragraph its source ("Nearly 20% more firms
    // published reports. \n But of the 145 companies reporting, 76% …, says the annual survey.").
    if (study < 0 && sentences[c.sentence].block === leadBlock && !namesActor(c.sentence) && sameSection(leadBlock, leadBlock + 1)) study = leadSource;
    if (study >= 0) {
      c.supportedBy.push(study);
      c.carried = true;
    }
  }

  // "Sales rose 1.2% in the month. Sales climbed 8% for the year, the Commerce Department added.":
  // an organisation or a study credited with "added" or "also said" in the next sentence of the
  // paragraph goes on from the sentence before it.
  for (const c of claims) {
    if (!c.kinds.includes('figure') || c.supportedBy.some(named)) continue;
    const next = c.sentence + 1;
    if (next >= sentences.length || sentences[next].block !== sentences[c.sentence].block) continue;
    for (const i of attsBySentence.get(next) ?? []) {
      const at = ctx.attributions[i];
      if ((at.source.kind === 'organisation' || at.source.kind === 'document' || at.source.kind === 'publication') && ['added', 'adds', 'also said', 'also says'].includes(at.cue.text.toLowerCase())) {
        c.supportedBy.push(i);
        c.carried = true;
        break;
      }
    }
  }

  // Support by an attributed twin: another sentence stating the same figure with a source.
  const directlySupported = (c: Claim) => c.supportedBy.some((i) => ctx.attributions[i].source.kind !== 'wire');
  const supportedFigures = new Map<string, Claim[]>();
  for (const c of claims) {
    if (!directlySupported(c)) continue;
    for (const qi of c.quantities) {
      const k = figureKey(ctx.quantities[qi]);
      const l = supportedFigures.get(k) ?? [];
      // Only c itself can already be there, as the last entry (l.includes(c) was quadratic).
      if (l[l.length - 1] !== c) l.push(c);
      supportedFigures.set(k, l);
    }
  }
  for (const c of claims) {
    if (!c.kinds.includes('figure') || directlySupported(c) || !c.quantities.length) continue;
    const first = supportedFigures.get(figureKey(ctx.quantities[c.quantities[0]])) ?? [];
    for (const other of first) {
      if (other === c || !sameSection(sentences[c.sentence].block, sentences[other.sentence].block)) continue;
      const same = c.quantities.every((qi) => other.quantities.some((oi) => sameFigure(ctx.quantities[qi], ctx.quantities[oi])));
      if (same) {
        c.twin = other.sentence;
        break;
      }
    }
  }
  return claims.filter((c) => c.kinds.length);
}

/**
 * Attributions whose content is a direct quotation (speech), and those of them holding no figure
 * that needs a source (`quoteOnly`): the speaker's words, which vouch for no figure outside them.
 */
function quotations(ctx: ClaimContext): { quoted: Set<number>; quoteOnly: Set<number> } {
  const out = new Set<number>();
  const withFigure = new Set<number>();
  for (const q of ctx.quotes) {
    if (!q.speech || q.attribution < 0) continue;
    const at = ctx.attributions[q.attribution];
    // (The quotation must be what the attribution reports, not a word quoted inside a paraphrase.)
    if (!at || q.inner.end - q.inner.start < 0.6 * (at.content.end - at.content.start)) continue;
    // (Quantities run in text order: the first at or after the quotation, found by halving.)
    let lo = 0;
    let hi = ctx.quantities.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ctx.quantities[mid].start < q.inner.start) lo = mid + 1;
      else hi = mid;
    }
    let figure = false;
    for (let k = lo; k < ctx.quantities.length && ctx.quantities[k].start < q.inner.end; k++) if (ctx.quantities[k].end <= q.inner.end && isStatistic(ctx.quantities[k])) figure = true;
    if (figure) withFigure.add(q.attribution);
    else out.add(q.attribution);
  }
  const quoted = new Set([...out, ...withFigure]);
  for (const i of withFigure) out.delete(i);
  return { quoted, quoteOnly: out };
}

/** A preposition before a name that makes it a partner or a place rather than an actor. */
const PARTNER_BEFORE = /\b(?:with|to|into|outside|inside|within|across|against|between|among|than)\s(?:the\s)?$/i;

/** How many sentences on a speaker (`SPEAKER_KINDS`) still covers the figures of their paragraph. */
const CARRY_SENTENCES = 2;
const SPEAKER_KINDS = new Set(['person', 'anonymous']);
/** Sources whose words, between a study and a later paragraph's figures, end the study's reach. */
const OTHER_VOICE_KINDS = new Set(['person', 'anonymous', 'organisation']);
/** A word starting with a capital letter somewhere after the first word: a name in an unnamed source ("a BBC spokesman"). */
const hasUpperWord = (str: string): boolean => str.split(' ').slice(1).some((w) => startsUpper(w));
/** How many paragraphs on a cited study still covers the figures that follow it (a paragraph
 *  further on that names nobody may still give its findings; past that, the writer's own). */
const STUDY_REACH = 4;
/** How many paragraphs a statistics office's release covers when the article is built on it
 *  (credited in the lead, or more than once). */
const RELEASE_REACH = 12;
/** How many paragraphs after an organisation's figures ("House prices were 11.8% higher, the Land Registry said") they still cover. */
const DATA_REACH = 2;
/** "Research from Halifax …" opening a sentence: the study word capitalised (lower case anywhere else, so a "Research In Motion" or a "Data Center" is no study). */
const STUDY_OPENING = /^(?:Survey|Surveys|Study|Studies|Poll|Polls|Research|Figures|Data|Statistics|Estimates|Analysis)\s(?:from|by|of|for|on|at)\s/;
const STUDY_WORD = /\b(?:survey|study|studies|poll|polls|report|research|census|audit|analysis|figures|data|statistics|numbers|estimates|index|league table|rankings)\b/;

/**
 * How many paragraphs an attribution's figures reach: a survey, study, report or published
 * figures is a source of many figures; an organisation, a document or a publication credited with
 * a statistic goes on giving the figures of the next few paragraphs. 0 for any other attribution.
 */
function studyReach(at: Attribution, text: string, statistics: readonly Quantity[]): number {
  if (at.source.kind === 'vague' || at.source.kind === 'wire' || at.source.kind === 'anonymous') return 0;
  // ("In a poll released on Monday, 40 percent …": a poll framing one clause, attribution-frames.ts,
  // is cited for that clause, one of many an article cites in turn; it reaches no later paragraph.)
  if (at.cue.text === 'In' || at.cue.text === 'in') return 0;
  // "according to figures revealed by the Electoral Commission": the study word may come before the agent.
  const from = at.cue.end <= at.source.start ? Math.max(at.cue.end, at.source.start - 30) : at.source.start;
  if (STUDY_WORD.test(text.slice(from, at.source.end)) || STUDY_OPENING.test(text.slice(at.source.start, at.source.end))) return STUDY_REACH;
  // "In its first overview of the disaster, the ADB said …": the report named at the head of the sentence.
  if (IN_ITS_REPORT_TEST.test(text.slice(Math.max(0, at.source.start - 90), at.source.start))) return STUDY_REACH;
  // "…, figures from the trade ministry show.": the study word just before a source named ahead of its cue.
  // ("A report about the integration of migrants issued over the summer by the OECD noted …": the
  // report described, then who issued it.)
  if (at.source.start < at.cue.start && STUDY_BEFORE_TEST.test(text.slice(Math.max(0, at.source.start - 160), at.source.start))) return STUDY_REACH;
  if (at.source.kind !== 'organisation' && at.source.kind !== 'document' && at.source.kind !== 'publication') return 0;
  // A decision or a plan announced ("The council will raise fares by 12 per cent, the committee
  // said") is no source of the measurements that follow.
  if (PLAN_CONTENT.test(text.slice(at.content.start, at.content.end))) return 0;
  // "…, the Royal Institute of Chartered Surveyors found": an organisation that finds or shows
  // something is reporting its research, with or without a figure in that sentence.
  if (['found', 'finds', 'showed', 'shows', 'revealed', 'reveals'].includes(at.cue.text.toLowerCase())) return DATA_REACH;
  // "UK house prices dipped slightly in November, the ODPM has said.": a measured change reported
  // without its number, which the next paragraphs give.
  if (DATA_CUE.test(at.cue.text) && MEASURED_MOVE.test(text.slice(at.content.start, at.content.end))) return DATA_REACH;
  return DATA_CUE.test(at.cue.text) && statistics.some((q) => q.start >= at.content.start && q.end <= at.content.end) ? DATA_REACH : 0;
}

/** A statistics office by its name: "Office for National Statistics", "the statistical office", "Census Bureau", "Eurostat", "Bureau of Economic Analysis". */
const STATISTICS_OFFICE = /\b(?:[Ss]tatistics|[Ss]tatistical|Census|Eurostat|Economic Analysis)\b/;

/** "In its first overview of the disaster, " right before the source: the source's own report. */
const IN_ITS_REPORT = /\bIn (?:its|their|a|the) (?:[\p{L}-]+ ){0,3}?(?:report|overview|survey|study|assessment|review|outlook|analysis|update|bulletin|forecast|estimates|figures)\b[^.;]{0,60},\s(?:the\s)?$/u;

const STUDY_BEFORE = /\b(?:figures|data|statistics|numbers|estimates|survey|study|report|research|poll)\s(?:(?:released|published|compiled|issued|gathered)\s|[^.;:!?]{1,80}?\s(?:released|published|compiled|issued|gathered|produced|prepared|commissioned|conducted|carried out)\s(?:[^.;:!?]{1,30}?\s)?(?=by\s))?(?:from|by|of)\s(?:the\s)?(?:[\p{L}-]+['’]s\s)?$/iu;

/** The two above as tests read back from the end of the text (`endAnchoredTest`): tried from
 *  every position of the 90 or 160 characters before each source, the patterns as written were a
 *  stage's largest single cost on an article of many sources. */
const IN_ITS_REPORT_TEST = endAnchoredTest(IN_ITS_REPORT.source, IN_ITS_REPORT.flags)!;
const STUDY_BEFORE_TEST = endAnchoredTest(STUDY_BEFORE.source, STUDY_BEFORE.flags)!;

const PLAN_CONTENT = /\b(?:will|would|shall|plans? to|planning to|is to|are to|intends? to|aims? to|is set to|are set to|proposes? to|proposed)\b/i;
const MEASURED_MOVE = /\b(?:rose|fell|dipped|grew|increased|decreased|declined|jumped|slowed|slumped|dropped|climbed|narrowed|widened|rebounded|recovered|shrank|contracted|expanded|soared|plunged|surged|eased|edged (?:up|down))\b/;

/** Cues that give figures: a report, not a deed ("produced by Columbia", "supplied by Turkmenistan"). */
const DATA_CUE = /^(?:said|says|say|saying|according to|found|finds|showed|show|shows|shown|showing|announced|announces|added|adds|adding|reported|reports|report|suggests|suggested|suggest|revealed|reveals|confirmed|confirms|estimates|estimated|estimate|forecast|forecasts|forecasting|predicted|predicts|predicting|expects|expected|indicated|stated|states|told|claimed|claims|warned|warns|warning|(?:as )?(?:released|published|compiled|gathered|collected|conducted|reported|issued|announced|revealed|commissioned) by)$/i;

/** Stems (up to five letters) of words too common to tie two sentences to one topic. */
const COMMON_STEMS = new Set(('about after again along alrea among aroun befor being betwe could durin earli first howev inclu large later least '
  + 'milli billi thous hundr other peopl perce previ recen since still their there these those three throu under until where which while '
  + 'whose would month quart secon total accor expec repor figur numbe estim forec rathe shoul might anoth acros withi witho '
  + 'year said say also more most much many some such over only just very each both been week day days time made make come came take took '
  + 'give gave next high down left part well even back same does done here your mean that this with from have were what when they them '
  + 'then than will into last cent data news').split(' '));

/** Whether two stretches of the text (two sentences) share a topic word. */
export function shareTopic(text: string, x: Span, y: Span): boolean {
  const words = topicStems(text.slice(y.start, y.end));
  for (const w of topicStems(text.slice(x.start, x.end))) if (words.has(w)) return true;
  return false;
}

/** Content-word stems of a stretch of text, for a rough test of a shared topic. */
function topicStems(str: string): Set<string> {
  const out = new Set<string>();
  for (const word of str.toLowerCase().match(/\p{L}{4,}/gu) ?? []) {
    // "rents" and "rent", "prices" and "price": a plural's "s" off, then the first five letters.
    const w = word.length > 4 && word.endsWith('s') ? word.slice(0, -1) : word;
    const stem = w.slice(0, 5);
    if (!COMMON_STEMS.has(stem)) out.add(stem);
  }
  return out;
}

export function figureKey(q: Quantity): string {
  return `${q.kind}|${q.value}|${q.unit ?? ''}|${q.valueHigh ?? ''}`;
}

export function sameFigure(a: Quantity, b: Quantity): boolean {
  return a.kind === b.kind && a.value === b.value && (a.unit ?? '') === (b.unit ?? '') && (a.valueHigh ?? null) === (b.valueHigh ?? null);
}
