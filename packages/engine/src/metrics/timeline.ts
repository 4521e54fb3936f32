import { type RecentRow, type SecuritySeries, type TimelineWeek, type WeeklyBars } from '../types.js';
import { nullable } from './nullable.js';

/** Weeks in the timeline and in the recent rows (fixed by the seed). */
export const TIMELINE_WEEKS = 16;
export const RECENT_WEEKS = 14;

/** The last `length` weeks up to `index` (fewer when the history is shorter), oldest first. */
export function timeline(bars: WeeklyBars, series: SecuritySeries, index: number, length = TIMELINE_WEEKS): TimelineWeek[] {
  const weeks: TimelineWeek[] = [];
  for (let i = Math.max(0, index - length + 1); i <= index; i++) {
    weeks.push({
      day: bars.day[i],
      weeklyReturn: nullable(series.weeklyReturn[i]),
      trend: series.trendSignal[i] === 1,
      buySignal: series.buySignal[i] === 1,
      positiveMd: series.marketDynamics[i] > 0,
    });
  }
  return weeks;
}

/** The last `length` weeks up to `index` (fewer when the history is shorter), newest first. */
export function recentRows(bars: WeeklyBars, series: SecuritySeries, index: number, length = RECENT_WEEKS): RecentRow[] {
  const rows: RecentRow[] = [];
  for (let i = index; i >= 0 && i > index - length; i--) {
    rows.push({
      day: bars.day[i],
      close: bars.close[i],
      weeklyReturn: nullable(series.weeklyReturn[i]),
      trendLine: nullable(series.trendLine[i]),
      fairValue: nullable(series.fairValue[i]),
      marketDynamics: nullable(series.marketDynamics[i]),
      relativeStrength: nullable(series.relativeStrength[i]),
      volume: nullable(bars.volume[i]),
      trendSignal: series.trendSignal[i] === 1,
    });
  }
  return rows;
}
