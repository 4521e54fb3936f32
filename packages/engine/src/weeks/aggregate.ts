// Daily (or weekly) bars -> weekly bars, in DuckDB; the result is pulled into typed arrays chunk by chunk.
import type { DuckDBConnection, DuckDBVector } from '@duckdb/node-api';
import type { Day, WeeklyBars } from '../types.js';

/** SQL: the Monday (days since epoch) of an INTEGER day expression. */
export function mondaySql(day: string): string {
  return `(${day} - ((${day} + 3) % 7 + 7) % 7)`;
}

/**
 * Aggregates `source` (a table or view with `sid` INTEGER, `day` INTEGER days since epoch,
 * `open`, `high`, `low`, `close`, `volume` DOUBLE, one row per security and day) into weeks
 * running Monday to Sunday: open = the first day's open, high = max, low = min, close = the last
 * day's close, volume = sum (NULL -> NaN when no day has one), labelled by the last trading day.
 * Weekly input maps 1:1. Only weeks up to `lastWeek` (a Monday) are kept. Returns one entry per
 * security that has a week, keyed by `keys[sid]`, weeks oldest first.
 */
export async function aggregateWeeks(
  connection: DuckDBConnection,
  source: string,
  keys: readonly string[],
  lastWeek: Day,
): Promise<Map<string, WeeklyBars>> {
  await connection.run(`CREATE OR REPLACE TABLE weekly AS
    SELECT sid, week, max(day) AS day, arg_min(open, day) AS open, max(high) AS high, min(low) AS low,
           arg_max(close, day) AS close, sum(volume) AS volume
    FROM (SELECT *, ${mondaySql('day')} AS week FROM ${source}) WHERE week <= ${Math.trunc(lastWeek)}
    GROUP BY sid, week`);
  const counts = await connection.runAndReadAll(`SELECT sid, count(*)::INTEGER AS n FROM weekly GROUP BY sid ORDER BY sid`);
  const [sids = [], ns = []] = counts.getColumnsJS() as [number[]?, number[]?];
  const total = ns.reduce((a, b) => a + b, 0);

  const week = new Int32Array(total);
  const day = new Int32Array(total);
  const columns = [
    new Float64Array(total),
    new Float64Array(total),
    new Float64Array(total),
    new Float64Array(total),
    new Float64Array(total),
  ];
  const result = await connection.stream(`SELECT week, day, open, high, low, close, volume FROM weekly ORDER BY sid, week`);
  let offset = 0;
  for (let chunk = await result.fetchChunk(); chunk && chunk.rowCount > 0; chunk = await result.fetchChunk()) {
    const n = chunk.rowCount;
    fillInt(chunk.getColumnVector(0), week, offset, n);
    fillInt(chunk.getColumnVector(1), day, offset, n);
    columns.forEach((target, c) => fillFloat(chunk.getColumnVector(c + 2), target, offset, n));
    offset += n;
  }

  const bars = new Map<string, WeeklyBars>();
  let start = 0;
  sids.forEach((sid, i) => {
    const end = start + ns[i];
    const [open, high, low, close, volume] = columns.map((column) => column.subarray(start, end));
    bars.set(keys[sid], { week: week.subarray(start, end), day: day.subarray(start, end), open, high, low, close, volume });
    start = end;
  });
  return bars;
}

function fillInt(vector: DuckDBVector, target: Int32Array, offset: number, n: number): void {
  for (let i = 0; i < n; i++) target[offset + i] = vector.getItem(i) as number;
}

function fillFloat(vector: DuckDBVector, target: Float64Array, offset: number, n: number): void {
  for (let i = 0; i < n; i++) {
    const value = vector.getItem(i) as number | null;
    target[offset + i] = value ?? NaN;
  }
}
