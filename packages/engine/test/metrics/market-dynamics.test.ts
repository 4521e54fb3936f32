import { describe, expect, test } from 'vitest';
import { freshBuys, marketDynamics } from '../../src/metrics/market-dynamics.js';
import { walk } from './fixtures.js';

/** Appel's MACD on percentages, written out the long way: the independent check. */
function naivePercentMacd(close: number[]): { line: number[]; histogram: number[] } {
  const emaOf = (values: number[], n: number): number[] => {
    const a = 2 / (n + 1);
    const first = values.findIndex(Number.isFinite);
    const out = values.map(() => NaN);
    if (first < 0 || first + n > values.length) return out;
    out[first + n - 1] = values.slice(first, first + n).reduce((s, v) => s + v, 0) / n;
    for (let i = first + n; i < values.length; i++) out[i] = a * values[i] + (1 - a) * out[i - 1];
    return out;
  };
  const fast = emaOf(close, 12);
  const slow = emaOf(close, 26);
  const line = close.map((_, i) => ((fast[i] - slow[i]) / slow[i]) * 100);
  const signal = emaOf(line, 9);
  return { line, histogram: line.map((v, i) => v - signal[i]) };
}

describe('marketDynamics(close)', () => {
  test('is NaN for the first 33 weeks: EMA26 starts at week 26, its 9-week signal at week 34', () => {
    const md = marketDynamics(walk(60, 2));
    expect(Number.isNaN(md.line[24]) && !Number.isNaN(md.line[25])).toBe(true);
    expect(Number.isNaN(md.histogram[32]) && !Number.isNaN(md.histogram[33])).toBe(true);
  });

  test('a 10% jump after 40 flat weeks: line, signal and histogram worked by hand', () => {
    const close = Float64Array.from({ length: 41 }, (_, i) => (i < 40 ? 100 : 110));
    const md = marketDynamics(close);
    expect(md.histogram[39]).toBe(0);
    // EMA12 = 100 + 10 * 2/13, EMA26 = 100 + 10 * 2/27; line = 100 * (EMA12 - EMA26) / EMA26; signal = 0 + line * 2/10.
    const ema12 = 100 + (10 * 2) / 13;
    const ema26 = 100 + (10 * 2) / 27;
    const line = (100 * (ema12 - ema26)) / ema26;
    expect(md.line[40]).toBeCloseTo(line, 12);
    expect(md.signal[40]).toBeCloseTo(line * 0.2, 12);
    expect(md.histogram[40]).toBeCloseTo(line * 0.8, 12);
    expect(md.histogram[40]).toBeCloseTo(0.63348, 5);
  });

  test('matches the long-hand percentage MACD on 520 weeks of a random walk', () => {
    const close = walk(520, 4, 20, 0.1);
    const md = marketDynamics(close);
    const slow = naivePercentMacd(Array.from(close));
    for (let i = 0; i < close.length; i++) {
      if (Number.isNaN(slow.histogram[i])) expect(md.histogram[i]).toBeNaN();
      else expect(md.histogram[i]).toBeCloseTo(slow.histogram[i], 9);
      if (!Number.isNaN(slow.line[i])) expect(md.line[i]).toBeCloseTo(slow.line[i], 9);
    }
  });

  test('does not depend on the price level (a percentage of price, comparable across stocks)', () => {
    const close = walk(200, 8);
    const scaled = close.map((c) => c * 37);
    const a = marketDynamics(close).histogram;
    const b = marketDynamics(scaled).histogram;
    for (let i = 33; i < close.length; i++) expect(b[i]).toBeCloseTo(a[i], 9);
  });

  test('on weekly moves as wild as the seed stock’s (up to ±15%) stays within a few units, like the seed’s -0.26 .. 1.32', () => {
    const md = marketDynamics(walk(520, 12, 10, 0.15)).histogram.subarray(33);
    const largest = md.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
    expect(largest).toBeGreaterThan(0.5);
    expect(largest).toBeLessThan(10);
  });
});

describe('freshBuys(line, histogram)', () => {
  test('marks a week where the histogram turns positive while the MACD line is below zero', () => {
    const line = Float64Array.of(NaN, -2, -1.5, -1, -0.5, 0.2, 0.4);
    const histogram = Float64Array.of(NaN, -0.3, 0, 0.1, -0.1, 0.2, 0.3);
    expect(Array.from(freshBuys(line, histogram))).toEqual([0, 0, 0, 1, 0, 0, 0]);
  });

  test('no buy on the first defined week, and none in a zero cross above the zero line (the seed’s 5 Jun: -0.08 -> 0.05)', () => {
    expect(Array.from(freshBuys(Float64Array.of(NaN, -1), Float64Array.of(NaN, 0.5)))).toEqual([0, 0]);
    expect(Array.from(freshBuys(Float64Array.of(9, 9.5), Float64Array.of(-0.08, 0.05)))).toEqual([0, 0]);
  });

  test('a V-shaped bottom gives exactly one buy, on the way up', () => {
    const close = Float64Array.from({ length: 80 }, (_, i) => (i < 50 ? 100 * 0.98 ** i : 100 * 0.98 ** 49 * 1.03 ** (i - 49)));
    const md = marketDynamics(close);
    const buys = freshBuys(md.line, md.histogram);
    const weeks = Array.from(buys.keys()).filter((i) => buys[i] === 1);
    expect(weeks).toHaveLength(1);
    expect(weeks[0]).toBeGreaterThan(49);
    expect(md.line[weeks[0]]).toBeLessThan(0);
  });
});
