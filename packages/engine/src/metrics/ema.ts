/**
 * Exponential moving average with smoothing `2 / (n + 1)`.
 *
 * Start convention (StockCharts' and most charting packages'): the first value is the simple mean of the first `n`
 * consecutive finite inputs, written at the n-th of them; earlier weeks are NaN. Leading NaNs are skipped. After the
 * start the recursion `E_t = E_(t-1) + (x_t - E_(t-1)) * 2 / (n + 1)` runs on every week, so a NaN input after the
 * start makes the rest NaN (weekly closes never are).
 *
 * `out` may be a reused buffer but must not be `values`.
 */
export function ema(values: Float64Array, n: number, out: Float64Array = new Float64Array(values.length)): Float64Array {
  if (!(n >= 1)) throw new RangeError(`ema: n must be >= 1, got ${n}`);
  const alpha = 2 / (n + 1);
  const length = values.length;
  out.fill(NaN, 0, length);
  let run = 0;
  let sum = 0;
  let i = 0;
  let previous = NaN;
  for (; i < length; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) {
      run = 0;
      sum = 0;
      continue;
    }
    sum += v;
    if (++run === n) {
      previous = sum / n;
      out[i++] = previous;
      break;
    }
  }
  for (; i < length; i++) {
    previous += alpha * (values[i] - previous);
    out[i] = previous;
  }
  return out;
}
