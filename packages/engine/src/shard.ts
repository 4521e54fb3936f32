// Parallel build: one country per job, computed by a pool of worker threads. Countries never share
// a peer group or a benchmark, so a country computed in a worker gives exactly the files it gives in
// one process (a test compares the two byte for byte).
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { countryFiles, type CountryOutput } from './build.js';
import { writeFiles, writeFilesSync } from './output.js';
import type { BenchmarkSeries, Security, Skipped, WeeklyBars } from './types.js';
import type { UniverseRow } from './report/index.js';

/**
 * One country's bars in one buffer per column (a security's weeks one after another): sent to a worker,
 * the buffers are transferred, not copied (see packBars).
 */
export interface PackedBars {
  /** [security key, index of its first week in the columns, weeks] */
  index: [string, number, number][];
  columns: WeeklyBars;
}

/** One country's inputs, everything a worker needs (plain data: it crosses to the worker by structured clone). */
export interface CountryJob {
  securities: Security[];
  bars: PackedBars;
  benchmark: BenchmarkSeries | null;
  asOfWeek: number;
  ids: [string, number][];
  /** The work folder the worker writes the country's reports and histories into. */
  work: string;
}

/** What a job sends back: the universe rows and the skipped securities (the files are already written). */
export type CountryResult = Pick<CountryOutput, 'rows' | 'skipped'>;

const COLUMNS = ['week', 'day', 'open', 'high', 'low', 'close', 'volume'] as const;

/**
 * The bars of `keys` (those that have any) copied into one buffer per column. Ingest returns views into
 * one buffer per column for the whole universe, which cannot be sent as they are (a view carries its
 * whole buffer); seven buffers per country, transferred, cost a copy and nothing per security.
 */
export function packBars(keys: readonly string[], bars: ReadonlyMap<string, WeeklyBars>): PackedBars {
  const index: [string, number, number][] = [];
  let total = 0;
  for (const key of keys) {
    const b = bars.get(key);
    if (!b) continue;
    index.push([key, total, b.week.length]);
    total += b.week.length;
  }
  const columns: WeeklyBars = {
    week: new Int32Array(total),
    day: new Int32Array(total),
    open: new Float64Array(total),
    high: new Float64Array(total),
    low: new Float64Array(total),
    close: new Float64Array(total),
    volume: new Float64Array(total),
  };
  for (const [key, first] of index) {
    const b = bars.get(key)!;
    for (const column of COLUMNS) columns[column].set(b[column], first);
  }
  return { index, columns };
}

/** The packed bars as one view per security and column. */
export function unpackBars(packed: PackedBars): Map<string, WeeklyBars> {
  const { columns } = packed;
  const at = (first: number, count: number): WeeklyBars => ({
    week: columns.week.subarray(first, first + count),
    day: columns.day.subarray(first, first + count),
    open: columns.open.subarray(first, first + count),
    high: columns.high.subarray(first, first + count),
    low: columns.low.subarray(first, first + count),
    close: columns.close.subarray(first, first + count),
    volume: columns.volume.subarray(first, first + count),
  });
  return new Map(packed.index.map(([key, first, count]) => [key, at(first, count)]));
}

/**
 * Runs one job in this thread. `blocking`: write with blocking calls (in a worker, where nothing else
 * waits on the event loop and they measured faster); in the main thread the writes stay asynchronous.
 */
export async function runJob(job: CountryJob, blocking = false): Promise<CountryResult> {
  const out = countryFiles(job.securities, unpackBars(job.bars), job.benchmark, job.asOfWeek, new Map(job.ids));
  if (blocking) writeFilesSync(job.work, out.files);
  else await writeFiles(job.work, out.files);
  return { rows: out.rows, skipped: out.skipped };
}

const workerFile = fileURLToPath(new URL('./shard-worker.js', import.meta.url));

/** Threads to use by default: one per core, at most one per country. */
export function defaultWorkers(countries: number): number {
  return Math.max(1, Math.min(availableParallelism(), countries));
}

/**
 * Runs the jobs, `workers` at a time (0 or 1: in this thread, one after another), largest first so the
 * longest job starts first. Results come back in the jobs' order whatever the order of completion.
 */
export async function runJobs(
  jobs: readonly (() => CountryJob)[],
  sizes: readonly number[],
  workers: number,
  onDone: (securities: number) => void,
): Promise<CountryResult[]> {
  const results: CountryResult[] = new Array(jobs.length);
  // Worker threads run the compiled module; from TypeScript sources (tests of src/) run in this thread.
  if (workers <= 1 || jobs.length <= 1 || !existsSync(workerFile)) {
    for (let i = 0; i < jobs.length; i++) {
      results[i] = await runJob(jobs[i]!());
      onDone(sizes[i]!);
    }
    return results;
  }
  const order = jobs.map((_, i) => i).sort((a, b) => sizes[b]! - sizes[a]!);
  let next = 0;
  const lane = async () => {
    const worker = new Worker(workerFile);
    try {
      while (next < order.length) {
        const i = order[next++]!;
        results[i] = await new Promise<CountryResult>((resolve, reject) => {
          const fail = (error: Error) => reject(error);
          worker.once('error', fail);
          worker.once('message', (message: { ok: true; result: CountryResult } | { ok: false; error: string }) => {
            worker.off('error', fail);
            if (message.ok) resolve(message.result);
            else reject(new Error(message.error));
          });
          const job = jobs[i]!();
          worker.postMessage(
            job,
            COLUMNS.map((column) => job.bars.columns[column].buffer as ArrayBuffer),
          );
        });
        onDone(sizes[i]!);
      }
    } finally {
      await worker.terminate();
    }
  };
  await Promise.all(Array.from({ length: Math.min(workers, jobs.length) }, lane));
  return results;
}

export type { Skipped, UniverseRow };
