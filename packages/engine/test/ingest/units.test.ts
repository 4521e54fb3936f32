import { describe, expect, test } from 'vitest';
import { parseCsv } from '../../src/ingest/csv.js';
import { DNS_NAMESPACE, SECURITY_NAMESPACE, securityUuid, uuidV5 } from '../../src/ingest/uuid.js';
import { equalWeightIndex } from '../../src/universe/benchmark.js';
import type { WeeklyBars } from '../../src/types.js';
import { asOfWeek } from '../../src/weeks/as-of.js';
import { dayFromIso, isoFromDay, mondayOf, tryDayFromIso, weekdayOf } from '../../src/weeks/days.js';

const d = dayFromIso;

describe('uuidV5', () => {
  test("uuidV5('python.org', DNS namespace) is RFC 4122's published 886313e1-3b8a-5372-9b90-0c9aee199e5d", () => {
    expect(uuidV5('python.org', DNS_NAMESPACE)).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d');
  });
  test('the security namespace is v5 of https://ticker-engine/securities in the URL namespace', () => {
    expect(uuidV5('https://ticker-engine/securities', '6ba7b811-9dad-11d1-80b4-00c04fd430c8')).toBe(SECURITY_NAMESPACE);
  });
  test('securityUuid(key) is stable', () => {
    expect(securityUuid('XNYS:AAA')).toBe('ac26e813-ad0c-53a7-883b-ebfdaddb8e93');
  });
});

describe('days', () => {
  test('dayFromIso and isoFromDay are inverse; 1970-01-01 is day 0', () => {
    expect(d('1970-01-01')).toBe(0);
    expect(d('2024-01-05')).toBe(19727);
    expect(isoFromDay(19727)).toBe('2024-01-05');
    expect(isoFromDay(d('1969-12-29'))).toBe('1969-12-29');
  });
  test('tryDayFromIso refuses what is not a real YYYY-MM-DD date', () => {
    expect(['2024-1-05', '2024-02-30', '05/01/2024', '2024-01-05T00:00', ''].map(tryDayFromIso)).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(() => dayFromIso('2024-13-01')).toThrow(RangeError);
  });
  test('weekdayOf: 0 = Monday; mondayOf works before 1970 too', () => {
    expect(weekdayOf(d('2024-01-08'))).toBe(0);
    expect(weekdayOf(d('2024-01-14'))).toBe(6);
    expect(isoFromDay(mondayOf(d('2024-01-14')))).toBe('2024-01-08');
    expect(isoFromDay(mondayOf(d('1969-12-31')))).toBe('1969-12-29');
  });
});

describe('asOfWeek(maxDataDay, asOf?)', () => {
  const week = (max: string, asOf?: string): string => isoFromDay(asOfWeek(d(max), asOf === undefined ? undefined : d(asOf)));
  test('data ending on a Friday, Saturday or Sunday: that week', () => {
    expect([week('2024-01-12'), week('2024-01-13'), week('2024-01-14')]).toEqual(['2024-01-08', '2024-01-08', '2024-01-08']);
  });
  test('data ending Monday to Thursday (a holiday Friday too): the week before', () => {
    expect([week('2024-01-08'), week('2024-01-11')]).toEqual(['2024-01-01', '2024-01-01']);
  });
  test('--as-of picks the latest week complete on that date, never after the data', () => {
    expect(week('2024-06-30', '2024-01-12')).toBe('2024-01-08');
    expect(week('2024-06-30', '2024-01-11')).toBe('2024-01-01');
    expect(week('2024-01-10', '2024-03-01')).toBe('2024-01-08');
  });
});

describe('parseCsv', () => {
  test('quotes, doubled quotes, commas and line breaks in fields; BOM, CRLF and blank lines', () => {
    const text = '\uFEFFa,b\r\n"x, y","say ""hi"""\r\n\r\n"two\r\nlines",\r\nlast,row';
    expect(parseCsv(text, 'f.csv')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['x, y', 'say "hi"'] },
      { line: 4, fields: ['two\r\nlines', ''] },
      { line: 6, fields: ['last', 'row'] },
    ]);
  });
});

describe('equalWeightIndex', () => {
  const bars = (weeks: number[], closes: number[]): WeeklyBars => ({
    week: Int32Array.from(weeks),
    day: Int32Array.from(weeks.map((w) => w + 4)),
    open: Float64Array.from(closes),
    high: Float64Array.from(closes),
    low: Float64Array.from(closes),
    close: Float64Array.from(closes),
    volume: new Float64Array(weeks.length),
  });

  test('starts at 100 and chains the mean return of the members that have both weeks', () => {
    const a = bars([0, 7, 14, 21], [10, 11, 11, 22]); // +10%, 0%, +100%
    const b = bars([0, 14, 21], [20, 30, 15]); // misses week 7: no return for 7 or 14; 21: -50%
    const index = equalWeightIndex([a, b]);
    expect([...index.week]).toEqual([0, 7, 14, 21]);
    // week 7: a only +10%; week 14: a only 0%; week 21: mean(+100%, -50%) = +25%
    expect([...index.close].map((x) => Math.round(x * 1e9) / 1e9)).toEqual([100, 110, 110, 137.5]);
  });

  test('a week where no member has both weeks stays level', () => {
    const index = equalWeightIndex([bars([0], [5]), bars([7], [8])]);
    expect([...index.close]).toEqual([100, 100]);
  });
});
