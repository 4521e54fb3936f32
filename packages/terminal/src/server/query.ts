// The screener's query: parse and validate the parameters, then filter, sort and page universe.json's
// rows. Pure (no I/O, no Fastify): the query API, the no-script screener page and tests share it.
//
// Per-request work is one pass over the rows in a sort order computed once per column and
// direction (cached against the rows array), so a query over 10,000 securities costs a scan, not a sort.
import {
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  SIGNALS,
  SORT_COLUMNS,
  type ScreenerQuery,
  type ScreenerResult,
  type Signal,
  type SortColumn,
  type UniverseRow,
} from '../screener-types.js';

/** Longest accepted `q`, and longest accepted `country` / `sector` / `industry`. */
export const MAX_TEXT_LENGTH = 100;
/** Highest accepted `page` (a page past the last is empty, not an error). */
export const MAX_PAGE = 1_000_000;

/** The query parameters the screener reads; any other parameter is ignored here (the API rejects it). */
export const QUERY_PARAMETERS = ['q', 'country', 'sector', 'industry', 'signal', 'sort', 'order', 'page', 'size'] as const;
export type QueryParameter = (typeof QUERY_PARAMETERS)[number];

/** A query parameter with a bad value; `message` names it (`size must be between 1 and 200`). */
export class QueryError extends Error {
  constructor(
    readonly parameter: QueryParameter,
    message: string,
  ) {
    super(message);
    this.name = 'QueryError';
  }
}

/** Raw parameters: a URLSearchParams, or a parsed querystring (a repeated key as an array). */
export type ScreenerParams = URLSearchParams | Readonly<Record<string, unknown>>;

/** Text columns sort A to Z by default; number columns (and the trend signal) best first. */
const TEXT_COLUMNS: ReadonlySet<SortColumn> = new Set(['symbol', 'name']);

function values(params: ScreenerParams, name: QueryParameter): string[] {
  if (params instanceof URLSearchParams) return params.getAll(name);
  const value = params[name];
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.map((v) => {
    if (typeof v !== 'string') throw new QueryError(name, `${name} must be text`);
    return v;
  });
}

/** The parameter's one value, or undefined when absent or empty (an empty form field means "any"). */
function single(params: ScreenerParams, name: QueryParameter): string | undefined {
  const list = values(params, name);
  if (list.length > 1) throw new QueryError(name, `${name} must be given once`);
  const value = list[0];
  return value === undefined || value === '' ? undefined : value;
}

function text(params: ScreenerParams, name: 'q' | 'country' | 'sector' | 'industry'): string | undefined {
  const value = single(params, name)?.trim();
  if (value !== undefined && value.length > MAX_TEXT_LENGTH) {
    throw new QueryError(name, `${name} must be at most ${MAX_TEXT_LENGTH} characters`);
  }
  return value === '' ? undefined : value;
}

function whole(params: ScreenerParams, name: 'page' | 'size', fallback: number, max: number): number {
  const value = single(params, name);
  if (value === undefined) return fallback;
  if (!/^\d{1,9}$/.test(value)) throw new QueryError(name, `${name} must be a whole number between 1 and ${max}`);
  const n = Number(value);
  if (n < 1 || n > max) throw new QueryError(name, `${name} must be between 1 and ${max}`);
  return n;
}

function oneOf<T extends string>(params: ScreenerParams, name: QueryParameter, allowed: readonly T[]): T | undefined {
  const value = single(params, name);
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw new QueryError(name, `${name} must be one of ${allowed.join(', ')}`);
  return value as T;
}

/**
 * Validates the screener's parameters into a query with every default filled in. Throws a
 * QueryError naming the first bad parameter. Empty values mean "not given"; `signal` may repeat
 * (all given signals must hold); unknown parameters are ignored.
 *
 * Defaults: `sort=composite_score`; `order` is `asc` for symbol and name, `desc` for every other
 * column (best first); `page=1`; `size=50` (at most 200).
 */
export function parseScreenerQuery(params: ScreenerParams): ScreenerQuery {
  const signals: Signal[] = [];
  for (const value of values(params, 'signal')) {
    if (value === '') continue;
    if (!(SIGNALS as readonly string[]).includes(value))
      throw new QueryError('signal', `signal must be one of ${SIGNALS.join(', ')}`);
    if (!signals.includes(value as Signal)) signals.push(value as Signal);
  }
  const sort = oneOf(params, 'sort', SORT_COLUMNS) ?? 'composite_score';
  const order = oneOf(params, 'order', ['asc', 'desc'] as const) ?? (TEXT_COLUMNS.has(sort) ? 'asc' : 'desc');
  return {
    q: text(params, 'q') ?? '',
    country: text(params, 'country') ?? null,
    sector: text(params, 'sector') ?? null,
    industry: text(params, 'industry') ?? null,
    signals,
    sort,
    order,
    page: whole(params, 'page', 1, MAX_PAGE),
    size: whole(params, 'size', DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE),
  };
}

/** Case- and accent-insensitive form of a text for `q` matching. */
export function fold(value: string): string {
  return value.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** What is derived once per rows array: folded search text, facets and the sort orders asked for so far. */
interface RowsIndex {
  symbols: string[];
  names: string[];
  facets: ScreenerResult['facets'];
  orders: Map<string, Int32Array>;
}

const indexes = new WeakMap<readonly UniverseRow[], RowsIndex>();

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

function distinct(rows: readonly UniverseRow[], key: 'country' | 'sector' | 'industry'): string[] {
  return [...new Set(rows.map((r) => r[key]))].sort(collator.compare);
}

function indexOf(rows: readonly UniverseRow[]): RowsIndex {
  let index = indexes.get(rows);
  if (!index) {
    index = {
      symbols: rows.map((r) => fold(r.symbol)),
      names: rows.map((r) => fold(r.name)),
      facets: { countries: distinct(rows, 'country'), sectors: distinct(rows, 'sector'), industries: distinct(rows, 'industry') },
      orders: new Map(),
    };
    indexes.set(rows, index);
  }
  return index;
}

/** A row's sort key: a number, a string, or null (always last). The trend signal sorts as 1 / 0. */
function sortKey(row: UniverseRow, column: SortColumn): number | string | null {
  const value = row[column];
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  return value;
}

/**
 * Row positions in the order of `column` and `order`: nulls last in both directions, ties by
 * symbol, exchange and uuid ascending whatever the direction, so paging is stable.
 */
function sortOrder(rows: readonly UniverseRow[], index: RowsIndex, column: SortColumn, order: 'asc' | 'desc'): Int32Array {
  const cacheKey = `${column} ${order}`;
  let positions = index.orders.get(cacheKey);
  if (positions) return positions;
  const keys = rows.map((r) => sortKey(r, column));
  const sign = order === 'asc' ? 1 : -1;
  positions = Int32Array.from(rows.keys());
  positions.sort((i, j) => {
    const a = keys[i]!;
    const b = keys[j]!;
    if (a !== b) {
      if (a === null) return 1;
      if (b === null) return -1;
      const c = typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b));
      if (c !== 0) return sign * c;
    }
    const ri = rows[i]!;
    const rj = rows[j]!;
    return (
      collator.compare(ri.symbol, rj.symbol) ||
      (ri.exchange < rj.exchange ? -1 : ri.exchange > rj.exchange ? 1 : 0) ||
      (ri.uuid < rj.uuid ? -1 : ri.uuid > rj.uuid ? 1 : 0)
    );
  });
  index.orders.set(cacheKey, positions);
  return positions;
}

/** Whether a row passes a signal filter: the trend is on, MD above 0, RS above 100 (as the engine counts them). */
export function hasSignal(row: UniverseRow, signal: Signal): boolean {
  switch (signal) {
    case 'trend':
      return row.trend_signal;
    case 'positive-md':
      return row.market_dynamics !== null && row.market_dynamics > 0;
    case 'positive-rs':
      return row.relative_strength !== null && row.relative_strength > 100;
  }
}

/**
 * Filters, sorts and pages the rows. `q` matches symbol or name (case- and accent-insensitive
 * substring); country, sector and industry match exactly; every signal must hold. A page past the
 * last is empty. Facets list every value in the whole universe, sorted.
 */
export function runScreenerQuery(rows: readonly UniverseRow[], query: ScreenerQuery): ScreenerResult {
  const index = indexOf(rows);
  const positions = sortOrder(rows, index, query.sort, query.order);
  const needle = query.q === '' ? null : fold(query.q);
  const { country, sector, industry, signals } = query;
  const start = (query.page - 1) * query.size;
  const end = start + query.size;
  const page: UniverseRow[] = [];
  let total = 0;
  for (let k = 0; k < positions.length; k++) {
    const i = positions[k]!;
    const row = rows[i]!;
    if (country !== null && row.country !== country) continue;
    if (sector !== null && row.sector !== sector) continue;
    if (industry !== null && row.industry !== industry) continue;
    if (needle !== null && !index.symbols[i]!.includes(needle) && !index.names[i]!.includes(needle)) continue;
    if (signals.length > 0 && !signals.every((s) => hasSignal(row, s))) continue;
    if (total >= start && total < end) page.push(row);
    total++;
  }
  return {
    query,
    total,
    pages: Math.max(1, Math.ceil(total / query.size)),
    rows: page,
    facets: index.facets,
  };
}
