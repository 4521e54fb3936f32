/** The return horizons of the report, in weeks (1W, 4W, 12W, 26W, 52W). */
export const RETURN_HORIZONS = [1, 4, 12, 26, 52] as const;

/** `C_t / C_(t-k) - 1` at week `index`, as a fraction; NaN when week `t - k` does not exist or the ratio is not finite. */
export function returnAt(close: Float64Array, k: number, index: number): number {
  if (index - k < 0 || index >= close.length) return NaN;
  const r = close[index] / close[index - k] - 1;
  return Number.isFinite(r) ? r : NaN;
}

/** The k-week return `C_t / C_(t-k) - 1` at every week (NaN for the first `k` weeks). One pass. */
export function returns(close: Float64Array, k: number, out: Float64Array = new Float64Array(close.length)): Float64Array {
  for (let i = 0; i < close.length; i++) out[i] = returnAt(close, k, i);
  return out;
}
