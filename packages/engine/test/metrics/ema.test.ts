import { describe, expect, test } from 'vitest';
import { ema } from '../../src/metrics/ema.js';
import { walk } from './fixtures.js';

/** The textbook form `E_t = a * x_t + (1 - a) * E_(t-1)`, started from the mean of the first n values. */
function naiveEma(values: number[], n: number): number[] {
  const a = 2 / (n + 1);
  const out: number[] = values.map(() => NaN);
  if (values.length < n) return out;
  out[n - 1] = values.slice(0, n).reduce((s, v) => s + v, 0) / n;
  for (let i = n; i < values.length; i++) out[i] = a * values[i] + (1 - a) * out[i - 1];
  return out;
}

describe('ema(values, n)', () => {
  test('starts with the mean of the first n values, then smooths by 2 / (n + 1) (worked by hand)', () => {
    // n = 3: smoothing 0.5; start mean(1, 2, 3) = 2; then 2 + 0.5 * (4 - 2) = 3; 3 + 0.5 * (5 - 3) = 4.
    expect(Array.from(ema(Float64Array.of(1, 2, 3, 4, 5), 3))).toEqual([NaN, NaN, 2, 3, 4]);
    // n = 2: smoothing 2/3; start mean(10, 20) = 15; then 15 + 2/3 * (30 - 15) = 25.
    expect(ema(Float64Array.of(10, 20, 30), 2)[2]).toBeCloseTo(25, 12);
  });

  test('skips leading NaN values and restarts its seed after a NaN inside the first n', () => {
    expect(Array.from(ema(Float64Array.of(NaN, NaN, 4, 6, 8), 2))).toEqual([NaN, NaN, NaN, 5, 5 + (2 / 3) * 3]);
    expect(Array.from(ema(Float64Array.of(1, NaN, 2, 4), 2))).toEqual([NaN, NaN, NaN, 3]);
  });

  test('is all NaN when the series is shorter than n', () => {
    expect(Array.from(ema(Float64Array.of(1, 2), 3))).toEqual([NaN, NaN]);
  });

  test('matches the textbook recursion on 520 weeks of a random walk', () => {
    const close = walk(520, 3);
    for (const n of [9, 12, 26]) {
      const fast = ema(close, n);
      const slow = naiveEma(Array.from(close), n);
      for (let i = 0; i < close.length; i++) {
        if (Number.isNaN(slow[i])) expect(fast[i]).toBeNaN();
        else expect(fast[i]).toBeCloseTo(slow[i], 9);
      }
    }
  });
});
