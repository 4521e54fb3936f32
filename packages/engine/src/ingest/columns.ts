// Columns of a DuckDB data chunk as typed arrays. A vector of fixed-width numbers already holds its
// values in a typed array over DuckDB's own memory: read it as it is (one value through getItem() at
// a time is ~10x slower over millions of rows). Only for columns without NULLs (coalesce them in
// SQL), since a NULL's slot holds whatever was there.
import type { DuckDBVector } from '@duckdb/node-api';

function items<T extends Int32Array | Float64Array>(vector: DuckDBVector, n: number, kind: new (n: number) => T): T {
  const raw = (vector as unknown as { items?: unknown }).items;
  if (raw instanceof kind && raw.length >= n) return raw as T;
  const copy = new kind(n);
  for (let i = 0; i < n; i++) copy[i] = Number(vector.getItem(i) ?? NaN);
  return copy;
}

/** An INTEGER column of `n` rows. */
export function ints(vector: DuckDBVector, n: number): Int32Array {
  return items(vector, n, Int32Array);
}

/** A DOUBLE column of `n` rows. */
export function floats(vector: DuckDBVector, n: number): Float64Array {
  return items(vector, n, Float64Array);
}
