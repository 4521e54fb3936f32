/**
 * The writer's input and output shapes.
 *
 * Input: what one security brings (`Security`, `WeeklyBars`, `SecuritySeries`, `SecuritySnapshot`)
 * plus an optional `ReportComparison`: everything that needs the other securities (peer ranks,
 * groups, setup scores, the signature, the expectation). Without it the writer still writes
 * every key of the seed, with `null` where the comparison would have gone.
 *
 * Output: `ReportJson`, the seed's shape key for key and in the seed's key order. Every
 * value that cannot be computed is `null` (the widgets show a dash), never 0 and never "n/a".
 */
import type { SecuritySeries, Security, SecuritySnapshot, WeeklyBars } from '../types.js';
import type { PeerRank } from '../universe/peers.js';
import type { Tone } from './format.js';

export type { Tone };

// ---------------------------------------------------------------------------------------------
// Input: the comparison with the universe (filled by part 2: universe/, scores/, text/)
// ---------------------------------------------------------------------------------------------
// Units follow types.ts: returns and breadths are fractions (0.127 = 12.7%); the writer turns
// them into the seed's percentage points. Percentiles and scores are already 0-100.

/** `momentum.peer`: the security's rank among its broad peers (universe/peers.ts computes it). */
export type { PeerRank };

/** One of a group's `top_peers`. */
export interface GroupPeer {
  /** The seed's numeric `id`; any stable id of the build (a row number, the uuid). */
  id: number | string;
  /** For the peer's `url`, `/terminal/{uuid}/report/`. */
  uuid: string;
  symbol: string;
  name: string;
  exchange: string;
  /** Fractions. */
  weeklyReturn: number | null;
  fourWeekReturn: number | null;
  twelveWeekReturn: number | null;
  trendActive: boolean;
  positiveMd: boolean;
  positiveRs: boolean;
}

/** `groups.sector` / `groups.industry`. */
export interface GroupComparison {
  /** `"CN Basic Materials"`, `"CN Other Industrial Metals & Mining"` */
  scope: string;
  count: number;
  /** Group means, fractions. */
  avgWeeklyReturn: number | null;
  avgFourWeekReturn: number | null;
  avgTwelveWeekReturn: number | null;
  /** Shares of the group's members, fractions (0.48 -> `48.0` in the report). */
  trendBreadth: number | null;
  positiveMdBreadth: number | null;
  positiveRsBreadth: number | null;
  /** The security's rank in the group by 1-, 4- and 12-week return (1 = best). */
  weekRank: number | null;
  fourWeekRank: number | null;
  twelveWeekRank: number | null;
  /** The group's five best by 4-week return, best first. */
  topPeers: GroupPeer[];
}

/** One setup score, 0-100. Its `value_label`, `width` and `tone` are the writer's. */
export interface SetupScore {
  /** `"Trend"`, `"Momentum"`, `"Dynamics"`, `"Relative Strength"`, `"Volume"`, `"Risk Control"` */
  label: string;
  value: number | null;
  description: string;
}

/** The part of a report that needs the other securities. Every field is optional. */
export interface ReportComparison {
  peer?: PeerRank | null;
  groups?: { sector?: GroupComparison | null; industry?: GroupComparison | null } | null;
  /**
   * The six setup scores in the seed's order. `composite_score` is their mean (the seed's rule),
   * written by the writer; it is `null` when any score is `null` or the list is missing.
   */
  scores?: SetupScore[] | null;
  /** `"Leadership continuation"`, ... */
  setupSignature?: string | null;
  /** `"Undecided"`, `"Bullish"`, ... with its probability as a fraction (0.5377 -> `"53.77%"`). */
  expectation?: { label: string; probability: number | null } | null;
}

/** Everything `writeReport` reads. `bars` and `series` are the security's full aligned history. */
export interface ReportInput {
  security: Security;
  bars: WeeklyBars;
  series: SecuritySeries;
  snapshot: SecuritySnapshot;
  comparison?: ReportComparison | null;
}

// ---------------------------------------------------------------------------------------------
// Output: the seed's JSON
// ---------------------------------------------------------------------------------------------

export interface KpiJson {
  label: string;
  value: string | null;
  /** Only on the return KPIs (as in the seed); `null` when the return is missing. */
  tone?: Tone | null;
  hint: string;
}

export interface ReturnJson {
  /** `"1W"`, `"4W"`, `"12W"`, `"26W"`, `"52W"` */
  label: string;
  /** Percentage points (12.7 = 12.7%), full precision. */
  value: number | null;
  value_label: string | null;
  tone: Tone | null;
  /** `min(100, |value| / 35 * 100)` */
  width: number | null;
}

export interface PeerJson {
  scope: string;
  count: number;
  rank: number | null;
  percentile: number | null;
  /** Percentage points. */
  avg_weekly_return: number | null;
}

export interface ScoreJson {
  label: string;
  value: number | null;
  value_label: string | null;
  width: number | null;
  tone: Tone | null;
  description: string;
}

export interface TimelineJson {
  /** `"27 Feb"` */
  week: string;
  return: number | null;
  return_label: string | null;
  tone: Tone | null;
  trend: boolean;
  buy_signal: boolean;
  positive_md: boolean;
  /** `min(100, |return| / 12 * 100)` */
  height: number | null;
}

export interface TopPeerJson {
  id: number | string;
  symbol: string;
  name: string;
  exchange: string;
  url: string;
  weekly_return: number | null;
  weekly_return_label: string | null;
  weekly_return_tone: Tone | null;
  four_week_return: number | null;
  four_week_return_label: string | null;
  four_week_return_tone: Tone | null;
  twelve_week_return: number | null;
  twelve_week_return_label: string | null;
  twelve_week_return_tone: Tone | null;
  trend_active: boolean;
  positive_md: boolean;
  positive_rs: boolean;
}

export interface GroupJson {
  scope: string;
  count: number;
  avg_weekly_return: number | null;
  avg_four_week_return: number | null;
  avg_twelve_week_return: number | null;
  trend_breadth: number | null;
  positive_md_breadth: number | null;
  positive_rs_breadth: number | null;
  week_rank: number | null;
  four_week_rank: number | null;
  twelve_week_rank: number | null;
  top_peers: TopPeerJson[];
}

export interface SignalJson {
  label: string;
  value: string | null;
  tone: Tone | null;
}

export interface RecentRowJson {
  /** `YYYY-MM-DD` */
  week: string;
  close: string | null;
  weekly_return: number | null;
  weekly_return_label: string | null;
  weekly_return_tone: Tone | null;
  trend_line: string | null;
  fair_value: string | null;
  market_dynamics: string | null;
  relative_strength: string | null;
  volume: string | null;
  /** `"On"` / `"Off"` */
  trend_signal: 'On' | 'Off';
}

/** The report, in the seed's key order. */
export interface ReportJson {
  ticker: { uuid: string; symbol: string; name: string; exchange: string; asset_type: string };
  latest_week: string;
  summary: string;
  description: string | null;
  setup_signature: string | null;
  /** The composite score as the seed writes it: a whole-number string, `"82"`. */
  composite_score: string | null;
  kpis: KpiJson[];
  classification: {
    exchange: string;
    country: string;
    sector: string;
    industry: string;
    currency: string;
    market_cap: string | null;
  };
  price: {
    trend_line: string | null;
    fair_value: string | null;
    vs_trend: string | null;
    vs_fair_value: string | null;
    high_52: string | null;
    low_52: string | null;
    drawdown: string | null;
    range_position: string | null;
  };
  momentum: {
    returns: ReturnJson[];
    trend_streak: number | null;
    active_weeks: number | null;
    active_breadth: string | null;
    peer: PeerJson | null;
  };
  setup: { scores: ScoreJson[] | null; timeline: TimelineJson[] };
  groups: { sector: GroupJson | null; industry: GroupJson | null } | null;
  dynamics: {
    market_dynamics: string | null;
    market_dynamics_tone: Tone | null;
    md_4_change: string | null;
    relative_strength: string | null;
    rs_4_change: string | null;
    expectation: string | null;
    expectation_probability: string | null;
  };
  volume: {
    latest: string | null;
    average_13: string | null;
    average_52: string | null;
    ratio_13: string | null;
    ratio_52: string | null;
  };
  risk: {
    volatility_13: string | null;
    volatility_52: string | null;
    downside_weeks: number | null;
    upside_weeks: number | null;
    downside_breadth: string | null;
    average_gain: string | null;
    average_loss: string | null;
  };
  signals: SignalJson[];
  opportunities: string[];
  risks: string[];
  watch_points: string[];
  recent_rows: RecentRowJson[];
  chart_url: string;
  api_path: string;
}
