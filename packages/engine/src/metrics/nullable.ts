/** NaN (and ±Infinity) inside a series becomes `null` in a snapshot: a value that cannot be computed, never 0. */
export function nullable(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}
