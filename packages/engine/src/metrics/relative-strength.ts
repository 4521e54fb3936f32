import { type BenchmarkSeries } from '../types.js';
import { sma } from './moving-average.js';

/** Weeks in the average the price ratio is compared with: Mansfield's 52 weeks. */
export const RS_WEEKS = 52;
/** Ratios the 52-week window must hold (a few weeks the benchmark did not trade do not blank a whole year). */
export const RS_MIN_RATIOS = 48;

/**
 * The benchmark's close for each of the security's weeks, matched by week key (Monday); NaN where the benchmark has no
 * such week. Both series are oldest first; one merge pass.
 */
export function alignBenchmark(
  week: Int32Array,
  benchmark: BenchmarkSeries,
  out: Float64Array = new Float64Array(week.length),
): Float64Array {
  const bw = benchmark.week;
  let j = 0;
  for (let i = 0; i < week.length; i++) {
    const w = week[i];
    while (j < bw.length && bw[j] < w) j++;
    out[i] = j < bw.length && bw[j] === w ? benchmark.close[j] : NaN;
  }
  return out;
}

/**
 * Mansfield relative strength, centred on 100: with the price ratio `R_t = C_t / B_t`,
 * `RS_t = 100 * R_t / mean(R over the last 52 weeks)`. Above 100 the stock has done better against the benchmark than
 * over its past year, below 100 worse. NaN where the benchmark lacks week t, before the security's 52nd week, and when
 * fewer than 48 of the last 52 weeks have a ratio. `out` may be `benchmarkClose` (read and written week by week).
 */
export function relativeStrength(
  close: Float64Array,
  benchmarkClose: Float64Array,
  out: Float64Array = new Float64Array(close.length),
): Float64Array {
  for (let i = 0; i < close.length; i++) {
    const b = benchmarkClose[i];
    out[i] = b > 0 ? close[i] / b : NaN;
  }
  const average = sma(out, RS_WEEKS, RS_MIN_RATIOS);
  for (let i = 0; i < close.length; i++) out[i] = i >= RS_WEEKS - 1 ? (100 * out[i]) / average[i] : NaN;
  return out;
}
