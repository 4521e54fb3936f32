// The S&P 500 daily series of vega-datasets (2000-2020, BSD-3) through ingest and weekly bars,
// against an independent calculation written here with plain JS (Date.UTC, string splits).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { ingest, type IngestResult } from '../../src/ingest/index.js';
import type { WeeklyBars } from '../../src/types.js';
import { tempDir } from './helpers.js';

// The package exports only its build/ entry; the data folder sits beside it.
const sp500 = join(dirname(createRequire(import.meta.url).resolve('vega-datasets')), '..', 'data', 'sp500-2000.csv');

interface Week {
  monday: string;
  last: string;
  open: number;
  high: number;
  low: number;
  close: number;
  volume: number;
}

/** Friday-closing weeks computed straight from the text: Monday = date minus (weekday + 6) % 7 days. */
function independentWeeks(text: string): Week[] {
  const weeks = new Map<string, Week>();
  for (const line of text.trim().split('\n').slice(1)) {
    const [date, open, high, low, close, adjclose, volume] = line.split(',');
    const f = Number(adjclose) / Number(close);
    const t = Date.parse(`${date}T00:00:00Z`);
    const monday = new Date(t - ((new Date(t).getUTCDay() + 6) % 7) * 86_400_000).toISOString().slice(0, 10);
    const week = weeks.get(monday);
    if (!week) {
      weeks.set(monday, {
        monday,
        last: date,
        open: Number(open) * f,
        high: Number(high) * f,
        low: Number(low) * f,
        close: Number(close) * f,
        volume: Number(volume),
      });
    } else {
      week.last = date;
      week.high = Math.max(week.high, Number(high) * f);
      week.low = Math.min(week.low, Number(low) * f);
      week.close = Number(close) * f;
      week.volume += Number(volume);
    }
  }
  return [...weeks.values()];
}

function weekAt(bars: WeeklyBars, i: number): Week {
  const iso = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);
  return {
    monday: iso(bars.week[i]),
    last: iso(bars.day[i]),
    open: bars.open[i],
    high: bars.high[i],
    low: bars.low[i],
    close: bars.close[i],
    volume: bars.volume[i],
  };
}

describe('real data: vega-datasets sp500-2000.csv as a per-symbol export', () => {
  let result: IngestResult;
  let bars: WeeklyBars;
  let expected: Week[];
  beforeAll(async () => {
    const dir = tempDir();
    const securities = join(dir, 'securities.csv');
    writeFileSync(
      securities,
      'symbol,exchange,name,country,currency,sector,industry\nsp500-2000,INDEX,S&P 500,US,USD,Index,Index\n',
    );
    result = await ingest({ securities, prices: [sp500] });
    bars = result.bars.get('INDEX:sp500-2000') as WeeklyBars;
    expected = independentWeeks(readFileSync(sp500, 'utf8'));
  });

  test('every week matches the independent calculation', () => {
    expect(bars.week.length).toBe(expected.length);
    expect(expected.length).toBeGreaterThan(1000);
    for (let i = 0; i < expected.length; i++) {
      const got = weekAt(bars, i);
      const want = expected[i];
      expect([got.monday, got.last, got.volume]).toEqual([want.monday, want.last, want.volume]);
      for (const k of ['open', 'high', 'low', 'close'] as const) expect(got[k]).toBeCloseTo(want[k], 9);
    }
  });

  test('known weeks, read off the file by hand', () => {
    // 2000-01-03..07: open of Monday, high 1478 (Mon), low 1377.68 (Wed), close of Friday.
    expect(weekAt(bars, 0)).toEqual({
      monday: '2000-01-03',
      last: '2000-01-07',
      open: 1469.25,
      high: 1478,
      low: 1377.680054,
      close: 1441.469971,
      volume: 5_343_800_000,
    });
    // The week of the 2008 crash: 2008-10-06..10.
    const i = [...bars.week].findIndex((w) => new Date(w * 86_400_000).toISOString().startsWith('2008-10-06'));
    expect(weekAt(bars, i)).toEqual({
      monday: '2008-10-06',
      last: '2008-10-10',
      open: 1097.560059,
      high: 1097.560059,
      low: 839.799988,
      close: 899.219971,
      volume: 42_016_790_000,
    });
  });

  test('the data ends on Friday 2020-04-17, so that week is the as-of week', () => {
    expect(new Date(result.asOfWeek * 86_400_000).toISOString().slice(0, 10)).toBe('2020-04-13');
    expect(new Date(result.asOfDay * 86_400_000).toISOString().slice(0, 10)).toBe('2020-04-17');
    expect(result.warnings).toEqual([]);
  });
});
