import { describe, expect, test } from 'vitest';
import { RETURN_HORIZONS, returnAt, returns } from '../../src/metrics/returns.js';
import { walk } from './fixtures.js';

describe('returns(close, k) and returnAt(close, k, index)', () => {
  test('C_t / C_(t-k) - 1 as a fraction, NaN for the first k weeks (worked by hand)', () => {
    const close = Float64Array.of(100, 110, 99, 121);
    expect(Array.from(returns(close, 1))).toEqual([NaN, 110 / 100 - 1, 99 / 110 - 1, 121 / 99 - 1]);
    expect(Array.from(returns(close, 2))).toEqual([NaN, NaN, 99 / 100 - 1, 121 / 110 - 1]);
    expect(returnAt(close, 3, 3)).toBeCloseTo(0.21, 12);
  });

  test('the seed: 79.00 after 70.10 is a 12.7% week', () => {
    expect(returnAt(Float64Array.of(70.1, 79.0), 1, 1)).toBeCloseTo(0.12696, 4);
  });

  test('is NaN, never Infinity, after a zero close and outside the series', () => {
    expect(returnAt(Float64Array.of(0, 5), 1, 1)).toBeNaN();
    expect(returnAt(Float64Array.of(1, 2), 1, 2)).toBeNaN();
    expect(returnAt(Float64Array.of(1, 2), 52, 1)).toBeNaN();
  });

  test('the series and the single-week function agree at every horizon of the report', () => {
    const close = walk(300, 11);
    expect(RETURN_HORIZONS).toEqual([1, 4, 12, 26, 52]);
    for (const k of RETURN_HORIZONS) {
      const series = returns(close, k);
      for (let i = 0; i < close.length; i++) {
        if (i < k) expect(series[i]).toBeNaN();
        else expect(series[i]).toBe(close[i] / close[i - k] - 1);
      }
    }
  });
});
