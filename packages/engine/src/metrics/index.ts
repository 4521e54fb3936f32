// Per-security measures: one file per measure, pure functions over typed arrays (see METHODOLOGY.md).
// computeSeries runs each measure once over the whole history; snapshot reads one week of it. Every measure at week t
// uses weeks 0..t only, so a snapshot never sees a later week.
import { type BenchmarkSeries, type SecuritySeries, type SecuritySnapshot, type WeeklyBars } from '../types.js';
import { relativeChange, ratioChange } from './changes.js';
import { fairValue } from './fair-value.js';
import { freshBuys, marketDynamics } from './market-dynamics.js';
import { nullable } from './nullable.js';
import { drawdown, rangePosition, windowHigh, windowLow } from './range.js';
import { alignBenchmark, relativeStrength } from './relative-strength.js';
import { returnAt, returns } from './returns.js';
import { recentRows, timeline } from './timeline.js';
import { trendLine } from './trend-line.js';
import { trendActivity, trendSignal, trendStreak } from './trend-signal.js';
import { upDownWeeks } from './up-down.js';
import { volatility, VOLATILITY_LONG_WEEKS, VOLATILITY_SHORT_WEEKS } from './volatility.js';
import { volumeAverage, VOLUME_LONG_WEEKS, VOLUME_SHORT_WEEKS, volumeRatio } from './volume.js';

export * from './changes.js';
export * from './ema.js';
export * from './fair-value.js';
export * from './market-dynamics.js';
export * from './moving-average.js';
export * from './nullable.js';
export * from './range.js';
export * from './relative-strength.js';
export * from './returns.js';
export * from './timeline.js';
export * from './trend-line.js';
export * from './trend-signal.js';
export * from './up-down.js';
export * from './volatility.js';
export * from './volume.js';

/** Weeks back for md_4_change and rs_4_change (fixed by the seed). */
export const CHANGE_WEEKS = 4;

/** Every per-week series of one security; `benchmark` null (or without a matching week) leaves Relative Strength NaN. */
export function computeSeries(bars: WeeklyBars, benchmark: BenchmarkSeries | null): SecuritySeries {
  const close = bars.close;
  const line = trendLine(close);
  const md = marketDynamics(close);
  // The aligned benchmark closes become the Relative Strength series in place: one array, not two.
  const relative = benchmark ? alignBenchmark(bars.week, benchmark) : new Float64Array(close.length).fill(NaN);
  if (benchmark) relativeStrength(close, relative, relative);
  return {
    weeklyReturn: returns(close, 1),
    trendLine: line,
    fairValue: fairValue(close),
    marketDynamics: md.histogram,
    relativeStrength: relative,
    trendSignal: trendSignal(close, line),
    buySignal: freshBuys(md.line, md.histogram),
  };
}

/** Everything about the security at week `index` (the as-of week), from weeks 0..index of `bars` and `series` only. */
export function snapshot(bars: WeeklyBars, series: SecuritySeries, index: number): SecuritySnapshot {
  const close = bars.close;
  if (!Number.isInteger(index) || index < 0 || index >= close.length) {
    throw new RangeError(`snapshot: week index ${index} is outside the ${close.length} weeks of bars`);
  }
  const c = close[index];
  const line = series.trendLine[index];
  const fair = series.fairValue[index];
  const high = windowHigh(bars.high, index);
  const low = windowLow(bars.low, index);
  const activity = trendActivity(series.trendSignal, series.trendLine, index);
  const latestVolume = bars.volume[index];
  const average13 = volumeAverage(bars.volume, index, VOLUME_SHORT_WEEKS);
  const average52 = volumeAverage(bars.volume, index, VOLUME_LONG_WEEKS);
  const upDown = upDownWeeks(series.weeklyReturn, index);
  return {
    index,
    day: bars.day[index],
    close: c,
    returns: {
      w1: nullable(returnAt(close, 1, index)),
      w4: nullable(returnAt(close, 4, index)),
      w12: nullable(returnAt(close, 12, index)),
      w26: nullable(returnAt(close, 26, index)),
      w52: nullable(returnAt(close, 52, index)),
    },
    trendLine: nullable(line),
    fairValue: nullable(fair),
    vsTrend: nullable(c / line - 1),
    vsFairValue: nullable(c / fair - 1),
    high52: nullable(high),
    low52: nullable(low),
    drawdown: nullable(drawdown(c, high)),
    rangePosition: nullable(rangePosition(c, low, high)),
    marketDynamics: nullable(series.marketDynamics[index]),
    md4Change: nullable(relativeChange(series.marketDynamics, index, CHANGE_WEEKS)),
    relativeStrength: nullable(series.relativeStrength[index]),
    rs4Change: nullable(ratioChange(series.relativeStrength, index, CHANGE_WEEKS)),
    trendActive: series.trendSignal[index] === 1,
    trendStreak: trendStreak(series.trendSignal, series.trendLine, index),
    activeWeeks: activity.active,
    activeBreadth: activity.considered > 0 ? activity.active / activity.considered : null,
    breadthWeeks: activity.considered,
    freshBuy: series.buySignal[index] === 1,
    volume: {
      latest: nullable(latestVolume),
      average13: nullable(average13),
      average52: nullable(average52),
      ratio13: nullable(volumeRatio(latestVolume, average13)),
      ratio52: nullable(volumeRatio(latestVolume, average52)),
    },
    risk: {
      volatility13: nullable(volatility(series.weeklyReturn, index, VOLATILITY_SHORT_WEEKS)),
      volatility52: nullable(volatility(series.weeklyReturn, index, VOLATILITY_LONG_WEEKS)),
      upWeeks: upDown ? upDown.up : null,
      downWeeks: upDown ? upDown.down : null,
      downsideBreadth: upDown ? upDown.downsideBreadth : null,
      averageGain: upDown ? nullable(upDown.averageGain) : null,
      averageLoss: upDown ? nullable(upDown.averageLoss) : null,
    },
    timeline: timeline(bars, series, index),
    recent: recentRows(bars, series, index),
  };
}
