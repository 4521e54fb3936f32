import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { computeSeries, snapshot } from '../../src/metrics/index.js';
import { type BenchmarkSeries, type WeeklyBars } from '../../src/types.js';
import { barsFrom, mean, walk } from './fixtures.js';

/** The S&P 500's daily bars 2000-2020 (vega-datasets, BSD-3), made weekly the long way: Monday-keyed groups. */
function sp500Weekly(): WeeklyBars {
  // The package exports only its JS entry (build/index.js); the CSV files sit beside build/ in data/.
  const path = join(dirname(createRequire(import.meta.url).resolve('vega-datasets')), '../data/sp500-2000.csv');
  const groups = new Map<number, { day: number; open: number; high: number; low: number; close: number; volume: number }>();
  for (const line of readFileSync(path, 'utf8').trim().split('\n').slice(1)) {
    const [date, open, high, low, close, , volume] = line.split(',');
    const day = Date.parse(`${date}T00:00:00Z`) / 86_400_000;
    const monday = day - ((new Date(day * 86_400_000).getUTCDay() + 6) % 7);
    const g = groups.get(monday);
    if (!g) groups.set(monday, { day, open: +open, high: +high, low: +low, close: +close, volume: +volume });
    else
      Object.assign(g, {
        day,
        high: Math.max(g.high, +high),
        low: Math.min(g.low, +low),
        close: +close,
        volume: g.volume + +volume,
      });
  }
  const mondays = [...groups.keys()].sort((a, b) => a - b);
  const pick = (f: (g: NonNullable<ReturnType<typeof groups.get>>) => number) =>
    Float64Array.from(mondays, (m) => f(groups.get(m)!));
  return {
    week: Int32Array.from(mondays),
    day: Int32Array.from(mondays, (m) => groups.get(m)!.day),
    open: pick((g) => g.open),
    high: pick((g) => g.high),
    low: pick((g) => g.low),
    close: pick((g) => g.close),
    volume: pick((g) => g.volume),
  };
}

const slice = (a: Float64Array, from: number, to: number): number[] => Array.from(a.subarray(from, to));
const sd = (xs: number[]): number => Math.sqrt(mean(xs.map((x) => (x - mean(xs)) ** 2)));

describe('computeSeries and snapshot on the S&P 500, 2000-2020, against calculations written in the test', () => {
  const bars = sp500Weekly();
  const benchmark: BenchmarkSeries = { week: bars.week, close: bars.close };
  const series = computeSeries(bars, benchmark);
  const t = bars.close.length - 1;
  const s = snapshot(bars, series, t);
  const c = bars.close;

  test('about 1,060 weeks, the last labelled by its last trading day', () => {
    expect(c.length).toBeGreaterThan(1000);
    expect(s.day).toBe(bars.day[t]);
    expect(s.close).toBe(c[t]);
  });

  test('returns, Trend Line, Fair Value and the price comparisons', () => {
    expect(s.returns).toEqual({
      w1: c[t] / c[t - 1] - 1,
      w4: c[t] / c[t - 4] - 1,
      w12: c[t] / c[t - 12] - 1,
      w26: c[t] / c[t - 26] - 1,
      w52: c[t] / c[t - 52] - 1,
    });
    expect(s.trendLine).toBeCloseTo(mean(slice(c, t - 29, t + 1)), 8);
    expect(s.fairValue).toBeCloseTo(mean(slice(c, t - 155, t + 1)), 8);
    expect(s.vsTrend).toBeCloseTo(c[t] / s.trendLine! - 1, 12);
    expect(s.vsFairValue).toBeCloseTo(c[t] / s.fairValue! - 1, 12);
  });

  test('52-week range, drawdown, volume and risk', () => {
    const high = Math.max(...slice(bars.high, t - 51, t + 1));
    const low = Math.min(...slice(bars.low, t - 51, t + 1));
    expect([s.high52, s.low52]).toEqual([high, low]);
    expect(s.drawdown).toBeCloseTo(c[t] / high - 1, 12);
    expect(s.rangePosition).toBeCloseTo((c[t] - low) / (high - low), 12);
    expect(s.volume.latest).toBe(bars.volume[t]);
    expect(s.volume.average13).toBeCloseTo(mean(slice(bars.volume, t - 12, t + 1)), 0);
    expect(s.volume.ratio52).toBeCloseTo(bars.volume[t] / mean(slice(bars.volume, t - 51, t + 1)), 9);
    const weekly = Array.from({ length: 52 }, (_, j) => c[t - 51 + j] / c[t - 52 + j] - 1);
    expect(s.risk.volatility52).toBeCloseTo(sd(weekly), 10);
    expect(s.risk.volatility13).toBeCloseTo(sd(weekly.slice(39)), 10);
    expect(s.risk.upWeeks).toBe(weekly.filter((r) => r > 0).length);
    expect(s.risk.downWeeks).toBe(weekly.filter((r) => r < 0).length);
    expect(s.risk.averageLoss).toBeCloseTo(mean(weekly.filter((r) => r < 0)), 12);
  });

  test('the index against itself has Relative Strength exactly 100 from its 52nd week', () => {
    expect(Number.isNaN(series.relativeStrength[50])).toBe(true);
    for (let i = 51; i <= t; i++) expect(series.relativeStrength[i]).toBeCloseTo(100, 9);
    expect(s.rs4Change).toBeCloseTo(0, 9);
  });

  test('Market Dynamics in the seed’s range of a few units, and buy signals only after declines', () => {
    const md = series.marketDynamics.subarray(33);
    expect(Math.max(...md.map(Math.abs))).toBeLessThan(5);
    const buys = Array.from(series.buySignal.keys()).filter((i) => series.buySignal[i] === 1);
    expect(buys.length).toBeGreaterThan(3);
    for (const i of buys) expect(c[i] / Math.max(...slice(c, i - 26, i)) - 1).toBeLessThan(0);
  });

  test('the Trend Signal was off in the 2008 crash and on through 2017', () => {
    const weekOf = (date: string) => bars.week.findIndex((w) => w * 86_400_000 >= Date.parse(`${date}T00:00:00Z`));
    expect(series.trendSignal[weekOf('2008-10-13')]).toBe(0);
    expect(series.trendSignal[weekOf('2017-06-05')]).toBe(1);
  });
});

describe('snapshot(bars, series, index)', () => {
  test('is null, never 0, for everything a 20-week history cannot give', () => {
    const bars = barsFrom(walk(20, 71));
    const s = snapshot(bars, computeSeries(bars, null), 19);
    expect(s.returns).toEqual({ w1: expect.any(Number), w4: expect.any(Number), w12: expect.any(Number), w26: null, w52: null });
    for (const key of [
      'trendLine',
      'fairValue',
      'vsTrend',
      'vsFairValue',
      'high52',
      'low52',
      'drawdown',
      'rangePosition',
    ] as const) {
      expect(s[key]).toBeNull();
    }
    expect([s.marketDynamics, s.md4Change, s.relativeStrength, s.rs4Change, s.activeBreadth]).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
    expect([s.trendActive, s.trendStreak, s.activeWeeks, s.freshBuy]).toEqual([false, 0, 0, false]);
    expect(s.volume).toEqual({
      latest: 1019,
      average13: expect.any(Number),
      average52: null,
      ratio13: expect.any(Number),
      ratio52: null,
    });
    expect(Object.values(s.risk)).toEqual([expect.any(Number), null, null, null, null, null, null]);
    expect(s.timeline).toHaveLength(16);
    expect(s.recent).toHaveLength(14);
  });

  test('has every number after 156 weeks with a benchmark', () => {
    const bars = barsFrom(walk(160, 72));
    const benchmark = { week: bars.week, close: walk(160, 73, 1000, 0.02) };
    const s = snapshot(bars, computeSeries(bars, benchmark), 159);
    const numbers = [s.returns.w52, s.trendLine, s.fairValue, s.high52, s.drawdown, s.marketDynamics, s.md4Change];
    numbers.push(s.relativeStrength, s.rs4Change, s.activeBreadth, s.volume.ratio52, s.risk.volatility52, s.risk.averageGain);
    expect(numbers.every((v) => typeof v === 'number' && Number.isFinite(v))).toBe(true);
  });

  test('refuses a week outside the bars', () => {
    const bars = barsFrom(walk(5, 74));
    const series = computeSeries(bars, null);
    expect(() => snapshot(bars, series, 5)).toThrow(RangeError);
    expect(() => snapshot(bars, series, -1)).toThrow(RangeError);
    expect(() => snapshot(bars, series, 1.5)).toThrow(RangeError);
  });

  test('never looks ahead: changing any bars or benchmark weeks after the as-of week changes nothing', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 60, max: 260 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.double({ min: 0.2, max: 5, noNaN: true }),
        (length, seed, factor) => {
          const index = (seed * 7919) % length;
          const bars = barsFrom(walk(length, seed));
          const benchmark = { week: bars.week, close: walk(length, seed + 1, 1000, 0.03) };
          const before = snapshot(bars, computeSeries(bars, benchmark), index);
          const later = barsFrom(bars.close.map((v, i) => (i > index ? v * factor * (1 + (i % 3) / 10) : v)));
          later.volume.fill(NaN, index + 1);
          const laterBenchmark = { week: benchmark.week, close: benchmark.close.map((v, i) => (i > index ? v / factor : v)) };
          const after = snapshot(later, computeSeries(later, laterBenchmark), index);
          expect(after).toEqual(before);
        },
      ),
      { numRuns: 60 },
    );
  });
});
