/**
 * Simple moving average over the last `n` weeks, the one start convention every average in the engine uses:
 * the value at week `i` is the mean of the finite values among weeks `i - n + 1 .. i` (fewer at the start of the
 * series), and NaN while that window holds fewer than `minCount` finite values. With `minCount = n` (the default)
 * an average is NaN until `n` values exist, then a plain n-week mean.
 *
 * One pass with a running sum; `out` may be a reused buffer but must not be `values`.
 */
export function sma(
  values: Float64Array,
  n: number,
  minCount = n,
  out: Float64Array = new Float64Array(values.length),
): Float64Array {
  if (!(n >= 1 && minCount >= 1 && minCount <= n)) throw new RangeError(`sma: need 1 <= minCount (${minCount}) <= n (${n})`);
  let sum = 0;
  let count = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isFinite(v)) {
      sum += v;
      count++;
    }
    if (i >= n) {
      const old = values[i - n];
      if (Number.isFinite(old)) {
        sum -= old;
        count--;
        if (count === 0) sum = 0;
      }
    }
    out[i] = count >= minCount ? sum / count : NaN;
  }
  return out;
}
