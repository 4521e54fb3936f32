import type { DuckDBConnection } from '@duckdb/node-api';

/** A SQL string literal. */
export function lit(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** A SQL identifier. */
export function ident(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** A SQL list of string literals. */
export function litList(texts: readonly string[]): string {
  return `[${texts.map(lit).join(', ')}]`;
}

/** Runs a query and returns its rows as plain JS values (for small results). */
export async function rows(connection: DuckDBConnection, sql: string): Promise<Record<string, unknown>[]> {
  const reader = await connection.runAndReadAll(sql);
  return reader.getRowObjectsJS() as Record<string, unknown>[];
}

/** The first line of a DuckDB error message. */
export function firstLine(error: unknown): string {
  return String(error instanceof Error ? error.message : error).split('\n')[0];
}
