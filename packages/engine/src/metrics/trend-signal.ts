/** Weeks over which the Trend Signal's activity (active weeks, breadth) is counted. */
export const TREND_BREADTH_WEEKS = 52;

/** Whether the Trend Signal has a state at week `i`: the trend line exists that week and the week before. */
export function trendSignalDefined(trendLine: Float64Array, i: number): boolean {
  return i >= 1 && i < trendLine.length && Number.isFinite(trendLine[i]) && Number.isFinite(trendLine[i - 1]);
}

/**
 * The Trend Signal (Weinstein's stage 2, with hysteresis): it turns on in a week that closes above a rising trend
 * line (`C_t > TL_t` and `TL_t > TL_(t-1)`) and stays on until a week closes below the trend line (`C_t < TL_t`),
 * whatever the line's slope. Off (0) where it is not defined. One pass.
 */
export function trendSignal(
  close: Float64Array,
  trendLine: Float64Array,
  out: Uint8Array = new Uint8Array(close.length),
): Uint8Array {
  let on = 0;
  for (let i = 0; i < close.length; i++) {
    if (!trendSignalDefined(trendLine, i)) on = 0;
    else if (on === 1) on = close[i] < trendLine[i] ? 0 : 1;
    else on = close[i] > trendLine[i] && trendLine[i] > trendLine[i - 1] ? 1 : 0;
    out[i] = on;
  }
  return out;
}

/** Consecutive weeks up to and including `index` with the Trend Signal in its state at `index`; 0 where it is not defined. */
export function trendStreak(signal: Uint8Array, trendLine: Float64Array, index: number): number {
  if (!trendSignalDefined(trendLine, index)) return 0;
  const state = signal[index];
  let i = index;
  while (i - 1 >= 0 && trendSignalDefined(trendLine, i - 1) && signal[i - 1] === state) i--;
  return index - i + 1;
}

/** Trend Signal activity over the last `n` weeks up to `index`: weeks on, and weeks where it was defined. */
export interface TrendActivity {
  active: number;
  considered: number;
}

/** Counts the weeks on among the last `n` (default 52) up to `index`, and the weeks with a defined signal among them. */
export function trendActivity(
  signal: Uint8Array,
  trendLine: Float64Array,
  index: number,
  n = TREND_BREADTH_WEEKS,
): TrendActivity {
  let active = 0;
  let considered = 0;
  for (let i = Math.max(0, index - n + 1); i <= index; i++) {
    if (!trendSignalDefined(trendLine, i)) continue;
    considered++;
    active += signal[i];
  }
  return { active, considered };
}
