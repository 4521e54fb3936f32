/**
 * Opportunities, risks and watch points: sentences from documented rules.
 *
 * Each rule is a condition on the snapshot (and, when given, the comparison with the universe)
 * and the sentence it writes. Rules are tried in the order listed; a list keeps at most its
 * `MAX_*` first sentences, so the order is the priority. A rule whose measure is `null` never
 * fires: a sentence is never built from a missing value.
 *
 * Opportunities (at most 5)
 * | id                | condition                                   | sentence |
 * | trend-active      | Trend Signal on                             | "Trend Signal is active with a {streak}-week active streak." ("... turned active on the latest completed week." for a streak of 1) |
 * | above-trend       | vs_trend > 0                                | "Price is above the Trend Line, keeping the weekly tape constructive." |
 * | above-fair-value  | vs_fair_value > 0                           | "Price is above Fair Value, showing premium demand versus the model." |
 * | md-positive       | Market Dynamics > 0                         | "Market Dynamics is positive on the latest completed week." |
 * | fresh-buy         | fresh Market Dynamics buy this week         | "Market Dynamics gave a fresh buy signal on the latest completed week." |
 * | sector-leader     | sector group of 5+, week rank in its top 20% | "Latest weekly return ranks in the strongest part of its sector group." |
 * | rs-improving      | rs_4_change > 0                             | "Relative strength is improving." |
 *
 * Risks (at most 5; none -> the one sentence `NO_RISK`)
 * | id                | condition                                   | sentence |
 * | trend-inactive    | Trend Signal off                            | "Trend Signal has been inactive for {streak} weeks." ("Trend Signal turned inactive ..." for 1) |
 * | below-trend       | vs_trend < 0                                | "Price is below the Trend Line, leaving the weekly tape defensive." |
 * | md-negative       | Market Dynamics < 0                         | "Market Dynamics is negative." |
 * | rs-fading         | rs_4_change < 0                             | "Relative strength is fading over four weeks." |
 * | deep-drawdown     | drawdown <= -20%                            | "Price is {-drawdown} below its 52-week high." |
 * | volatility-rising | volatility_13 >= 1.5 x volatility_52 (> 0)  | "Weekly volatility over 13 weeks ({v13}) is well above its 52-week level ({v52})." |
 * | sector-laggard    | sector group of 5+, week rank in its bottom 20% | "Latest weekly return ranks in the weakest part of its sector group." |
 *
 * Watch points (at most 4)
 * | id                | condition                                   | sentence |
 * | trend-line        | Trend Line known                            | "Trend Line remains the key weekly regime level." |
 * | md-gauge          | Market Dynamics known                       | "Market Dynamics is the pressure gauge to monitor for confirmation or fade." |
 * | volume-building   | 1.2 <= volume ratio (13 weeks) < 1.5        | "A volume ratio above 1.5x would show stronger participation in the next move." |
 * | volume-heavy      | volume ratio (13 weeks) >= 1.5              | "Volume is running at {ratio} its 13-week average; whether it holds shows how broad the move is." |
 * | near-high         | drawdown > -5% (and not 0)                  | "Price is within 5% of its 52-week high ({high})." |
 * | at-high           | drawdown = 0                                | "Price closed the week at its 52-week high ({high})." |
 *
 * Never contradicting: an opportunity and a risk about the same measure have opposite strict
 * conditions (> 0 against < 0, on against off, top 20% against bottom 20% of a group of 5 or
 * more), so at most one of them fires; the watch points state no direction. The tests check
 * this over a grid of snapshots.
 */
import type { Security, SecuritySnapshot } from '../types.js';
import { formatMarketDynamics, formatMoney, formatPercent, formatRatio } from './format.js';
import type { ReportComparison } from './types.js';

/** What a rule may read. */
export interface SentenceContext {
  security: Security;
  snapshot: SecuritySnapshot;
  comparison?: ReportComparison | null;
}

/** A condition and the sentence it writes; `text` is only called when `when` holds. */
export interface SentenceRule {
  id: string;
  when: (c: SentenceContext) => boolean;
  text: (c: SentenceContext) => string;
}

export const MAX_OPPORTUNITIES = 5;
export const MAX_RISKS = 5;
export const MAX_WATCH_POINTS = 4;

/** The one risk sentence when no risk rule fires. */
export const NO_RISK = 'No major top-level risk cluster is currently dominant.';

/** Share of a group that counts as its strongest (or weakest) part, and the smallest group ranked so. */
const GROUP_EDGE = 0.2;
const GROUP_MIN = 5;

const positive = (v: number | null): v is number => v !== null && v > 0;
const negative = (v: number | null): v is number => v !== null && v < 0;

/** The security's week rank in its sector group, when the group is large enough to rank. */
function sectorWeekRank(c: SentenceContext): { rank: number; edge: number; count: number } | null {
  const group = c.comparison?.groups?.sector;
  if (!group || group.weekRank === null || group.count < GROUP_MIN) return null;
  return { rank: group.weekRank, edge: Math.ceil(group.count * GROUP_EDGE), count: group.count };
}

export const OPPORTUNITY_RULES: SentenceRule[] = [
  {
    id: 'trend-active',
    when: (c) => c.snapshot.trendActive,
    text: (c) =>
      c.snapshot.trendStreak > 1
        ? `Trend Signal is active with a ${c.snapshot.trendStreak}-week active streak.`
        : 'Trend Signal turned active on the latest completed week.',
  },
  {
    id: 'above-trend',
    when: (c) => positive(c.snapshot.vsTrend),
    text: () => 'Price is above the Trend Line, keeping the weekly tape constructive.',
  },
  {
    id: 'above-fair-value',
    when: (c) => positive(c.snapshot.vsFairValue),
    text: () => 'Price is above Fair Value, showing premium demand versus the model.',
  },
  {
    id: 'md-positive',
    when: (c) => positive(c.snapshot.marketDynamics),
    text: () => 'Market Dynamics is positive on the latest completed week.',
  },
  {
    id: 'fresh-buy',
    when: (c) => c.snapshot.freshBuy,
    text: () => 'Market Dynamics gave a fresh buy signal on the latest completed week.',
  },
  {
    id: 'sector-leader',
    when: (c) => {
      const r = sectorWeekRank(c);
      return r !== null && r.rank <= r.edge;
    },
    text: () => 'Latest weekly return ranks in the strongest part of its sector group.',
  },
  {
    id: 'rs-improving',
    when: (c) => positive(c.snapshot.rs4Change),
    text: () => 'Relative strength is improving.',
  },
];

export const RISK_RULES: SentenceRule[] = [
  {
    id: 'trend-inactive',
    when: (c) => !c.snapshot.trendActive,
    text: (c) =>
      c.snapshot.trendStreak > 1
        ? `Trend Signal has been inactive for ${c.snapshot.trendStreak} weeks.`
        : 'Trend Signal turned inactive on the latest completed week.',
  },
  {
    id: 'below-trend',
    when: (c) => negative(c.snapshot.vsTrend),
    text: () => 'Price is below the Trend Line, leaving the weekly tape defensive.',
  },
  {
    id: 'md-negative',
    when: (c) => negative(c.snapshot.marketDynamics),
    text: () => 'Market Dynamics is negative.',
  },
  {
    id: 'rs-fading',
    when: (c) => negative(c.snapshot.rs4Change),
    text: () => 'Relative strength is fading over four weeks.',
  },
  {
    id: 'deep-drawdown',
    when: (c) => c.snapshot.drawdown !== null && c.snapshot.drawdown <= -0.2,
    text: (c) => `Price is ${formatPercent(-(c.snapshot.drawdown as number))} below its 52-week high.`,
  },
  {
    id: 'volatility-rising',
    when: (c) => {
      const { volatility13: v13, volatility52: v52 } = c.snapshot.risk;
      return v13 !== null && v52 !== null && v52 > 0 && v13 >= 1.5 * v52;
    },
    text: (c) =>
      `Weekly volatility over 13 weeks (${formatPercent(c.snapshot.risk.volatility13)}) is well above its 52-week level (${formatPercent(c.snapshot.risk.volatility52)}).`,
  },
  {
    id: 'sector-laggard',
    when: (c) => {
      const r = sectorWeekRank(c);
      return r !== null && r.rank > r.count - r.edge;
    },
    text: () => 'Latest weekly return ranks in the weakest part of its sector group.',
  },
];

export const WATCH_RULES: SentenceRule[] = [
  {
    id: 'trend-line',
    when: (c) => c.snapshot.trendLine !== null,
    text: () => 'Trend Line remains the key weekly regime level.',
  },
  {
    id: 'md-gauge',
    when: (c) => c.snapshot.marketDynamics !== null,
    text: () => 'Market Dynamics is the pressure gauge to monitor for confirmation or fade.',
  },
  {
    id: 'volume-building',
    when: (c) => c.snapshot.volume.ratio13 !== null && c.snapshot.volume.ratio13 >= 1.2 && c.snapshot.volume.ratio13 < 1.5,
    text: () => 'A volume ratio above 1.5x would show stronger participation in the next move.',
  },
  {
    id: 'volume-heavy',
    when: (c) => c.snapshot.volume.ratio13 !== null && c.snapshot.volume.ratio13 >= 1.5,
    text: (c) =>
      `Volume is running at ${formatRatio(c.snapshot.volume.ratio13)} its 13-week average; whether it holds shows how broad the move is.`,
  },
  {
    id: 'near-high',
    when: (c) =>
      c.snapshot.high52 !== null && c.snapshot.drawdown !== null && c.snapshot.drawdown < 0 && c.snapshot.drawdown > -0.05,
    text: (c) => `Price is within 5% of its 52-week high (${formatMoney(c.snapshot.high52, c.security.currency)}).`,
  },
  {
    id: 'at-high',
    when: (c) => c.snapshot.high52 !== null && c.snapshot.drawdown === 0,
    text: (c) => `Price closed the week at its 52-week high (${formatMoney(c.snapshot.high52, c.security.currency)}).`,
  },
];

/** The sentences of the rules that hold, in rule order, at most `max`. */
export function applyRules(rules: readonly SentenceRule[], context: SentenceContext, max: number): string[] {
  const out: string[] = [];
  for (const rule of rules) {
    if (out.length >= max) break;
    if (rule.when(context)) out.push(rule.text(context));
  }
  return out;
}

/** The ids of the rules that hold (for tests and for explaining a report). */
export function firedRules(rules: readonly SentenceRule[], context: SentenceContext): string[] {
  return rules.filter((rule) => rule.when(context)).map((rule) => rule.id);
}

/** The report's three lists. */
export function writeSentences(context: SentenceContext): { opportunities: string[]; risks: string[]; watch_points: string[] } {
  const risks = applyRules(RISK_RULES, context, MAX_RISKS);
  return {
    opportunities: applyRules(OPPORTUNITY_RULES, context, MAX_OPPORTUNITIES),
    risks: risks.length ? risks : [NO_RISK],
    watch_points: applyRules(WATCH_RULES, context, MAX_WATCH_POINTS),
  };
}

/**
 * The summary, as the seed's: "{symbol} closed the latest completed week at {close}. The 4-week
 * return is {r4} and the 12-week return is {r12}. Trend Signal is {active|inactive}, Market
 * Dynamics is {md}." A clause whose value is missing is left out, never filled with a placeholder.
 */
export function writeSummary(context: SentenceContext): string {
  const { security, snapshot } = context;
  const parts: string[] = [];
  const close = formatMoney(snapshot.close, security.currency);
  parts.push(
    close === null
      ? `${security.symbol} completed the latest week without a close.`
      : `${security.symbol} closed the latest completed week at ${close}.`,
  );
  const r4 = formatPercent(snapshot.returns.w4);
  const r12 = formatPercent(snapshot.returns.w12);
  if (r4 !== null && r12 !== null) parts.push(`The 4-week return is ${r4} and the 12-week return is ${r12}.`);
  else if (r4 !== null) parts.push(`The 4-week return is ${r4}.`);
  else if (r12 !== null) parts.push(`The 12-week return is ${r12}.`);
  const trend = `Trend Signal is ${snapshot.trendActive ? 'active' : 'inactive'}`;
  const md = formatMarketDynamics(snapshot.marketDynamics);
  parts.push(md === null ? `${trend}.` : `${trend}, Market Dynamics is ${md}.`);
  return parts.join(' ');
}
