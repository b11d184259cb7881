// GUM reduction to named mentions.
//
// GUM annotates every referring expression (pronouns, common noun phrases, nested mentions);
// CoNLL-style NER scores only names. This reduction keeps a GUM mention as a named mention of
// type PER/ORG/LOC (GUM's coarse type) when, after trimming, its text is a proper name:
//   * a leading "the"/"The" is dropped from the span; for PER mentions, leading titles
//     (Mr, Dr, Professor, President, …) are dropped too, and a trailing possessive ('s, ')
//     always is: CoNLL leaves titles, articles and possessive endings outside the name;
//   * every word starts with a capital letter or a digit, except lower-case connectors inside
//     the name (of, the, and, for, de, del, van, von, al, bin, on, &); the first word starts with
//     a capital, the last with a capital or a digit;
//   * no word is a pronoun or a determiner ("She", "His", "This", …; an all-capitals "US" is no
//     pronoun);
//   * a single capitalised word at the start of a sentence or line (e.g. a headline's first word)
//     is kept only when GUM links it to Wikipedia (`identity`) or the same word occurs
//     capitalised mid-sentence elsewhere in the document.
// A mention "X, Y" is split at its commas: each part that is a proper name (and not a
// post-nominal such as "QC") becomes a named mention of the same type, unless another GUM mention
// has exactly that span (it is then judged on its own). The first part inherits the mention's
// coreference cluster (the head of "Lisbon, Portugal" or "Lyon, where …"); later parts are
// singletons. Finally named mentions nested in (or overlapping) a longer named one are dropped,
// keeping the outermost name as CoNLL does ("Bank of Portugal", not "Portugal").
// Pure and deterministic: the training script imports it.

const COARSE = new Set(['PER', 'ORG', 'LOC']);
const CONNECTORS = new Set(['of', 'the', 'and', 'for', 'de', 'del', 'van', 'von', 'al', 'bin', 'on', '&']);
const PRONOUNS = new Set(('i me my mine myself you your yours yourself we us our ours ourselves he him his himself ' +
  'she her hers herself it its itself they them their theirs themselves who whom whose this that these those ' +
  'a an some any every each all no one someone somebody everyone everybody anyone nobody').split(' '));
const TITLES = new Set(('mr mrs ms miss mx dr prof professor sir dame president vice prime minister senator sen rep ' +
  'representative governor gov mayor judge justice chairman chairwoman chancellor secretary general gen colonel ' +
  'col captain capt lieutenant lt sergeant sgt detective inspector superintendent constable officer father rev ' +
  'reverend pope chief deputy ambassador sheriff commissioner premier ceo chair founder co-founder spokesman ' +
  'spokeswoman spokesperson coach manager major-general lieutenant-general brigadier admiral commander king ' +
  'queen').split(' '));
const POST_NOMINALS = new Set(['QC', 'KC', 'SC', 'MP', 'MD', 'PhD', 'Jr', 'Jr.', 'Sr', 'Sr.', 'OBE', 'MBE', 'CBE', 'MEP']);

const WORD_RE = /\S+/g;
const isCap = (w) => /^\p{Lu}/u.test(w);
const isDigitLed = (w) => /^\p{N}/u.test(w);
const isPronoun = (w) => {
  const bare = w.replace(/[.,'’]+$/, '');
  if (bare === 'I') return true;
  if (bare.length > 1 && bare === bare.toUpperCase()) return false; // US, IT (acronyms)
  return PRONOUNS.has(bare.toLowerCase());
};

/** Words of text[start, end) with their offsets. */
function words(text, start, end) {
  const out = [];
  WORD_RE.lastIndex = 0;
  const s = text.slice(start, end);
  let m;
  while ((m = WORD_RE.exec(s))) out.push({ w: m[0], start: start + m.index, end: start + m.index + m[0].length });
  return out;
}

/** Span trimmed of a leading article, (for PER) leading titles, a trailing possessive and spaces. */
export function trimName(text, start, end, type) {
  let ws = words(text, start, end);
  if (ws.length > 1 && /^the$/i.test(ws[0].w)) ws = ws.slice(1);
  if (type === 'PER') {
    while (ws.length > 1 && TITLES.has(ws[0].w.replace(/\.$/, '').toLowerCase())) ws = ws.slice(1);
  }
  if (type === 'PER') {
    // "X's Ana Ruiz": the possessor is its own mention; the name starts after it.
    const cut = ws.slice(0, -1).findLastIndex((x) => /['’]s$/.test(x.w));
    if (cut >= 0) ws = ws.slice(cut + 1);
  }
  if (!ws.length) return null;
  let e = ws[ws.length - 1].end;
  const last = text.slice(ws[ws.length - 1].start, e);
  const poss = /(?:['’]s|(?<=s)['’])$/.exec(last);
  if (poss && last.length > poss[0].length) e -= poss[0].length;
  // A title alone ("the Minister's") is no name.
  if (type === 'PER' && ws.length === 1 && TITLES.has(text.slice(ws[0].start, e).replace(/\.$/, '').toLowerCase())) return null;
  return { start: ws[0].start, end: e };
}

/** Sentence- or line-initial: only spaces and opening quotes/brackets after a break. */
export function isSentenceInitial(text, pos) {
  let i = pos - 1;
  while (i >= 0 && /[ \t"“‘'(\[]/.test(text[i])) i--;
  if (i < 0) return true;
  return /[\n.!?]/.test(text[i]);
}

function capitalisedMidSentence(text, word, except) {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
  let m;
  while ((m = re.exec(text))) {
    if (m.index !== except && !isSentenceInitial(text, m.index)) return true;
  }
  return false;
}

/** Whether text[span] reads as a proper name (the rules above). */
export function isProperName(text, span, identity = null) {
  const ws = words(text, span.start, span.end);
  if (!ws.length) return false;
  const first = ws[0].w, last = ws[ws.length - 1].w;
  if (!isCap(first)) return false;
  if (!isCap(last) && !isDigitLed(last)) return false;
  for (const { w } of ws) {
    if (isPronoun(w)) return false;
    if (isCap(w) || isDigitLed(w)) continue;
    if (!CONNECTORS.has(w)) return false;
  }
  if (ws.length === 1 && isSentenceInitial(text, span.start) && !identity) {
    return capitalisedMidSentence(text, first, span.start);
  }
  return true;
}

/** text[start, end) split at `re`, each part trimmed of spaces. */
function splitSpan(text, start, end, re) {
  const out = [];
  let s = start;
  const src = text.slice(start, end);
  const r = new RegExp(re.source, 'g');
  let m;
  const push = (a, b) => {
    while (a < b && /\s/.test(text[a])) a++;
    while (b > a && /\s/.test(text[b - 1])) b--;
    if (b > a) out.push({ start: a, end: b });
  };
  while ((m = r.exec(src))) {
    push(s, start + m.index);
    s = start + m.index + m[0].length;
  }
  push(s, end);
  return out;
}

/**
 * The candidate names inside one GUM mention: [{ start, end, head }]. A mention is split at
 * commas followed by a space; a PER mention also at " and " (coordinated people), an ORG/LOC one at " and the ";
 * in a PER part, "Ana Ruiz of the Party" keeps the words before "of" when they are at least
 * two ("Head of …", "Friends of …" are descriptions, and the part is dropped). `head`: the part
 * that stands for the whole mention (the first, unless it was a coordination).
 */
function pieces(text, e) {
  let parts = splitSpan(text, e.start, e.end, /,(?=\s)/); // not inside "30,000"
  const andRe = e.coarse === 'PER' ? /\s+and\s+/ : /\s+and\s+(?=the\s)/;
  const split = parts.flatMap((p) => splitSpan(text, p.start, p.end, andRe));
  const coordinated = split.length > parts.length;
  parts = split;
  if (e.coarse === 'PER') {
    parts = parts.flatMap((p) => {
      const m = /\s+of\s+/.exec(text.slice(p.start, p.end));
      if (!m) return [p];
      const left = { start: p.start, end: p.start + m.index };
      return words(text, left.start, left.end).length >= 2 ? [left] : [];
    });
  }
  return parts.map((p, i) => ({ ...p, head: i === 0 && !coordinated && p.start === e.start }));
}

/**
 * Named mentions with where they came from: [{ start, end, type, entity, cluster }], where
 * `entity` is the index of the GUM mention and `cluster` its coreference cluster (the index into
 * doc.clusters) or null for a singleton.
 */
export function namedMentionsWithSource(doc) {
  const { text } = doc;
  const entities = doc.entities ?? [];
  const clusterOf = new Map();
  (doc.clusters ?? []).forEach((c, ci) => c.forEach((ei) => clusterOf.set(ei, ci)));
  const exact = new Set(entities.map((e) => `${e.start}:${e.end}`));
  const candidates = [];
  entities.forEach((e, ei) => {
    const type = e.coarse;
    if (!COARSE.has(type)) return;
    const cluster = clusterOf.has(ei) ? clusterOf.get(ei) : null;
    const parts = pieces(text, e);
    const whole = parts.length === 1 && parts[0].start === e.start && parts[0].end === e.end;
    for (const part of parts) {
      const t = trimName(text, part.start, part.end, type);
      if (!t) continue;
      if (!whole && exact.has(`${t.start}:${t.end}`)) continue; // that mention is judged itself
      if (!whole && !part.head && POST_NOMINALS.has(text.slice(t.start, t.end))) continue;
      if (isProperName(text, t, part.head ? e.identity : null)) {
        candidates.push({ ...t, type, entity: ei, cluster: part.head ? cluster : null });
      }
    }
  });
  candidates.sort((a, b) => a.start - b.start || b.end - a.end || a.entity - b.entity);
  const kept = [];
  for (const c of candidates) {
    if (kept.some((k) => c.start < k.end && k.start < c.end)) continue;
    kept.push(c);
  }
  return kept;
}

/** The named mentions of a GUM document: [{ start, end, type: 'PER'|'ORG'|'LOC' }], sorted. */
export function namedMentions(doc) {
  return namedMentionsWithSource(doc).map(({ start, end, type }) => ({ start, end, type }));
}
