// Hand-built snapshots for the score tests (no metrics/ code: every input is written here).
import type { SecuritySnapshot } from '../../src/types.js';
import type { Comparison, GroupView } from '../../src/universe/peers.js';

/** A neutral snapshot: every field known and unremarkable; override what a test is about. */
export function makeSnapshot(overrides: Partial<SecuritySnapshot> = {}): SecuritySnapshot {
  const base: SecuritySnapshot = {
    index: 200,
    day: 20_000,
    close: 100,
    returns: { w1: 0, w4: 0, w12: 0, w26: 0, w52: 0 },
    trendLine: 100,
    fairValue: 100,
    vsTrend: 0,
    vsFairValue: 0,
    high52: 110,
    low52: 90,
    drawdown: -0.1,
    rangePosition: 0.5,
    marketDynamics: 0,
    md4Change: 0,
    relativeStrength: 100,
    rs4Change: 0,
    trendActive: false,
    trendStreak: 1,
    activeWeeks: 26,
    activeBreadth: 0.5,
    breadthWeeks: 52,
    freshBuy: false,
    volume: { latest: 1000, average13: 1000, average52: 1000, ratio13: 1, ratio52: 1 },
    risk: {
      volatility13: 0.03,
      volatility52: 0.03,
      upWeeks: 26,
      downWeeks: 26,
      downsideBreadth: 0.5,
      averageGain: 0.02,
      averageLoss: -0.02,
    },
    timeline: [],
    recent: [],
  };
  return { ...base, ...overrides };
}

/**
 * The seed report's stock (000657, week of 2026-06-12), its inputs read back from the seed's strings:
 * close 79.00, trend line 47.01, high 84.32, low 11.41, returns, streak 56, 52 of 52 weeks active,
 * MD 0.36 with md_4_change 256.2%, RS 112.60 with rs_4_change 77.1%, volume 571.0M vs 413.6M and 429.2M,
 * volatility 7.5% / 10.5%.
 */
export function seedSnapshot(): SecuritySnapshot {
  return makeSnapshot({
    close: 79,
    returns: {
      w1: 0.12696151574783213,
      w4: 0.399220711994699,
      w12: 0.5771611100019963,
      w26: 2.405172267018437,
      w52: 5.677488141964413,
    },
    trendLine: 47.01,
    fairValue: 17.71,
    vsTrend: 79 / 47.01 - 1,
    vsFairValue: 79 / 17.71 - 1,
    high52: 84.32,
    low52: 11.41,
    drawdown: 79 / 84.32 - 1,
    rangePosition: (79 - 11.41) / (84.32 - 11.41),
    marketDynamics: 0.36,
    md4Change: 2.562,
    relativeStrength: 112.6,
    rs4Change: 0.771,
    trendActive: true,
    trendStreak: 56,
    activeWeeks: 52,
    activeBreadth: 1,
    breadthWeeks: 52,
    volume: { latest: 571.0e6, average13: 413.6e6, average52: 429.2e6, ratio13: 571.0 / 413.6, ratio52: 571.0 / 429.2 },
    risk: {
      volatility13: 0.075,
      volatility52: 0.105,
      upWeeks: 34,
      downWeeks: 16,
      downsideBreadth: 16 / 52,
      averageGain: 0.098,
      averageLoss: -0.07,
    },
  });
}

/** The seed's scores (setup.scores[].value). */
export const SEED_SCORES = [100, 100, 76.97160822264087, 100, 57.99303834601945, 56.08080370275639];

function group(count: number, twelveWeekRank: number | null): GroupView {
  return {
    scope: 'CN Basic Materials',
    count,
    avgWeeklyReturn: null,
    avgFourWeekReturn: null,
    avgTwelveWeekReturn: null,
    trendBreadth: 0,
    positiveMdBreadth: 0,
    positiveRsBreadth: 0,
    weekRank: null,
    fourWeekRank: null,
    twelveWeekRank,
    topPeers: [],
  };
}

/** A comparison whose sector group has `count` members and ranks the security `twelveWeekRank` by 12-week return. */
export function makeComparison(count: number, twelveWeekRank: number | null): Comparison {
  return {
    peer: { scope: 'CN Basic Materials', count: 747, rank: 46, percentile: null, avgWeeklyReturn: null },
    sector: group(count, twelveWeekRank),
    industry: group(count, twelveWeekRank),
  };
}
