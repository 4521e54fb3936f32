import { describe, expect, test } from 'vitest';
import { UP_DOWN_WEEKS, upDownWeeks } from '../../src/metrics/up-down.js';

describe('upDownWeeks(weeklyReturn, index, n)', () => {
  test('counts positive and negative weeks (flat weeks are neither) and averages each side, worked by hand', () => {
    const weekly = Float64Array.of(NaN, 0.1, -0.05, 0, 0.3, -0.15);
    expect(upDownWeeks(weekly, 5, 5)).toEqual({ up: 2, down: 2, downsideBreadth: 2 / 5, averageGain: 0.2, averageLoss: -0.1 });
  });

  test('the seed’s 52 weeks: 34 up, 16 down, 2 flat; downside breadth 16 / 52 = 30.8%', () => {
    const weekly = Float64Array.from([...Array(34).fill(0.098), ...Array(16).fill(-0.07), 0, 0]);
    const result = upDownWeeks(weekly, 51);
    expect(UP_DOWN_WEEKS).toBe(52);
    expect(result?.up).toBe(34);
    expect(result?.down).toBe(16);
    expect(result?.downsideBreadth).toBeCloseTo(0.308, 3);
    expect(result?.averageGain).toBeCloseTo(0.098, 12);
    expect(result?.averageLoss).toBeCloseTo(-0.07, 12);
  });

  test('gives NaN averages for a side with no weeks, and null before 52 weekly returns exist', () => {
    const rising = Float64Array.from({ length: 53 }, (_, i) => (i === 0 ? NaN : 0.01));
    expect(upDownWeeks(rising, 52)?.averageLoss).toBeNaN();
    expect(upDownWeeks(rising, 52)?.down).toBe(0);
    expect(upDownWeeks(rising, 51)).toBeNull();
  });
});
