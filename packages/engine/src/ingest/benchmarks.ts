import type { BenchmarkSeries, Day, Warning } from '../types.js';
import { mondayOf, tryDayFromIso } from '../weeks/days.js';
import { normalizeName, parseCsv, readTextFile } from './csv.js';
import { InputError, quote } from './errors.js';

/**
 * Reads the benchmarks CSV (`country,date,close`, daily or weekly) into weekly closes per country
 * (upper-cased ISO alpha-2): the close of the last date of each Monday-Sunday week, weeks up to
 * `lastWeek` when given. A date given twice for a country keeps its last row in the file; rows
 * out of date order are sorted. Both are counted as warnings.
 */
export function readBenchmarks(file: string, lastWeek?: Day): { benchmarks: Map<string, BenchmarkSeries>; warnings: Warning[] } {
  const records = parseCsv(readTextFile(file), file);
  if (records.length === 0) throw new InputError(file, null, 'the file is empty');
  const [header, ...rows] = records;
  const index = new Map<string, number>();
  header.fields.forEach((name, i) => index.set(normalizeName(name), i));
  for (const column of ['country', 'date', 'close']) {
    if (!index.has(column)) throw new InputError(file, header.line, `missing column ${column}`);
  }
  if (rows.length === 0) throw new InputError(file, null, 'no rows after the header');
  const [ci, di, vi] = [index.get('country') ?? 0, index.get('date') ?? 0, index.get('close') ?? 0];

  const byCountry = new Map<string, { day: Day; close: number }[]>();
  for (const { line, fields } of rows) {
    if (fields.length !== header.fields.length) {
      throw new InputError(file, line, `${fields.length} fields, the header has ${header.fields.length}`);
    }
    const country = fields[ci].trim().toUpperCase();
    if (country === '') throw new InputError(file, line, 'country is empty');
    if (!/^[A-Z]{2}$/.test(country))
      throw new InputError(file, line, `country ${quote(fields[ci])} is not an ISO 3166 alpha-2 code`);
    const dateText = fields[di].trim();
    if (dateText === '') throw new InputError(file, line, 'date is empty');
    const day = tryDayFromIso(dateText);
    if (day === null) throw new InputError(file, line, `date ${quote(fields[di])} is not YYYY-MM-DD`);
    const closeText = fields[vi].trim();
    if (closeText === '') throw new InputError(file, line, 'close is empty');
    const close = Number(closeText);
    if (Number.isNaN(close)) throw new InputError(file, line, `close ${quote(fields[vi])} is not a number`);
    if (!Number.isFinite(close)) throw new InputError(file, line, `close ${quote(fields[vi])} is not a finite number`);
    if (close < 0) throw new InputError(file, line, `close ${quote(fields[vi])} is negative`);
    if (close === 0) throw new InputError(file, line, `close ${quote(fields[vi])} is zero`);
    const list = byCountry.get(country) ?? [];
    list.push({ day, close });
    byCountry.set(country, list);
  }

  let unsorted = 0;
  let duplicates = 0;
  const benchmarks = new Map<string, BenchmarkSeries>();
  for (const [country, list] of [...byCountry].sort(([a], [b]) => (a < b ? -1 : 1))) {
    for (let i = 1; i < list.length; i++) if (list[i].day < list[i - 1].day) unsorted++;
    // A stable sort keeps rows of one date in file order, so the last of them is the last row.
    const sorted = list.map((row, i) => ({ ...row, i })).sort((a, b) => a.day - b.day || a.i - b.i);
    const weeks: number[] = [];
    const closes: number[] = [];
    for (let i = 0; i < sorted.length; i++) {
      if (i + 1 < sorted.length && sorted[i + 1].day === sorted[i].day) {
        duplicates++;
        continue;
      }
      const week = mondayOf(sorted[i].day);
      if (lastWeek !== undefined && week > lastWeek) break;
      if (weeks.length > 0 && weeks[weeks.length - 1] === week) closes[closes.length - 1] = sorted[i].close;
      else {
        weeks.push(week);
        closes.push(sorted[i].close);
      }
    }
    if (weeks.length > 0) benchmarks.set(country, { week: Int32Array.from(weeks), close: Float64Array.from(closes) });
  }

  const warnings: Warning[] = [];
  if (unsorted > 0) {
    warnings.push({
      kind: 'unsorted-rows',
      message: `${file}: ${unsorted} ${unsorted === 1 ? 'row is' : 'rows are'} out of date order for their country; sorted by date`,
      count: unsorted,
    });
  }
  if (duplicates > 0) {
    warnings.push({
      kind: 'duplicate-dates',
      message: `${file}: ${duplicates} ${duplicates === 1 ? 'row repeats' : 'rows repeat'} a date of the same country; the last row in the file is kept`,
      count: duplicates,
    });
  }
  return { benchmarks, warnings };
}
