// historyJson (the build's writer of history files) against JSON.stringify(writeHistory(...)): the same bytes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { historyJson, writeHistory } from '../../src/report/history.js';
import type { Security, SecuritySeries, WeeklyBars } from '../../src/types.js';
import { plainHistory, seedSecurity } from './inputs.js';

const decoder = new TextDecoder();

function same(security: Security, bars: WeeklyBars, series: SecuritySeries, through?: number): void {
  const expected = JSON.stringify(writeHistory(security, bars, series, through));
  expect(decoder.decode(historyJson(security, bars, series, through))).toBe(expected);
}

/** Any double, and the kinds a history holds: prices, tiny and huge values, ties, zeros, NaN. */
const value = fc.oneof(
  fc.double(),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.double({ min: 1e-12, max: 1e-3, noNaN: true }),
  fc.double({ min: 1e12, max: 1e22, noNaN: true }),
  fc.integer({ min: -1e9, max: 1e9 }).map((k) => k / 100),
  fc.integer({ min: -1e9, max: 1e9 }).map((k) => k / 1e4 + 0.00005),
  fc.integer({ min: 0, max: 2e9 }),
  fc.constantFrom(NaN, Infinity, -Infinity, 0, -0, 1e-6, 9.999995e-7, 0.0000015, 1e15, 999999.5, 2 ** 53, 5e-11, -1e-11),
);

const text = fc.oneof(fc.string(), fc.constantFrom('Café "Ünïcode" \\ \n co', '\u{1F600} emoji', '\ud800 lone'));

const history = fc.integer({ min: 0, max: 40 }).chain((n) => {
  const values = fc.array(value, { minLength: n, maxLength: n });
  const flags = fc.array(fc.integer({ min: 0, max: 1 }), { minLength: n, maxLength: n });
  return fc.record({
    days: fc.array(fc.integer({ min: -20_000, max: 80_000 }), { minLength: n, maxLength: n }),
    open: values,
    high: values,
    low: values,
    close: values,
    volume: values,
    trendLine: values,
    fairValue: values,
    marketDynamics: values,
    relativeStrength: values,
    trendSignal: flags,
    buySignal: flags,
    name: text,
    symbol: text,
    through: fc.option(fc.integer({ min: -2, max: 45 }), { nil: undefined }),
  });
});

describe('historyJson', () => {
  it('writes the bytes of JSON.stringify(writeHistory(...)) for any values', () => {
    fc.assert(
      fc.property(history, (h) => {
        const { bars, series } = plainHistory(h.days.length);
        bars.day.set(h.days);
        for (const key of ['open', 'high', 'low', 'close', 'volume'] as const) bars[key].set(h[key]);
        for (const key of ['trendLine', 'fairValue', 'marketDynamics', 'relativeStrength'] as const) series[key].set(h[key]);
        series.trendSignal.set(h.trendSignal);
        series.buySignal.set(h.buySignal);
        same({ ...seedSecurity, name: h.name, symbol: h.symbol }, bars, series, h.through);
      }),
      { numRuns: 2000 },
    );
  });

  it('writes every price and rounded value as JSON does, over many magnitudes', () => {
    // One long history of values at every scale, each also just below and above a rounding tie.
    const values: number[] = [];
    for (let exponent = -12; exponent <= 16; exponent++) {
      for (const mantissa of [1, 1.5, 2.675, 9.99995, 9.999995, 1.0000049999, 3.14159265358979]) {
        const v = mantissa * 10 ** exponent;
        values.push(v, -v, v * (1 + 1e-15), v * (1 - 1e-15));
      }
    }
    const { bars, series } = plainHistory(values.length);
    for (const key of ['open', 'high', 'low', 'close', 'volume'] as const) bars[key].set(values);
    for (const key of ['trendLine', 'fairValue', 'marketDynamics', 'relativeStrength'] as const) series[key].set(values);
    same(seedSecurity, bars, series);
  });

  it('writes an empty history and one cut short', () => {
    const { bars, series } = plainHistory(5);
    same(seedSecurity, bars, series, -1);
    same(seedSecurity, bars, series, 2);
    const empty = plainHistory(0);
    same(seedSecurity, empty.bars, empty.series);
  });
});
