// Figures: percentages, money, counts with units, ranks. Values are normalised.
import type { Quantity, Sentence } from './types';
import currencies from './data/currencies.json';
import { SPACES, endsWithSpace, hasUpper, isCapitalised, isClockDigits, isDigits, isLowerWord, isAsciiCapitals, isSpace, startsLower, startsUpper, words } from './tokens';

const WORD_NUMBERS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60,
  seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12, a: 1, an: 1, half: 0.5,
};

const SCALE: Record<string, number> = {
  thousand: 1e3, k: 1e3, million: 1e6, mln: 1e6, mn: 1e6, m: 1e6, billion: 1e9, bln: 1e9, bn: 1e9, b: 1e9,
  trillion: 1e12, tn: 1e12, tr: 1e12, trn: 1e12, crore: 1e7, lakh: 1e5,
};

/** Currency markers that open a money figure ("US$", "£", "Rs.") -> ISO-ish code, tried in order by
 * what the marker starts with; a code of its own ("EUR ") stands for itself (data/currencies.json). */
const CURRENCY_PREFIX: [string, string][] = currencies.prefixes.map((p) => [p.marker, p.code]);

const CURRENCY_WORDS: Record<string, string> = {
  dollar: 'USD', dollars: 'USD', dlr: 'USD', dlrs: 'USD', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP',
  sterling: 'GBP', yen: 'JPY', yuan: 'CNY', renminbi: 'CNY', ringgit: 'MYR', rupiah: 'IDR', rupee: 'INR',
  rupees: 'INR', won: 'KRW', francs: 'CHF', franc: 'CHF', roubles: 'RUB', rubles: 'RUB', rouble: 'RUB',
  ruble: 'RUB', pesos: 'MXN', peso: 'MXN', baht: 'THB', dong: 'VND', riyals: 'SAR', rand: 'ZAR', lira: 'TRY',
  naira: 'NGN', shillings: 'KES', crowns: 'SEK', krona: 'SEK', kronor: 'SEK', krone: 'NOK', kroner: 'NOK', pence: 'GBX', cents: 'USC',
};

const NATIONAL_CURRENCY: Record<string, string> = {
  'australian dollars': 'AUD', 'australian dollar': 'AUD', 'canadian dollars': 'CAD', 'canadian dollar': 'CAD',
  'singapore dollars': 'SGD', 'taiwan dollars': 'TWD', 'taiwanese dollars': 'TWD', 'swiss francs': 'CHF',
  'mexican pesos': 'MXN', 'philippine pesos': 'PHP', 'argentine pesos': 'ARS', 'indian rupees': 'INR', 'pakistani rupees': 'PKR',
  'swedish kronor': 'SEK', 'swedish crowns': 'SEK', 'norwegian kroner': 'NOK', 'danish kroner': 'DKK', 'turkish lira': 'TRY',
  'south african rand': 'ZAR', 'brazilian real': 'BRL', 'russian roubles': 'RUB', 'chinese yuan': 'CNY', 'japanese yen': 'JPY',
};

/** Nouns after a number that make it a time span, age, or other non-statistic. */
const NON_STAT_UNITS = new Set([
  'year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'hour', 'hours', 'minute', 'minutes',
  'second', 'seconds', 'decade', 'decades', 'century', 'centuries', 'am', 'pm', 'a.m', 'p.m', 'o\'clock',
  'times', 'time', 'sides', 'side', 'goals', 'goal', 'points', 'point', 'sets', 'set', 'games', 'game', 'rounds', 'round',
  'innings', 'wickets', 'runs', 'laps', 'holes', 'overs', 'minute', 'men', 'women', 'countries', 'nations',
  'sessions', 'steps', 'words', 'pages', 'chapters', 'episodes', 'seasons', 'terms', 'matches', 'stages', 'parts',
  'secs', 'sec', 'mins', 'min', 'hrs', 'hr', 'yards', 'yds', 'metres', 'meters', 'caps', 'tries', 'wins', 'defeats', 'draws',
  'appearances', 'starts', 'shots', 'saves', 'assists', 'aces', 'birdies', 'strokes', 'seeds', 'seed', 'metre', 'meter',
]);

const MEASURE_UNITS = new Set([
  'km', 'kilometres', 'kilometers', 'miles', 'mile', 'metres', 'meters', 'm', 'cm', 'mm', 'feet', 'ft', 'inches',
  'kg', 'kilograms', 'tonnes', 'tons', 'tonne', 'ton', 'pounds', 'lb', 'lbs', 'litres', 'liters', 'barrels', 'bpd',
  'mw', 'gw', 'kw', 'kwh', 'mwh', 'gwh', 'twh', 'degrees', 'celsius', 'fahrenheit', 'hectares', 'acres', 'mph', 'km/h', 'knots',
  'gb', 'tb', 'mb', 'ghz', 'mhz', 'sq', 'kbps', 'mbps', 'gbps', 'kbit', 'mbit', 'kph', 'fps', 'dpi', 'hz', 'khz', 'megapixels', 'mp', 'bit', 'bits', 'cc', 'rpm',
]);

const NUM = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
const WORDNUM = String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a|an|half a)`;
/** Number words that can give a share in words ("forty percent"): no "a", "an" or "half a". */
const WORDNUM_PCT = String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)`;
const CUR_PRE = String.raw`(?:US\$|U\.S\.\s?\$|S\$|AU?\$|CA?\$|HK\$|NZ\$|NT\$|R\$|\$|£|€|¥|₹|₩|₱|₦|Rs\.?\s?|RM\s?|Rp\.?\s?|(?:USD|EUR|GBP|JPY|CNY|RMB|MYR|SGD|AUD|CAD|CHF|INR|IDR|KRW|HKD|SEK|NOK|DKK|ZAR|BRL|MXN|RUB|TRY|AED|SAR)\s?)`;
const SCALE_WORD = String.raw`(?:\s?(?:thousand|million|billion|trillion|mln|bln|trn|mn|bn|tn|crore|lakh)\b|(?:m|k|b)\b)`;
const PERCENT = String.raw`(?:\s?%|\s(?:per\s?cent|percent|pct|percentage points?)\b)`;
const RANGE = String.raw`(?:\s?(?:-|–|to)\s?(?:${CUR_PRE})?${NUM})?`;

// One pass over a sentence: currency-prefixed money, numbers with % or scale or currency words, word numbers with scale.
const FIGURE_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,])(?:(?<cur>${CUR_PRE})(?<n1>${NUM})(?<r1>${RANGE})(?<s1>${SCALE_WORD})?` +
    String.raw`|(?<n2>${NUM})(?<r2>${RANGE})(?<s2>${SCALE_WORD})?(?<pct>${PERCENT})?` +
    String.raw`|(?<w>${WORDNUM})(?:[\s-](?<w2>${WORDNUM}))?(?<s3>\s(?:thousand|million|billion|trillion|hundred)\b)(?<pct2>${PERCENT})?` +
    // A share in words: "forty percent", "twenty-five per cent" (not "a percentage point").
    String.raw`|(?<w3>${WORDNUM_PCT})(?:[\s-](?<w4>${WORDNUM_PCT}))?(?<pct3>\s(?:per\s?cent|percent)\b))`,
  'giu',
);

/** What any match of FIGURE_RE contains: a digit of NUM, or a scale word of s3. */
const FIGURE_HINT = /[0-9]|thousand|million|billion|trillion|hundred|per\s?cent/iu; // (iu: the same case folding as FIGURE_RE)

function parseNum(s: string): number {
  return parseFloat(s.replaceAll(',', ''));
}

/** The text from its first ASCII digit on ("to 4" -> "4"). */
function fromFirstDigit(s: string): string {
  let i = 0;
  while (i < s.length && !isDigits(s[i])) i++;
  return s.slice(i);
}

function scaleOf(s: string | undefined): number {
  if (!s) return 1;
  return SCALE[s.trim().toLowerCase()] ?? 1;
}

function currencyOf(prefix: string): string {
  for (const [marker, code] of CURRENCY_PREFIX) {
    if (prefix.startsWith(marker)) return code || prefix.trim().toUpperCase();
  }
  return prefix.trim();
}

const WORD_AFTER = /^\s*(?:[-–]\s*)?([\p{L}][\p{L}'’-]*)(?:\s+([\p{L}][\p{L}'’-]*))?/u;

export function findQuantities(text: string, sentences: Sentence[], skip: (s: Sentence) => boolean): Quantity[] {
  const out: Quantity[] = [];
  for (const s of sentences) {
    if (skip(s)) continue;
    const str = text.slice(s.start, s.end);
    // Every figure has an ASCII digit or a scale word (s3): a sentence with neither is skipped.
    FIGURE_RE.lastIndex = FIGURE_HINT.test(str) ? 0 : str.length + 1;
    let m: RegExpExecArray | null;
    while ((m = FIGURE_RE.exec(str))) {
      const g = m.groups!;
      let start = s.start + m.index;
      let end = start + m[0].length;
      const after = str.slice(m.index + m[0].length, m.index + m[0].length + 40);
      const before = str.slice(Math.max(0, m.index - 30), m.index);
      let q: Quantity | null = null;
      if (g.n1 !== undefined) {
        const value = parseNum(g.n1) * scaleOf(g.s1);
        const hi = g.r1 ? parseNum(fromFirstDigit(g.r1)) * scaleOf(g.s1) : undefined;
        q = { start, end, text: '', kind: 'money', value, valueHigh: hi, unit: currencyOf(g.cur), sentence: s.index };
      } else if (g.n2 !== undefined) {
        const n = parseNum(g.n2);
        const scale = scaleOf(g.s2);
        const hi = g.r2 ? parseNum(fromFirstDigit(g.r2)) * scale : undefined;
        if (g.pct) {
          q = { start, end, text: '', kind: 'percent', value: n, valueHigh: hi, unit: '%', sentence: s.index };
        } else {
          const w = WORD_AFTER.exec(after);
          const w1 = w?.[1]?.toLowerCase();
          // "3.1bn Australian dollars": a country's adjective before the currency word.
          const national = w?.[1] && w[2] && isCapitalised(w[1]) && CURRENCY_WORDS[w[2].toLowerCase()] ? (NATIONAL_CURRENCY[`${w1} ${w[2].toLowerCase()}`] ?? `${w[1]} ${w[2].toLowerCase()}`) : undefined;
          const cur = national ?? (w1 ? CURRENCY_WORDS[w1] : undefined);
          if (cur && !(w1 === 'won' && !g.s2)) {
            end += national ? w![0].indexOf(w![2]) + w![2].length : w![0].indexOf(w![1]) + w![1].length;
            q = { start, end, text: '', kind: 'money', value: n * scale, valueHigh: hi, unit: cur, sentence: s.index };
          } else if (g.s2 && words('largeScaleWords').has(g.s2.trim())) {
            q = { start, end, text: '', kind: 'count', value: n * scale, valueHigh: hi, unit: w1 ?? null, sentence: s.index };
          } else if (g.s2 && words('scaleLetters').has(g.s2.trim())) {
            // "800m" is a distance, "20k" a count; without a currency neither is money.
            q = g.s2.trim().toLowerCase() === 'k' ? { start, end, text: '', kind: 'count', value: n * 1e3, valueHigh: hi, unit: w1 ?? null, sentence: s.index } : { start, end, text: '', kind: 'measure', value: n, valueHigh: hi, unit: 'm', sentence: s.index };
          } else if (g.r2 && /^\d{1,3}-\d{1,3}$/.test(m[0])) {
            q = null; // a score: 22-3
          } else {
            q = classifyBareNumber(g.n2, n, hi, w1, w?.[2]?.toLowerCase(), before, after, start, end, s.index, str, m.index);
          }
        }
      } else if (g.w !== undefined) {
        const base = (WORD_NUMBERS[(g.w.toLowerCase() === 'half a' ? 'half' : g.w.toLowerCase())] ?? 1) + (g.w2 ? WORD_NUMBERS[g.w2.toLowerCase()] ?? 0 : 0);
        const value = base * (SCALE[g.s3.trim().toLowerCase()] ?? (g.s3.trim().toLowerCase() === 'hundred' ? 100 : 1));
        if (g.pct2) q = { start, end, text: '', kind: 'percent', value, unit: '%', sentence: s.index };
        // A compound modifier in words ("a billion-year contract", "a million-dollar home")
        // describes a thing, as "a 60,000-seat stadium" does.
        else if (/^-(?!strong\b|odd\b|plus\b)\p{Ll}{3,}\b/u.test(after)) q = null;
        else {
          const w = WORD_AFTER.exec(after);
          const w1 = w?.[1]?.toLowerCase();
          const cur = w1 ? CURRENCY_WORDS[w1] : undefined;
          if (cur) end += w![0].indexOf(w![1]) + w![1].length;
          q = { start, end, text: '', kind: cur ? 'money' : 'count', value, unit: cur ?? w1 ?? null, sentence: s.index };
        }
      } else if (g.w3 !== undefined) {
        const value = WORD_NUMBERS[g.w3.toLowerCase()] + (g.w4 ? WORD_NUMBERS[g.w4.toLowerCase()] : 0);
        q = { start, end, text: '', kind: 'percent', value, unit: '%', sentence: s.index };
      }
      if (!q) continue;
      if (q.kind === 'count' && casualtyAround(before, str.slice(m.index + m[0].length, m.index + m[0].length + 60))) q.casualty = true;
      q.text = text.slice(q.start, q.end);
      if (q.valueHigh === undefined && 'valueHigh' in q) {
        // A copy without the key rather than `delete`, which would leave a slow dictionary-mode
        // object for everything that reads the quantities (same keys, same order).
        const { valueHigh: _none, ...rest } = q;
        q = rest;
      }
      out.push(q);
    }
    findShares(text, s, str, out);
    findRanks(text, s, str, out);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Denominators of a share in words: "two-thirds", "three quarters", "one-fifth". */
const DENOMINATORS: Record<string, number> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5,
  sixth: 6, sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8, ninth: 9, ninths: 9, tenth: 10, tenths: 10,
};
const SMALL_WORDNUM = String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten)`;
const SHARE_NUM = String.raw`(?:\d{1,3}|${SMALL_WORDNUM})`;
/**
 * Shares and multiples written without a per-cent sign: "nine out of 10", "one in three" (a part of
 * a whole, the second number the larger), "three-fourths", "two thirds" (a fraction in words; "a
 * third", "two thirds" only before "of", not before "a"/"an", which is a measure: "a quarter of an
 * hour", nor after "the", "last", "its" and the like: "the three quarters of contraction"), "18-fold", "threefold" (a multiple). A share is read as a percentage (value in per
 * cent), a multiple as one too (18-fold = 1800%); its text is the words as written.
 */
const SHARE_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,-])(?:(?<p>${SHARE_NUM})\s(?:out\sof|in)\s(?<w>${SHARE_NUM})(?![\p{N}.,%]|\s?(?:per\s?cent|percent)\b)` +
    String.raw`|(?<![Tt]he\s|\b(?:last|past|first|next|previous|those|these|its|their)\s)(?<fn>${SMALL_WORDNUM})[\s-](?<fd>halves|thirds?|quarters|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)(?=\sof\s(?!an?\s))` +
    String.raw`|(?<an>a)\s(?<ad>third|quarter|fifth|tenth)(?=\sof\s(?!an?\s))` +
    String.raw`|(?<fold>\d{1,4}(?:\.\d+)?|${SMALL_WORDNUM}|twenty|thirty|forty|fifty|hundred)-?fold)(?![\p{L}\p{N}])`,
  'giu',
);

/** The value of a number written as a word ("three" → 3), or undefined. */
export function wordNumber(w: string): number | undefined {
  return WORD_NUMBERS[w.toLowerCase()];
}

function shareValue(w: string): number {
  return /^\d/.test(w) ? Number(w) : WORD_NUMBERS[w.toLowerCase()] ?? NaN;
}

function findShares(text: string, s: Sentence, str: string, out: Quantity[]): void {
  SHARE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SHARE_RE.exec(str))) {
    const g = m.groups!;
    let value: number;
    if (g.p !== undefined) {
      const part = shareValue(g.p);
      const whole = shareValue(g.w);
      // "one in three", not "2 in 1" or "one in one".
      if (!(whole >= 2 && part >= 1 && part < whole)) continue;
      // "round four in eight attempts": a label's number, not a part.
      if (words('labelWordsBeforeNumber').endsBeforeOneSpace(str.slice(Math.max(0, m.index - 30), m.index))) continue;
      value = (100 * part) / whole;
    } else if (g.fn !== undefined) {
      const part = shareValue(g.fn);
      const whole = DENOMINATORS[g.fd.toLowerCase()];
      if (!(part < whole)) continue;
      value = (100 * part) / whole;
    } else if (g.an !== undefined) {
      value = 100 / DENOMINATORS[g.ad.toLowerCase()];
    } else {
      const n = shareValue(g.fold);
      if (!(n >= 2)) continue;
      value = 100 * n;
    }
    const start = s.start + m.index;
    const end = start + m[0].length;
    // The share replaces the figures read inside it ("10" of "nine out of 10").
    for (let i = out.length - 1; i >= 0 && out[i].end > s.start; i--) if (out[i].start < end && start < out[i].end) out.splice(i, 1);
    out.push({ start, end, text: m[0], kind: 'percent', value: Math.round(value * 10) / 10, unit: '%', sentence: s.index });
  }
}

const RANK_RE = /\b(?:ranked|ranks|rank|placed|finished|came)\s+(?:(?:\d+(?:st|nd|rd|th))|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)\b|\b(?:No\.?|number)\s?(?:1|one)\b(?=\s+(?:in|on|among|seed|spot|ranked|position|place|best|seller|selling))/gi;

function findRanks(text: string, s: Sentence, str: string, out: Quantity[]): void {
  RANK_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RANK_RE.exec(str))) {
    const start = s.start + m.index;
    out.push({ start, end: start + m[0].length, text: m[0], kind: 'rank', value: null, unit: null, sentence: s.index });
  }
}

function classifyBareNumber(
  raw: string, n: number, hi: number | undefined, w1: string | undefined, w2: string | undefined,
  before: string, after: string, start: number, end: number, sentence: number, str: string, idx: number,
): Quantity | null {
  // A tally in brackets after a name: "Alan Shearer (250)".
  if (/\p{L}\s?\($/u.test(before) && after.startsWith(')')) return null;
  // Digits joined to digits by a slash, not read as a share: a date or a name ("9/11 victims",
  // "open 24/7", "on 12/03"), not a count.
  if ((after[0] === '/' && isDigits(after.slice(1, 2))) || (before.endsWith('/') && isDigits(before.slice(-2, -1)))) return null;
  // Part of a name: "Key 103", "Boeing 747", "Windows 95", "Formula 1".
  if (before.endsWith('-') && hasUpper(trailingWord(before.slice(0, -1), false))) return null; // a model number: "CDP-101", "MiG-29"
  if (endsWithSpace(before) && hasUpper(trailingWord(before.slice(0, -1), true)) && !words('capitalisedWordsBeforeFigure').endsBeforeOneSpace(before)) return null;
  // Years, times, dates, ages, addresses, ordinals and list numbers are not statistics.
  const fourDigits = raw.length === 4 && isDigits(raw);
  if (fourDigits && n >= 1800 && n <= 2100) return null;
  // A decade or century ("the 1600s", "the 1960's"), and numbers as a plural ("audiences in the
  // 100s and 1,000s"), are no figure.
  if (words('pluralEndings').startsAt(after)) return null;
  // An older year after a preposition ("in 1066"), unless a lower-case word other than a clause word follows.
  if (fourDigits && raw[0] === '1' && words('yearPrepositions').endsBeforeOneSpace(before) && !lowerWordFollows(after)) return null;
  // Five or more digits with no separator: a code, a phone or text number, not a count ("text
  // the word to 85130"); edited copy writes counts as "85,130".
  if (raw.length >= 5 && isDigits(raw)) return null;
  // A player's place in a world ranking: "ranked 134 in the world", "world number 12".
  if (words('rankWordsBeforeFigure').endsBeforeOneSpace(before)) return null;
  // A code or a date written as digits: a leading zero ("007", "0800"), or six or eight digits
  // without separators that read as a date ("050505", "20050505").
  if ((raw.length >= 2 && raw[0] === '0' && isDigits(raw)) || isDigitDate(raw)) return null;
  // A 24-hour clock time: "a curfew between 2200 and 0700", "at 0930".
  const clock = isClockDigits(raw);
  if (clock && (raw[0] === '0' || words('clockWordsBefore').endsBeforeOneSpace(before) || /^\s*(?:and|to|-|–)\s*[0-2]\d[0-5]\d\b/.test(after) || words('clockWordsAfter').startsAfterSpaces(after))) return null;
  // A character reference in HTML ("F&#244;n") is no number at all; nor is one in a hashtag or a
  // handle ("#2031Vote", "@Ferry24").
  if ((before.endsWith('&#') || before.toLowerCase().endsWith('&#x'))) return null;
  if ((before.endsWith('#') || before.endsWith('@')) && /^[\p{L}\p{N}_]/u.test(after)) return null;
  // A broadcast time: "Rugby Special, 2340 on BBC Two".
  if (clock && onBroadcaster(after)) return null;
  // A model after its maker's name: "Porsche's 911 sports cars", "Boeing's 787 Dreamliner".
  if (!raw.includes(',') && n < 10000 && /$(?<=(?<![\p{L}-])\p{Lu}[\p{L}-]*['’]s\s)/u.test(before) && w1 && !words('countWordsAfterMaker').has(w1)) return null;
  // A model number before the thing it names: "Boeing's 777 line", "a twin-aisle 777 plane".
  if (!raw.includes(',') && n < 10000 && w1 && words('modelNouns').has(w1)) return null;
  // A list's name: "in the top 100".
  if (words('listWordsBeforeFigure').endsBeforeOneSpace(before)) return null;
  // A margin in a poll or a vote, in points ("a 12-point lead", "8 points ahead of her rival in
  // the polls"): percentage points, a measurement (a team's points stay a count of the game).
  if (pollPoints(after, str)) return { start, end, text: '', kind: 'percent', value: n, valueHigh: hi, unit: 'points', sentence };
  // A compound modifier ("the 300-shareholder threshold", "a 60,000-seat stadium") describes a thing.
  if (/^-(?!strong\b|odd\b|plus\b)\p{Ll}{3,}\b/u.test(after)) return null;
  if (((after[0] === '.' || after[0] === ':') && isDigits(after.slice(1, 2))) || words('clockUnitsAfter').startsAfterSpaces(after)) return null;
  if (words('ordinalSuffixes').has(after.slice(0, 2))) return null;
  if (words('ageCompounds').startsAt(after) || words('ageWordsBefore').endsBeforeDotSpaces(before, false)) return null;
  if (words('months').endsBeforeDotSpaces(before)) return null;
  if (words('months').startsAfterSpaces(after)) return null;
  // ("Last year 185,000 people", "each week 300": a time before the figure, no label.)
  if (words('labelWordsBeforeNumber').endsBeforeDotSpaces(before) && !words('periodDeterminers').endsBeforeOneSpace(withoutLastWord(before))) return null;
  if (w1 && isAsciiCapitals(after.trim().slice(0, 1)) && words('streetWords').has(w1)) return null;
  if (w1 && startsUpper(after.trimStart()) && w2 && words('streetWordsSecond').has(w2)) return null;
  if ((after[0] === '-' && isDigits(after.slice(1, 2))) || (before.endsWith('-') && isDigits(before.slice(-2, -1)))) return null; // scores like 3-1
  if (/^\s*(?:-|–|to)\s*\d/.test(after)) return null;
  if (w1 && NON_STAT_UNITS.has(w1)) return null;
  // "125 senior appearances", "25 league goals": a player's record, with an adjective between.
  if (w1 && w2 && isLowerWord(w1) && words('recordNouns').has(w2)) return null;
  // "a 100,000 square foot studio": an area, not a count.
  if (w1 === 'square' || w1 === 'cubic') return null;
  if (w1 === 'per' && w2 === 'cent') return null;
  // Single small numbers are rarely statistics ("two ministers").
  // (But not a count of people killed, hurt, held or moved: "5 people were killed".)
  if (n < 10 && !raw.includes('.') && !raw.includes(',') && !(w1 && MEASURE_UNITS.has(w1)) && !casualtyAround(before, str.slice(idx + raw.length, idx + raw.length + 60))) return null;
  const kind = w1 && MEASURE_UNITS.has(w1) ? 'measure' : 'count';
  return { start, end, text: '', kind, value: n, valueHigh: hi, unit: w1 ?? null, sentence };
}

/** "-point lead", " points ahead" after a number (a word of pollMarginWords after "point" or
 *  "points"), in a sentence with a word of pollContextWords ("polls", "voters", "nationally"). */
function pollPoints(after: string, str: string): boolean {
  const rest = after.startsWith('-point ') ? after.slice(7) : after.startsWith(' points ') ? after.slice(8) : after.startsWith(' point ') ? after.slice(7) : null;
  if (rest === null || !words('pollMarginWords').has(rest.split(' ')[0].toLowerCase())) return false;
  const context = words('pollContextWords');
  return str.toLowerCase().split(SPACES).some((w) => context.has(w) || context.has(w.slice(0, -1)));
}

/** Whether the words around a count make it one of people killed, hurt, held or moved: a word of
 *  casualtyWordsAfter within the next five words of its clause ("76 people were killed", "12
 *  dead"), or a word of casualtyWordsBefore right before it, hedges of countHedges skipped
 *  ("killing at least 14"). */
export function casualtyAround(before: string, after: string): boolean {
  const clause = after.split(/[.,;:!?()"“”]/)[0];
  const ws = clause.toLowerCase().split(/\s+/).filter(Boolean).slice(0, 5);
  if (ws.some((w) => words('casualtyWordsAfter').has(w))) return true;
  const lead = before.split(/\s+/).filter(Boolean);
  for (let k = 3; k >= 1; k--) {
    if (lead.length >= k && words('countHedges').has(lead.slice(-k).join(' '))) {
      lead.length -= k;
      k = 4;
    }
  }
  return lead.length > 0 && words('casualtyWordsBefore').endsBeforeOneSpace(`${lead.slice(-3).join(' ')} `);
}

/** Whether day and month make a calendar date (29 February allowed). */
function validDayMonth(d: number, mo: number): boolean {
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1];
}

/** Six or eight digits that read as a date: DDMMYY, YYMMDD, MMDDYY; YYYYMMDD, DDMMYYYY, MMDDYYYY. */
export function isDigitDate(raw: string): boolean {
  if (raw.length !== 6 && raw.length !== 8) return false;
  for (let i = 0; i < raw.length; i++) if (raw.charCodeAt(i) < 48 || raw.charCodeAt(i) > 57) return false;
  const p = (a: number, b: number) => Number(raw.slice(a, b));
  if (raw.length === 6) {
    return validDayMonth(p(0, 2), p(2, 4)) || validDayMonth(p(4, 6), p(2, 4)) || validDayMonth(p(2, 4), p(0, 2));
  }
  const year = (y: number) => y >= 1900 && y <= 2099;
  return (year(p(0, 4)) && validDayMonth(p(6, 8), p(4, 6))) || (year(p(4, 8)) && (validDayMonth(p(0, 2), p(2, 4)) || validDayMonth(p(2, 4), p(0, 2))));
}

/** Whether white space then a lower-case word that is not a clause word ("and", "the", "in"…) opens `after`: "in 1066 rebels" reads as a count. */
function lowerWordFollows(after: string): boolean {
  let i = 0;
  while (i < after.length && isSpace(after[i])) i++;
  return i > 0 && startsLower(after.slice(i)) && !words('clauseWordsAfterYear').startsAt(after, i);
}

/** "on BBC Two", "on Channel 4": a broadcaster after "on" opens `after`. */
function onBroadcaster(after: string): boolean {
  let i = 0;
  while (i < after.length && isSpace(after[i])) i++;
  if (!after.startsWith('on', i)) return false;
  let j = i + 2;
  while (j < after.length && isSpace(after[j])) j++;
  return j > i + 2 && words('broadcasters').startsAt(after, j);
}

/** The letters and digits (and hyphens, when asked) that end `s`: "Boeing" of "the Boeing". */
function trailingWord(s: string, hyphens: boolean): string {
  let i = s.length;
  while (i > 0 && (/[\p{L}\d]/u.test(s[i - 1]) || (hyphens && s[i - 1] === '-'))) i--;
  return s.slice(i);
}

/** `s` without its last word (letters and dots) and the spaces after it; `s` itself when it does not end in one.
 *  (A scan from the end: the pattern /[\p{L}.]+\s*$/ tried from every start was polynomial.) */
function withoutLastWord(s: string): string {
  let e = s.length;
  while (e > 0 && isSpace(s[e - 1])) e--;
  const wordEnd = e;
  while (e > 0 && (s[e - 1] === '.' || LETTER.test(s[e - 1]))) e--;
  return e < wordEnd ? s.slice(0, e) : s;
}
const LETTER = /^\p{L}$/u;
