// Dates: explicit ("Thursday (Feb 27)", "27 February 2025", "June of 2024"), relative
// ("last year", "three years ago"), normalised against the article's date.
// Explicit forms are computed directly; relative and unusual forms go to chrono-node.
import { chrono } from '../shared/lazy-modules';
import type { DateMention, Sentence } from './types';
import { isAsciiLowerWord, isDigits, SPACES } from './tokens';

/** Weekday names, 0 = Sunday (as weekdayOf counts). */
export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

const MONTH_INDEX: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
};
const WEEKDAY_INDEX: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
  sun: 0, mon: 1, tue: 2, tues: 2, wed: 3, thu: 4, thur: 4, thurs: 4, fri: 5, sat: 6,
};

const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const WEEKDAY = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;
const DAY = String.raw`(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?:1[89]\d\d|20\d\d)`;
const md = (n: string) => String.raw`(?<m${n}>${MONTH})\s(?<d${n}>${DAY})(?:,?\s(?<y${n}>${YEAR}))?`;
const dm = (n: string) => String.raw`(?<d${n}>${DAY})\s(?<m${n}>${MONTH})(?:,?\s(?<y${n}>${YEAR}))?`;
const MY = String.raw`(?<m3>${MONTH})(?:\s(?:of\s)?|,\s)(?<y3>${YEAR})`;
const NUMWORD = String.raw`(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|several|a few|few)`;
const RELATIVE = String.raw`(?:(?:last|next|this|earlier this|later this|early this|late last|earlier last)\s(?:week|month|year|decade|weekend|quarter|summer|winter|spring|autumn|fall|${WEEKDAY}|${MONTH})|${NUMWORD}\s(?:days?|weeks?|months?|years?|decades?)\s(?:ago|earlier|later|from now)|yesterday|today|tomorrow|tonight)`;

const DATE_RE = new RegExp(
  String.raw`\b(?:(?<wd>${WEEKDAY})(?:(?:,\s|\s\(|\s)(?:${md('4')}|${dm('5')})\)?)?|${md('1')}|${dm('2')}|${MY}|(?<rel>${RELATIVE})|(?<year>${YEAR}))\b\)?`,
  'giu',
);

const DATE_HINT = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|last|next|this|earlier|later|early|late|ago|yesterday|today|tomorrow|tonight|1[89]\d\d|20\d\d)/i;
const YEAR_CONTEXT = /\b(?:in|since|from|until|till|by|before|after|to|and|of|between|early|late|mid-|since early)\s$/i;

function pad(n: number): string {
  return n < 10 ? `0${n}` : `${n}`;
}

function toIso(y: number, m: number, d: number): string {
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** Day of week (0 = Sunday) of a calendar date. */
export function weekdayOf(y: number, m: number, d: number): number {
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

export function parseIsoDate(v: unknown): Date | null {
  if (v instanceof Date && !isNaN(v.getTime())) return v;
  if (typeof v !== 'string') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(v.trim());
  if (m) return new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], 12));
  const parsed = chrono().parseDate(v);
  return parsed ?? null;
}

const DATELINE_RE = new RegExp(String.raw`^[A-Z][A-Z .'-]+,\s(?<m>${MONTH})\s(?<d>${DAY})(?:,?\s(?<y>${YEAR}))?\s?\(`, 'u');

/**
 * A full date with its year in a short line (a "Published 3 March 2025" or "March 3, 2025 | 10:32"
 * line near the top): its ISO date and where it stands in the line, or null.
 */
export function fullDateIn(line: string): { iso: string; start: number; end: number } | null {
  DATE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DATE_RE.exec(line))) {
    const g = m.groups!;
    const monthName = g.m1 ?? g.m2 ?? g.m4 ?? g.m5;
    const day = g.d1 ?? g.d2 ?? g.d4 ?? g.d5;
    const year = g.y1 ?? g.y2 ?? g.y4 ?? g.y5;
    if (!monthName || !day || !year) continue;
    const mo = MONTH_INDEX[monthName.replace('.', '').toLowerCase()];
    return { iso: toIso(+year, mo, parseInt(day, 10)), start: m.index, end: m.index + m[0].length };
  }
  return null;
}

/** The article date from a wire dateline ("WASHINGTON, Feb 27, 2025 (Reuters) -"), when it has a year. */
export function datelineDate(firstParagraph: string): string | null {
  const m = DATELINE_RE.exec(firstParagraph);
  if (!m?.groups?.y) return null;
  const month = MONTH_INDEX[m.groups.m.replace('.', '').toLowerCase()];
  return toIso(+m.groups.y, month, parseInt(m.groups.d, 10));
}

const relativeCache = new Map<string, string | null>();

/**
 * Resolves a relative expression against the article date. The everyday forms ("last year",
 * "three years ago", "yesterday", a weekday) are computed here; anything else goes to chrono-node.
 * Results are cached: the same phrases recur in every article.
 */
function resolveRelative(raw: string, ref: Date, weekday: boolean): string | null {
  const key = `${raw.toLowerCase()}|${ref.toISOString().slice(0, 10)}|${weekday}`;
  const hit = relativeCache.get(key);
  if (hit !== undefined) return hit;
  const y = ref.getUTCFullYear();
  const lw = raw.toLowerCase();
  let value: string | null = null;
  let m: RegExpExecArray | null;
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  const shift = (days: number) => iso(new Date(ref.getTime() + days * 86400000));
  if (lw === 'this year') value = `${y}`;
  else if (lw === 'last year') value = `${y - 1}`;
  else if (lw === 'next year') value = `${y + 1}`;
  else if (lw === 'today' || lw === 'tonight') value = iso(ref);
  else if (lw === 'yesterday') value = shift(-1);
  else if (lw === 'tomorrow') value = shift(1);
  else if ((m = /^(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+) years? ago$/.exec(lw))) {
    const n = isDigits(m[1]) ? +m[1] : ({ a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 } as Record<string, number>)[m[1]];
    value = `${y - n}`;
  } else if (WEEKDAY_INDEX[lw] !== undefined && isAsciiLowerWord(lw)) {
    // A bare weekday is the nearest such day, three days either way, as chrono-node reads it;
    // computed here, it spares the first article chrono's cold start (about 100 ms).
    const ahead = (WEEKDAY_INDEX[lw] - ref.getUTCDay() + 7) % 7;
    value = shift(ahead > 3 ? ahead - 7 : ahead);
  } else {
    const r = chrono().parse(raw, ref, { forwardDate: false })[0];
    if (r) {
      const d = iso(r.start.date());
      value = r.start.isCertain('day') || weekday || /ago/.test(lw) ? d : r.start.isCertain('month') ? d.slice(0, 7) : d.slice(0, 4);
    }
  }
  if (relativeCache.size > 5000) relativeCache.clear();
  relativeCache.set(key, value);
  return value;
}

export function findDates(text: string, sentences: Sentence[], skip: (s: Sentence) => boolean, articleDate: string | null): DateMention[] {
  const out: DateMention[] = [];
  const ref = articleDate ? new Date(`${articleDate}T12:00:00Z`) : null;
  const refYear = ref ? ref.getUTCFullYear() : null;
  for (const s of sentences) {
    if (skip(s)) continue;
    const str = text.slice(s.start, s.end);
    if (!DATE_HINT.test(str)) continue;
    DATE_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = DATE_RE.exec(str))) {
      const g = m.groups!;
      // A bare year counts only after a preposition: "in 2024", "from 2012 to 2024".
      if (g.year && !YEAR_CONTEXT.test(str.slice(Math.max(0, m.index - 12), m.index))) continue;
      const start = s.start + m.index;
      let raw = m[0];
      if (raw.endsWith(')') && !raw.includes('(')) raw = raw.slice(0, -1);
      const end = start + raw.length;
      const mention: DateMention = { start, end, text: raw, value: null, relative: false, sentence: s.index };
      const monthName = g.m1 ?? g.m2 ?? g.m3 ?? g.m4 ?? g.m5;
      const day = g.d1 ?? g.d2 ?? g.d4 ?? g.d5;
      const year = g.y1 ?? g.y2 ?? g.y3 ?? g.y4 ?? g.y5 ?? g.year;
      if (g.wd) {
        mention.weekday = WEEKDAY_INDEX[g.wd.toLowerCase()];
        mention.weekdaySpan = { start, end: start + g.wd.length };
      }
      if (monthName && day) {
        const mo = MONTH_INDEX[monthName.replace('.', '').toLowerCase()];
        const y = year ? +year : refYear;
        const d = parseInt(day, 10);
        mention.value = y ? toIso(y, mo, d) : `--${pad(mo)}-${pad(d)}`;
      } else if (monthName && year) {
        mention.value = `${year}-${pad(MONTH_INDEX[monthName.replace('.', '').toLowerCase()])}`;
      } else if (g.year) {
        mention.value = g.year;
      } else if (g.rel || (g.wd && !day)) {
        mention.relative = true;
        if (ref) mention.value = resolveRelative(raw, ref, !!g.wd || raw.toLowerCase().split(SPACES).some((w) => w in WEEKDAY_INDEX));
      }
      out.push(mention);
    }
  }
  return out;
}
