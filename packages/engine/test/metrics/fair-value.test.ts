import { describe, expect, test } from 'vitest';
import { FAIR_VALUE_MIN_WEEKS, FAIR_VALUE_WEEKS, fairValue } from '../../src/metrics/fair-value.js';
import { mean, walk } from './fixtures.js';

describe('fairValue(close)', () => {
  test('is NaN before 52 weeks, the mean of all closes from 52 to 156 weeks, then the 156-week mean', () => {
    const close = walk(400, 9);
    const fair = fairValue(close);
    expect([FAIR_VALUE_WEEKS, FAIR_VALUE_MIN_WEEKS]).toEqual([156, 52]);
    for (let i = 0; i < 51; i++) expect(fair[i]).toBeNaN();
    for (let i = 51; i < 156; i++) expect(fair[i]).toBeCloseTo(mean(Array.from(close.subarray(0, i + 1))), 9);
    for (let i = 156; i < close.length; i++) expect(fair[i]).toBeCloseTo(mean(Array.from(close.subarray(i - 155, i + 1))), 9);
  });

  test('sits far below the close of a stock that rose ~570% in its last year, as in the seed (79.00 vs 17.71)', () => {
    // Two years flat at 10, then a steady climb to 67 over 52 weeks (+570%).
    const close = Float64Array.from({ length: 156 }, (_, i) => (i < 104 ? 10 : 10 * 6.7 ** ((i - 103) / 52)));
    const fair = fairValue(close)[155];
    expect(close[155]).toBeCloseTo(67, 9);
    expect(fair).toBeCloseTo(mean(Array.from(close)), 9);
    expect(close[155] / fair - 1).toBeGreaterThan(2.5);
  });
});
