import { sma } from './moving-average.js';

/** Weeks in the Trend Line: Weinstein's 30-week moving average (fixed by the seed). */
export const TREND_LINE_WEEKS = 30;

/** The Trend Line: the 30-week simple moving average of weekly closes, NaN for the first 29 weeks. */
export function trendLine(close: Float64Array, out?: Float64Array): Float64Array {
  return sma(close, TREND_LINE_WEEKS, TREND_LINE_WEEKS, out);
}
