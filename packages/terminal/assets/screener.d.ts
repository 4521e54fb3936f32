// Types of screener.js (the module the pages and the page's script share).
import type { ScreenerQuery, ScreenerResult, Signal, SortColumn, UniverseRow } from '../src/screener-types.js';

export declare const SORT_COLUMNS: readonly SortColumn[];
export declare const SIGNALS: readonly Signal[];
export declare const SIGNAL_LABELS: Readonly<Record<Signal, string>>;
export declare const DEFAULT_PAGE_SIZE: number;
export declare const MAX_PAGE_SIZE: number;
export declare const PAGE_SIZES: readonly number[];
export declare const DEFAULT_QUERY: Readonly<ScreenerQuery>;

export interface Column {
  key: string;
  label: string;
  sort?: SortColumn;
  sorts?: SortColumn[];
  numeric?: boolean;
  title?: string;
}
export declare const COLUMNS: readonly Column[];
export declare const SORT_LABELS: Readonly<Record<SortColumn, string>>;

/** A piece of a cell: a link when it has `href`, else a span (or bare text without a class). */
export interface Part {
  text?: string;
  className?: string;
  href?: string;
  children?: Part[];
}
export interface Cell {
  header?: boolean;
  className: string;
  parts: Part[];
}
export interface PagerItem {
  text: string;
  href?: string;
  current?: boolean;
  rel?: 'prev' | 'next';
  disabled?: boolean;
  gap?: boolean;
}

export declare function formatPercent(value: number | null | undefined): string;
export declare function formatSigned(value: number | null | undefined, digits: number): string;
export declare function formatCompact(value: number | null | undefined, currency: string): string;
export declare function tone(value: number | null | undefined, zero?: number): 'up' | 'down' | 'flat';
export declare function reportHref(uuid: string): string;
export declare function chartHref(uuid: string): string;
export declare function rowCells(row: UniverseRow): Cell[];
export declare function firstOrder(sort: SortColumn): 'asc' | 'desc';
export declare function queryParams(query: ScreenerQuery): [string, string][];
export declare function queryString(query: ScreenerQuery): string;
export declare function screenerHref(query: ScreenerQuery, changes?: Partial<ScreenerQuery>): string;
export declare function sortHref(query: ScreenerQuery, sort: SortColumn): string;
export declare function ariaSort(query: ScreenerQuery, column: Column): 'ascending' | 'descending' | null;
export declare function parseQuery(params: URLSearchParams | Iterable<[string, string]>): ScreenerQuery;
export declare function fold(value: string): string;
export declare function runQuery(rows: readonly UniverseRow[], query: ScreenerQuery): ScreenerResult;
export declare function statusText(result: ScreenerResult): string;
export declare function pagerItems(result: ScreenerResult): PagerItem[];
