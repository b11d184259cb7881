import type { Finding } from '../analysis/types';
import { WEEKDAY_NAMES, weekdayOf } from '../analysis/dates';
import type { Rule } from './types';
import { ruleMeta } from '../config/rule-ids';
import { ignoreFix } from './util';
import { hasSpace, isDigits, skipSpaceAnd } from '../analysis/tokens';

/** A year from 1800 to 2099 written in the date. */
const HAS_YEAR = /\b(?:1[89]|20)\d\d\b/;


export const weekdayDate: Rule = {
  ...ruleMeta('weekday-date'),
  check(a) {
    const out: Finding[] = [];
    const ref = a.articleDate ? new Date(`${a.articleDate}T12:00:00Z`) : null;
    for (const d of a.dates) {
      if (d.weekday === undefined || !d.weekdaySpan || !d.value) continue;
      // A full date (YYYY-MM-DD); a date without a year (--MM-DD) has nothing to check against.
      const ymd = isoDateParts(d.value);
      if (!ymd) continue;
      let [y] = ymd;
      const [, mo, day] = ymd;
      {
        // A date without a year was given the article's year; pick the year nearest the article date.
        if (ref && !HAS_YEAR.test(d.text)) {
          let best = y;
          let bestGap = Infinity;
          for (const cand of [y - 1, y, y + 1]) {
            const gap = Math.abs(Date.UTC(cand, mo - 1, day) - ref.getTime());
            if (gap < bestGap) { bestGap = gap; best = cand; }
          }
          y = best;
        }
      }
      const actual = weekdayOf(y, mo, day);
      if (actual === d.weekday) continue;
      const wrong = WEEKDAY_NAMES[d.weekday];
      const right = WEEKDAY_NAMES[actual];
      const dateText = trimDate(a.text.slice(d.weekdaySpan.end, d.end));
      out.push({
        rule: this.id,
        severity: this.defaultSeverity,
        start: d.weekdaySpan.start,
        end: d.weekdaySpan.end,
        message: `${wrong} does not match ${HAS_YEAR.test(dateText) ? dateText : `${dateText} ${y}`}, which was a ${right}: correct the day or the date.`,
        related: [],
        fixes: [{ title: `Change to ${right}`, edits: [{ start: d.weekdaySpan.start, end: d.weekdaySpan.end, newText: right }], preferred: true }, ignoreFix(this.id, d.weekdaySpan)],
      });
    }
    return out;
  },
};

/** The date after a weekday without the commas, spaces and brackets around it. */
function trimDate(s: string): string {
  let end = s.length;
  while (end > 0 && (s[end - 1] === ')' || hasSpace(s[end - 1]))) end--;
  return s.slice(skipSpaceAnd(s.slice(0, end), ',('), end);
}

/** Year, month and day of a date value written YYYY-MM-DD, or null. */
function isoDateParts(value: string): [number, number, number] | null {
  const parts = value.split('-');
  if (parts.length !== 3 || parts[0].length !== 4 || parts[1].length !== 2 || parts[2].length !== 2) return null;
  if (!parts.every(isDigits)) return null;
  return [+parts[0], +parts[1], +parts[2]];
}
