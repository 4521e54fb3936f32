import { describe, expect, test } from 'vitest';
import { sma } from '../../src/metrics/moving-average.js';
import { walk } from './fixtures.js';

/** The textbook definition, one window at a time: the independent check. */
function naiveSma(values: Float64Array, n: number, minCount: number): number[] {
  return Array.from(values, (_, i) => {
    const window = Array.from(values.subarray(Math.max(0, i - n + 1), i + 1)).filter(Number.isFinite);
    return window.length >= minCount ? window.reduce((a, b) => a + b, 0) / window.length : NaN;
  });
}

describe('sma(values, n, minCount)', () => {
  test('is NaN until n values exist, then the mean of the last n (worked by hand)', () => {
    expect(Array.from(sma(Float64Array.of(1, 2, 3, 4, 5), 3))).toEqual([NaN, NaN, 2, 3, 4]);
  });

  test('with minCount < n averages everything so far until the window fills', () => {
    expect(Array.from(sma(Float64Array.of(2, 4, 6, 8, 10), 3, 2))).toEqual([NaN, 3, 4, 6, 8]);
  });

  test('skips NaN values and needs minCount finite ones in the window', () => {
    const values = Float64Array.of(1, NaN, 3, 5, 7);
    expect(Array.from(sma(values, 3))).toEqual([NaN, NaN, NaN, NaN, 5]);
    expect(Array.from(sma(values, 3, 2))).toEqual([NaN, NaN, 2, 4, 5]);
  });

  test('matches the one-window-at-a-time mean on 520 weeks of a random walk', () => {
    const close = walk(520, 7);
    for (const [n, minCount] of [
      [30, 30],
      [156, 52],
      [1, 1],
    ]) {
      const fast = sma(close, n, minCount);
      const slow = naiveSma(close, n, minCount);
      for (let i = 0; i < close.length; i++) {
        if (Number.isNaN(slow[i])) expect(fast[i]).toBeNaN();
        else expect(fast[i]).toBeCloseTo(slow[i], 9);
      }
    }
  });

  test('writes into a given buffer and returns it', () => {
    const out = new Float64Array(4);
    expect(sma(Float64Array.of(1, 2, 3, 4), 2, 2, out)).toBe(out);
    expect(Array.from(out)).toEqual([NaN, 1.5, 2.5, 3.5]);
  });

  test('refuses a window it cannot fill', () => {
    expect(() => sma(Float64Array.of(1), 0)).toThrow(RangeError);
    expect(() => sma(Float64Array.of(1), 3, 4)).toThrow(RangeError);
  });
});
