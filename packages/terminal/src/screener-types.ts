// The screener's query and result: the contract between the query API (server/), the screener
// page (pages/) and the page's script. The rows are universe.json's (ticker-engine's UniverseRow).
import type { UniverseRow } from 'ticker-engine';

export type { UniverseRow };

/** Columns the screener sorts by (query `sort=`). */
export const SORT_COLUMNS = [
  'symbol',
  'name',
  'composite_score',
  'return_1w',
  'return_4w',
  'return_12w',
  'return_26w',
  'return_52w',
  'trend_signal',
  'market_dynamics',
  'relative_strength',
  'market_cap',
] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];

/** Signal filters (query `signal=`, repeatable). */
export const SIGNALS = ['trend', 'positive-md', 'positive-rs'] as const;
export type Signal = (typeof SIGNALS)[number];

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

/** A validated screener query (`/api/securities?q=&country=&sector=&industry=&signal=&sort=&order=&page=&size=`). */
export interface ScreenerQuery {
  /** Free text matched against symbol and name, case-insensitively; '' for none. */
  q: string;
  country: string | null;
  sector: string | null;
  industry: string | null;
  signals: Signal[];
  sort: SortColumn;
  order: 'asc' | 'desc';
  /** 1-based. */
  page: number;
  size: number;
}

export interface ScreenerResult {
  query: ScreenerQuery;
  /** Rows matching the filters, before paging. */
  total: number;
  pages: number;
  rows: UniverseRow[];
  /** The values each filter can take (for the filter controls), from the whole universe. */
  facets: { countries: string[]; sectors: string[]; industries: string[] };
}
