/** Weeks in the short and long volume averages (fixed by the seed). */
export const VOLUME_SHORT_WEEKS = 13;
export const VOLUME_LONG_WEEKS = 52;

/**
 * Mean weekly volume of the `n` weeks ending at `index`, this one included. NaN with fewer than `n` weeks, or when any
 * week in the window has no volume (NaN): an average over a gap would be a guess.
 */
export function volumeAverage(volume: Float64Array, index: number, n: number): number {
  if (index < n - 1 || index >= volume.length) return NaN;
  let sum = 0;
  for (let i = index - n + 1; i <= index; i++) sum += volume[i];
  return Number.isFinite(sum) ? sum / n : NaN;
}

/** `latest / average`; NaN when either is missing or the average is 0. */
export function volumeRatio(latest: number, average: number): number {
  return average > 0 && Number.isFinite(latest) ? latest / average : NaN;
}
