// The build: securities and prices in, the site's files out.
//
// ingest/ (DuckDB reads and checks every file, weekly bars) -> per country: benchmark, each
// security's series and snapshot (metrics/), peers (universe/), scores and setups (scores/),
// the writer (report/) -> files, written into a work folder swapped in only on success.
//
// Countries never share a peer group or a benchmark, so each is computed on its own: the unit a
// worker takes when the build runs in parallel (see shard.ts).
import { ingest, type IngestResult } from './ingest/index.js';
import { computeSeries, snapshot } from './metrics/index.js';
import { expectationTable, scoreSecurity } from './scores/index.js';
import { writeAtomically, writeFiles } from './output.js';
import {
  historyFile,
  isoDate,
  reportFile,
  universeRow,
  writeReport,
  type GroupComparison,
  type ReportComparison,
  type UniverseRow,
} from './report/index.js';
import { historyJson } from './report/history.js';
import type { BenchmarkSeries, Security, SecuritySeries, SecuritySnapshot, Skipped, Warning, WeeklyBars } from './types.js';
import { equalWeightIndex } from './universe/benchmark.js';
import { comparePeers, type GroupView, type PeerEntry } from './universe/peers.js';
import { defaultWorkers, packBars, runJobs } from './shard.js';
import { METHODOLOGY_VERSION } from './version.js';

/** A security whose latest price is older than this many weeks before the as-of week is left out. */
export const STALE_WEEKS = 4;
/** Fewer weekly bars than this up to the as-of week (not even a 4-week view) and the security is skipped. */
export const MIN_WEEKS = 4;

export interface BuildOptions {
  securities: string;
  prices: string[];
  benchmarks?: string;
  asOf?: string;
  out: string;
  /** Called as the build goes: a stage name, steps done, steps in all. */
  onProgress?: (stage: string, done: number, total: number) => void;
  /**
   * Called with the work folder once every report, history, universe.json and build.json is in it,
   * before it replaces `out`: the terminal adds its pages here, so they are swapped in with the data
   * (or not at all, if this throws).
   */
  addFiles?: (work: string) => Promise<void>;
  /** Worker threads computing countries in parallel (default: one per core, at most one per country; 1 = this thread only). */
  workers?: number;
}

export interface BuildSummary {
  asOf: string;
  written: number;
  skipped: Skipped[];
  warnings: Warning[];
}

/** One security ready for comparison: its own history measured up to the as-of week. */
export interface Measured {
  security: Security;
  bars: WeeklyBars;
  series: SecuritySeries;
  snapshot: SecuritySnapshot;
}

/** What a country's computation hands to the writer. */
export interface CountryOutput {
  files: [string, string][];
  rows: UniverseRow[];
  skipped: Skipped[];
}

/** The bars up to and including the as-of week, as views (no copy): nothing after it is ever read. */
function through(bars: WeeklyBars, count: number): WeeklyBars {
  return {
    week: bars.week.subarray(0, count),
    day: bars.day.subarray(0, count),
    open: bars.open.subarray(0, count),
    high: bars.high.subarray(0, count),
    low: bars.low.subarray(0, count),
    close: bars.close.subarray(0, count),
    volume: bars.volume.subarray(0, count),
  };
}

/** Index one past the last week on or before `week` (binary search over the sorted week keys). */
function weeksThrough(weeks: Int32Array, week: number): number {
  let lo = 0;
  let hi = weeks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (weeks[mid]! <= week) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function toGroup(view: GroupView, ids: ReadonlyMap<string, number>): GroupComparison {
  return {
    ...view,
    topPeers: view.topPeers.map((p) => ({
      id: ids.get(p.key)!,
      uuid: p.uuid,
      symbol: p.symbol,
      name: p.name,
      exchange: p.exchange,
      weeklyReturn: p.w1,
      fourWeekReturn: p.w4,
      twelveWeekReturn: p.w12,
      trendActive: p.trendActive,
      positiveMd: p.positiveMd,
      positiveRs: p.positiveRs,
    })),
  };
}

function peerEntry(m: Measured): PeerEntry {
  const { security: s, snapshot: snap } = m;
  return {
    key: s.key,
    uuid: s.uuid,
    symbol: s.symbol,
    name: s.name,
    exchange: s.exchange,
    country: s.country,
    sector: s.sector,
    industry: s.industry,
    marketCap: s.marketCap,
    w1: snap.returns.w1,
    w4: snap.returns.w4,
    w12: snap.returns.w12,
    trendActive: snap.trendActive,
    positiveMd: snap.marketDynamics !== null && snap.marketDynamics > 0,
    positiveRs: snap.relativeStrength !== null && snap.relativeStrength > 100,
  };
}

/**
 * Computes every report of one country. Pure apart from its inputs: the same country gives the
 * same files whether it runs alone, in a worker or in one process with the rest.
 */
export function computeCountry(
  securities: readonly Security[],
  allBars: ReadonlyMap<string, WeeklyBars>,
  givenBenchmark: BenchmarkSeries | null,
  asOfWeek: number,
  ids: ReadonlyMap<string, number>,
): CountryOutput {
  const country = countryFiles(securities, allBars, givenBenchmark, asOfWeek, ids);
  const files = Array.from(country.files, ([path, contents]): [string, string] => [path, text(contents)]);
  return { files, rows: country.rows, skipped: country.skipped };
}

function text(contents: string | Uint8Array): string {
  return typeof contents === 'string'
    ? contents
    : Buffer.from(contents.buffer, contents.byteOffset, contents.byteLength).toString('utf8');
}

/**
 * computeCountry with its files made one security at a time as `files` is iterated (a country's
 * reports and histories are written as they are made, never all held at once); `rows` fills up as it goes.
 * A history comes as its UTF-8 bytes (see historyJson), a report as text.
 */
export function countryFiles(
  securities: readonly Security[],
  allBars: ReadonlyMap<string, WeeklyBars>,
  givenBenchmark: BenchmarkSeries | null,
  asOfWeek: number,
  ids: ReadonlyMap<string, number>,
): { files: Iterable<[string, string | Uint8Array]>; rows: UniverseRow[]; skipped: Skipped[] } {
  const skipped: Skipped[] = [];
  const kept: { security: Security; bars: WeeklyBars }[] = [];
  for (const security of securities) {
    const full = allBars.get(security.key);
    const count = full ? weeksThrough(full.week, asOfWeek) : 0;
    if (!full || count === 0) {
      skipped.push({ key: security.key, reason: 'no prices on or before the as-of week' });
      continue;
    }
    const last = full.week[count - 1]!;
    if (last < asOfWeek - STALE_WEEKS * 7) {
      skipped.push({
        key: security.key,
        reason: `no price in the ${STALE_WEEKS} weeks up to the as-of week (last week ${isoDate(full.day[count - 1]!)})`,
      });
      continue;
    }
    if (count < MIN_WEEKS) {
      skipped.push({
        key: security.key,
        reason: `only ${count} week${count === 1 ? '' : 's'} of prices up to the as-of week (at least ${MIN_WEEKS} needed)`,
      });
      continue;
    }
    kept.push({ security, bars: through(full, count) });
  }

  const benchmark = givenBenchmark ?? equalWeightIndex(kept.map((k) => k.bars));
  const measured: Measured[] = kept.map(({ security, bars }) => {
    const series = computeSeries(bars, benchmark);
    return { security, bars, series, snapshot: snapshot(bars, series, bars.close.length - 1) };
  });

  const comparisons = comparePeers(measured.map(peerEntry));
  const table = expectationTable(
    measured.map((m) => ({ week: m.bars.week, close: m.bars.close, series: m.series })),
    asOfWeek,
  );
  const rows: UniverseRow[] = [];
  function* files(): Generator<[string, string | Uint8Array]> {
    for (const m of measured) {
      const c = comparisons.get(m.security.key)!;
      const scored = scoreSecurity(m.snapshot, { comparison: c, table });
      const comparison: ReportComparison = {
        peer: c.peer,
        groups: { sector: toGroup(c.sector, ids), industry: toGroup(c.industry, ids) },
        scores: scored.scores,
        setupSignature: scored.signature,
        expectation: {
          label: scored.expectation.label,
          probability: scored.expectation.probability === null ? null : scored.expectation.probability / 100,
        },
      };
      const report = writeReport({ ...m, comparison });
      rows.push(universeRow(m.security, m.snapshot, comparison));
      yield [reportFile(m.security.uuid), JSON.stringify(report)];
      yield [historyFile(m.security.uuid), historyJson(m.security, m.bars, m.series)];
    }
  }
  return { files: files(), rows, skipped };
}

/** Groups securities by country, countries in alphabetical order. */
export function byCountry(securities: readonly Security[]): Map<string, Security[]> {
  const countries = new Map<string, Security[]>();
  for (const s of [...securities].sort((a, b) => (a.country < b.country ? -1 : a.country > b.country ? 1 : 0))) {
    const list = countries.get(s.country);
    if (list) list.push(s);
    else countries.set(s.country, [s]);
  }
  return countries;
}

/** Stable numeric ids (the seed's `top_peers[].id`): the 1-based position in key order. */
export function securityIds(securities: readonly Security[]): Map<string, number> {
  const keys = securities.map((s) => s.key).sort();
  return new Map(keys.map((k, i) => [k, i + 1]));
}

/** The build.json of a finished build. */
export function buildJson(data: IngestResult, written: number, skipped: Skipped[]): string {
  const sortedSkipped = [...data.skipped, ...skipped].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return `${JSON.stringify(
    {
      as_of: isoDate(data.asOfDay),
      as_of_week: isoDate(data.asOfWeek),
      methodology_version: METHODOLOGY_VERSION,
      counts: {
        securities: data.securities.length,
        reports: written,
        skipped: sortedSkipped.length,
        countries: new Set(data.securities.map((s) => s.country)).size,
      },
      benchmarks: [...new Set(data.securities.map((s) => s.country))].sort().map((country) => ({
        country,
        source: data.benchmarks.has(country) ? 'benchmarks file' : 'equal-weight index of the country',
      })),
      skipped: sortedSkipped,
      warnings: data.warnings,
    },
    null,
    2,
  )}\n`;
}

export async function build(options: BuildOptions): Promise<BuildSummary> {
  const progress = options.onProgress ?? (() => {});
  progress('reading files', 0, 0);
  const data = await ingest({
    securities: options.securities,
    prices: options.prices,
    ...(options.benchmarks ? { benchmarks: options.benchmarks } : {}),
    ...(options.asOf ? { asOf: options.asOf } : {}),
  });
  const ids = securityIds(data.securities);
  const countries = byCountry(data.securities);
  return writeAtomically(options.out, async (work) => {
    const entries = [...countries];
    const jobs = entries.map(([country, securities]) => () => ({
      securities,
      bars: packBars(
        securities.map((s) => s.key),
        data.bars,
      ),
      benchmark: data.benchmarks.get(country) ?? null,
      asOfWeek: data.asOfWeek,
      ids: securities.map((s): [string, number] => [s.key, ids.get(s.key)!]),
      work,
    }));
    let done = 0;
    const total = data.securities.length;
    progress('computing reports', 0, total);
    const results = await runJobs(
      jobs,
      entries.map(([, securities]) => securities.length),
      options.workers ?? defaultWorkers(entries.length),
      (count) => {
        done += count;
        progress('computing reports', done, total);
      },
    );
    const rows = results.flatMap((r) => r.rows);
    const skipped = results.flatMap((r) => r.skipped);
    rows.sort((a, b) => (a.exchange + ':' + a.symbol < b.exchange + ':' + b.symbol ? -1 : 1));
    await writeFiles(work, [
      ['universe.json', `${JSON.stringify(rows)}\n`],
      ['build.json', buildJson(data, rows.length, skipped)],
    ]);
    if (options.addFiles) {
      progress('writing pages', 0, 0);
      await options.addFiles(work);
    }
    return {
      asOf: isoDate(data.asOfDay),
      written: rows.length,
      skipped: [...data.skipped, ...skipped],
      warnings: data.warnings,
    };
  });
}
