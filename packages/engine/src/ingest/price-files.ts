// Finding the price files (paths and globs) and reading what each one holds: its format and columns.
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { checkText, normalizeName, parseCsv } from './csv.js';
import { InputError, quote } from './errors.js';
import { firstLine, lit, rows } from './sql.js';

/** The columns the engine reads from a price file, by their normalized names. */
export const ROLES = ['symbol', 'exchange', 'date', 'open', 'high', 'low', 'close', 'adjclose', 'volume'] as const;
export type Role = (typeof ROLES)[number];
const REQUIRED: readonly Role[] = ['date', 'open', 'high', 'low', 'close', 'volume'];

/** How each role is named in messages. */
export const ROLE_LABEL: Record<Role, string> = {
  symbol: 'symbol',
  exchange: 'exchange',
  date: 'date',
  open: 'open',
  high: 'high',
  low: 'low',
  close: 'close',
  adjclose: 'adj_close',
  volume: 'volume',
};

export interface PriceFile {
  /** Position in the order the files were given (globs expand sorted by name). */
  id: number;
  path: string;
  format: 'csv' | 'parquet';
  /** Column names as in the file, in file order. */
  columns: string[];
  /** Column types (Parquet only). */
  types: string[];
  /** Role -> column position. */
  roles: Map<Role, number>;
  /** The file name without folder and extension: the symbol of a file without a symbol column. */
  stem: string;
}

const GLOB = /[*?[{]/;
const SNIFF_BYTES = 1 << 16;

/** Expands paths and globs (DuckDB's glob syntax) into files, in order, each once. */
export async function expandPriceFiles(connection: DuckDBConnection, patterns: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  const seen = new Set<string>();
  for (const pattern of patterns) {
    let matched: string[];
    if (GLOB.test(pattern)) {
      const found = await rows(connection, `SELECT file FROM glob(${lit(pattern)}) ORDER BY file`);
      matched = found.map((row) => String(row.file));
      if (matched.length === 0) throw new InputError(pattern, null, 'no file matches');
    } else {
      let isFile = false;
      try {
        isFile = statSync(pattern).isFile();
      } catch {
        throw new InputError(pattern, null, 'file not found');
      }
      if (!isFile) throw new InputError(pattern, null, 'not a file');
      matched = [pattern];
    }
    for (const file of matched) {
      if (!seen.has(file)) files.push(file);
      seen.add(file);
    }
  }
  return files;
}

/** Reads each file's header (CSV) or schema (Parquet) and checks its columns. */
export async function describePriceFiles(connection: DuckDBConnection, paths: readonly string[]): Promise<PriceFile[]> {
  const files: PriceFile[] = [];
  for (const [id, path] of paths.entries()) {
    const format = /\.(parquet|pq)$/i.test(path) ? 'parquet' : 'csv';
    const { columns, types } = format === 'csv' ? csvHeader(path) : await parquetSchema(connection, path);
    const roles = new Map<Role, number>();
    columns.forEach((name, i) => {
      const role = normalizeName(name) as Role;
      if (!(ROLES as readonly string[]).includes(role)) return;
      if (roles.has(role)) throw new InputError(path, format === 'csv' ? 1 : null, `column ${quote(name)} appears twice`);
      roles.set(role, i);
    });
    for (const role of REQUIRED) {
      if (!roles.has(role)) throw new InputError(path, format === 'csv' ? 1 : null, `missing column ${ROLE_LABEL[role]}`);
    }
    files.push({ id, path, format, columns, types, roles, stem: basename(path, extname(path)) });
  }
  return files;
}

function csvHeader(path: string): { columns: string[]; types: string[] } {
  const buffer = Buffer.alloc(SNIFF_BYTES);
  const fd = openSync(path, 'r');
  let length: number;
  try {
    length = readSync(fd, buffer, 0, SNIFF_BYTES, 0);
  } finally {
    closeSync(fd);
  }
  const bytes = buffer.subarray(0, length);
  checkText(bytes, path, length < SNIFF_BYTES);
  const text = bytes.toString('utf8');
  const end = text.indexOf('\n');
  const [header] = parseCsv(end < 0 ? text : text.slice(0, end), path);
  if (!header) throw new InputError(path, null, 'the file is empty');
  return { columns: header.fields.map((field) => field.trim()), types: [] };
}

async function parquetSchema(connection: DuckDBConnection, path: string): Promise<{ columns: string[]; types: string[] }> {
  try {
    const schema = await rows(connection, `DESCRIBE SELECT * FROM read_parquet(${lit(path)})`);
    return { columns: schema.map((row) => String(row.column_name)), types: schema.map((row) => String(row.column_type)) };
  } catch (error) {
    throw new InputError(path, null, `not a readable Parquet file (${firstLine(error)})`);
  }
}
