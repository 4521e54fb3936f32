/**
 * What `<price-chart>` needs before its drawing has loaded: the ranges, their names and the
 * weeks each one holds, the chart's widths. The drawing itself (`price-chart.ts`) is loaded
 * the first time a chart is drawn.
 */
import type { HistoryWeek } from '../data/history.js';
import type { Formatter } from '../format/format.js';
import type { MessageKey } from '../i18n/index.js';

export type ChartRange = '1Y' | '3Y' | '5Y' | 'All';
export const RANGES: ChartRange[] = ['1Y', '3Y', '5Y', 'All'];
/** The catalog key of each range's button text. */
export const RANGE_NAMES: Record<ChartRange, MessageKey> = {
  '1Y': 'chart.1Y',
  '3Y': 'chart.3Y',
  '5Y': 'chart.5Y',
  All: 'chart.all',
};

/** A range's name in the locale's words ("1 J." in German); a range of the page's own ("2Y") as it is. */
export function rangeName(range: string, format: Formatter): string {
  const key = RANGE_NAMES[range as ChartRange];
  return key ? format.t(key) : range;
}
export type ChartVariant = 'line' | 'candles';

/**
 * The weeks of `range`, by the calendar: those of the 52 weeks (1Y; 3Y 156, 5Y 260) that end
 * with the newest week, so a month without trading shows as fewer weeks; `All` (or anything
 * else) is every week.
 */
export function weeksIn(weeks: HistoryWeek[], range: string): HistoryWeek[] {
  const last = weeks.at(-1)?.week;
  const years = parseInt(range);
  if (!last || !(years > 0)) return weeks;
  const from = new Date(Date.parse(last) - years * 364 * 864e5).toISOString();
  return weeks.filter((w) => w.week > from);
}

/** The chart's width (px) before it is measured, and on the server: wide, and narrow (below 560px). */
export const PRICE_CHART_WIDTHS = [640, 360] as const;
