import { describe, expect, test } from 'vitest';
import { trendActivity, trendSignal, trendSignalDefined, trendStreak } from '../../src/metrics/trend-signal.js';
import { trendLine } from '../../src/metrics/trend-line.js';
import { seedRows, walk } from './fixtures.js';

const f = (...values: number[]): Float64Array => Float64Array.from(values);

describe('trendSignal(close, trendLine)', () => {
  test('turns on above a rising line, stays on above a falling one, turns off on a close below the line', () => {
    const line = f(NaN, 10, 11, 12, 12, 11.5, 11, 11, 10.5);
    const close = f(10, 11, 12, 13, 13, 12, 10.9, 12, 12);
    // week 1: no earlier line -> undefined, off. week 2: 12 > 11, line rising -> on. weeks 3..5: above the line -> on
    // (week 5's line falls: still on). week 6: 10.9 < 11 -> off. week 7: above a flat line -> stays off.
    // week 8: above a falling line -> stays off.
    expect(Array.from(trendSignal(close, line))).toEqual([0, 0, 1, 1, 1, 1, 0, 0, 0]);
  });

  test('a close exactly on the line neither turns it on nor off', () => {
    expect(Array.from(trendSignal(f(5, 11, 12), f(9, 10, 12)))).toEqual([0, 1, 1]);
    expect(Array.from(trendSignal(f(5, 10, 11), f(9, 10, 11)))).toEqual([0, 0, 0]);
  });

  test('is on in every defined week of the seed’s last 14 (closes well above a rising Trend Line)', () => {
    const seed = seedRows();
    expect(Array.from(trendSignal(Float64Array.from(seed.close), Float64Array.from(seed.trendLine)))).toEqual([
      0,
      ...Array(13).fill(1),
    ]);
  });

  test('a week’s state depends only on that week and earlier ones (one pass, no look-ahead)', () => {
    const close = walk(300, 31);
    const full = trendSignal(close, trendLine(close));
    const cut = close.subarray(0, 150);
    expect(Array.from(trendSignal(cut, trendLine(cut)))).toEqual(Array.from(full.subarray(0, 150)));
  });
});

describe('trendStreak and trendActivity', () => {
  const line = f(NaN, 10, 11, 12, 13, 14, 15, 16);
  const close = f(1, 1, 20, 20, 20, 1, 1, 20);
  const signal = trendSignal(close, line); // [0, 0, 1, 1, 1, 0, 0, 1]

  test('the streak counts consecutive defined weeks in the current state, this one included', () => {
    expect(Array.from(signal)).toEqual([0, 0, 1, 1, 1, 0, 0, 1]);
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((i) => trendStreak(signal, line, i))).toEqual([0, 0, 1, 2, 3, 1, 2, 1]);
    // Weeks 0 and 1 have no state: week 1's line has no earlier line to tell its slope.
    expect([trendSignalDefined(line, 0), trendSignalDefined(line, 1), trendSignalDefined(line, 2)]).toEqual([false, false, true]);
  });

  test('activity counts weeks on among the last n, and the weeks where the signal was defined', () => {
    expect(trendActivity(signal, line, 7)).toEqual({ active: 4, considered: 6 });
    expect(trendActivity(signal, line, 7, 3)).toEqual({ active: 1, considered: 3 });
    expect(trendActivity(signal, line, 0)).toEqual({ active: 0, considered: 0 });
  });

  test('over 52 weeks of a steady climb: 52 of 52 active, like the seed', () => {
    const climb = Float64Array.from({ length: 120 }, (_, i) => 10 * 1.01 ** i);
    const tl = trendLine(climb);
    const s = trendSignal(climb, tl);
    expect(trendActivity(s, tl, 119)).toEqual({ active: 52, considered: 52 });
    expect(trendStreak(s, tl, 119)).toBe(120 - 30);
  });
});
