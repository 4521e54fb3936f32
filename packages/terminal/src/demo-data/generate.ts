// generate(): writes the demo universe into a folder as the input files a user would bring:
// securities.csv, prices/<country>.csv (daily bars), benchmarks.csv (some countries only) and
// README.txt. Prices stream to disk one security at a time, so the size of the universe is
// bounded by the disk, not by memory.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { toDate, toDay, tradingDays, yearsBefore } from './calendar.js';
import { COUNTRIES } from './catalog.js';
import { ChunkedWriter, cents, line } from './csv.js';
import { benchmarkLevels, countryFactors, simulateSecurity } from './prices.js';
import { buildUniverse, type DemoSecurity } from './universe.js';

export interface DemoOptions {
  /** The folder to write into (created when missing; the demo's own files in it are replaced). */
  out: string;
  /** Number of securities (default 800). */
  securities?: number;
  /** Years of daily bars (default 6). */
  years?: number;
  /** Seed of every random draw (default 42): the same seed gives byte-identical files. */
  seed?: number;
  /** Last day of the history, YYYY-MM-DD (default 2026-06-12, a Friday: the seed report's latest week). */
  end?: string;
}

export const DEMO_DEFAULTS = { securities: 800, years: 6, seed: 42, end: '2026-06-12' } as const;

/** Countries whose benchmark index is written to benchmarks.csv; the others get the equal-weight fallback. */
export const BENCHMARK_COUNTRIES = COUNTRIES.filter((c) => c.benchmark).map((c) => c.code);

export interface DemoSummary {
  out: string;
  securities: number;
  years: number;
  seed: number;
  first: string;
  last: string;
  /** Securities per country, in the order written. */
  countries: Record<string, number>;
  /** Daily bars written, over all price files. */
  bars: number;
  /** Files written, relative to `out`. */
  files: string[];
  /** The securities with a special history, as `exchange:symbol`. */
  special: { split: string[]; gap: string[]; short: string[]; tiny: string[]; late: number };
}

const key = (s: DemoSecurity) => `${s.exchange}:${s.symbol}`;

export async function generate(options: DemoOptions): Promise<DemoSummary> {
  const securities = options.securities ?? DEMO_DEFAULTS.securities;
  const years = options.years ?? DEMO_DEFAULTS.years;
  const seed = options.seed ?? DEMO_DEFAULTS.seed;
  const last = toDay(options.end ?? DEMO_DEFAULTS.end);
  const first = yearsBefore(last, years) + 1;
  const calendars: Record<string, Int32Array> = {};
  const calendarLengths: Record<string, number> = {};
  for (const spec of COUNTRIES) {
    calendars[spec.code] = tradingDays(spec.code, first, last);
    calendarLengths[spec.code] = calendars[spec.code].length;
  }
  const universe = buildUniverse({
    securities,
    seed,
    calendars,
    calendarLengths,
    firstYear: new Date(first * 864e5).getUTCFullYear(),
  });

  await mkdir(join(options.out, 'prices'), { recursive: true });
  const files: string[] = [];
  const countries: Record<string, number> = {};
  const marketCaps = new Map<DemoSecurity, number>();
  const benchmarkRows: string[] = ['country,date,close\n'];
  let bars = 0;
  for (const spec of COUNTRIES) {
    const members = universe.filter((s) => s.country === spec.code);
    if (members.length === 0) continue;
    countries[spec.code] = members.length;
    const days = calendars[spec.code];
    const dates = Array.from(days, toDate);
    const factors = countryFactors(seed, spec, days.length);
    const withAdjClose = members.some((s) => s.split !== null);
    const file = `prices/${spec.code}.csv`;
    const writer = new ChunkedWriter(join(options.out, file));
    writer.push(`symbol,exchange,date,open,high,low,close,${withAdjClose ? 'adj_close,' : ''}volume\n`);
    for (const security of members) {
      const prefix = `${security.symbol},${security.exchange},`;
      const rows: string[] = [];
      const lastClose = simulateSecurity(seed, spec, factors, security, (t, o, h, l, c, adj, v) => {
        rows.push(
          withAdjClose
            ? `${prefix}${dates[t]},${cents(o)},${cents(h)},${cents(l)},${cents(c)},${cents(adj)},${v}\n`
            : `${prefix}${dates[t]},${cents(o)},${cents(h)},${cents(l)},${cents(c)},${v}\n`,
        );
      });
      bars += rows.length;
      writer.push(rows.join(''));
      await writer.flushIfFull();
      marketCaps.set(security, Math.round(security.shares * lastClose));
    }
    await writer.close();
    files.push(file);
    if (spec.benchmark) {
      const levels = benchmarkLevels(factors, spec.benchmarkLevel);
      for (let t = 0; t < days.length; t++)
        benchmarkRows.push(`${spec.code},${dates[t]},${cents(Math.round(levels[t] * 100))}\n`);
    }
  }

  const header = [
    'symbol',
    'exchange',
    'name',
    'country',
    'currency',
    'sector',
    'industry',
    'market_cap',
    'description',
    'asset_type',
  ];
  const securityRows = universe.map((s) =>
    line([
      s.symbol,
      s.exchange,
      s.name,
      s.country,
      s.currency,
      s.sector,
      s.industry,
      marketCaps.get(s) ?? '',
      s.description,
      'equity',
    ]),
  );
  await writeFile(join(options.out, 'securities.csv'), line(header) + securityRows.join(''));
  files.unshift('securities.csv');
  if (benchmarkRows.length > 1) {
    await writeFile(join(options.out, 'benchmarks.csv'), benchmarkRows.join(''));
    files.push('benchmarks.csv');
  }

  const byRole = (role: DemoSecurity['role']) => universe.filter((s) => s.role === role);
  const summary: DemoSummary = {
    out: options.out,
    securities,
    years,
    seed,
    first: toDate(Math.min(...Object.values(calendars).map((d) => d[0]))),
    last: toDate(last),
    countries,
    bars,
    files,
    special: {
      split: byRole('split').map(key),
      gap: byRole('gap').map(key),
      short: byRole('short').map(key),
      tiny: byRole('tiny').map(key),
      late: byRole('late').length,
    },
  };
  await writeFile(join(options.out, 'README.txt'), readme(summary, universe, calendars));
  files.push('README.txt');
  return summary;
}

function readme(summary: DemoSummary, universe: DemoSecurity[], calendars: Record<string, Int32Array>): string {
  const find = (k: string) => universe.find((s) => key(s) === k) as DemoSecurity;
  const countries = Object.entries(summary.countries)
    .map(([code, n]) => `${code} ${n}`)
    .join(', ');
  const withBenchmark = BENCHMARK_COUNTRIES.filter((c) => c in summary.countries);
  const without = Object.keys(summary.countries).filter((c) => !withBenchmark.includes(c));
  const describe = (label: string, keys: string[], detail: (s: DemoSecurity) => string) =>
    keys.length ? [`- ${label}:`, ...keys.map((k) => `    ${k} (${detail(find(k))})`)] : [];
  const lines = [
    'SYNTHETIC DEMO DATA - NOT REAL MARKET DATA',
    '',
    'Every company, symbol, price and volume in this folder was made up by `ticker-terminal demo`',
    `(--securities ${summary.securities} --years ${summary.years} --seed ${summary.seed}).`,
    'Any likeness to a real company is a coincidence. Do not use it for any decision.',
    '',
    'Files',
    '- securities.csv: one row per security: symbol, exchange, name, country, currency, sector,',
    '  industry, market_cap (local currency), description, asset_type.',
    '- prices/<country>.csv: daily bars: symbol, exchange, date, open, high, low, close, volume',
    '  (and adj_close in the file of the security that splits).',
    `- benchmarks.csv: a benchmark index (country, date, close) for ${withBenchmark.join(' and ') || 'no country'} only.`,
    `  ${without.join(' and ') || 'No country'} ${without.length === 1 ? 'has' : 'have'} none: a build falls back to an equal-weight index of the country's securities.`,
    '',
    `Universe: ${countries} securities; ${summary.first} to ${summary.last}; ${summary.bars} daily bars.`,
    'Trading days are weekdays less a few fixed holidays per country.',
    '',
    'Securities with a special history',
    ...describe(
      '10:1 split',
      summary.special.split,
      (s) => `on ${toDate(calendars[s.country][s.split?.at ?? 0])}; adj_close keeps the adjusted series continuous`,
    ),
    ...describe(
      'no bars for a month (a suspension)',
      summary.special.gap,
      (s) => `${toDate(calendars[s.country][s.gap?.[0] ?? 0])} to ${toDate(calendars[s.country][(s.gap?.[1] ?? 1) - 1])}`,
    ),
    ...describe(
      'listed less than 30 weeks before the end',
      summary.special.short,
      (s) => `from ${toDate(calendars[s.country][s.listing])}`,
    ),
    ...describe(
      'listed 3 weeks before the end, too short for any report: a build skips it',
      summary.special.tiny,
      (s) => `from ${toDate(calendars[s.country][s.listing])}`,
    ),
    `- ${summary.special.late} more securities listed during the history.`,
    '',
    'Build and serve the site from this folder:',
    "  ticker-terminal build --securities securities.csv --prices 'prices/*.csv' --benchmarks benchmarks.csv --out site",
    '  ticker-terminal serve site',
    '',
  ];
  return lines.join('\n');
}
