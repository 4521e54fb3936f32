import { sma } from './moving-average.js';

/** Weeks in the Fair Value average: three years, the horizon the seed's numbers fit. */
export const FAIR_VALUE_WEEKS = 156;
/** Weeks of history Fair Value needs at least; below this it is NaN. */
export const FAIR_VALUE_MIN_WEEKS = 52;

/**
 * Fair Value: the mean weekly close over the last 156 weeks. With 52 to 155 weeks of history it is the mean of all
 * closes so far; with fewer than 52 it is NaN.
 */
export function fairValue(close: Float64Array, out?: Float64Array): Float64Array {
  return sma(close, FAIR_VALUE_WEEKS, FAIR_VALUE_MIN_WEEKS, out);
}
