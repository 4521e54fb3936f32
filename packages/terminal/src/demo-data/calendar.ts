// Trading calendars for the demo universe: weekdays, less a few fixed holidays per country.
// Not the exchanges' real calendars (no lunar new year, no moving feasts): enough that every
// country has days off that the others trade on, and that a build sees weeks of four days.

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 (UTC) of a YYYY-MM-DD date. */
export function toDay(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

/** YYYY-MM-DD of a day since 1970-01-01 (UTC). */
export function toDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** Holidays as MM-DD, the same every year; a holiday on a weekend is simply not made up. */
export const HOLIDAYS: Readonly<Record<string, readonly string[]>> = {
  // New Year, Labour Day, National Day (the first three days of the Golden Week).
  CN: ['01-01', '05-01', '10-01', '10-02', '10-03'],
  // New Year, Independence Day, Christmas.
  US: ['01-01', '07-04', '12-25'],
  // The New Year holidays, Golden Week, New Year's Eve.
  JP: ['01-01', '01-02', '01-03', '05-03', '05-04', '05-05', '12-31'],
  // New Year, Labour Day, German Unity Day, Christmas Eve to Boxing Day, New Year's Eve.
  DE: ['01-01', '05-01', '10-03', '12-24', '12-25', '12-26', '12-31'],
};

/** Whether `day` is a trading day in `country`: a weekday that is not one of its holidays. */
export function isTradingDay(country: string, day: number): boolean {
  const w = weekday(day);
  if (w === 0 || w === 6) return false;
  return !(HOLIDAYS[country] ?? []).includes(toDate(day).slice(5));
}

/** The country's trading days from `first` to `last` (days since epoch, both included). */
export function tradingDays(country: string, first: number, last: number): Int32Array {
  const days: number[] = [];
  for (let day = first; day <= last; day++) if (isTradingDay(country, day)) days.push(day);
  return Int32Array.from(days);
}

/** The same month and day `years` earlier (29 February becomes 28 February), as a day. */
export function yearsBefore(day: number, years: number): number {
  const d = new Date(day * DAY_MS);
  const target = new Date(Date.UTC(d.getUTCFullYear() - years, d.getUTCMonth(), 1));
  const lastOfMonth = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastOfMonth));
  return Math.round(target.getTime() / DAY_MS);
}
