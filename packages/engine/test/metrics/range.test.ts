import { describe, expect, test } from 'vitest';
import { drawdown, RANGE_WEEKS, rangePosition, windowHigh, windowLow } from '../../src/metrics/range.js';
import { walk } from './fixtures.js';

describe('windowHigh and windowLow', () => {
  test('take the weekly highs and lows of the 52 weeks ending at the week, this one included', () => {
    const high = walk(120, 41);
    const low = high.map((h) => h * 0.9);
    expect(RANGE_WEEKS).toBe(52);
    for (const i of [51, 52, 80, 119]) {
      expect(windowHigh(high, i)).toBe(Math.max(...high.subarray(i - 51, i + 1)));
      expect(windowLow(low, i)).toBe(Math.min(...low.subarray(i - 51, i + 1)));
    }
  });

  test('count this week: a new high this week is the 52-week high', () => {
    const high = Float64Array.of(1, 2, 3, 9);
    expect(windowHigh(high, 3, 3)).toBe(9);
    expect(windowHigh(high, 2, 3)).toBe(3);
    expect(windowLow(Float64Array.of(5, 1, 4, 3), 3, 3)).toBe(1);
  });

  test('are NaN with fewer than 52 weeks of history', () => {
    const high = walk(51, 42);
    expect(windowHigh(high, 50)).toBeNaN();
    expect(windowLow(high, 50)).toBeNaN();
  });
});

describe('drawdown and rangePosition', () => {
  test('the seed: close 79.00, 52-week high 84.32 and low 11.41 give -6.3% and 92.7%', () => {
    expect(drawdown(79, 84.32)).toBeCloseTo(-0.0631, 4);
    expect(rangePosition(79, 11.41, 84.32)).toBeCloseTo(0.927, 3);
  });

  test('range position is NaN (null in a report) when high equals low; both are NaN without a range', () => {
    expect(rangePosition(5, 5, 5)).toBeNaN();
    expect(rangePosition(5, NaN, 6)).toBeNaN();
    expect(drawdown(5, NaN)).toBeNaN();
    expect(drawdown(5, 0)).toBeNaN();
  });
});
