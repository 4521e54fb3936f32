/** Weeks in the high / low range (fixed by the seed). */
export const RANGE_WEEKS = 52;

/** Highest weekly high of the `n` weeks ending at `index`, this one included; NaN with fewer than `n` weeks. */
export function windowHigh(high: Float64Array, index: number, n = RANGE_WEEKS): number {
  if (index < n - 1 || index >= high.length) return NaN;
  let max = -Infinity;
  for (let i = index - n + 1; i <= index; i++) if (high[i] > max) max = high[i];
  return max === -Infinity ? NaN : max;
}

/** Lowest weekly low of the `n` weeks ending at `index`, this one included; NaN with fewer than `n` weeks. */
export function windowLow(low: Float64Array, index: number, n = RANGE_WEEKS): number {
  if (index < n - 1 || index >= low.length) return NaN;
  let min = Infinity;
  for (let i = index - n + 1; i <= index; i++) if (low[i] < min) min = low[i];
  return min === Infinity ? NaN : min;
}

/** `C / high - 1`; NaN when the high is missing or not positive. */
export function drawdown(close: number, high: number): number {
  return high > 0 ? close / high - 1 : NaN;
}

/** `(C - low) / (high - low)`; NaN when either is missing or high == low (no range to be in). */
export function rangePosition(close: number, low: number, high: number): number {
  return high > low ? (close - low) / (high - low) : NaN;
}
