// Reading every price file into one DuckDB table, checking each row, resolving each row to a
// security, and reporting what was handled (unknown securities, duplicate dates, unsorted rows).
import { closeSync, openSync, readSync } from 'node:fs';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Security, Warning } from '../types.js';
import { WeekBuilder } from '../weeks/builder.js';
import { isoFromDay } from '../weeks/days.js';
import { floats, ints } from './columns.js';
import { InputError, quote } from './errors.js';
import { ROLE_LABEL, type PriceFile, type Role } from './price-files.js';
import { firstLine, ident, lit, litList, rows } from './sql.js';

/** What loadPrices leaves behind in the connection, and what it noticed. */
export interface LoadedPrices {
  /**
   * A view with one row per security and day: `sid` (index into the securities), `day` (days
   * since 1970-01-01), `open`, `high`, `low`, `close` (adjusted by adj_close / close when given)
   * and `volume` (NULL when not given).
   */
  daily: string;
  /** The latest day of any known security, null when no row belongs to a known security. */
  maxDay: number | null;
  warnings: Warning[];
}

const PRICES: readonly Role[] = ['open', 'high', 'low', 'close'];
const NUMBERS: readonly Role[] = ['open', 'high', 'low', 'close', 'adjclose', 'volume'];

/** Loads, checks and resolves all price files; throws an InputError on the first bad row (in file order). */
export async function loadPrices(
  connection: DuckDBConnection,
  files: PriceFile[],
  securities: Security[],
  step: (step: string) => void = () => {},
): Promise<LoadedPrices> {
  await createLookups(connection, files, securities);
  await connection.run(`CREATE OR REPLACE TABLE prices (
    fid INTEGER, seq BIGINT, sid INTEGER, day INTEGER,
    open DOUBLE, high DOUBLE, low DOUBLE, close DOUBLE, adj DOUBLE, volume DOUBLE,
    bad BOOLEAN, unknown VARCHAR)`);

  for (const group of groupByLayout(files)) {
    const { sql } = resolved(group, 'typed');
    try {
      await connection.run(`INSERT INTO prices SELECT fid, seq, sid, day, n_open, n_high, n_low, n_close, n_adjclose, n_volume,
        NOT coalesce(good, false), label FROM (${sql})`);
    } catch (error) {
      // A value DuckDB could not convert, or a malformed row: find it, in file order, with our own words.
      for (const file of group) await diagnose(connection, file);
      throw new InputError(group[0].path, null, firstLine(error));
    }
  }

  step('checking prices');
  const bad = await rows(connection, `SELECT fid FROM prices WHERE bad ORDER BY fid, seq LIMIT 1`);
  if (bad.length > 0) {
    await diagnose(connection, files[Number(bad[0].fid)]);
    throw new Error(`a row of ${files[Number(bad[0].fid)].path} failed a check that could not be found again`);
  }
  const counted = await rows(connection, `SELECT fid FROM prices GROUP BY fid`);
  const nonEmpty = new Set(counted.map((row) => Number(row.fid)));
  const empty = files.find((file) => !nonEmpty.has(file.id));
  if (empty) throw new InputError(empty.path, null, empty.format === 'csv' ? 'no rows after the header' : 'no rows');

  step('checking date order');
  const order = await orderWarnings(connection, files, securities);
  const warnings = [...(await unknownWarnings(connection, files)), ...order.warnings];
  step('finding the latest day');
  const max = await rows(connection, `SELECT max(day) AS day FROM prices WHERE sid IS NOT NULL`);
  const maxDay = max[0].day === null ? null : Number(max[0].day);
  await connection.run(`CREATE OR REPLACE VIEW daily AS
    SELECT sid, day, open * f AS open, high * f AS high, low * f AS low, close * f AS close, volume
    FROM (SELECT *, CASE WHEN adj IS NULL THEN 1.0 ELSE adj / close END AS f FROM ${order.table})
    WHERE sid IS NOT NULL`);
  return { daily: 'daily', maxDay, warnings };
}

/** What streamPrices read: the weekly bars being built, and what loadPrices would have noticed. */
export interface StreamedPrices {
  weeks: WeekBuilder;
  /** The latest day of any known security, null when no row belongs to a known security. */
  maxDay: number | null;
  warnings: Warning[];
}

/**
 * The fast path for files that are fine: one streaming scan per group of files, straight into weekly
 * bars, nothing materialised. Returns null as soon as anything needs loadPrices' full treatment (a bad
 * row, a file without rows, a row of a security going back in date or repeating one, rows not in
 * file order), which then reads everything again and reports or handles it exactly as always.
 */
export async function streamPrices(
  connection: DuckDBConnection,
  files: PriceFile[],
  securities: Security[],
): Promise<StreamedPrices | null> {
  const keys = await createKeys(connection, securities);
  if (!keys) return null;
  const weeks = new WeekBuilder(securities.length);
  const lastDay = new Int32Array(securities.length).fill(-0x80000000);
  const lastSeq = new Float64Array(files.length).fill(-1);
  const rowsOf = new Float64Array(files.length);
  const unknown = new Map<number, { n: number; labels: Set<string> }>();
  let maxDay = -0x80000000;
  for (const group of groupByLayout(files)) {
    const { sql } = resolved(group, 'stream');
    const sidOf = group[0]!.roles.has('exchange') ? keys.withExchange : keys.symbolOnly;
    const fids = Int32Array.from(group, (file) => file.id);
    // Parquet rows carry their position in the file: check that they come in file order.
    const ordered = group[0]!.format === 'parquet';
    const f = 'CASE WHEN n_adjclose IS NULL THEN 1.0 ELSE n_adjclose / n_close END';
    let result;
    try {
      result =
        await connection.stream(`SELECT fid, seq, CASE WHEN NOT coalesce(good, false) THEN -2 ELSE coalesce(code, -1) END::INTEGER AS code,
          coalesce(day, 0)::INTEGER AS day, coalesce(n_open * f, 0) AS open, coalesce(n_high * f, 0) AS high,
          coalesce(n_low * f, 0) AS low, coalesce(n_close * f, 0) AS close, coalesce(n_volume, 'NaN'::DOUBLE) AS volume, label
        FROM (SELECT *, ${f} AS f FROM (${sql}))`);
    } catch {
      return null;
    }
    for (;;) {
      let chunk;
      try {
        chunk = await result.fetchChunk();
      } catch {
        return null;
      }
      if (!chunk || chunk.rowCount === 0) break;
      const n = chunk.rowCount;
      const fid = ints(chunk.getColumnVector(0), n);
      const seq = floats(chunk.getColumnVector(1), n);
      const code = ints(chunk.getColumnVector(2), n);
      const day = ints(chunk.getColumnVector(3), n);
      const open = floats(chunk.getColumnVector(4), n);
      const high = floats(chunk.getColumnVector(5), n);
      const low = floats(chunk.getColumnVector(6), n);
      const close = floats(chunk.getColumnVector(7), n);
      const volume = floats(chunk.getColumnVector(8), n);
      for (let i = 0; i < n; i++) {
        const file = fids[fid[i]!]!;
        if (ordered) {
          if (seq[i]! <= lastSeq[file]!) return null;
          lastSeq[file] = seq[i]!;
        }
        rowsOf[file]++;
        const c = code[i]!;
        if (c === -2) return null;
        if (c === -1) {
          const label = String(chunk.getColumnVector(9).getItem(i));
          const seen = unknown.get(file);
          if (seen) {
            seen.n++;
            seen.labels.add(label);
          } else unknown.set(file, { n: 1, labels: new Set([label]) });
          continue;
        }
        const s = sidOf[c]!;
        // A symbol on several exchanges and a file without an exchange column: loadPrices reports it.
        if (s < 0) return null;
        const d = day[i]!;
        // Going back in date, or a date again: unsorted rows or duplicates, loadPrices' job.
        if (d <= lastDay[s]!) return null;
        lastDay[s] = d;
        if (d > maxDay) maxDay = d;
        weeks.add(s, d, open[i]!, high[i]!, low[i]!, close[i]!, volume[i]!);
      }
    }
  }
  if (rowsOf.some((n) => n === 0)) return null;
  const warnings = [...unknown]
    .sort(([a], [b]) => a - b)
    .map(([fid, { n, labels }]) => unknownWarning(files[fid]!.path, n, [...labels].sort(byBytes)));
  return { weeks, maxDay: maxDay === -0x80000000 ? null : maxDay, warnings };
}

/**
 * ENUM types whose codes stand for securities: `pkey_x` of `EXCHANGE<US>SYMBOL` (upper-cased) and
 * `pkey_s` of `SYMBOL`, with the sid of each code (-1 for a symbol on several exchanges). Null when
 * a key could be read two ways (a unit separator in an exchange or symbol).
 */
async function createKeys(
  connection: DuckDBConnection,
  securities: Security[],
): Promise<{ withExchange: Int32Array; symbolOnly: Int32Array } | null> {
  if (securities.length === 0) return null;
  if (securities.some((s) => s.exchange.includes('\x1f') || s.symbol.includes('\x1f'))) return null;
  await connection.run(`CREATE OR REPLACE TABLE psec (sid INTEGER, usym VARCHAR, uexch VARCHAR, exch VARCHAR)`);
  const sec = await connection.createAppender('psec');
  securities.forEach((security, sid) => {
    sec.appendInteger(sid);
    sec.appendVarchar(security.symbol);
    sec.appendVarchar(security.exchange);
    sec.appendVarchar(security.exchange);
    sec.endRow();
  });
  sec.closeSync();
  await connection.run(`CREATE OR REPLACE TABLE pkeys AS
    SELECT 'x' AS kind, upper(uexch) || chr(31) || upper(usym) AS ukey, min(sid) AS sid FROM psec GROUP BY ALL
    UNION ALL SELECT 's', upper(usym), CASE WHEN count(*) = 1 THEN min(sid) ELSE -1 END FROM psec GROUP BY ALL`);
  const table = async (kind: string, type: string): Promise<Int32Array> => {
    await connection.run(`DROP TYPE IF EXISTS ${type}`);
    await connection.run(`CREATE TYPE ${type} AS ENUM (SELECT ukey FROM pkeys WHERE kind = '${kind}' ORDER BY ukey)`);
    const found = await connection.runAndReadAll(
      `SELECT enum_code(ukey::${type})::INTEGER AS code, sid::INTEGER AS sid FROM pkeys WHERE kind = '${kind}'`,
    );
    const [codes = [], sids = []] = found.getColumnsJS() as [number[]?, number[]?];
    const sidOf = new Int32Array(codes.length).fill(-1);
    codes.forEach((code, i) => (sidOf[code] = sids[i]!));
    return sidOf;
  };
  return { withExchange: await table('x', 'pkey_x'), symbolOnly: await table('s', 'pkey_s') };
}

/** DuckDB's order of VARCHARs: by UTF-8 bytes. */
function byBytes(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

async function createLookups(connection: DuckDBConnection, files: PriceFile[], securities: Security[]): Promise<void> {
  await connection.run(`CREATE OR REPLACE TABLE psec (sid INTEGER, usym VARCHAR, uexch VARCHAR, exch VARCHAR)`);
  const sec = await connection.createAppender('psec');
  securities.forEach((security, sid) => {
    sec.appendInteger(sid);
    sec.appendVarchar(security.symbol.toUpperCase());
    sec.appendVarchar(security.exchange.toUpperCase());
    sec.appendVarchar(security.exchange);
    sec.endRow();
  });
  sec.closeSync();
  await connection.run(`CREATE OR REPLACE TABLE psym AS
    SELECT usym, min(sid) AS sid, count(*) AS n, string_agg(exch, ', ' ORDER BY exch) AS exchanges FROM psec GROUP BY usym`);
  await connection.run(`CREATE OR REPLACE TABLE pfiles (fid INTEGER, path VARCHAR, stem VARCHAR)`);
  const appender = await connection.createAppender('pfiles');
  for (const file of files) {
    appender.appendInteger(file.id);
    appender.appendVarchar(file.path);
    appender.appendVarchar(file.stem);
    appender.endRow();
  }
  appender.closeSync();
}

/** Files with the same format and columns are read in one DuckDB call. */
function groupByLayout(files: PriceFile[]): PriceFile[][] {
  const groups = new Map<string, PriceFile[]>();
  for (const file of files) {
    const layout = JSON.stringify([file.format, file.columns.map(normalizeColumn), file.types]);
    groups.set(layout, [...(groups.get(layout) ?? []), file]);
  }
  return [...groups.values()];
}

function normalizeColumn(name: string): string {
  return name.toLowerCase();
}

/**
 * The rows of a group of files with their checks and their security: `fid`, `seq` (the record's
 * position in its file, 1 = first row after the header for CSV, 0 = first row for Parquet), the
 * raw cells `r_<role>`, the numbers `n_<role>`, `date_ok`, `good`, `sid`, `ambiguous` and `label`.
 */
function resolved(group: PriceFile[], mode: 'typed' | 'text' | 'stream'): { sql: string } {
  const first = group[0];
  const has = (role: Role): boolean => first.roles.has(role);
  const paths = litList(group.map((file) => file.path));
  const cells: string[] = [];
  let from: string;
  if (first.format === 'csv') {
    const types = first.columns.map((_, i) => {
      const role = [...first.roles].find(([, index]) => index === i)?.[0];
      const numeric = mode !== 'text' && role !== undefined && NUMBERS.includes(role);
      return `'c${i}': '${numeric ? 'DOUBLE' : 'VARCHAR'}'`;
    });
    // WITH ORDINALITY numbers rows one thread at a time: the streaming scan goes without (seq = 0) and
    // relies on DuckDB keeping the rows of a scan in file order (preserve_insertion_order).
    const ordinal = mode !== 'stream';
    from = `(SELECT *, ${ordinal ? 'ordinality AS seq' : 'file_index, 0 AS seq'} FROM read_csv(${paths}, header = true, auto_detect = false, delim = ',', quote = '"',
      escape = '"', filename = ${ordinal}${mode === 'text' ? ', parallel = false' : ''}, columns = {${types.join(', ')}})${ordinal ? ' WITH ORDINALITY' : ''})`;
    for (const [role, i] of first.roles) cells.push(`c${i} AS r_${role}`);
  } else {
    from = `(SELECT *, ${mode === 'stream' ? 'file_index, ' : ''}file_row_number AS seq FROM read_parquet(${paths}, filename = ${mode !== 'stream'}, file_row_number = true))`;
    for (const [role, i] of first.roles) {
      const column = ident(first.columns[i]);
      const type = first.types[i].toUpperCase();
      let cell = column;
      if (role === 'date' && mode === 'stream' && /^(DATE|TIMESTAMP)/.test(type)) {
        // Kept a date: no text and back per row (years outside 1000-9999 go the long way).
        cell = `CAST(${column} AS DATE)`;
      } else if (role === 'date') {
        cell = /^(DATE|TIMESTAMP)/.test(type) ? `strftime(CAST(${column} AS DATE), '%Y-%m-%d')` : `CAST(${column} AS VARCHAR)`;
      } else if (mode === 'text' || !NUMBERS.includes(role)) {
        cell = `CAST(${column} AS VARCHAR)`;
      }
      cells.push(`${cell} AS r_${role}`);
    }
  }
  for (const role of ['symbol', 'exchange', 'adjclose'] as const) if (!has(role)) cells.push(`NULL AS r_${role}`);

  const stream = mode === 'stream';
  const stems = `${litList(group.map((file) => file.stem))}[s.file_index + 1]`;
  const symbol = has('symbol') ? 's.r_symbol' : group.length === 1 ? lit(first.stem) : stream ? stems : 'f.stem';
  const lookup = has('exchange')
    ? `LEFT JOIN (SELECT sid, usym, uexch, 1 AS n, exch AS exchanges FROM psec) k ON k.usym = upper(${symbol}) AND k.uexch = upper(s.r_exchange)`
    : `LEFT JOIN psym k ON k.usym = upper(${symbol})`;
  const num = (role: Role): string => `TRY_CAST(s.r_${role} AS DOUBLE)`;
  const price = (role: Role): string => `(${num(role)} > 0 AND isfinite(${num(role)}))`;
  // YYYY-MM-DD by shape (cheaper than a regular expression on every row), then a real calendar date.
  const dateOk = `(length(s.r_date) = 10 AND s.r_date[1] BETWEEN '0' AND '9' AND s.r_date[5] = '-' AND s.r_date[8] = '-'
    AND TRY_CAST(s.r_date AS DATE) IS NOT NULL)`;
  const typedDate =
    stream && first.format === 'parquet' && /^(DATE|TIMESTAMP)/.test(first.types[first.roles.get('date')!]!.toUpperCase());
  const good = [
    typedDate ? 'year(s.r_date) BETWEEN 1000 AND 9999' : `s.r_date IS NOT NULL AND ${dateOk}`,
    ...PRICES.map(price),
    `${num('high')} >= ${num('low')}`,
    `(s.r_adjclose IS NULL OR ${price('adjclose')})`,
    `(s.r_volume IS NULL OR (${num('volume')} >= 0 AND isfinite(${num('volume')})))`,
    ...(has('symbol') ? ['s.r_symbol IS NOT NULL'] : []),
    ...(has('exchange') ? ['s.r_exchange IS NOT NULL'] : []),
    ...(stream ? [] : ['(k.n IS NULL OR k.n = 1)']),
  ].join(' AND ');
  const label = has('exchange') ? `s.r_exchange || ':' || ${symbol}` : symbol;
  // One file: its id and stem are constants, no join on the file name per row.
  const single = group.length === 1;
  if (stream) {
    // No join (DuckDB's hash join gives rows out of file order): the security is the code of its key
    // in the ENUM made by createKeys, NULL when unknown; the file is the reader's file_index.
    const key = has('exchange') ? `upper(s.r_exchange) || chr(31) || upper(${symbol})` : `upper(${symbol})`;
    const day = typedDate
      ? `CAST(s.r_date - DATE '1970-01-01' AS INTEGER)`
      : `CAST(TRY_CAST(s.r_date AS DATE) - DATE '1970-01-01' AS INTEGER)`;
    const sql = `SELECT s.file_index::INTEGER AS fid, s.seq::DOUBLE AS seq,
        ${NUMBERS.map((role) => `${num(role)} AS n_${role}`).join(', ')}, ${day} AS day, (${good}) AS good,
        s.code, CASE WHEN s.code IS NULL THEN ${label} END AS label
      FROM (SELECT *, enum_code(TRY_CAST(${key} AS ${has('exchange') ? 'pkey_x' : 'pkey_s'}))::INTEGER AS code
        FROM (SELECT file_index, seq, ${cells.join(', ')} FROM ${from}) s) s`;
    return { sql };
  }

  const sql = `SELECT ${single ? `${first.id} AS fid` : 'f.fid'}, s.seq, ${symbol} AS symbol, s.r_exchange AS exchange,
      ${NUMBERS.map((role) => `${num(role)} AS n_${role}`).join(', ')},
      ${mode === 'text' ? `${['date', ...NUMBERS].map((role) => `s.r_${role}`).join(', ')}, coalesce(${dateOk}, false) AS date_ok,` : ''}
      CAST(TRY_CAST(s.r_date AS DATE) - DATE '1970-01-01' AS INTEGER) AS day,
      (${good}) AS good,
      CASE WHEN k.n = 1 THEN k.sid END AS sid,
      CASE WHEN k.n > 1 THEN k.exchanges END AS ambiguous,
      CASE WHEN k.n IS NULL THEN ${label} END AS label
    FROM (SELECT filename, seq, ${cells.join(', ')} FROM ${from}) s
    ${single ? '' : 'JOIN pfiles f ON f.path = s.filename'}
    ${lookup}`;
  return { sql };
}

/** Finds the first bad row of one file and throws its InputError; returns when the file is fine. */
async function diagnose(connection: DuckDBConnection, file: PriceFile): Promise<void> {
  let found: Record<string, unknown>[];
  try {
    const { sql } = resolved([file], 'text');
    found = await rows(connection, `SELECT * FROM (${sql}) WHERE NOT coalesce(good, false) ORDER BY seq LIMIT 1`);
  } catch (error) {
    throw duckCsvError(file, error);
  }
  if (found.length === 0) return;
  const row = found[0];
  const line = file.format === 'csv' ? lineOfRecord(file.path, Number(row.seq)) : Number(row.seq) + 1;
  throw new InputError(file.path, line, problemOf(file, row));
}

function problemOf(file: PriceFile, row: Record<string, unknown>): string {
  const text = (role: Role): string | null => (row[`r_${role}`] === null ? null : String(row[`r_${role}`]));
  if (file.roles.has('symbol') && row.symbol === null) return 'symbol is empty';
  if (file.roles.has('exchange') && row.exchange === null) return 'exchange is empty';
  if (row.ambiguous !== null) {
    return `symbol ${quote(String(row.symbol))} is on several exchanges in the securities file (${String(row.ambiguous)}): add an exchange column`;
  }
  const date = text('date');
  if (date === null) return 'date is empty';
  if (row.date_ok !== true) return `date ${quote(date)} is not YYYY-MM-DD`;
  for (const role of NUMBERS) {
    const raw = text(role);
    const label = ROLE_LABEL[role];
    if (raw === null) {
      if (PRICES.includes(role)) return `${label} is empty`;
      continue;
    }
    const value = row[`n_${role}`] as number | null;
    if (value === null) return `${label} ${quote(raw)} is not a number`;
    if (!Number.isFinite(value)) return `${label} ${quote(raw)} is not a finite number`;
    if (value < 0) return `${label} ${quote(raw)} is negative`;
    if (value === 0 && role !== 'volume') return `${label} ${quote(raw)} is zero`;
  }
  return `high ${quote(String(text('high')))} is below low ${quote(String(text('low')))}`;
}

/** Turns DuckDB's CSV reader errors (wrong field count, broken quotes) into one line. */
function duckCsvError(file: PriceFile, error: unknown): InputError {
  const message = String(error instanceof Error ? error.message : error);
  const line = /CSV Error on Line: (\d+)/.exec(message);
  const fields = /Expected Number of Columns: (\d+) Found: (\d+)/.exec(message);
  if (line && fields) return new InputError(file.path, Number(line[1]), `${fields[2]} fields, the header has ${fields[1]}`);
  if (line && /quote/i.test(message)) return new InputError(file.path, Number(line[1]), 'a quoted field is not closed properly');
  if (line) return new InputError(file.path, Number(line[1]), 'not a valid CSV row');
  return new InputError(file.path, null, `cannot be read (${firstLine(error)})`);
}

/** The line (1-based) on which the `record`-th data record of a CSV file starts: quoted line breaks and blank lines counted. */
export function lineOfRecord(path: string, record: number): number {
  const fd = openSync(path, 'r');
  const buffer = Buffer.alloc(1 << 20);
  let line = 1;
  let index = -1;
  let inQuote = false;
  let lineStart = true;
  try {
    for (let length = readSync(fd, buffer); length > 0; length = readSync(fd, buffer)) {
      for (let i = 0; i < length; i++) {
        const b = buffer[i];
        if (inQuote) {
          if (b === 34) inQuote = false;
          else if (b === 10) line++;
          continue;
        }
        if (b === 10) {
          line++;
          lineStart = true;
          continue;
        }
        if (lineStart && b !== 13) {
          lineStart = false;
          index++;
          if (index === record) return line;
        }
        if (b === 34) inQuote = true;
      }
    }
  } finally {
    closeSync(fd);
  }
  return line;
}

async function unknownWarnings(connection: DuckDBConnection, files: PriceFile[]): Promise<Warning[]> {
  const found = await rows(
    connection,
    `SELECT fid, count(*) AS n, list(DISTINCT unknown ORDER BY unknown) AS labels FROM prices WHERE unknown IS NOT NULL GROUP BY fid ORDER BY fid`,
  );
  return found.map((row) => unknownWarning(files[Number(row.fid)].path, Number(row.n), row.labels as string[]));
}

function unknownWarning(path: string, n: number, labels: string[]): Warning {
  const shown = labels.slice(0, 5).join(', ') + (labels.length > 5 ? ', ...' : '');
  const what = labels.length === 1 ? `security ${labels[0]}` : `${labels.length} securities (${shown})`;
  return {
    kind: 'unknown-security',
    message: `${path}: ${n} ${n === 1 ? 'row' : 'rows'} for ${what} not in the securities file skipped`,
    count: n,
  };
}

/**
 * Rows out of date order within a file are counted and sorted; when a security has the same date
 * twice, the last row in file order (files in the order given, rows in file order) is kept.
 */
async function orderWarnings(
  connection: DuckDBConnection,
  files: PriceFile[],
  securities: Security[],
): Promise<{ warnings: Warning[]; table: string }> {
  const order = await rows(
    connection,
    `SELECT fid, count(*) FILTER (WHERE day < prev AND fid = prev_fid) AS unsorted, count(*) FILTER (WHERE day <= prev) AS suspect
     FROM (SELECT fid, day, lag(day) OVER w AS prev, lag(fid) OVER w AS prev_fid FROM prices WHERE sid IS NOT NULL
           WINDOW w AS (PARTITION BY sid ORDER BY fid, seq))
     GROUP BY fid ORDER BY fid`,
  );
  const warnings: Warning[] = [];
  for (const row of order) {
    const n = Number(row.unsorted);
    if (n === 0) continue;
    warnings.push({
      kind: 'unsorted-rows',
      message: `${files[Number(row.fid)].path}: ${n} ${n === 1 ? 'row is' : 'rows are'} out of date order for their security; sorted by date`,
      count: n,
    });
  }
  // Without a day repeated or going back, no security can have a date twice: skip the dedup pass.
  if (!order.some((row) => Number(row.suspect) > 0)) return { warnings, table: 'prices' };

  await connection.run(`CREATE OR REPLACE TABLE deduped AS
    SELECT * EXCLUDE (rank), rank = 1 AS keep FROM (
      SELECT *, row_number() OVER (PARTITION BY sid, day ORDER BY fid DESC, seq DESC) AS rank FROM prices WHERE sid IS NOT NULL)`);
  const dropped = await rows(
    connection,
    `SELECT fid, count(*) AS n, count(DISTINCT sid) AS securities, arg_min(sid, seq) AS sid, arg_min(day, seq) AS day
     FROM deduped WHERE NOT keep GROUP BY fid ORDER BY fid`,
  );
  await connection.run(`DELETE FROM deduped WHERE NOT keep`);
  for (const row of dropped) {
    const n = Number(row.n);
    const example = `${securities[Number(row.sid)].key} ${isoFromDay(Number(row.day))}`;
    const s = Number(row.securities);
    warnings.push({
      kind: 'duplicate-dates',
      message: `${files[Number(row.fid)].path}: ${n} ${n === 1 ? 'row repeats' : 'rows repeat'} a date of the same security (${s} ${s === 1 ? 'security' : 'securities'}, e.g. ${example}); the last row in file order is kept`,
      count: n,
    });
  }
  return { warnings, table: 'deduped' };
}
