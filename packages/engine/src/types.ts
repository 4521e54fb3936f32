// The shapes that flow between the engine's stages:
// ingest/ -> weeks/ -> metrics/ -> universe/ -> scores/, text/ -> report/ -> build.ts
//
// Conventions, written once:
// - A date is a whole number of days since 1970-01-01 (UTC): `Day`. `weeks/` converts to and from
//   YYYY-MM-DD.
// - A week runs Monday to Sunday and is keyed by its Monday (`week`); it is labelled by its last
//   trading day (`day`).
// - Series are typed arrays, oldest first, one element per week, aligned with `WeeklyBars`.
//   A value that cannot be computed is NaN inside a series and `null` in a snapshot or a report:
//   never 0, never a guess.
// - Returns and ratios are fractions inside the engine (0.127 = 12.7%); only report/ turns them
//   into the seed's percent numbers and strings.

/** Days since 1970-01-01, UTC. */
export type Day = number;

/** One row of the securities file, checked and completed. Keyed by `exchange:symbol`. */
export interface Security {
  /** `${exchange}:${symbol}` */
  key: string;
  symbol: string;
  exchange: string;
  name: string;
  /** ISO 3166 alpha-2, upper case. */
  country: string;
  /** ISO 4217, upper case. */
  currency: string;
  sector: string;
  industry: string;
  /** In `currency` units; null when the file does not give it. */
  marketCap: number | null;
  description: string | null;
  /** Default `equity`. */
  assetType: string;
  /** From the file, else UUIDv5 of `exchange:symbol` in the engine's namespace. */
  uuid: string;
}

/** One security's weekly bars, oldest first, one element per week that has at least one trading day. */
export interface WeeklyBars {
  /** Monday of the week (days since epoch): the key that aligns securities and benchmarks. */
  week: Int32Array;
  /** The week's last trading day (days since epoch): its label. */
  day: Int32Array;
  open: Float64Array;
  high: Float64Array;
  low: Float64Array;
  close: Float64Array;
  /** Sum of the week's volumes; NaN when the input has no volume for that week. */
  volume: Float64Array;
}

/** A benchmark as weekly closes, keyed by week (Monday), oldest first. */
export interface BenchmarkSeries {
  week: Int32Array;
  close: Float64Array;
}

/** Something a build noticed and handled, reported in build.json (never silently dropped). */
export interface Warning {
  /** Machine-readable kind: 'duplicate-dates', 'unsorted-rows', 'unknown-security', ... */
  kind: string;
  /** One human sentence naming the file, the security and what was done. */
  message: string;
  /** How many rows or securities it concerned. */
  count: number;
}

/** A security left out of the build, with the reason (build.json `skipped`). */
export interface Skipped {
  key: string;
  reason: string;
}

/** Per-week series computed for one security (history JSON, timeline, recent rows). */
export interface SecuritySeries {
  /** C_t / C_(t-1) - 1 */
  weeklyReturn: Float64Array;
  /** 30-week simple moving average of closes. */
  trendLine: Float64Array;
  fairValue: Float64Array;
  marketDynamics: Float64Array;
  /** ~100-centred; NaN without a benchmark week to compare with. */
  relativeStrength: Float64Array;
  /** 1 where the Trend Signal is on, 0 where off. */
  trendSignal: Uint8Array;
  /** 1 on a week with a fresh Market Dynamics buy signal. */
  buySignal: Uint8Array;
}

/** One week of the timeline (the last 16 weeks, oldest first). */
export interface TimelineWeek {
  day: Day;
  weeklyReturn: number | null;
  trend: boolean;
  buySignal: boolean;
  positiveMd: boolean;
}

/** One recent row (the last 14 weeks, newest first). */
export interface RecentRow {
  day: Day;
  close: number;
  weeklyReturn: number | null;
  trendLine: number | null;
  fairValue: number | null;
  marketDynamics: number | null;
  relativeStrength: number | null;
  volume: number | null;
  trendSignal: boolean;
}

/** Everything about one security at the as-of week that needs only its own history and its benchmark. */
export interface SecuritySnapshot {
  /** Index of the as-of week in the bars. */
  index: number;
  day: Day;
  close: number;
  returns: { w1: number | null; w4: number | null; w12: number | null; w26: number | null; w52: number | null };
  trendLine: number | null;
  fairValue: number | null;
  vsTrend: number | null;
  vsFairValue: number | null;
  high52: number | null;
  low52: number | null;
  drawdown: number | null;
  rangePosition: number | null;
  marketDynamics: number | null;
  md4Change: number | null;
  relativeStrength: number | null;
  rs4Change: number | null;
  trendActive: boolean;
  /** Consecutive weeks, up to and including this one, with the Trend Signal in its current state. */
  trendStreak: number;
  /** Weeks with the Trend Signal on among the last 52 (fewer when the history is shorter). */
  activeWeeks: number;
  /** activeWeeks / weeks considered. */
  activeBreadth: number | null;
  /**
   * The weeks considered for `activeBreadth` (the "52" of the report's "52 of 52 weeks active").
   * Optional: without it the writer recovers it from `activeWeeks / activeBreadth` when that is above 0.
   */
  breadthWeeks: number;
  freshBuy: boolean;
  volume: {
    latest: number | null;
    average13: number | null;
    average52: number | null;
    ratio13: number | null;
    ratio52: number | null;
  };
  risk: {
    volatility13: number | null;
    volatility52: number | null;
    upWeeks: number | null;
    downWeeks: number | null;
    downsideBreadth: number | null;
    averageGain: number | null;
    averageLoss: number | null;
  };
  timeline: TimelineWeek[];
  recent: RecentRow[];
}
