// ingest/: read and check the input files (securities, prices, benchmarks) and turn prices into weekly bars.
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { BenchmarkSeries, Day, Security, Skipped, Warning, WeeklyBars } from '../types.js';
import { aggregateWeeks } from '../weeks/aggregate.js';
import { asOfWeek as completeWeek } from '../weeks/as-of.js';
import { dayFromIso, isoFromDay } from '../weeks/days.js';
import { readBenchmarks } from './benchmarks.js';
import { InputError } from './errors.js';
import { describePriceFiles, expandPriceFiles } from './price-files.js';
import { loadPrices } from './prices.js';
import { rows } from './sql.js';
import { readSecurities } from './securities.js';

export { readBenchmarks } from './benchmarks.js';
export { normalizeName, parseCsv, type CsvRecord } from './csv.js';
export { InputError } from './errors.js';
export { describePriceFiles, expandPriceFiles, type PriceFile } from './price-files.js';
export { loadPrices, type LoadedPrices } from './prices.js';
export { readSecurities } from './securities.js';
export { DNS_NAMESPACE, SECURITY_NAMESPACE, securityUuid, uuidV5 } from './uuid.js';

export interface IngestOptions {
  /** The securities CSV. */
  securities: string;
  /** Price files (CSV or Parquet) and globs, in the order given. */
  prices: readonly string[];
  /** The optional benchmarks CSV (`country,date,close`). */
  benchmarks?: string;
  /** `YYYY-MM-DD`: report the latest week complete on this date (a RangeError when malformed). */
  asOf?: string;
  /** A DuckDB connection to work in (its tables `prices`, `weekly`, ... are left there); else a private in-memory one. */
  connection?: DuckDBConnection;
  /** Called with a short description of each step (for a progress display). */
  onStep?: (step: string) => void;
}

export interface IngestResult {
  /** In the order of the securities file. */
  securities: Security[];
  /** Weekly bars up to the as-of week, by security key; securities without any are in `skipped`. */
  bars: Map<string, WeeklyBars>;
  /** Weekly benchmark closes by country (empty without a benchmarks file). */
  benchmarks: Map<string, BenchmarkSeries>;
  /** The Monday of the week the build reports on. */
  asOfWeek: Day;
  /** The week's label: the latest trading day of any security up to the end of the as-of week. */
  asOfDay: Day;
  warnings: Warning[];
  skipped: Skipped[];
}

/** Reads and checks every input; throws an InputError (one line: file, line, problem) on bad input. */
export async function ingest(options: IngestOptions): Promise<IngestResult> {
  const asOf = options.asOf === undefined ? undefined : dayFromIso(options.asOf);
  const step = options.onStep ?? (() => {});
  let instance: DuckDBInstance | undefined;
  let connection = options.connection;
  if (!connection) {
    instance = await DuckDBInstance.create(':memory:');
    connection = await instance.connect();
  }
  try {
    step('reading securities');
    const securities = readSecurities(options.securities);
    step('reading prices');
    const paths = await expandPriceFiles(connection, options.prices);
    const files = await describePriceFiles(connection, paths);
    const loaded = await loadPrices(connection, files, securities, step);
    if (loaded.maxDay === null) {
      throw new InputError(options.securities, null, 'none of its securities has a row in the price files');
    }
    const week = completeWeek(loaded.maxDay, asOf);
    step('making weekly bars');
    const bars = await aggregateWeeks(
      connection,
      loaded.daily,
      securities.map((security) => security.key),
      week,
    );
    if (bars.size === 0) {
      throw new InputError(
        `--as-of ${options.asOf ?? ''}`.trim(),
        null,
        `no week of prices is complete on or before ${isoFromDay(asOf ?? loaded.maxDay)}`,
      );
    }
    const skipped = await skippedSecurities(connection, loaded.daily, securities, bars, week);
    const warnings = [...loaded.warnings];
    let benchmarks = new Map<string, BenchmarkSeries>();
    if (options.benchmarks !== undefined) {
      step('reading benchmarks');
      const read = readBenchmarks(options.benchmarks, week);
      benchmarks = read.benchmarks;
      warnings.push(...read.warnings);
    }
    let asOfDay = week;
    for (const series of bars.values()) asOfDay = Math.max(asOfDay, series.day[series.day.length - 1]);
    return { securities, bars, benchmarks, asOfWeek: week, asOfDay, warnings, skipped };
  } finally {
    if (instance) {
      connection.closeSync();
      instance.closeSync();
    }
  }
}

async function skippedSecurities(
  connection: DuckDBConnection,
  daily: string,
  securities: Security[],
  bars: Map<string, WeeklyBars>,
  week: Day,
): Promise<Skipped[]> {
  const missing = securities.filter((security) => !bars.has(security.key));
  if (missing.length === 0) return [];
  const first = await rows(connection, `SELECT sid, min(day) AS day FROM ${daily} GROUP BY sid`);
  const firstDay = new Map(first.map((row) => [securities[Number(row.sid)].key, Number(row.day)]));
  return missing.map((security) => {
    const day = firstDay.get(security.key);
    const reason =
      day === undefined
        ? 'no rows in the price files'
        : `no prices on or before the as-of week (its first date is ${isoFromDay(day)}, the as-of week starts ${isoFromDay(week)})`;
    return { key: security.key, reason };
  });
}
