import { describe, expect, test } from 'vitest';
import { computeSeries } from '../../src/metrics/index.js';
import { RECENT_WEEKS, recentRows, timeline, TIMELINE_WEEKS } from '../../src/metrics/timeline.js';
import { barsFrom, walk } from './fixtures.js';

describe('timeline(bars, series, index)', () => {
  const bars = barsFrom(walk(100, 61));
  const series = computeSeries(bars, null);

  test('is the last 16 weeks up to the as-of week, oldest first', () => {
    const weeks = timeline(bars, series, 80);
    expect(TIMELINE_WEEKS).toBe(16);
    expect(weeks.map((w) => w.day)).toEqual(Array.from(bars.day.subarray(65, 81)));
    expect(weeks[15]).toEqual({
      day: bars.day[80],
      weeklyReturn: series.weeklyReturn[80],
      trend: series.trendSignal[80] === 1,
      buySignal: series.buySignal[80] === 1,
      positiveMd: series.marketDynamics[80] > 0,
    });
  });

  test('is shorter for a short history, with null for the first week’s return', () => {
    const weeks = timeline(bars, series, 3);
    expect(weeks).toHaveLength(4);
    expect(weeks[0].weeklyReturn).toBeNull();
    expect(weeks[0].positiveMd).toBe(false);
  });
});

describe('recentRows(bars, series, index)', () => {
  const bars = barsFrom(walk(100, 62));
  bars.volume[79] = NaN;
  const series = computeSeries(bars, null);

  test('is the last 14 weeks up to the as-of week, newest first', () => {
    const rows = recentRows(bars, series, 80);
    expect(RECENT_WEEKS).toBe(14);
    expect(rows.map((r) => r.day)).toEqual(Array.from(bars.day.subarray(67, 81)).reverse());
    expect(rows[0].close).toBe(bars.close[80]);
    expect(rows[0].trendLine).toBe(series.trendLine[80]);
    expect(rows[0].fairValue).toBe(series.fairValue[80]);
  });

  test('shows null, never 0, for what is unknown: a missing volume, Relative Strength without a benchmark', () => {
    const rows = recentRows(bars, series, 80);
    expect(rows[1].volume).toBeNull();
    expect(rows[0].volume).toBe(bars.volume[80]);
    expect(rows.every((r) => r.relativeStrength === null)).toBe(true);
  });

  test('is shorter for a short history, with null trend line and fair value', () => {
    const rows = recentRows(bars, series, 2);
    expect(rows).toHaveLength(3);
    expect(rows.every((r) => r.trendLine === null && r.fairValue === null && r.marketDynamics === null)).toBe(true);
  });
});
