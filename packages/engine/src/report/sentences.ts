/**
 * Opportunities, risks and watch points: sentences from documented rules.
 *
 * Each rule is a condition on the snapshot (and, when given, the comparison with the universe)
 * and the sentence it writes. Rules are tried in the order listed; a list keeps at most its
 * `MAX_*` first sentences, so the order is the priority. A rule whose measure is `null` never
 * fires: a sentence is never built from a missing value. Every number a sentence writes goes
 * through the formatter that writes the same number elsewhere on the report (`formatPercent`
 * for `price.drawdown`, `formatProbability` for `dynamics.expectation_probability`, ...), or is
 * an integer the report shows as is (ranks, counts, the streak), so the two always read alike.
 * METHODOLOGY.md ("Opportunities, risks, watch points and summary") has the same tables.
 *
 * "Group edge": the top (bottom) 20% of a group of 5 or more, rank <= ceil(count * 0.2)
 * (rank > count - ceil(count * 0.2)). "Top (bottom) decile": a peer percentile >= 90 (<= 10)
 * among 10 or more peers. The composite is the writer's (the mean of the six scores, `null` when
 * any is), compared as the report shows it, rounded to a whole number.
 *
 * Opportunities (at most 5)
 * | id                       | condition                                         | sentence |
 * | signature-early-recovery | setup signature "Early recovery"                  | "Setup signature is Early recovery: Market Dynamics is positive as a new advance takes shape." |
 * | trend-active             | Trend Signal on                                   | "Trend Signal is active with a {streak}-week active streak." ("... turned active on the latest completed week." for a streak of 1) |
 * | above-trend              | vs_trend > 0                                      | "Price is above the Trend Line, keeping the weekly tape constructive." |
 * | above-fair-value         | vs_fair_value > 0                                 | "Price is above Fair Value, showing premium demand versus the model." |
 * | md-positive              | Market Dynamics > 0                               | "Market Dynamics is positive on the latest completed week." |
 * | fresh-buy                | fresh Market Dynamics buy this week               | "Market Dynamics gave a fresh buy signal on the latest completed week." |
 * | sector-leader            | sector group week rank in its top edge            | "Latest weekly return ranks in the strongest part of its sector group." |
 * | signature-leadership     | setup signature "Leadership continuation"         | "Setup signature is Leadership continuation: a persistent uptrend with positive Market Dynamics and Relative Strength above 100." |
 * | industry-leader          | industry group 4-week rank in its top edge        | "4-week return ranks {rank} of {count} in its industry group, {scope}." |
 * | peer-top-decile          | peer percentile >= 90 (10+ peers), not sector-laggard | "Latest weekly return ranks {rank} of {count} in {scope}, in the top tenth of its peers." |
 * | composite-strong         | composite >= 70, signature not a risk signature   | "Composite setup score is {composite} of 100." |
 * | rs-improving             | rs_4_change > 0                                   | "Relative strength is improving." |
 *
 * Risks (at most 5; none -> the one sentence `NO_RISK`)
 * | id                       | condition                                         | sentence |
 * | signature-downtrend      | setup signature "Downtrend"                       | "Setup signature is Downtrend: Trend Signal off, price below the Trend Line and Market Dynamics negative (a Stage 4 decline)." |
 * | signature-breakdown      | setup signature "Breakdown risk"                  | "Setup signature is Breakdown risk: the Trend Signal is still on, but price or Market Dynamics is giving way." |
 * | signature-extension      | setup signature "Late-stage extension"            | "Setup signature is Late-stage extension: price is {vs_trend} above the Trend Line while Market Dynamics fades." ("... far above ..." when vs_trend is unknown) |
 * | trend-inactive           | Trend Signal off                                  | "Trend Signal has been inactive for {streak} weeks." ("Trend Signal turned inactive ..." for 1) |
 * | below-trend              | vs_trend < 0                                      | "Price is below the Trend Line, leaving the weekly tape defensive." |
 * | md-negative              | Market Dynamics < 0                               | "Market Dynamics is negative." |
 * | rs-fading                | rs_4_change < 0                                   | "Relative strength is fading over four weeks." |
 * | deep-drawdown            | drawdown <= -20%                                  | "Price is {-drawdown} below its 52-week high." |
 * | volatility-rising        | volatility_13 >= 1.5 x volatility_52 (> 0)        | "Weekly volatility over 13 weeks ({v13}) is well above its 52-week level ({v52})." |
 * | sector-laggard           | sector group week rank in its bottom edge         | "Latest weekly return ranks in the weakest part of its sector group." |
 * | industry-laggard         | industry group 4-week rank in its bottom edge     | "4-week return ranks {rank} of {count} in its industry group, {scope}, among its weakest." |
 * | peer-bottom-decile       | peer percentile <= 10 (10+ peers), not sector-leader | "Latest weekly return ranks {rank} of {count} in {scope}, in the bottom tenth of its peers." |
 * | composite-weak           | composite <= 30, signature not an opportunity signature | "Composite setup score is {composite} of 100." |
 * | bearish-odds             | expectation "Bearish" with a probability          | "Most past weeks in the same setup state were not followed by a 4-week gain." |
 *
 * Watch points (at most 4)
 * | id                       | condition                                         | sentence |
 * | trend-line               | Trend Line known                                  | "Trend Line remains the key weekly regime level." |
 * | short-history            | Trend Line unknown                                | "The Trend Line needs 30 weeks of history, so the weekly regime is not measured yet." |
 * | md-gauge                 | Market Dynamics known                             | "Market Dynamics is the pressure gauge to monitor for confirmation or fade." |
 * | expectation-bullish      | expectation "Bullish" with a probability          | "Expectation is Bullish: {p} of past weeks in the same setup state were followed by a 4-week gain." |
 * | expectation-bearish      | expectation "Bearish" with a probability          | "Expectation is Bearish: only {p} of past weeks in the same setup state were followed by a 4-week gain." |
 * | signature-pullback       | setup signature "Pullback in uptrend"             | "Setup signature is Pullback in uptrend: the 4-week return is {w4} while price holds above the Trend Line." ("... a 4-week dip while ..." when w4 is unknown) |
 * | signature-base           | setup signature "Base building"                   | "Setup signature is Base building: price is moving sideways near the Trend Line; a Trend Signal turning on would start an advance." |
 * | volume-building          | 1.2 <= volume ratio (13 weeks) < 1.5              | "A volume ratio above 1.5x would show stronger participation in the next move." |
 * | volume-heavy             | volume ratio (13 weeks) >= 1.5                    | "Volume is running at {ratio} its 13-week average; whether it holds shows how broad the move is." |
 * | near-high                | drawdown > -5% (and not 0)                        | "Price is within 5% of its 52-week high ({high})." |
 * | at-high                  | drawdown = 0                                      | "Price closed the week at its 52-week high ({high})." |
 *
 * Never contradicting: an opportunity and a risk about the same measure have opposite strict
 * conditions (> 0 against < 0, on against off, top edge against bottom edge, >= 70 against
 * <= 30, >= 90 against <= 10), so at most one of them fires; the signature is one label, so
 * its opportunity, risk and watch rules exclude each other; a risk signature always writes a
 * risk, so `NO_RISK` never stands next to it; the two rules that could disagree across scopes
 * or measures are guarded (the whole sector's bottom decile never next to the top of the sector
 * group, and the other way round; a strong composite never next to a risk signature, a weak one
 * never next to an opportunity signature); the watch points state no direction except the
 * expectation's, which is written only for "Bullish" or "Bearish", never for "Undecided". The
 * tests check this over a grid of snapshots and over every report of a generated universe.
 */
import type { Security, SecuritySnapshot } from '../types.js';
import {
  finite,
  formatMarketDynamics,
  formatMoney,
  formatPercent,
  formatProbability,
  formatRatio,
  formatScore,
} from './format.js';
import type { GroupComparison, ReportComparison } from './types.js';

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
/** Peer percentiles at or above (at or below) these are the top (bottom) tenth, among at least `PEER_MIN` peers. */
const PEER_TOP = 90;
const PEER_BOTTOM = 10;
const PEER_MIN = 10;
/** A composite (as the report shows it, a whole number) at or above / at or below these is strong / weak. */
const COMPOSITE_STRONG = 70;
const COMPOSITE_WEAK = 30;

/** Setup signatures (scores/signature.ts) that read as a risk, and those that read as an opportunity. */
export const RISK_SIGNATURES: readonly string[] = ['Downtrend', 'Breakdown risk', 'Late-stage extension'];
export const OPPORTUNITY_SIGNATURES: readonly string[] = ['Leadership continuation', 'Early recovery'];

const positive = (v: number | null): v is number => v !== null && v > 0;
const negative = (v: number | null): v is number => v !== null && v < 0;

const signature = (c: SentenceContext): string | null => c.comparison?.setupSignature ?? null;
const hasSignature = (label: string) => (c: SentenceContext) => signature(c) === label;

/** A rank in a group, when the group is large enough to have a strongest and a weakest part. */
interface EdgeRank {
  rank: number;
  count: number;
  scope: string;
  top: boolean;
  bottom: boolean;
}

function edgeRank(group: GroupComparison | null | undefined, rank: number | null | undefined): EdgeRank | null {
  if (!group || rank === null || rank === undefined || group.count < GROUP_MIN) return null;
  const edge = Math.ceil(group.count * GROUP_EDGE);
  return { rank, count: group.count, scope: group.scope, top: rank <= edge, bottom: rank > group.count - edge };
}

/** The security's week rank in its sector group. */
const sectorWeekRank = (c: SentenceContext) => edgeRank(c.comparison?.groups?.sector, c.comparison?.groups?.sector?.weekRank);
/** The security's 4-week rank in its industry group. */
const industryFourWeekRank = (c: SentenceContext) =>
  edgeRank(c.comparison?.groups?.industry, c.comparison?.groups?.industry?.fourWeekRank);

/** `momentum.peer` when it has a rank and a percentile among enough peers. */
function peerRank(c: SentenceContext): { rank: number; count: number; scope: string; percentile: number } | null {
  const peer = c.comparison?.peer;
  if (!peer || peer.rank === null || peer.percentile === null || peer.count < PEER_MIN) return null;
  return { rank: peer.rank, count: peer.count, scope: peer.scope, percentile: peer.percentile };
}

/** The composite as the report writes it (the mean of the scores, null if any is missing), rounded as shown. */
function shownComposite(c: SentenceContext): number | null {
  const scores = c.comparison?.scores;
  if (!scores?.length) return null;
  let sum = 0;
  for (const score of scores) {
    const value = finite(score.value);
    if (value === null) return null;
    sum += value;
  }
  const text = formatScore(sum / scores.length);
  return text === null ? null : Number(text);
}

/** The expectation's probability as the report writes it, when the label is `label`. */
function expectationAt(c: SentenceContext, label: 'Bullish' | 'Bearish'): string | null {
  const e = c.comparison?.expectation;
  return e && e.label === label ? formatProbability(e.probability) : null;
}

const sectorLeader = (c: SentenceContext) => sectorWeekRank(c)?.top === true;
const sectorLaggard = (c: SentenceContext) => sectorWeekRank(c)?.bottom === true;

export const OPPORTUNITY_RULES: SentenceRule[] = [
  {
    id: 'signature-early-recovery',
    when: hasSignature('Early recovery'),
    text: () => 'Setup signature is Early recovery: Market Dynamics is positive as a new advance takes shape.',
  },
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
    when: sectorLeader,
    text: () => 'Latest weekly return ranks in the strongest part of its sector group.',
  },
  {
    id: 'signature-leadership',
    when: hasSignature('Leadership continuation'),
    text: () =>
      'Setup signature is Leadership continuation: a persistent uptrend with positive Market Dynamics and Relative Strength above 100.',
  },
  {
    id: 'industry-leader',
    when: (c) => industryFourWeekRank(c)?.top === true,
    text: (c) => {
      const r = industryFourWeekRank(c)!;
      return `4-week return ranks ${r.rank} of ${r.count} in its industry group, ${r.scope}.`;
    },
  },
  {
    id: 'peer-top-decile',
    when: (c) => {
      const p = peerRank(c);
      return p !== null && p.percentile >= PEER_TOP && !sectorLaggard(c);
    },
    text: (c) => {
      const p = peerRank(c)!;
      return `Latest weekly return ranks ${p.rank} of ${p.count} in ${p.scope}, in the top tenth of its peers.`;
    },
  },
  {
    id: 'composite-strong',
    when: (c) => {
      const v = shownComposite(c);
      return v !== null && v >= COMPOSITE_STRONG && !RISK_SIGNATURES.includes(signature(c) ?? '');
    },
    text: (c) => `Composite setup score is ${shownComposite(c)} of 100.`,
  },
  {
    id: 'rs-improving',
    when: (c) => positive(c.snapshot.rs4Change),
    text: () => 'Relative strength is improving.',
  },
];

export const RISK_RULES: SentenceRule[] = [
  {
    id: 'signature-downtrend',
    when: hasSignature('Downtrend'),
    text: () =>
      'Setup signature is Downtrend: Trend Signal off, price below the Trend Line and Market Dynamics negative (a Stage 4 decline).',
  },
  {
    id: 'signature-breakdown',
    when: hasSignature('Breakdown risk'),
    text: () => 'Setup signature is Breakdown risk: the Trend Signal is still on, but price or Market Dynamics is giving way.',
  },
  {
    id: 'signature-extension',
    when: hasSignature('Late-stage extension'),
    text: (c) => {
      const above = positive(c.snapshot.vsTrend) ? formatPercent(c.snapshot.vsTrend) : 'far';
      return `Setup signature is Late-stage extension: price is ${above} above the Trend Line while Market Dynamics fades.`;
    },
  },
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
    when: sectorLaggard,
    text: () => 'Latest weekly return ranks in the weakest part of its sector group.',
  },
  {
    id: 'industry-laggard',
    when: (c) => industryFourWeekRank(c)?.bottom === true,
    text: (c) => {
      const r = industryFourWeekRank(c)!;
      return `4-week return ranks ${r.rank} of ${r.count} in its industry group, ${r.scope}, among its weakest.`;
    },
  },
  {
    id: 'peer-bottom-decile',
    when: (c) => {
      const p = peerRank(c);
      return p !== null && p.percentile <= PEER_BOTTOM && !sectorLeader(c);
    },
    text: (c) => {
      const p = peerRank(c)!;
      return `Latest weekly return ranks ${p.rank} of ${p.count} in ${p.scope}, in the bottom tenth of its peers.`;
    },
  },
  {
    id: 'composite-weak',
    when: (c) => {
      const v = shownComposite(c);
      return v !== null && v <= COMPOSITE_WEAK && !OPPORTUNITY_SIGNATURES.includes(signature(c) ?? '');
    },
    text: (c) => `Composite setup score is ${shownComposite(c)} of 100.`,
  },
  {
    id: 'bearish-odds',
    when: (c) => expectationAt(c, 'Bearish') !== null,
    text: () => 'Most past weeks in the same setup state were not followed by a 4-week gain.',
  },
];

export const WATCH_RULES: SentenceRule[] = [
  {
    id: 'trend-line',
    when: (c) => c.snapshot.trendLine !== null,
    text: () => 'Trend Line remains the key weekly regime level.',
  },
  {
    id: 'short-history',
    when: (c) => c.snapshot.trendLine === null,
    text: () => 'The Trend Line needs 30 weeks of history, so the weekly regime is not measured yet.',
  },
  {
    id: 'md-gauge',
    when: (c) => c.snapshot.marketDynamics !== null,
    text: () => 'Market Dynamics is the pressure gauge to monitor for confirmation or fade.',
  },
  {
    id: 'expectation-bullish',
    when: (c) => expectationAt(c, 'Bullish') !== null,
    text: (c) =>
      `Expectation is Bullish: ${expectationAt(c, 'Bullish')} of past weeks in the same setup state were followed by a 4-week gain.`,
  },
  {
    id: 'expectation-bearish',
    when: (c) => expectationAt(c, 'Bearish') !== null,
    text: (c) =>
      `Expectation is Bearish: only ${expectationAt(c, 'Bearish')} of past weeks in the same setup state were followed by a 4-week gain.`,
  },
  {
    id: 'signature-pullback',
    when: hasSignature('Pullback in uptrend'),
    text: (c) => {
      const w4 = formatPercent(c.snapshot.returns.w4);
      return w4 === null
        ? 'Setup signature is Pullback in uptrend: a 4-week dip while price holds above the Trend Line.'
        : `Setup signature is Pullback in uptrend: the 4-week return is ${w4} while price holds above the Trend Line.`;
    },
  },
  {
    id: 'signature-base',
    when: hasSignature('Base building'),
    text: () =>
      'Setup signature is Base building: price is moving sideways near the Trend Line; a Trend Signal turning on would start an advance.',
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
