/**
 * The peer table's model: which group, its stats, and its peers as rows, sorted. Pure:
 * no DOM, no lit, so the same code sorts in a browser, in Node (SSR) and in unit tests.
 */
import type { Report } from '../data/validate.js';
import { safeHref } from '../data/links.js';
import type { Formatter } from '../format/format.js';
import type { MessageKey } from '../i18n/index.js';

export type PeerGroupName = 'industry' | 'sector';
export type PeerGroup = NonNullable<NonNullable<Report['groups']>[PeerGroupName]>;
/** One peer as parsed from `groups[group].top_peers`. */
export type Peer = NonNullable<PeerGroup['top_peers']>[number];

export type SortDirection = 'ascending' | 'descending';
export type SortKey =
  | 'symbol'
  | 'name'
  | 'exchange'
  | 'weekly_return'
  | 'four_week_return'
  | 'twelve_week_return'
  | 'trend_active'
  | 'positive_md'
  | 'positive_rs';
export interface PeerSort {
  key: SortKey;
  direction: SortDirection;
}

export interface PeerColumn {
  key: SortKey;
  /** The catalog key of what the header shows. */
  label: MessageKey;
  /** The catalog key of the column's full name, for assistive technology (`1-week return` for `1W`). */
  long?: MessageKey;
  kind: 'text' | 'return' | 'flag';
}

/** The columns, in order. The first (symbol) is the row header. */
export const PEER_COLUMNS: readonly PeerColumn[] = [
  { key: 'symbol', label: 'peers.symbol', kind: 'text' },
  { key: 'name', label: 'peers.name', kind: 'text' },
  { key: 'exchange', label: 'peers.exchange', kind: 'text' },
  { key: 'weekly_return', label: 'peers.w1', long: 'peers.w1Long', kind: 'return' },
  { key: 'four_week_return', label: 'peers.w4', long: 'peers.w4Long', kind: 'return' },
  { key: 'twelve_week_return', label: 'peers.w12', long: 'peers.w12Long', kind: 'return' },
  { key: 'trend_active', label: 'peers.trend', long: 'peers.trendLong', kind: 'flag' },
  { key: 'positive_md', label: 'peers.md', long: 'peers.mdLong', kind: 'flag' },
  { key: 'positive_rs', label: 'peers.rs', long: 'peers.rsLong', kind: 'flag' },
];

/**
 * The most characters a return takes in either group's table (`+624.9%` is 7), between 6
 * and 10: both tables size their return columns from it, so the industry and sector tables
 * share their column widths and no number is ever wider than its column.
 */
export function returnChars(report: Report, format: Formatter): number {
  let most = 6;
  for (const group of [report.groups?.industry, report.groups?.sector]) {
    for (const peer of group?.top_peers ?? []) {
      for (const value of [peer.weekly_return, peer.four_week_return, peer.twelve_week_return]) {
        most = Math.max(most, [...format.percent(value, { signed: true })].length);
      }
    }
  }
  return Math.min(10, most);
}

/** `"sector"` picks the sector group; anything else the industry group (the default). */
export function groupName(value: string | null | undefined): PeerGroupName {
  return value?.trim().toLowerCase() === 'sector' ? 'sector' : 'industry';
}

export function pickGroup(report: Report, name: PeerGroupName): PeerGroup | undefined {
  return report.groups?.[name];
}

/** The group's numbers, in display order; absent ones are left out. */
export interface GroupStat {
  key: string;
  /** The catalog key of its name. */
  label: MessageKey;
  kind: 'count' | 'return' | 'breadth' | 'rank';
  value: number;
}

const STATS: readonly Omit<GroupStat, 'value'>[] = [
  { key: 'count', label: 'peers.count', kind: 'count' },
  { key: 'avg_weekly_return', label: 'peers.avg1', kind: 'return' },
  { key: 'avg_four_week_return', label: 'peers.avg4', kind: 'return' },
  { key: 'avg_twelve_week_return', label: 'peers.avg12', kind: 'return' },
  { key: 'trend_breadth', label: 'peers.trendBreadth', kind: 'breadth' },
  { key: 'positive_md_breadth', label: 'peers.mdBreadth', kind: 'breadth' },
  { key: 'positive_rs_breadth', label: 'peers.rsBreadth', kind: 'breadth' },
  { key: 'week_rank', label: 'peers.rank1', kind: 'rank' },
  { key: 'four_week_rank', label: 'peers.rank4', kind: 'rank' },
  { key: 'twelve_week_rank', label: 'peers.rank12', kind: 'rank' },
];

export function groupStats(group: PeerGroup): GroupStat[] {
  const out: GroupStat[] = [];
  for (const stat of STATS) {
    const value = group[stat.key as keyof PeerGroup];
    if (typeof value === 'number' && Number.isFinite(value)) out.push({ ...stat, value });
  }
  return out;
}

/** True when the group has something to show: a peer or a stat. */
export function groupHasContent(group: PeerGroup | undefined): group is PeerGroup {
  return !!group && ((group.top_peers?.length ?? 0) > 0 || groupStats(group).length > 0);
}

const norm = (s: string | undefined) => s?.trim().toUpperCase() || undefined;

/**
 * Is this peer the report's own ticker? Same symbol, and the same exchange when both name
 * one (`000657` on SHZ is not `000657` on another market).
 */
export function isOwnTicker(peer: Peer, report: Report): boolean {
  const symbol = norm(peer.symbol);
  if (!symbol || symbol !== norm(report.ticker.symbol)) return false;
  const a = norm(peer.exchange);
  const b = norm(report.ticker.exchange ?? report.classification?.exchange);
  return !a || !b || a === b;
}

export interface PeerRow {
  peer: Peer;
  /** Position in the report's list (a stable key, and the order when unsorted). */
  index: number;
  /** Absolute `http(s)` link to the peer's report, or undefined (shown as text). */
  href?: string;
  /** The report's own ticker. */
  current: boolean;
}

/** The direction a column sorts in on its first click: text A→Z, numbers and flags high→low. */
export function firstDirection(key: SortKey): SortDirection {
  const column = PEER_COLUMNS.find((c) => c.key === key);
  return column?.kind === 'text' ? 'ascending' : 'descending';
}

/** The sort after activating `key`'s header: the same column flips, another starts fresh. */
export function nextSort(current: PeerSort | undefined, key: SortKey): PeerSort {
  if (current?.key === key) return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { key, direction: firstDirection(key) };
}

function sortValue(peer: Peer, key: SortKey): string | number | undefined {
  const value = peer[key];
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  return value?.trim() || undefined;
}

/**
 * Peers sorted by a column. Stable (ties keep the report's order); missing values go last
 * in both directions; text compares with the locale's collation, digits as numbers.
 */
export function sortRows(rows: PeerRow[], sort: PeerSort | undefined, locale = 'en-US'): PeerRow[] {
  if (!sort) return [...rows].sort((a, b) => a.index - b.index);
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = sortValue(a.peer, sort.key);
    const y = sortValue(b.peer, sort.key);
    if (x === undefined || y === undefined) {
      if (x === y) return a.index - b.index;
      return x === undefined ? 1 : -1;
    }
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
    return order * sign || a.index - b.index;
  });
}

/** The group's peers as rows, links resolved against the report's source, sorted. */
export function peerRows(report: Report, group: PeerGroup, sort?: PeerSort, locale?: string): PeerRow[] {
  const rows = (group.top_peers ?? []).map((peer, index) => ({
    peer,
    index,
    href: safeHref(peer.url, report.source),
    current: isOwnTicker(peer, report),
  }));
  return sortRows(rows, sort, locale);
}
