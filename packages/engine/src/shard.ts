// Parallel build: one country per job, computed by a pool of worker threads. Countries never share
// a peer group or a benchmark, so a country computed in a worker gives exactly the files it gives in
// one process (a test compares the two byte for byte).
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { countryFiles, type CountryOutput } from './build.js';
import { writeFiles } from './output.js';
import type { BenchmarkSeries, Security, Skipped, WeeklyBars } from './types.js';
import type { UniverseRow } from './report/index.js';

/** One country's inputs, everything a worker needs (plain data: it crosses to the worker by structured clone). */
export interface CountryJob {
  securities: Security[];
  bars: [string, WeeklyBars][];
  benchmark: BenchmarkSeries | null;
  asOfWeek: number;
  ids: [string, number][];
  /** The work folder the worker writes the country's reports and histories into. */
  work: string;
}

/** What a job sends back: the universe rows and the skipped securities (the files are already written). */
export type CountryResult = Pick<CountryOutput, 'rows' | 'skipped'>;

/** Runs one job in this thread. */
export async function runJob(job: CountryJob): Promise<CountryResult> {
  const out = countryFiles(job.securities, new Map(job.bars), job.benchmark, job.asOfWeek, new Map(job.ids));
  await writeFiles(job.work, out.files);
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
          worker.postMessage(jobs[i]!());
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
