import { describe, expect, test } from 'vitest';
import { TREND_LINE_WEEKS, trendLine } from '../../src/metrics/trend-line.js';
import { mean, walk } from './fixtures.js';

describe('trendLine(close)', () => {
  test('is the 30-week simple moving average of closes, NaN for the first 29 weeks', () => {
    const close = walk(200, 5);
    const line = trendLine(close);
    expect(TREND_LINE_WEEKS).toBe(30);
    for (let i = 0; i < 29; i++) expect(line[i]).toBeNaN();
    for (let i = 29; i < close.length; i++) expect(line[i]).toBeCloseTo(mean(Array.from(close.subarray(i - 29, i + 1))), 9);
  });

  test('of closes 1..30 is 15.5 at week 30 (worked by hand)', () => {
    const close = Float64Array.from({ length: 31 }, (_, i) => i + 1);
    const line = trendLine(close);
    expect(line[29]).toBe(15.5);
    expect(line[30]).toBe(16.5);
  });
});
