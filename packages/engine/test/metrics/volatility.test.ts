import { describe, expect, test } from 'vitest';
import { returns } from '../../src/metrics/returns.js';
import { volatility, VOLATILITY_LONG_WEEKS, VOLATILITY_SHORT_WEEKS } from '../../src/metrics/volatility.js';
import { walk } from './fixtures.js';

/** Population standard deviation, written the other way round: sqrt(E[x^2] - E[x]^2). */
function populationSd(values: number[]): number {
  const m = values.reduce((a, b) => a + b, 0) / values.length;
  const m2 = values.reduce((a, b) => a + b * b, 0) / values.length;
  return Math.sqrt(m2 - m * m);
}

describe('volatility(weeklyReturn, index, n)', () => {
  test('is the population standard deviation (divide by n, not n - 1), worked by hand', () => {
    // returns +10% and -10%: mean 0, deviations ±0.1, population SD 0.1 (the sample SD would be 0.1414).
    expect(volatility(Float64Array.of(NaN, 0.1, -0.1), 2, 2)).toBeCloseTo(0.1, 12);
    // 0.02, 0.04, 0.06: mean 0.04, squared deviations 0.0004, 0, 0.0004 -> sqrt(0.0008 / 3).
    expect(volatility(Float64Array.of(0.02, 0.04, 0.06), 2, 3)).toBeCloseTo(Math.sqrt(0.0008 / 3), 12);
  });

  test('matches an independent formula over the 13 and 52 weeks ending at the week', () => {
    const weekly = returns(walk(200, 51, 30, 0.12), 1);
    expect([VOLATILITY_SHORT_WEEKS, VOLATILITY_LONG_WEEKS]).toEqual([13, 52]);
    for (const n of [13, 52]) {
      for (const i of [n, 100, 199])
        expect(volatility(weekly, i, n)).toBeCloseTo(populationSd(Array.from(weekly.subarray(i - n + 1, i + 1))), 12);
    }
  });

  test('is NaN until n weekly returns exist (the first week has none)', () => {
    const weekly = returns(walk(20, 52), 1);
    expect(volatility(weekly, 12, 13)).toBeNaN();
    expect(volatility(weekly, 13, 13)).not.toBeNaN();
  });

  test('is 0 for a stock that never moves', () => {
    expect(volatility(new Float64Array(13), 12, 13)).toBe(0);
  });
});
