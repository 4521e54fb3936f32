// `ticker-terminal demo --out DIR [--securities N] [--years Y] [--seed S]`: writes the synthetic
// demo universe (securities, daily prices, benchmarks) into DIR as the files a user would bring.
import { parseArgs } from 'node:util';
import { UsageError } from '../errors.js';
import { DEMO_DEFAULTS, generate } from '../demo-data/index.js';

const LIMITS = { securities: 100_000, years: 40, seed: Number.MAX_SAFE_INTEGER } as const;

/** A positive whole number within `max`, or a UsageError naming the option. */
function positiveInteger(option: keyof typeof LIMITS, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(value) || value < 1) {
    throw new UsageError(`--${option} must be a positive whole number, not "${text}"`);
  }
  if (value > LIMITS[option]) throw new UsageError(`--${option} must be at most ${LIMITS[option]}, not ${text}`);
  return value;
}

export async function demo(args: string[], io: { stderr: (text: string) => void }): Promise<number> {
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        out: { type: 'string' },
        securities: { type: 'string' },
        years: { type: 'string' },
        seed: { type: 'string' },
      },
    }));
  } catch (error) {
    // node:util's messages can run over several lines; the first names the option.
    throw new UsageError(`demo: ${String((error as Error).message).split('\n')[0]}`);
  }
  if (!values.out) throw new UsageError('demo: --out DIR is required');
  const started = performance.now();
  const summary = await generate({
    out: values.out,
    securities: positiveInteger('securities', values.securities, DEMO_DEFAULTS.securities),
    years: positiveInteger('years', values.years, DEMO_DEFAULTS.years),
    seed: positiveInteger('seed', values.seed, DEMO_DEFAULTS.seed),
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const countries = Object.entries(summary.countries)
    .map(([code, n]) => `${code} ${n}`)
    .join(', ');
  io.stderr(
    `demo: ${summary.securities} synthetic securities (${countries}), ${summary.bars} daily bars ` +
      `${summary.first}..${summary.last}, seed ${summary.seed} -> ${summary.out} in ${seconds} s\n`,
  );
  return 0;
}
