import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { main } from '../src/cli.js';
import { cli as installed } from './cli.js';
import { COUNTRIES, generate, HOLIDAYS, type DemoSummary } from '../src/demo-data/index.js';

const folders: string[] = [];
async function folder(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ticker-demo-'));
  folders.push(dir);
  return dir;
}
afterAll(() => Promise.all(folders.map((dir) => rm(dir, { recursive: true, force: true }))));

/** RFC 4180 rows (quoted fields may hold commas and doubled quotes), header first. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let value = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted && ch === '"' && text[i + 1] === '"') {
      value += '"';
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (quoted || (ch !== ',' && ch !== '\n')) {
      value += ch;
    } else {
      row.push(value);
      value = '';
      if (ch === '\n') {
        rows.push(row);
        row = [];
      }
    }
  }
  return rows;
}

/** A CSV file as objects keyed by its header. */
async function table(path: string): Promise<Record<string, string>[]> {
  const [header, ...rows] = parseCsv(await readFile(path, 'utf8'));
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i]])));
}

/** Every file under `dir`, relative path -> bytes. */
async function files(dir: string): Promise<Map<string, Buffer>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const out = new Map<string, Buffer>();
  for (const entry of entries.filter((e) => e.isFile())) {
    const path = join(entry.parentPath, entry.name);
    out.set(path.slice(dir.length + 1), await readFile(path));
  }
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** The CLI in-process, its output captured. */
async function cli(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  return { code, stdout, stderr };
}

const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();
const EXCHANGES: Record<string, string[]> = { CN: ['SHH', 'SHZ'], US: ['NYSE', 'NASDAQ'], JP: ['TSE'], DE: ['XETRA'] };
const CURRENCIES: Record<string, string> = { CN: 'CNY', US: 'USD', JP: 'JPY', DE: 'EUR' };

describe('generate(): determinism', () => {
  test('the same seed writes byte-identical files; another seed writes other prices and names', async () => {
    const [a, b, c] = [await folder(), await folder(), await folder()];
    await generate({ out: a, securities: 40, years: 2, seed: 7 });
    await generate({ out: b, securities: 40, years: 2, seed: 7 });
    await generate({ out: c, securities: 40, years: 2, seed: 8 });
    const [fa, fb, fc] = [await files(a), await files(b), await files(c)];
    expect([...fa.keys()]).toEqual([
      'README.txt',
      'benchmarks.csv',
      'prices/CN.csv',
      'prices/DE.csv',
      'prices/JP.csv',
      'prices/US.csv',
      'securities.csv',
    ]);
    for (const [name, bytes] of fa) expect(bytes.equals(fb.get(name) as Buffer), name).toBe(true);
    for (const name of ['securities.csv', 'prices/CN.csv', 'prices/US.csv', 'benchmarks.csv']) {
      expect((fc.get(name) as Buffer).equals(fa.get(name) as Buffer), name).toBe(false);
    }
  });
});

describe('generate(): a small universe', () => {
  let dir: string;
  let summary: DemoSummary;
  beforeAll(async () => {
    dir = await folder();
    summary = await generate({ out: dir, securities: 40, years: 2, seed: 3 });
  });

  test('N securities in 4 countries, each with its currency and exchanges, keyed uniquely', async () => {
    const securities = await table(join(dir, 'securities.csv'));
    expect(securities).toHaveLength(40);
    expect(summary.countries).toEqual({ CN: 25, US: 8, JP: 4, DE: 3 });
    expect(new Set(securities.map((s) => s.country))).toEqual(new Set(['CN', 'US', 'JP', 'DE']));
    for (const s of securities) {
      expect(s.currency).toBe(CURRENCIES[s.country]);
      expect(EXCHANGES[s.country]).toContain(s.exchange);
      expect(s.name.length).toBeGreaterThan(3);
      expect(s.description).toContain('synthetic demo data');
      expect(s.asset_type).toBe('equity');
      expect(Number(s.market_cap)).toBeGreaterThan(0);
      expect(Number.isInteger(Number(s.market_cap))).toBe(true);
    }
    expect(new Set(securities.map((s) => `${s.exchange}:${s.symbol}`)).size).toBe(40);
    expect(new Set(securities.map((s) => s.symbol)).size).toBe(40);
  });

  test('every security has bars in its country file; benchmarks only for CN and US', async () => {
    const securities = await table(join(dir, 'securities.csv'));
    for (const { code } of COUNTRIES) {
      const bars = await table(join(dir, 'prices', `${code}.csv`));
      const symbols = new Set(bars.map((b) => b.symbol));
      expect(symbols).toEqual(new Set(securities.filter((s) => s.country === code).map((s) => s.symbol)));
    }
    const benchmarks = await table(join(dir, 'benchmarks.csv'));
    expect(new Set(benchmarks.map((b) => b.country))).toEqual(new Set(['CN', 'US']));
    expect(benchmarks.every((b) => /^\d+\.\d\d$/.test(b.close))).toBe(true);
  });

  test('README.txt says the data is synthetic and which countries have no benchmark', async () => {
    const readme = await readFile(join(dir, 'README.txt'), 'utf8');
    expect(readme).toMatch(/^SYNTHETIC DEMO DATA - NOT REAL MARKET DATA\n/);
    expect(readme).toContain('JP and DE have none: a build falls back to an equal-weight index');
  });

  test('a universe of one security still writes a complete folder', async () => {
    const one = await folder();
    const result = await generate({ out: one, securities: 1, years: 1, seed: 1 });
    expect(result.countries).toEqual({ CN: 1 });
    expect(await table(join(one, 'securities.csv'))).toHaveLength(1);
  });
});

describe('generate(): the default universe', () => {
  let dir: string;
  let summary: DemoSummary;
  let securities: Record<string, string>[];
  /** Bars per country, parsed once: [symbol, exchange, date, open, high, low, close, (adj_close), volume]. */
  const bars = new Map<string, { header: string[]; rows: string[][] }>();
  beforeAll(async () => {
    dir = await folder();
    summary = await generate({ out: dir });
    securities = await table(join(dir, 'securities.csv'));
    for (const { code } of COUNTRIES) {
      const [header, ...lines] = (await readFile(join(dir, 'prices', `${code}.csv`), 'utf8')).trimEnd().split('\n');
      bars.set(code, { header: header.split(','), rows: lines.map((l) => l.split(',')) });
    }
  }, 60_000);

  test('800 securities over 6 years in CN, US, JP, DE; CN Basic Materials has several hundred members', () => {
    expect(securities).toHaveLength(800);
    expect(summary.countries).toEqual({ CN: 500, US: 160, JP: 80, DE: 60 });
    expect(summary).toMatchObject({ first: '2020-06-15', last: '2026-06-12', years: 6, seed: 42 });
    const groups = new Map<string, number>();
    for (const s of securities) groups.set(`${s.country} ${s.sector}`, (groups.get(`${s.country} ${s.sector}`) ?? 0) + 1);
    expect(groups.get('CN Basic Materials')).toBe(250);
    expect(securities.some((s) => s.industry === 'Other Industrial Metals & Mining' && s.country === 'CN')).toBe(true);
    expect(new Set(securities.map((s) => s.sector)).size).toBe(11);
    expect(new Set(securities.map((s) => s.industry)).size).toBeGreaterThan(50);
  });

  test('OHLC is consistent: low <= open, close <= high; prices have 2 decimals; volumes are positive integers', () => {
    let count = 0;
    for (const [code, { header, rows }] of bars) {
      const at = (name: string) => header.indexOf(name);
      const [o, h, l, c, v] = ['open', 'high', 'low', 'close', 'volume'].map(at);
      const lot = code === 'CN' || code === 'JP' ? 100 : 1;
      for (const row of rows) {
        const [open, high, low, close] = [row[o], row[h], row[l], row[c]].map(Number);
        const ok =
          low > 0 &&
          low <= open &&
          low <= close &&
          open <= high &&
          close <= high &&
          [row[o], row[h], row[l], row[c]].every((p) => /^\d+\.\d\d$/.test(p)) &&
          /^[1-9]\d*$/.test(row[v]) &&
          Number(row[v]) % lot === 0;
        if (!ok) expect.fail(`${code}: ${row.join(',')}`);
        count++;
      }
    }
    expect(count).toBe(summary.bars);
  });

  test('bars fall on weekdays that are not the country holidays, and every such day is traded', () => {
    for (const [code, { rows }] of bars) {
      const dates = new Set(rows.map((r) => r[2]));
      const expected: string[] = [];
      for (
        let d = new Date(`${summary.first}T00:00:00Z`);
        d <= new Date(`${summary.last}T00:00:00Z`);
        d.setUTCDate(d.getUTCDate() + 1)
      ) {
        const date = d.toISOString().slice(0, 10);
        if (weekday(date) !== 0 && weekday(date) !== 6 && !HOLIDAYS[code].includes(date.slice(5))) expected.push(date);
      }
      const sorted = [...dates].sort();
      expect(sorted.every((date) => weekday(date) >= 1 && weekday(date) <= 5)).toBe(true);
      expect(sorted.filter((date) => HOLIDAYS[code].includes(date.slice(5)))).toEqual([]);
      // The first trading day on or after the start is where every country begins.
      expect(sorted).toEqual(expected.filter((date) => date >= sorted[0]));
    }
    // Holidays differ: 4 July is a US holiday that China trades on (2025-07-04 is a Friday).
    expect(bars.get('US')?.rows.some((r) => r[2] === '2025-07-04')).toBe(false);
    expect(bars.get('CN')?.rows.some((r) => r[2] === '2025-07-04')).toBe(true);
  });

  test('one security splits 10:1 and its adj_close makes the adjusted series continuous', () => {
    const { header, rows } = bars.get('US') as { header: string[]; rows: string[][] };
    expect(header).toEqual(['symbol', 'exchange', 'date', 'open', 'high', 'low', 'close', 'adj_close', 'volume']);
    expect([...bars].filter(([, b]) => b.header.includes('adj_close')).map(([code]) => code)).toEqual(['US']);
    const [key] = summary.special.split;
    const series = rows.filter((r) => `${r[1]}:${r[0]}` === key);
    const others = rows.filter((r) => `${r[1]}:${r[0]}` !== key);
    expect(others.every((r) => r[7] === r[6])).toBe(true);
    const close = series.map((r) => Number(r[6]));
    const adjusted = series.map((r) => Number(r[7]));
    const day = close.findIndex((c, i) => i > 0 && c / close[i - 1] < 0.2);
    expect(day).toBeGreaterThan(0);
    for (let i = 1; i < series.length; i++) {
      // Adjusted: no jump bigger than an ordinary day's move; raw: only the split day's drop.
      expect(Math.abs(Math.log(adjusted[i] / adjusted[i - 1]))).toBeLessThan(0.3);
      if (i !== day) expect(Math.abs(Math.log(close[i] / close[i - 1]))).toBeLessThan(0.3);
      // adj_close / close is 1/10 before the split and 1 from it on (to the cent).
      const ratio = i < day ? 10 : 1;
      expect(Math.abs(adjusted[i] * ratio - close[i])).toBeLessThanOrEqual(0.05 * ratio);
    }
  });

  test('short histories: three under 30 weeks, one under 4 weeks, and a month-long gap', () => {
    const weeks = (key: string) => {
      const [exchange, symbol] = key.split(':');
      const code = securities.find((s) => s.symbol === symbol && s.exchange === exchange)?.country as string;
      const dates = (bars.get(code)?.rows ?? []).filter((r) => r[0] === symbol).map((r) => r[2]);
      const mondays = dates.map((d) => {
        const day = new Date(`${d}T00:00:00Z`);
        day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
        return day.toISOString().slice(0, 10);
      });
      return { dates, weeks: new Set(mondays).size };
    };
    expect(summary.special.short).toHaveLength(3);
    for (const key of summary.special.short) expect(weeks(key).weeks).toBeLessThan(30);
    expect(summary.special.tiny).toHaveLength(1);
    expect(weeks(summary.special.tiny[0]).weeks).toBeLessThan(4);
    expect(summary.special.gap).toHaveLength(2);
    for (const key of summary.special.gap) {
      const { dates } = weeks(key);
      const longest = Math.max(...dates.slice(1).map((d, i) => (Date.parse(d) - Date.parse(dates[i])) / 864e5));
      expect(longest).toBeGreaterThanOrEqual(28);
    }
    expect(summary.special.late).toBeGreaterThan(20);
  });

  test('volume rises with the size of the move', () => {
    const { rows } = bars.get('CN') as { rows: string[][] };
    const moves: number[] = [];
    const volumes: number[] = [];
    for (let i = 1; i < rows.length; i++) {
      if (rows[i][0] !== rows[i - 1][0]) continue;
      moves.push(Math.abs(Math.log(Number(rows[i][6]) / Number(rows[i - 1][6]))));
      volumes.push(Math.log(Number(rows[i][7])));
    }
    // Within securities the correlation is about 0.4; pooled, the level of each security's volume dilutes it.
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const [mx, my] = [mean(moves), mean(volumes)];
    let [sxy, sxx, syy] = [0, 0, 0];
    moves.forEach((x, i) => ((sxy += (x - mx) * (volumes[i] - my)), (sxx += (x - mx) ** 2), (syy += (volumes[i] - my) ** 2)));
    expect(sxy / Math.sqrt(sxx * syy)).toBeGreaterThan(0.05);
  });
});

describe('ticker-terminal demo', () => {
  test('writes the universe and one summary line on stderr', async () => {
    const dir = await folder();
    const { code, stdout, stderr } = await cli('demo', '--out', dir, '--securities', '12', '--years', '1', '--seed', '5');
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toMatch(
      /^demo: 12 synthetic securities \(CN 8, US 2, JP 1, DE 1\), \d+ daily bars .* seed 5 -> .* in [\d.]+ s\n$/,
    );
    expect(await table(join(dir, 'securities.csv'))).toHaveLength(12);
  });

  test('the installed command knows demo (bin -> dist/cli.js -> commands/index.js)', async () => {
    expect(await installed('demo')).toMatchObject({
      code: 2,
      stderr: 'ticker-terminal: demo: --out DIR is required (try --help)\n',
    });
  });

  test('without --out it exits 2 with one line', async () => {
    const { code, stdout, stderr } = await cli('demo', '--securities', '10');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('ticker-terminal: demo: --out DIR is required (try --help)\n');
  });

  test.each([
    ['--securities', 'abc'],
    ['--securities', '0'],
    ['--years', '2.5'],
    ['--years', '41'],
    ['--seed', '1e3'],
  ])('%s %s exits 2 naming the option', async (option, value) => {
    const { code, stderr } = await cli('demo', '--out', 'unused', option, value);
    expect(code).toBe(2);
    expect(stderr).toMatch(
      new RegExp(`^ticker-terminal: ${option} must be .*"?${value.replace('.', '\\.')}"? \\(try --help\\)\\n$`),
    );
  });

  test('an unknown option or a stray word exits 2 with one line', async () => {
    for (const args of [
      ['--out', 'x', '--countries', '3'],
      ['--out', 'x', 'extra'],
    ]) {
      const { code, stderr } = await cli('demo', ...args);
      expect(code).toBe(2);
      expect(stderr.split('\n')).toHaveLength(2);
      expect(stderr).toMatch(/^ticker-terminal: demo: .*(--countries|extra)/);
    }
  });
});
