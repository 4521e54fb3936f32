/** Weeks over which up and down weeks are counted (fixed by the seed). */
export const UP_DOWN_WEEKS = 52;

/** Up and down weeks over a window; averages are NaN when there is no such week. */
export interface UpDownWeeks {
  up: number;
  down: number;
  /** down / n */
  downsideBreadth: number;
  /** Mean of the positive weekly returns. */
  averageGain: number;
  /** Mean of the negative weekly returns (a negative number). */
  averageLoss: number;
}

/**
 * Counts the positive and negative weekly returns among the `n` (default 52) ending at `index` (a flat week is
 * neither) and averages each side. Null unless all `n` returns exist.
 */
export function upDownWeeks(weeklyReturn: Float64Array, index: number, n = UP_DOWN_WEEKS): UpDownWeeks | null {
  if (index < n - 1 || index >= weeklyReturn.length) return null;
  let up = 0;
  let down = 0;
  let gains = 0;
  let losses = 0;
  for (let i = index - n + 1; i <= index; i++) {
    const r = weeklyReturn[i];
    if (r > 0) {
      up++;
      gains += r;
    } else if (r < 0) {
      down++;
      losses += r;
    } else if (r !== 0) return null;
  }
  return {
    up,
    down,
    downsideBreadth: down / n,
    averageGain: up > 0 ? gains / up : NaN,
    averageLoss: down > 0 ? losses / down : NaN,
  };
}
