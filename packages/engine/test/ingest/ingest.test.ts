import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { beforeAll, describe, expect, test } from 'vitest';
import { ingest, type IngestResult } from '../../src/ingest/index.js';
import type { WeeklyBars } from '../../src/types.js';
import { dayFromIso, isoFromDay } from '../../src/weeks/days.js';
import { fixture, tempDir } from './helpers.js';

const securities = fixture('good', 'securities.csv');
const prices = fixture('good', 'prices.csv');
const ccc = fixture('good', 'CCC.csv');
const benchmarks = fixture('good', 'benchmarks.csv');

/** Weekly bars as rows of plain values, dates as YYYY-MM-DD, for readable comparisons. */
function table(bars: WeeklyBars | undefined): (string | number)[][] {
  if (!bars) return [];
  return [...bars.week].map((week, i) => [
    isoFromDay(week),
    isoFromDay(bars.day[i]),
    round(bars.open[i]),
    round(bars.high[i]),
    round(bars.low[i]),
    round(bars.close[i]),
    round(bars.volume[i]),
  ]);
}

function round(x: number): number {
  return Math.round(x * 1e9) / 1e9;
}

describe('ingest() on the fixture universe (panel CSV, per-symbol export, benchmarks)', () => {
  let result: IngestResult;
  beforeAll(async () => {
    result = await ingest({ securities, prices: [prices, ccc], benchmarks });
  });

  test('reads the securities file: BOM, CRLF, quoted commas, doubled quotes and a line break in a field', () => {
    const [aaa, bbb, c, ddd] = result.securities;
    expect(result.securities.map((s) => s.key)).toEqual(['XNYS:AAA', 'XNYS:BBB', 'XLON:CCC', 'XNYS:DDD']);
    expect(aaa).toMatchObject({ symbol: 'AAA', exchange: 'XNYS', name: 'Acme, Inc.', country: 'US', currency: 'USD' });
    expect(aaa.description).toBe('Makes "everything",\r\non two lines');
    expect([aaa.marketCap, bbb.marketCap, c.marketCap]).toEqual([1.5e9, null, 2.5e9]);
    expect([aaa.assetType, c.assetType]).toEqual(['equity', 'fund']);
    expect(ddd.name).toBe('Delta (no prices)');
  });

  test('uuid: UUIDv5 of exchange:symbol in the engine namespace, unless the file gives one (lower-cased)', () => {
    const [aaa, bbb, c] = result.securities;
    // Python: uuid.uuid5(uuid.UUID('8108216a-0509-586f-99ce-3fc34d5194fa'), 'XNYS:AAA')
    expect(aaa.uuid).toBe('ac26e813-ad0c-53a7-883b-ebfdaddb8e93');
    expect(bbb.uuid).toBe('d02b54f6-c110-5fb6-b713-1705d6aed32a');
    expect(c.uuid).toBe('0f2b6c1e-3a4d-5b6c-8d7e-9f0a1b2c3d4e');
  });

  test('the as-of week is the latest week complete on the last data day (data stops on a Wednesday)', () => {
    expect(isoFromDay(result.asOfWeek)).toBe('2024-01-08');
    expect(isoFromDay(result.asOfDay)).toBe('2024-01-11');
  });

  test('weekly bars: a missing Monday and a holiday Friday (the week is labelled by its Thursday)', () => {
    expect(table(result.bars.get('XNYS:AAA'))).toEqual([
      ['2024-01-01', '2024-01-05', 10, 12, 9.5, 11, 500],
      ['2024-01-08', '2024-01-11', 11, 13, 8.8, 9, 1800],
    ]);
  });

  test('unsorted rows are sorted and a repeated date keeps its last row in file order', () => {
    expect(table(result.bars.get('XNYS:BBB'))).toEqual([
      ['2024-01-01', '2024-01-04', 48, 54, 47, 53, 17],
      ['2024-01-08', '2024-01-08', 53, 55, 52, 54, 5],
    ]);
    expect(result.warnings.filter((w) => w.kind !== 'unknown-security')).toEqual([
      { kind: 'unsorted-rows', message: `${prices}: 1 row is out of date order for their security; sorted by date`, count: 1 },
      {
        kind: 'duplicate-dates',
        message: `${prices}: 1 row repeats a date of the same security (1 security, e.g. XNYS:BBB 2024-01-04); the last row in file order is kept`,
        count: 1,
      },
      { kind: 'unsorted-rows', message: `${benchmarks}: 1 row is out of date order for their country; sorted by date`, count: 1 },
      {
        kind: 'duplicate-dates',
        message: `${benchmarks}: 1 row repeats a date of the same country; the last row in the file is kept`,
        count: 1,
      },
    ]);
  });

  test('rows of a security not in the securities file are skipped and counted', () => {
    expect(result.warnings.filter((w) => w.kind === 'unknown-security')).toEqual([
      {
        kind: 'unknown-security',
        message: `${prices}: 2 rows for security XNYS:ZZZ not in the securities file skipped`,
        count: 2,
      },
    ]);
    expect([...result.bars.keys()]).toEqual(['XNYS:AAA', 'XNYS:BBB', 'XLON:CCC']);
  });

  test('a security without prices is skipped with its reason', () => {
    expect(result.skipped).toEqual([{ key: 'XNYS:DDD', reason: 'no rows in the price files' }]);
  });

  test('a per-symbol export is named by its stem and adjusted by Adj Close / Close', () => {
    expect(table(result.bars.get('XLON:CCC'))).toEqual([
      ['2024-01-01', '2024-01-03', 10, 11, 9.5, 10, 2000],
      ['2024-01-08', '2024-01-08', 10, 11, 10, 10.5, 500],
    ]);
  });

  test('benchmarks: the last close of each week, by upper-cased country, up to the as-of week', () => {
    const us = result.benchmarks.get('US');
    expect([...(us?.week ?? [])].map(isoFromDay)).toEqual(['2024-01-01', '2024-01-08']);
    expect([...(us?.close ?? [])]).toEqual([104, 102]);
    expect([...(result.benchmarks.get('GB')?.close ?? [])]).toEqual([50]);
  });

  test('typed arrays throughout', () => {
    const bars = result.bars.get('XNYS:AAA');
    expect(bars?.week).toBeInstanceOf(Int32Array);
    expect(bars?.day).toBeInstanceOf(Int32Array);
    expect(bars?.close).toBeInstanceOf(Float64Array);
    expect(bars?.volume).toBeInstanceOf(Float64Array);
  });
});

describe('ingest() with --as-of', () => {
  test('a Friday completes its week even with no data that Friday; a Thursday does not', async () => {
    const friday = await ingest({ securities, prices: [prices], asOf: '2024-01-19' });
    expect(isoFromDay(friday.asOfWeek)).toBe('2024-01-15');
    expect(table(friday.bars.get('XNYS:AAA')).at(-1)).toEqual(['2024-01-15', '2024-01-17', 9, 10, 8.5, 9.9, 60]);
    const thursday = await ingest({ securities, prices: [prices], asOf: '2024-01-18' });
    expect(isoFromDay(thursday.asOfWeek)).toBe('2024-01-08');
    expect(thursday.bars.get('XNYS:AAA')?.week.length).toBe(2);
  });

  test('an earlier as-of leaves out later weeks, and securities that start later are skipped', async () => {
    const early = await ingest({ securities, prices: [prices, ccc], asOf: '2024-01-07' });
    expect(isoFromDay(early.asOfWeek)).toBe('2024-01-01');
    expect(table(early.bars.get('XNYS:AAA'))).toEqual([['2024-01-01', '2024-01-05', 10, 12, 9.5, 11, 500]]);
  });

  test('an as-of before any complete week is an input error', async () => {
    await expect(ingest({ securities, prices: [prices], asOf: '2023-12-01' })).rejects.toThrow(
      '--as-of 2023-12-01: no week of prices is complete on or before 2023-12-01',
    );
  });

  test('a malformed as-of is a RangeError (a usage mistake, not bad input)', async () => {
    await expect(ingest({ securities, prices: [prices], asOf: '19.01.2024' })).rejects.toBeInstanceOf(RangeError);
  });
});

describe('ingest() file forms', () => {
  const dir = tempDir();

  test('Parquet input gives the same bars as the CSV it was made from', async () => {
    const parquet = join(dir, 'prices.parquet');
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    await connection.run(`COPY (SELECT * FROM read_csv('${prices}')) TO '${parquet}' (FORMAT parquet)`);
    const types = await connection.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet('${parquet}')`);
    connection.closeSync();
    instance.closeSync();
    expect(types.getRowObjectsJS().find((row) => row.column_name === 'date')?.column_type).toBe('DATE');

    const fromCsv = await ingest({ securities, prices: [prices] });
    const fromParquet = await ingest({ securities, prices: [parquet] });
    expect(table(fromParquet.bars.get('XNYS:AAA'))).toEqual(table(fromCsv.bars.get('XNYS:AAA')));
    expect(table(fromParquet.bars.get('XNYS:BBB'))).toEqual(table(fromCsv.bars.get('XNYS:BBB')));
    expect(fromParquet.warnings.map((w) => [w.kind, w.count])).toEqual(fromCsv.warnings.map((w) => [w.kind, w.count]));
  });

  test('a bad value in Parquet is reported by row', async () => {
    const parquet = join(dir, 'bad.parquet');
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    await connection.run(`COPY (SELECT 'AAA' AS symbol, 'XNYS' AS exchange, DATE '2024-01-02' + i::INTEGER AS date,
      1.0 AS open, 2.0 AS high, 0.5 AS low, CASE WHEN i = 2 THEN -1.0 ELSE 1.5 END AS close, 10 AS volume
      FROM range(4) t(i)) TO '${parquet}' (FORMAT parquet)`);
    connection.closeSync();
    instance.closeSync();
    await expect(ingest({ securities, prices: [parquet] })).rejects.toThrow(`${parquet}:3: close "-1.0" is negative`);
  });

  test('globs expand in name order; a file without an exchange column matches unique symbols', async () => {
    const result = await ingest({ securities, prices: [fixture('glob', 'AAA-*.csv')], asOf: '2024-01-14' });
    expect(table(result.bars.get('XNYS:AAA'))).toEqual([
      ['2024-01-01', '2024-01-05', 10, 11.2, 9.5, 11, 150],
      ['2024-01-08', '2024-01-11', 11, 12.4, 8.8, 9, 1300],
    ]);
    expect(result.warnings).toEqual([]);
  });

  test('a later file overrides an earlier one on the same dates', async () => {
    const correction = join(dir, 'correction.csv');
    writeFileSync(correction, 'symbol,exchange,date,open,high,low,close,volume\nAAA,XNYS,2024-01-05,10.8,11.2,10.1,11.1,60\n');
    const result = await ingest({ securities, prices: [prices, correction] });
    expect(table(result.bars.get('XNYS:AAA'))[0]).toEqual(['2024-01-01', '2024-01-05', 10, 12, 9.5, 11.1, 510]);
    expect(result.warnings.find((w) => w.kind === 'duplicate-dates')?.message).toBe(
      `${prices}: 2 rows repeat a date of the same security (2 securities, e.g. XNYS:AAA 2024-01-05); the last row in file order is kept`,
    );
    // Across files, an earlier date after a later one is not "unsorted": each file is in order.
    expect(result.warnings.filter((w) => w.kind === 'unsorted-rows').map((w) => w.count)).toEqual([1]);
  });

  test('weekly input maps one to one', async () => {
    const weekly = join(dir, 'weekly.csv');
    writeFileSync(
      weekly,
      'symbol,exchange,date,open,high,low,close,volume\nAAA,XNYS,2024-01-05,10,12,9.5,11,500\nAAA,XNYS,2024-01-12,11,13,8.8,9,\n',
    );
    const result = await ingest({ securities, prices: [weekly] });
    const rows = table(result.bars.get('XNYS:AAA'));
    expect(rows[0]).toEqual(['2024-01-01', '2024-01-05', 10, 12, 9.5, 11, 500]);
    // No volume that week: NaN, never 0.
    expect(rows[1].slice(0, 6)).toEqual(['2024-01-08', '2024-01-12', 11, 13, 8.8, 9]);
    expect(rows[1][6]).toBeNaN();
  });

  test('the per-symbol stem matches the symbol without regard to case', async () => {
    const lower = join(dir, 'ccc.csv');
    copyFileSync(ccc, lower);
    const result = await ingest({ securities, prices: [lower], asOf: '2024-01-12' });
    expect(result.bars.get('XLON:CCC')?.week.length).toBe(2);
  });

  test('a per-symbol file whose stem is not a security is skipped with a warning', async () => {
    const other = join(dir, 'EEE.csv');
    copyFileSync(ccc, other);
    const result = await ingest({ securities, prices: [prices, other] });
    expect(result.warnings.filter((w) => w.kind === 'unknown-security').at(-1)).toEqual({
      kind: 'unknown-security',
      message: `${other}: 3 rows for security EEE not in the securities file skipped`,
      count: 3,
    });
  });

  test('no row for any known security is an input error naming the securities file', async () => {
    const other = join(dir, 'FFF.csv');
    copyFileSync(ccc, other);
    await expect(ingest({ securities, prices: [other] })).rejects.toThrow(
      `${securities}: none of its securities has a row in the price files`,
    );
  });

  test('day numbers: the bars use days since 1970-01-01', async () => {
    const result = await ingest({ securities, prices: [prices] });
    expect(result.bars.get('XNYS:AAA')?.day[0]).toBe(dayFromIso('2024-01-05'));
  });
});
