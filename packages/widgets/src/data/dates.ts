/**
 * Dates in a report. Everything stays a calendar date (`YYYY-MM-DD`) computed in UTC, so
 * the host's timezone can never move a week to another day.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Days in each month of a common year. */
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Days in `month` (0-11) of `year`, by the calendar `Date.UTC` uses: proleptic Gregorian,
 * and a year 0-99 means 1900-1999 there, so `"0000-02-29"` is no date.
 */
function daysIn(year: number, month: number): number {
  const y = year >= 0 && year <= 99 ? 1900 + year : year;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return month === 1 && leap ? 29 : DAYS[month];
}

/** `"2026-06-12"` (or a longer ISO timestamp) -> `"2026-06-12"`, else `undefined`. */
export function parseIsoDate(input: unknown): string | undefined {
  if (typeof input !== 'string') return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(input.trim());
  if (!match) return undefined;
  const m = Number(match[2]);
  const d = Number(match[3]);
  // Counted rather than built as a Date: this runs for every row of every report.
  return m >= 1 && m <= 12 && d >= 1 && d <= daysIn(Number(match[1]), m - 1) ? match[0] : undefined;
}

/** `YYYY-MM-DD` of `Date.UTC(y, m, d)`; written out directly for a real date of a 4-digit year. */
function iso(y: number, m: number, d: number): string {
  if (Number.isInteger(y) && y >= 1000 && y <= 9999 && d >= 1 && d <= daysIn(y, m)) {
    return `${y}-${m < 9 ? '0' : ''}${m + 1}-${d < 10 ? '0' : ''}${d}`;
  }
  return new Date(Date.UTC(y, m, d)).toISOString().slice(0, 10);
}

/**
 * Gives a year-less week label (`"27 Feb"`, `"Feb 27"`) its year: the latest such date
 * that is not after `latestWeek`. So `"30 Dec"` in a report of `2027-01-08` is 2026-12-30.
 */
export function resolveWeekLabel(label: unknown, latestWeek: string | undefined): string | undefined {
  if (typeof label !== 'string') return undefined;
  const full = parseIsoDate(label);
  if (full) return full;
  const match = /^\s*(\d{1,2})\s+([A-Za-z]{3,})\.?\s*$/.exec(label) ?? /^\s*([A-Za-z]{3,})\.?\s+(\d{1,2})\s*$/.exec(label);
  if (!match || !latestWeek) return undefined;
  const [day, name] = /^\d/.test(match[1]) ? [Number(match[1]), match[2]] : [Number(match[2]), match[1]];
  const month = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  if (month < 0 || day < 1 || day > 31) return undefined;
  const year = Number(latestWeek.slice(0, 4));
  const sameYear = iso(year, month, day);
  if (Number(sameYear.slice(8)) !== day) return undefined;
  return sameYear <= latestWeek ? sameYear : iso(year - 1, month, day);
}
