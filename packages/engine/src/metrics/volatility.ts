/** Weeks in the short and long volatility windows (fixed by the seed). */
export const VOLATILITY_SHORT_WEEKS = 13;
export const VOLATILITY_LONG_WEEKS = 52;

/**
 * Population standard deviation (divide by n) of the `n` weekly returns ending at `index`, as a fraction per week, not
 * annualised. NaN unless all `n` returns exist. Two passes over the window (mean, then squared deviations).
 */
export function volatility(weeklyReturn: Float64Array, index: number, n: number): number {
  if (index < n - 1 || index >= weeklyReturn.length) return NaN;
  let sum = 0;
  for (let i = index - n + 1; i <= index; i++) sum += weeklyReturn[i];
  const mean = sum / n;
  if (!Number.isFinite(mean)) return NaN;
  let squares = 0;
  for (let i = index - n + 1; i <= index; i++) {
    const d = weeklyReturn[i] - mean;
    squares += d * d;
  }
  return Math.sqrt(squares / n);
}
