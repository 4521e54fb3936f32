import { ema } from './ema.js';

/** Appel's MACD parameters, in weeks: fast EMA, slow EMA, signal EMA. */
export const MD_FAST_WEEKS = 12;
export const MD_SLOW_WEEKS = 26;
export const MD_SIGNAL_WEEKS = 9;

/** The percentage MACD of one security: `histogram` is Market Dynamics. All NaN until defined. */
export interface MarketDynamicsSeries {
  /** `100 * (EMA12 - EMA26) / EMA26`: the MACD line in percent of price (defined from week 26). */
  line: Float64Array;
  /** 9-week EMA of `line` (defined from week 34). */
  signal: Float64Array;
  /** Market Dynamics: `line - signal` (defined from week 34). */
  histogram: Float64Array;
}

/**
 * Market Dynamics: the histogram of the percentage MACD (the Percentage Price Oscillator) on weekly closes,
 * `line = 100 * (EMA12 - EMA26) / EMA26`, `signal = EMA9(line)`, `histogram = line - signal`. Every EMA starts as the
 * simple mean of its first n values (see `ema`). Three arrays per call, one pass per EMA.
 */
export function marketDynamics(close: Float64Array): MarketDynamicsSeries {
  const line = ema(close, MD_FAST_WEEKS);
  const slow = ema(close, MD_SLOW_WEEKS);
  for (let i = 0; i < line.length; i++) line[i] = (100 * (line[i] - slow[i])) / slow[i];
  const signal = ema(line, MD_SIGNAL_WEEKS, slow);
  const histogram = new Float64Array(line.length);
  for (let i = 0; i < line.length; i++) histogram[i] = line[i] - signal[i];
  return { line, signal, histogram };
}

/**
 * The fresh buy rule: week `t` is a buy when Market Dynamics turns positive that week (`MD_(t-1) <= 0 < MD_t`, the
 * MACD line crossing above its signal line) while the MACD line is still below zero (`line_t < 0`: the 12-week
 * average is under the 26-week one, so the turn comes out of a decline rather than in the middle of a run).
 * 1 on a buy week, else 0 (also where either value is NaN).
 */
export function freshBuys(
  line: Float64Array,
  histogram: Float64Array,
  out: Uint8Array = new Uint8Array(histogram.length),
): Uint8Array {
  out[0] = 0;
  for (let i = 1; i < histogram.length; i++) out[i] = histogram[i - 1] <= 0 && histogram[i] > 0 && line[i] < 0 ? 1 : 0;
  return out;
}
