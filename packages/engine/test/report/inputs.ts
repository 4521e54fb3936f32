// Hand-built writer inputs for the report tests. Nothing here comes from metrics/: the numbers
// are typed in (the seed's own values with more digits than it shows), so the writer is
// tested on its own.
import { readFileSync } from 'node:fs';
import type { SecuritySeries, Security, SecuritySnapshot, WeeklyBars } from '../../src/types.js';
import type { GroupComparison, ReportComparison, ReportInput } from '../../src/report/index.js';

// The widgets' copy of the shared fixtures (the seed and its siblings), read as JSON only.
const FIXTURES = new URL('../../../widgets/test/fixtures/', import.meta.url);

/** A report fixture (`000657-seed`, `gb-sparse`, ...) as parsed JSON. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function fixture(name: string): any {
  return JSON.parse(readFileSync(new URL(`${name}.json`, FIXTURES), 'utf8'));
}

/** `YYYY-MM-DD` -> days since 1970-01-01. */
export function day(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
}

const WEEK = 7;

/** `count` weeks of plain bars ending on Friday `last`, closes rising by 1 from 10, with aligned series. */
export function plainHistory(count: number, last = '2026-06-12'): { bars: WeeklyBars; series: SecuritySeries } {
  const end = day(last);
  const bars: WeeklyBars = {
    week: new Int32Array(count),
    day: new Int32Array(count),
    open: new Float64Array(count),
    high: new Float64Array(count),
    low: new Float64Array(count),
    close: new Float64Array(count),
    volume: new Float64Array(count),
  };
  const series: SecuritySeries = {
    weeklyReturn: new Float64Array(count).fill(NaN),
    trendLine: new Float64Array(count).fill(NaN),
    fairValue: new Float64Array(count).fill(NaN),
    marketDynamics: new Float64Array(count).fill(NaN),
    relativeStrength: new Float64Array(count).fill(NaN),
    trendSignal: new Uint8Array(count),
    buySignal: new Uint8Array(count),
  };
  for (let i = 0; i < count; i++) {
    const d = end - (count - 1 - i) * WEEK;
    bars.day[i] = d;
    bars.week[i] = d - 4; // Friday -> its Monday
    bars.close[i] = 10 + i;
    bars.open[i] = 9.5 + i;
    bars.high[i] = 10.5 + i;
    bars.low[i] = 9 + i;
    bars.volume[i] = 1000 * (i + 1);
    if (i > 0) series.weeklyReturn[i] = bars.close[i] / bars.close[i - 1] - 1;
  }
  return { bars, series };
}

export const seedSecurity: Security = {
  key: 'SHZ:000657',
  symbol: '000657',
  exchange: 'SHZ',
  name: 'China Tungsten And Hightech Materials Co.,Ltd',
  country: 'CN',
  currency: 'CNY',
  sector: 'Basic Materials',
  industry: 'Other Industrial Metals & Mining',
  marketCap: 151.4871e9,
  description: fixture('000657-seed').description,
  assetType: 'equity',
  uuid: 'e63dc9d1-1c2d-4130-87b3-114324e9aeb9',
};

/** The seed's weekly returns of its 16 timeline weeks (27 Feb .. 12 Jun 2026), in percent as the seed has them. */
const seedWeeklyPoints = [
  26.349935126884183, -0.8456614188211741, -14.60554891224192, -10.66523987872302, -2.9347195048912025, -4.833399934870416,
  5.856926734385117, 14.577376480196005, -1.6749804289910988, 5.454873142442914, 3.9182025076164777, -6.631390662619635,
  10.485303055000047, 9.009296104371655, 3.0882323529411755, 12.696151574783213,
];
const seedWeekly = seedWeeklyPoints.map((points) => points / 100);
const seedPositiveMd = [true, true, true, true, true, true, false, false, false, false, false, false, false, false, true, true];

/** The seed's last 14 weeks, oldest first: close, trend line, fair value, MD, RS, volume. */
const seedRows: [number, number, number, number, number, number][] = [
  [56.07, 30.1302, 13.6711, 1.3207, 124.3612, 412.13e6],
  [50.09, 31.2087, 13.9222, 1.0311, 100.5909, 326.81e6],
  [48.62, 32.2013, 14.1589, 0.6694, 90.9021, 337.25e6],
  [46.27, 33.0611, 14.4012, 0.1772, 82.3877, 241.64e6],
  [48.98, 34.0533, 14.6487, -0.1789, 75.7611, 275.77e6],
  [56.12, 35.2598, 14.9401, -0.1213, 88.2817, 588.46e6],
  [55.18, 36.5022, 15.2356, -0.1102, 79.6563, 479.09e6],
  [58.19, 37.8211, 15.5398, -0.0811, 82.4299, 362.12e6],
  [60.47, 39.2167, 15.8711, -0.0298, 79.2311, 358.41e6],
  [56.46, 40.4812, 16.1703, -0.2317, 63.5702, 401.84e6],
  [62.38, 42.0113, 16.5012, -0.2588, 75.9088, 389.07e6],
  [68.0, 43.6521, 16.8777, -0.0812, 86.7813, 557.51e6],
  [70.1, 45.2011, 17.2702, 0.0501, 90.3911, 487.23e6],
  [79.0, 47.0123, 17.7084, 0.3612, 112.6021, 571.0412e6],
];

/** The seed report's snapshot, typed in. */
export function seedSnapshot(): SecuritySnapshot {
  const latest = day('2026-06-12');
  const timeline = seedWeekly.map((weeklyReturn, i) => ({
    day: latest - (15 - i) * WEEK,
    weeklyReturn,
    trend: true,
    buySignal: false,
    positiveMd: seedPositiveMd[i],
  }));
  const recent = seedRows
    .map(([close, trendLine, fairValue, marketDynamics, relativeStrength, volume], i) => ({
      day: latest - (13 - i) * WEEK,
      close,
      weeklyReturn: seedWeekly[i + 2],
      trendLine,
      fairValue,
      marketDynamics,
      relativeStrength,
      volume,
      trendSignal: true,
    }))
    .reverse();
  return {
    index: 159,
    day: latest,
    close: 79.0,
    returns: {
      w1: 12.696151574783213 / 100,
      w4: 39.922071199469904 / 100,
      w12: 57.71611100019963 / 100,
      w26: 240.51722670184367 / 100,
      w52: 567.7488141964413 / 100,
    },
    trendLine: 47.0123,
    fairValue: 17.7084,
    vsTrend: 79 / 47.0123 - 1,
    vsFairValue: 79 / 17.7118 - 1,
    high52: 84.3201,
    low52: 11.4122,
    drawdown: 79 / 84.3201 - 1,
    rangePosition: (79 - 11.4122) / (84.3201 - 11.4122),
    marketDynamics: 0.3612,
    md4Change: 2.5617,
    relativeStrength: 112.6021,
    rs4Change: 0.77094,
    trendActive: true,
    trendStreak: 56,
    activeWeeks: 52,
    activeBreadth: 1,
    breadthWeeks: 52,
    freshBuy: false,
    volume: { latest: 571.0412e6, average13: 413.5811e6, average52: 429.2207e6, ratio13: 1.38071, ratio52: 1.33043 },
    risk: {
      volatility13: 0.075117,
      volatility52: 0.104866,
      upWeeks: 34,
      downWeeks: 16,
      downsideBreadth: 16 / 52,
      averageGain: 0.097811,
      averageLoss: -0.070212,
    },
    timeline,
    recent,
  };
}

/** A group of the seed's JSON back into the engine's units (fractions), for the comparison. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function group(g: any): GroupComparison {
  return {
    scope: g.scope,
    count: g.count,
    avgWeeklyReturn: g.avg_weekly_return / 100,
    avgFourWeekReturn: g.avg_four_week_return / 100,
    avgTwelveWeekReturn: g.avg_twelve_week_return / 100,
    trendBreadth: g.trend_breadth / 100,
    positiveMdBreadth: g.positive_md_breadth / 100,
    positiveRsBreadth: g.positive_rs_breadth / 100,
    weekRank: g.week_rank,
    fourWeekRank: g.four_week_rank,
    twelveWeekRank: g.twelve_week_rank,
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    topPeers: g.top_peers.map((p: any) => ({
      id: p.id,
      uuid: /^\/terminal\/([^/]+)\/report\/$/.exec(p.url)![1],
      symbol: p.symbol,
      name: p.name,
      exchange: p.exchange,
      weeklyReturn: p.weekly_return / 100,
      fourWeekReturn: p.four_week_return / 100,
      twelveWeekReturn: p.twelve_week_return / 100,
      trendActive: p.trend_active,
      positiveMd: p.positive_md,
      positiveRs: p.positive_rs,
    })),
  };
}

/** The seed's comparison part (what part 2 computes), in the engine's units. */
export function seedComparison(): ReportComparison {
  const seed = fixture('000657-seed');
  const peer = seed.momentum.peer;
  return {
    peer: {
      scope: peer.scope,
      count: peer.count,
      rank: peer.rank,
      percentile: peer.percentile,
      avgWeeklyReturn: peer.avg_weekly_return / 100,
    },
    groups: { sector: group(seed.groups.sector), industry: group(seed.groups.industry) },
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    scores: seed.setup.scores.map((s: any) => ({ label: s.label, value: s.value, description: s.description })),
    setupSignature: seed.setup_signature,
    expectation: { label: seed.dynamics.expectation, probability: 0.537712 },
  };
}

/** The whole seed input: security, 160 plain bars, the typed-in snapshot and the comparison. */
export function seedInput(withComparison = true): ReportInput {
  const { bars, series } = plainHistory(160);
  return {
    security: seedSecurity,
    bars,
    series,
    snapshot: seedSnapshot(),
    comparison: withComparison ? seedComparison() : undefined,
  };
}

/** A short, sparse history: 3 weeks, no volume, no benchmark, no trend line, no market cap. */
export function sparseInput(): ReportInput {
  const { bars, series } = plainHistory(3);
  const latest = day('2026-06-12');
  const security: Security = {
    key: 'LSE:TLSP',
    symbol: 'TLSP',
    exchange: 'LSE',
    name: 'Tailspin Toys plc',
    country: 'GB',
    currency: 'GBP',
    sector: 'Consumer Cyclical',
    industry: 'Leisure',
    marketCap: null,
    description: null,
    assetType: 'equity',
    uuid: '82ed7a10-62ca-4cdd-9124-cd33788aa5c7',
  };
  const snapshot: SecuritySnapshot = {
    index: 2,
    day: latest,
    close: 4.8391,
    returns: { w1: 0.0240549, w4: null, w12: null, w26: null, w52: null },
    trendLine: null,
    fairValue: null,
    vsTrend: null,
    vsFairValue: null,
    high52: 5.1812,
    low52: 4.3123,
    drawdown: 4.8391 / 5.1812 - 1,
    rangePosition: (4.8391 - 4.3123) / (5.1812 - 4.3123),
    marketDynamics: null,
    md4Change: null,
    relativeStrength: null,
    rs4Change: null,
    trendActive: false,
    trendStreak: 3,
    activeWeeks: 0,
    activeBreadth: 0,
    breadthWeeks: 3,
    freshBuy: false,
    volume: { latest: null, average13: null, average52: null, ratio13: null, ratio52: null },
    risk: {
      volatility13: null,
      volatility52: null,
      upWeeks: null,
      downWeeks: null,
      downsideBreadth: null,
      averageGain: null,
      averageLoss: null,
    },
    timeline: [
      { day: latest - 14, weeklyReturn: null, trend: false, buySignal: false, positiveMd: false },
      { day: latest - 7, weeklyReturn: -0.020184668, trend: false, buySignal: false, positiveMd: false },
      { day: latest, weeklyReturn: 0.0240549, trend: false, buySignal: false, positiveMd: false },
    ],
    recent: [
      {
        day: latest,
        close: 4.8391,
        weeklyReturn: 0.0240549,
        trendLine: null,
        fairValue: null,
        marketDynamics: null,
        relativeStrength: null,
        volume: null,
        trendSignal: false,
      },
      {
        day: latest - 7,
        close: 4.7254,
        weeklyReturn: -0.020184668,
        trendLine: null,
        fairValue: null,
        marketDynamics: null,
        relativeStrength: null,
        volume: null,
        trendSignal: false,
      },
      {
        day: latest - 14,
        close: 4.8228,
        weeklyReturn: null,
        trendLine: null,
        fairValue: null,
        marketDynamics: null,
        relativeStrength: null,
        volume: null,
        trendSignal: false,
      },
    ],
  };
  return { security, bars, series, snapshot };
}
