/**
 * `(V_t - V_(t-k)) / |V_(t-k)|` at week `index`: the change of a value that may be negative, in units of its earlier
 * size (md_4_change, fixed by the seed). NaN when either value is missing or the earlier one is 0.
 */
export function relativeChange(values: Float64Array, index: number, k: number): number {
  if (index - k < 0 || index >= values.length) return NaN;
  const before = values[index - k];
  const change = (values[index] - before) / Math.abs(before);
  return Number.isFinite(change) ? change : NaN;
}

/** `V_t / V_(t-k) - 1` at week `index` (rs_4_change, fixed by the seed). NaN when either value is missing or the ratio is not finite. */
export function ratioChange(values: Float64Array, index: number, k: number): number {
  if (index - k < 0 || index >= values.length) return NaN;
  const change = values[index] / values[index - k] - 1;
  return Number.isFinite(change) ? change : NaN;
}
