// `ticker-terminal build`: securities and prices in, the site's files out (atomically).
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { build, InputError as EngineInputError } from 'ticker-engine';
import { InputError, UsageError, type Io } from '../errors.js';
import { writePages } from '../pages/index.js';
import { progressBar } from '../progress.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface BuildArgs {
  securities: string;
  prices: string[];
  benchmarks?: string;
  asOf?: string;
  out: string;
}

/**
 * Reads the build's options. `--prices` takes one or more values (a shell expands a glob into many),
 * so every bare word after it belongs to it; a bare word anywhere else is a mistake.
 */
export function parseBuildArgs(args: string[]): BuildArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      strict: true,
      allowPositionals: true,
      tokens: true,
      options: {
        securities: { type: 'string' },
        prices: { type: 'string', multiple: true },
        benchmarks: { type: 'string' },
        'as-of': { type: 'string' },
        out: { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError(`build: ${(error as Error).message.split('\n')[0]}`);
  }
  const prices: string[] = [];
  let afterPrices = false;
  for (const token of parsed.tokens) {
    if (token.kind === 'option') {
      afterPrices = token.name === 'prices';
      if (afterPrices && token.value !== undefined) prices.push(token.value);
    } else if (token.kind === 'positional') {
      if (!afterPrices) throw new UsageError(`build: unexpected argument "${token.value}"`);
      prices.push(token.value);
    }
  }
  const { securities, out, benchmarks } = parsed.values;
  const asOf = parsed.values['as-of'];
  if (!securities) throw new UsageError('build: --securities FILE is required');
  if (prices.length === 0) throw new UsageError('build: --prices FILE_OR_GLOB is required');
  if (!out) throw new UsageError('build: --out DIR is required');
  if (asOf !== undefined && !DATE.test(asOf)) throw new UsageError(`build: --as-of "${asOf}" is not a YYYY-MM-DD date`);
  return { securities, prices, out, ...(benchmarks ? { benchmarks } : {}), ...(asOf ? { asOf } : {}) };
}

/** The first line `ticker-terminal demo` writes into the README.txt beside its securities file. */
export const SYNTHETIC_MARKER = 'SYNTHETIC DEMO DATA';

/**
 * Whether the inputs are the synthetic demo universe: a README.txt beside the securities file
 * that starts with "SYNTHETIC DEMO DATA" (the demo command writes one). The pages then say so.
 */
export async function isSynthetic(securities: string): Promise<boolean> {
  try {
    const readme = await readFile(join(dirname(securities), 'README.txt'), 'utf8');
    return readme
      .replace(/^\uFEFF/, '')
      .trimStart()
      .startsWith(SYNTHETIC_MARKER);
  } catch {
    return false;
  }
}

export async function runBuild(args: string[], io: Io): Promise<number> {
  const options = parseBuildArgs(args);
  const progress = progressBar();
  const started = performance.now();
  const synthetic = await isSynthetic(options.securities);
  let summary;
  try {
    summary = await build({
      ...options,
      onProgress: progress,
      addFiles: async (work) => {
        await writePages(work, { synthetic });
      },
    });
  } catch (error) {
    progress.end();
    if (error instanceof EngineInputError) throw new InputError(error.message);
    // The engine checks --as-of as a calendar date too (2026-02-31 passes the pattern above).
    if (error instanceof RangeError) throw new UsageError(`build: --as-of: ${error.message}`);
    throw error;
  }
  progress.end();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const skipped = summary.skipped.length;
  const warnings = summary.warnings.length;
  io.stderr(
    `ticker-terminal: built ${summary.written} reports as of ${summary.asOf} into ${options.out} ` +
      `(${skipped} skipped, ${warnings} warning${warnings === 1 ? '' : 's'}, see build.json) in ${seconds} s\n`,
  );
  return 0;
}
