// ingest/: read and check the input files (securities, prices, benchmarks) and turn prices into weekly bars.
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { BenchmarkSeries, Day, Security, Skipped, Warning, WeeklyBars } from '../types.js';
import { aggregateWeeks } from '../weeks/aggregate.js';
import { asOfWeek as completeWeek } from '../weeks/as-of.js';
import { dayFromIso, isoFromDay } from '../weeks/days.js';
import { readBenchmarks } from './benchmarks.js';
import { InputError } from './errors.js';
import { describePriceFiles, expandPriceFiles } from './price-files.js';
import { loadPrices, streamPrices } from './prices.js';
import { lit, rows } from './sql.js';
import { readSecurities } from './securities.js';

export { readBenchmarks } from './benchmarks.js';
export { normalizeName, parseCsv, type CsvRecord } from './csv.js';
export { InputError } from './errors.js';
export { describePriceFiles, expandPriceFiles, type PriceFile } from './price-files.js';
export { loadPrices, streamPrices, type LoadedPrices, type StreamedPrices } from './prices.js';
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
  let restore: (() => Promise<void>) | undefined;
  try {
    step('reading securities');
    const securities = readSecurities(options.securities);
    step('reading prices');
    // DuckDB cannot tell how many rows a file holds and may build its join table on the prices
    // (millions of rows, in memory, out of file order) instead of the securities: keep the securities
    // on the build side, as the queries are written.
    restore = await disableOptimizer(connection, 'build_side_probe_side');
    const paths = await expandPriceFiles(connection, options.prices);
    const files = await describePriceFiles(connection, paths);
    const keys = securities.map((security) => security.key);
    // Files that are fine (the usual case) are read once, straight into weekly bars; anything else
    // (a bad row to report, duplicates, unsorted rows) goes through loadPrices, which says what it is.
    const streamed = await streamPrices(connection, files, securities);
    let loaded: { maxDay: number | null; warnings: Warning[]; daily?: string };
    if (streamed) loaded = streamed;
    else loaded = await loadPrices(connection, files, securities, step);
    if (loaded.maxDay === null) {
      throw new InputError(options.securities, null, 'none of its securities has a row in the price files');
    }
    const week = completeWeek(loaded.maxDay, asOf);
    step('making weekly bars');
    let bars: Map<string, WeeklyBars>;
    let firstDay: (sid: number) => Promise<Day | null>;
    if (streamed) {
      const days = securities.map((_, sid) => streamed.weeks.firstDay(sid));
      bars = streamed.weeks.finish(keys, week);
      firstDay = (sid) => Promise.resolve(days[sid] ?? null);
    } else {
      const daily = loaded.daily!;
      bars = await aggregateWeeks(connection, daily, keys, week);
      firstDay = firstDayQuery(connection, daily);
    }
    if (bars.size === 0) {
      throw new InputError(
        `--as-of ${options.asOf ?? ''}`.trim(),
        null,
        `no week of prices is complete on or before ${isoFromDay(asOf ?? loaded.maxDay)}`,
      );
    }
    const skipped = await skippedSecurities(securities, bars, week, firstDay);
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
    if (restore) await restore();
    if (instance) {
      connection.closeSync();
      instance.closeSync();
    }
  }
}

/** Turns one of DuckDB's optimizers off; returns how to put the setting back. */
async function disableOptimizer(connection: DuckDBConnection, name: string): Promise<() => Promise<void>> {
  const [row] = await rows(connection, `SELECT current_setting('disabled_optimizers') AS value`);
  const before = String(row?.value ?? '');
  const list = before === '' ? name : `${before},${name}`;
  await connection.run(`SET disabled_optimizers = ${lit(list)}`);
  return async () => {
    await connection.run(`SET disabled_optimizers = ${lit(before)}`);
  };
}

/** The first day of each security in a daily view, asked once, only when a security is missing. */
function firstDayQuery(connection: DuckDBConnection, daily: string): (sid: number) => Promise<Day | null> {
  let first: Promise<Map<number, number>> | undefined;
  return async (sid) => {
    first ??= rows(connection, `SELECT sid, min(day) AS day FROM ${daily} GROUP BY sid`).then(
      (found) => new Map(found.map((row) => [Number(row.sid), Number(row.day)])),
    );
    return (await first).get(sid) ?? null;
  };
}

async function skippedSecurities(
  securities: Security[],
  bars: Map<string, WeeklyBars>,
  week: Day,
  firstDay: (sid: number) => Promise<Day | null>,
): Promise<Skipped[]> {
  const skipped: Skipped[] = [];
  for (const [sid, security] of securities.entries()) {
    if (bars.has(security.key)) continue;
    const day = await firstDay(sid);
    const reason =
      day === null
        ? 'no rows in the price files'
        : `no prices on or before the as-of week (its first date is ${isoFromDay(day)}, the as-of week starts ${isoFromDay(week)})`;
    skipped.push({ key: security.key, reason });
  }
  return skipped;
}
