/**
 * The peer table's model: which group, its stats, and its peers as rows, sorted. Pure:
 * no DOM, no lit, so the same code sorts in a browser, in Node (SSR) and in unit tests.
 */
import type { Report } from '../data/validate.js';
import { safeHref } from '../data/links.js';

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
  /** What the header shows. */
  label: string;
  /** Words added for assistive technology only (`" return"` after `1W`). */
  before?: string;
  after?: string;
  kind: 'text' | 'return' | 'flag';
}

/** The columns, in order. The first (symbol) is the row header. */
export const PEER_COLUMNS: readonly PeerColumn[] = [
  { key: 'symbol', label: 'Symbol', kind: 'text' },
  { key: 'name', label: 'Name', kind: 'text' },
  { key: 'exchange', label: 'Exchange', kind: 'text' },
  { key: 'weekly_return', label: '1W', after: ' return', kind: 'return' },
  { key: 'four_week_return', label: '4W', after: ' return', kind: 'return' },
  { key: 'twelve_week_return', label: '12W', after: ' return', kind: 'return' },
  { key: 'trend_active', label: 'Trend', after: ' active', kind: 'flag' },
  { key: 'positive_md', label: 'MD', before: 'Positive ', kind: 'flag' },
  { key: 'positive_rs', label: 'RS', before: 'Positive ', kind: 'flag' },
];

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
  label: string;
  kind: 'count' | 'return' | 'breadth' | 'rank';
  value: number;
}

const STATS: readonly Omit<GroupStat, 'value'>[] = [
  { key: 'count', label: 'Peers', kind: 'count' },
  { key: 'avg_weekly_return', label: 'Avg 1W', kind: 'return' },
  { key: 'avg_four_week_return', label: 'Avg 4W', kind: 'return' },
  { key: 'avg_twelve_week_return', label: 'Avg 12W', kind: 'return' },
  { key: 'trend_breadth', label: 'Trend breadth', kind: 'breadth' },
  { key: 'positive_md_breadth', label: 'Positive MD breadth', kind: 'breadth' },
  { key: 'positive_rs_breadth', label: 'Positive RS breadth', kind: 'breadth' },
  { key: 'week_rank', label: 'Rank 1W', kind: 'rank' },
  { key: 'four_week_rank', label: 'Rank 4W', kind: 'rank' },
  { key: 'twelve_week_rank', label: 'Rank 12W', kind: 'rank' },
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
