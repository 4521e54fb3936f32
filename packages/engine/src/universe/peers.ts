// Peers: who a security is compared with, and where it ranks.
//
// - `momentum.peer`: every security of the same country and sector (the seed: all 747 of
//   "CN Basic Materials"), ranked by the latest weekly return; its `count` is the number of peers
//   ranked that week (those with a weekly return), so the percentile formula reads with it.
// - `groups.sector` / `groups.industry`: the country-sector and country-industry groups, each
//   capped at GROUP_SIZE members: the largest by market cap, like an index's constituents (the seed's
//   sector group has 100 members). A security outside its group's largest GROUP_SIZE is compared
//   with the largest GROUP_SIZE - 1 and itself, so every report's group contains its own security.
// Peer groups never cross a country, so a country can be computed on its own (sharding).
//
// Ranks are competition ranks ("1224"): 1 + the number of members with a strictly better value;
// members whose value is unknown get no rank and are not counted in that ranking.

/** The largest a sector or industry group gets. */
export const GROUP_SIZE = 100;
/** How many leaders a group lists. */
export const TOP_PEERS = 5;

/** What the peer computations need of one security at the as-of week (returns as fractions). */
export interface PeerEntry {
  key: string;
  uuid: string;
  symbol: string;
  name: string;
  exchange: string;
  country: string;
  sector: string;
  industry: string;
  marketCap: number | null;
  w1: number | null;
  w4: number | null;
  w12: number | null;
  trendActive: boolean;
  /** Market Dynamics above zero. */
  positiveMd: boolean;
  /** Relative Strength above 100 (outperforming its benchmark). */
  positiveRs: boolean;
}

/** `momentum.peer` */
export interface PeerRank {
  scope: string;
  count: number;
  /** null when the security's weekly return is unknown. */
  rank: number | null;
  /** (count - rank) / (count - 1) * 100; null when unranked or alone. */
  percentile: number | null;
  /** Mean weekly return of the peers (fraction). */
  avgWeeklyReturn: number | null;
}

/** `groups.sector` or `groups.industry` (returns and breadths as fractions). */
export interface GroupView {
  scope: string;
  count: number;
  avgWeeklyReturn: number | null;
  avgFourWeekReturn: number | null;
  avgTwelveWeekReturn: number | null;
  trendBreadth: number;
  positiveMdBreadth: number;
  positiveRsBreadth: number;
  weekRank: number | null;
  fourWeekRank: number | null;
  twelveWeekRank: number | null;
  /** The group's best TOP_PEERS by 4-week return, best first. */
  topPeers: PeerEntry[];
}

export interface Comparison {
  peer: PeerRank;
  sector: GroupView;
  industry: GroupView;
}

/** Rank of `value` among `values` (competition rank, larger is better); null when `value` is null. */
export function rankOf(value: number | null, values: readonly (number | null)[]): number | null {
  if (value === null) return null;
  let better = 0;
  for (const v of values) if (v !== null && v > value) better += 1;
  return better + 1;
}

/** SYSTEM.md: percentile = (count - rank) / (count - 1) * 100 (rank 1 = best). */
export function percentileOf(rank: number | null, count: number): number | null {
  if (rank === null || count < 2) return null;
  return ((count - rank) / (count - 1)) * 100;
}

function mean(values: readonly (number | null)[]): number | null {
  let sum = 0;
  let n = 0;
  for (const v of values) {
    if (v === null) continue;
    sum += v;
    n += 1;
  }
  return n === 0 ? null : sum / n;
}

function share(members: readonly PeerEntry[], flag: (p: PeerEntry) => boolean): number {
  let n = 0;
  for (const m of members) if (flag(m)) n += 1;
  return members.length === 0 ? 0 : n / members.length;
}

const byKey = (a: PeerEntry, b: PeerEntry) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** Largest market cap first; unknown caps last; ties by key, so the order never depends on input order. */
export function bySize(a: PeerEntry, b: PeerEntry): number {
  const ca = a.marketCap ?? -Infinity;
  const cb = b.marketCap ?? -Infinity;
  return ca === cb ? byKey(a, b) : cb - ca;
}

/** Best 4-week return first; unknown returns never lead; ties by key. */
function byFourWeek(a: PeerEntry, b: PeerEntry): number {
  const ra = a.w4 ?? -Infinity;
  const rb = b.w4 ?? -Infinity;
  return ra === rb ? byKey(a, b) : rb - ra;
}

/** The group statistics of `members` seen from `self` (which must be one of them). */
export function groupView(scope: string, members: readonly PeerEntry[], self: PeerEntry): GroupView {
  const w1 = members.map((m) => m.w1);
  const w4 = members.map((m) => m.w4);
  const w12 = members.map((m) => m.w12);
  return {
    scope,
    count: members.length,
    avgWeeklyReturn: mean(w1),
    avgFourWeekReturn: mean(w4),
    avgTwelveWeekReturn: mean(w12),
    trendBreadth: share(members, (m) => m.trendActive),
    positiveMdBreadth: share(members, (m) => m.positiveMd),
    positiveRsBreadth: share(members, (m) => m.positiveRs),
    weekRank: rankOf(self.w1, w1),
    fourWeekRank: rankOf(self.w4, w4),
    twelveWeekRank: rankOf(self.w12, w12),
    topPeers: members
      .filter((m) => m.w4 !== null)
      .sort(byFourWeek)
      .slice(0, TOP_PEERS),
  };
}

/** The members a security is grouped with: the largest GROUP_SIZE, or the largest GROUP_SIZE - 1 and itself. */
export function groupMembers(sortedBySize: readonly PeerEntry[], self: PeerEntry): PeerEntry[] {
  if (sortedBySize.length <= GROUP_SIZE) return [...sortedBySize];
  const core = sortedBySize.slice(0, GROUP_SIZE);
  if (core.includes(self)) return core;
  return [...core.slice(0, GROUP_SIZE - 1), self];
}

/** counts how many known values are strictly greater than v, by binary search over the sorted values. */
function betterCounter(values: readonly (number | null)[]): ((v: number) => number) & { ranked: number } {
  const sorted = Float64Array.from(values.filter((v): v is number => v !== null)).sort();
  const count = (v: number) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid]! <= v) lo = mid + 1;
      else hi = mid;
    }
    return sorted.length - lo;
  };
  return Object.assign(count, { ranked: sorted.length });
}

function groupBy(entries: readonly PeerEntry[], key: (p: PeerEntry) => string): Map<string, PeerEntry[]> {
  const groups = new Map<string, PeerEntry[]>();
  for (const e of entries) {
    const k = key(e);
    const list = groups.get(k);
    if (list) list.push(e);
    else groups.set(k, [e]);
  }
  return groups;
}

/**
 * Compares every security with its peers. Entries may span countries; groups never do.
 * Returns one Comparison per entry key.
 */
export function comparePeers(entries: readonly PeerEntry[]): Map<string, Comparison> {
  const result = new Map<string, Comparison>();
  const sectors = groupBy(entries, (e) => `${e.country}\u0000${e.sector}`);
  const industries = groupBy(entries, (e) => `${e.country}\u0000${e.industry}`);
  for (const list of sectors.values()) list.sort(bySize);
  for (const list of industries.values()) list.sort(bySize);

  for (const sector of sectors.values()) {
    const w1 = sector.map((m) => m.w1);
    const avgWeeklyReturn = mean(w1);
    const better = betterCounter(w1);
    for (const self of sector) {
      const rank = self.w1 === null ? null : better(self.w1) + 1;
      const scope = `${self.country} ${self.sector}`;
      const industry = industries.get(`${self.country}\u0000${self.industry}`)!;
      result.set(self.key, {
        peer: { scope, count: better.ranked, rank, percentile: percentileOf(rank, better.ranked), avgWeeklyReturn },
        sector: groupView(scope, groupMembers(sector, self), self),
        industry: groupView(`${self.country} ${self.industry}`, groupMembers(industry, self), self),
      });
    }
  }
  return result;
}
