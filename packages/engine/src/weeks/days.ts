import type { Day } from '../types.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 (UTC) of a `YYYY-MM-DD` date; throws a RangeError on anything else. */
export function dayFromIso(text: string): Day {
  const day = tryDayFromIso(text);
  if (day === null) throw new RangeError(`not a YYYY-MM-DD date: ${JSON.stringify(text)}`);
  return day;
}

/** Days since 1970-01-01 of a `YYYY-MM-DD` date, or null when it is not one (2021-02-30 is not). */
export function tryDayFromIso(text: string): Day | null {
  const m = ISO_DATE.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const date = new Date(ms);
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return Math.round(ms / MS_PER_DAY);
}

/** `YYYY-MM-DD` of a day. */
export function isoFromDay(day: Day): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 0 = Monday ... 6 = Sunday (1970-01-01 was a Thursday). */
export function weekdayOf(day: Day): number {
  return (((day + 3) % 7) + 7) % 7;
}

/** The Monday of the week (Monday to Sunday) that holds `day`. */
export function mondayOf(day: Day): Day {
  return day - weekdayOf(day);
}
