/**
 * The writer: one security's numbers to the seed's report JSON, key for key, in the seed's key
 * order and the seed's formats (see format.ts). Every key of the seed is always written; a value
 * that cannot be computed is `null`, and so is a section that needs the comparison with the
 * universe (`setup_signature`, `composite_score`, `momentum.peer`, `setup.scores`, `groups`,
 * the expectation) when none is given. The widgets' schema takes `null` for every section and
 * value, and the elements show such a section as empty and such a value as a dash.
 */
import { TREND_LINE_WEEKS } from '../metrics/trend-line.js';
import type { Security, SecuritySnapshot } from '../types.js';
import {
  finite,
  formatCompact,
  formatMarketDynamics,
  formatMoney,
  formatPercent,
  formatProbability,
  formatRatio,
  formatRelativeStrength,
  formatScore,
  isoDate,
  percentLabel,
  returnWidth,
  scoreTone,
  signTone,
  timelineHeight,
  toPoints,
  weekLabel,
} from './format.js';
import { chartUrl, reportApiPath, reportUrl } from './paths.js';
import { writeSentences, writeSummary } from './sentences.js';
import type {
  GroupComparison,
  GroupJson,
  GroupPeer,
  KpiJson,
  PeerJson,
  RecentRowJson,
  ReportComparison,
  ReportInput,
  ReportJson,
  ReturnJson,
  ScoreJson,
  SetupScore,
  SignalJson,
  TimelineJson,
  TopPeerJson,
} from './types.js';

/** The five return horizons, as the seed labels them. */
const HORIZONS = [
  ['1W', 'w1'],
  ['4W', 'w4'],
  ['12W', 'w12'],
  ['26W', 'w26'],
  ['52W', 'w52'],
] as const;

/** Writes the report of one security at its snapshot's week. */
export function writeReport(input: ReportInput): ReportJson {
  const { security: s, snapshot: n } = input;
  const comparison = input.comparison ?? null;
  const cur = s.currency;
  const sentences = writeSentences({ security: s, snapshot: n, comparison });
  const scores = writeScores(comparison?.scores);
  return {
    ticker: { uuid: s.uuid, symbol: s.symbol, name: s.name, exchange: s.exchange, asset_type: s.assetType },
    latest_week: isoDate(n.day),
    summary: writeSummary({ security: s, snapshot: n, comparison }),
    description: s.description ?? null,
    setup_signature: comparison?.setupSignature ?? null,
    composite_score: formatScore(compositeScore(comparison?.scores)),
    kpis: writeKpis(s, n),
    classification: {
      exchange: s.exchange,
      country: s.country,
      sector: s.sector,
      industry: s.industry,
      currency: cur,
      market_cap: formatCompact(s.marketCap),
    },
    price: {
      trend_line: formatMoney(n.trendLine, cur),
      fair_value: formatMoney(n.fairValue, cur),
      vs_trend: formatPercent(n.vsTrend),
      vs_fair_value: formatPercent(n.vsFairValue),
      high_52: formatMoney(n.high52, cur),
      low_52: formatMoney(n.low52, cur),
      drawdown: formatPercent(n.drawdown),
      range_position: formatPercent(n.rangePosition),
    },
    momentum: {
      returns: HORIZONS.map(([label, key]) => writeReturn(label, n.returns[key])),
      trend_streak: trendMeasured(n) ? n.trendStreak : null,
      active_weeks: trendMeasured(n) ? n.activeWeeks : null,
      active_breadth: formatPercent(n.activeBreadth),
      peer: writePeer(comparison),
    },
    setup: { scores, timeline: n.timeline.map(writeTimelineWeek) },
    groups: writeGroups(comparison),
    dynamics: {
      market_dynamics: formatMarketDynamics(n.marketDynamics),
      market_dynamics_tone: signTone(n.marketDynamics),
      md_4_change: formatPercent(n.md4Change),
      relative_strength: formatRelativeStrength(n.relativeStrength),
      rs_4_change: formatPercent(n.rs4Change),
      expectation: comparison?.expectation?.label ?? null,
      expectation_probability: formatProbability(comparison?.expectation?.probability),
    },
    volume: {
      latest: formatCompact(n.volume.latest),
      average_13: formatCompact(n.volume.average13),
      average_52: formatCompact(n.volume.average52),
      ratio_13: formatRatio(n.volume.ratio13),
      ratio_52: formatRatio(n.volume.ratio52),
    },
    risk: {
      volatility_13: formatPercent(n.risk.volatility13),
      volatility_52: formatPercent(n.risk.volatility52),
      downside_weeks: finite(n.risk.downWeeks),
      upside_weeks: finite(n.risk.upWeeks),
      downside_breadth: formatPercent(n.risk.downsideBreadth),
      average_gain: formatPercent(n.risk.averageGain),
      average_loss: formatPercent(n.risk.averageLoss),
    },
    signals: writeSignals(n),
    opportunities: sentences.opportunities,
    risks: sentences.risks,
    watch_points: sentences.watch_points,
    recent_rows: n.recent.map((row) => writeRecentRow(row, cur)),
    chart_url: chartUrl(s.uuid),
    api_path: reportApiPath(s.uuid),
  };
}

/**
 * The Trend Signal is defined from the week after the Trend Line's first (week 31). Before that, the
 * streak and the active weeks are unknown (null, shown as a dash), not 0, and the Trend Breadth KPI
 * says why.
 */
const TREND_SIGNAL_FIRST_WEEK = TREND_LINE_WEEKS + 1;

function trendMeasured(snapshot: SecuritySnapshot): boolean {
  return snapshot.breadthWeeks > 0;
}

/** The Trend Breadth KPI's hint: "52 of 52 weeks active", or what the history still lacks. */
function breadthHint(snapshot: SecuritySnapshot): string {
  return trendMeasured(snapshot)
    ? `${snapshot.activeWeeks} of ${snapshot.breadthWeeks} weeks active`
    : `Trend Signal needs ${TREND_SIGNAL_FIRST_WEEK} weeks of history`;
}

function writeKpis(s: Security, n: SecuritySnapshot): KpiJson[] {
  const ret = (label: string, value: number | null, hint: string): KpiJson => ({
    label,
    value: formatPercent(value),
    tone: signTone(value),
    hint,
  });
  return [
    { label: 'Latest Close', value: formatMoney(n.close, s.currency), hint: isoDate(n.day) },
    ret('1W Return', n.returns.w1, 'latest completed week'),
    ret('4W Return', n.returns.w4, 'short-term follow-through'),
    ret('12W Return', n.returns.w12, 'quarterly tape'),
    {
      label: 'Trend Breadth',
      value: formatPercent(n.activeBreadth),
      hint: breadthHint(n),
    },
    { label: 'Volume Ratio', value: formatRatio(n.volume.ratio13), hint: 'vs 13-week average' },
  ];
}

function writeReturn(label: string, fraction: number | null): ReturnJson {
  const value = toPoints(fraction);
  return { label, value, value_label: percentLabel(value), tone: signTone(value), width: returnWidth(value) };
}

function writeTimelineWeek(week: SecuritySnapshot['timeline'][number]): TimelineJson {
  const value = toPoints(week.weeklyReturn);
  return {
    week: weekLabel(week.day),
    return: value,
    return_label: percentLabel(value),
    tone: signTone(value),
    trend: week.trend,
    buy_signal: week.buySignal,
    positive_md: week.positiveMd,
    height: timelineHeight(value),
  };
}

/**
 * Signals: the Trend Signal (Active positive / Inactive negative), Market Dynamics ("Fresh buy"
 * positive / "No fresh buy" neutral), Price vs Trend (toned by sign) and the 13-week volume
 * ratio (always neutral: volume confirms a move in either direction, it has no direction itself).
 */
function writeSignals(n: SecuritySnapshot): SignalJson[] {
  const ratio = formatRatio(n.volume.ratio13);
  return [
    { label: 'Trend Signal', value: n.trendActive ? 'Active' : 'Inactive', tone: n.trendActive ? 'positive' : 'negative' },
    { label: 'Market Dynamics', value: n.freshBuy ? 'Fresh buy' : 'No fresh buy', tone: n.freshBuy ? 'positive' : 'neutral' },
    { label: 'Price vs Trend', value: formatPercent(n.vsTrend), tone: signTone(n.vsTrend) },
    { label: 'Volume', value: ratio, tone: ratio === null ? null : 'neutral' },
  ];
}

function writeRecentRow(row: SecuritySnapshot['recent'][number], currency: string): RecentRowJson {
  const value = toPoints(row.weeklyReturn);
  return {
    week: isoDate(row.day),
    close: formatMoney(row.close, currency),
    weekly_return: value,
    weekly_return_label: percentLabel(value),
    weekly_return_tone: signTone(value),
    trend_line: formatMoney(row.trendLine, currency),
    fair_value: formatMoney(row.fairValue, currency),
    market_dynamics: formatMarketDynamics(row.marketDynamics),
    relative_strength: formatRelativeStrength(row.relativeStrength),
    volume: formatCompact(row.volume),
    trend_signal: row.trendSignal ? 'On' : 'Off',
  };
}

/** The composite score: the mean of the setup scores (the seed's rule); null if any is missing. */
export function compositeScore(scores: readonly SetupScore[] | null | undefined): number | null {
  if (!scores?.length) return null;
  let sum = 0;
  for (const score of scores) {
    const value = finite(score.value);
    if (value === null) return null;
    sum += value;
  }
  return sum / scores.length;
}

function writeScores(scores: readonly SetupScore[] | null | undefined): ScoreJson[] | null {
  if (!scores) return null;
  return scores.map((score) => {
    const value = finite(score.value);
    return {
      label: score.label,
      value,
      value_label: formatScore(value),
      width: value === null ? null : Math.min(100, Math.max(0, value)),
      tone: scoreTone(value),
      description: score.description,
    };
  });
}

function writePeer(comparison: ReportComparison | null): PeerJson | null {
  const peer = comparison?.peer;
  if (!peer) return null;
  return {
    scope: peer.scope,
    count: peer.count,
    rank: finite(peer.rank),
    percentile: finite(peer.percentile),
    avg_weekly_return: toPoints(peer.avgWeeklyReturn),
  };
}

function writeGroups(comparison: ReportComparison | null): ReportJson['groups'] {
  const groups = comparison?.groups;
  if (!groups || (!groups.sector && !groups.industry)) return null;
  return { sector: writeGroup(groups.sector), industry: writeGroup(groups.industry) };
}

function writeGroup(group: GroupComparison | null | undefined): GroupJson | null {
  if (!group) return null;
  return {
    scope: group.scope,
    count: group.count,
    avg_weekly_return: toPoints(group.avgWeeklyReturn),
    avg_four_week_return: toPoints(group.avgFourWeekReturn),
    avg_twelve_week_return: toPoints(group.avgTwelveWeekReturn),
    trend_breadth: toPoints(group.trendBreadth),
    positive_md_breadth: toPoints(group.positiveMdBreadth),
    positive_rs_breadth: toPoints(group.positiveRsBreadth),
    week_rank: finite(group.weekRank),
    four_week_rank: finite(group.fourWeekRank),
    twelve_week_rank: finite(group.twelveWeekRank),
    top_peers: group.topPeers.map(writeTopPeer),
  };
}

function writeTopPeer(peer: GroupPeer): TopPeerJson {
  const w1 = toPoints(peer.weeklyReturn);
  const w4 = toPoints(peer.fourWeekReturn);
  const w12 = toPoints(peer.twelveWeekReturn);
  return {
    id: peer.id,
    symbol: peer.symbol,
    name: peer.name,
    exchange: peer.exchange,
    url: reportUrl(peer.uuid),
    weekly_return: w1,
    weekly_return_label: percentLabel(w1),
    weekly_return_tone: signTone(w1),
    four_week_return: w4,
    four_week_return_label: percentLabel(w4),
    four_week_return_tone: signTone(w4),
    twelve_week_return: w12,
    twelve_week_return_label: percentLabel(w12),
    twelve_week_return_tone: signTone(w12),
    trend_active: peer.trendActive,
    positive_md: peer.positiveMd,
    positive_rs: peer.positiveRs,
  };
}
