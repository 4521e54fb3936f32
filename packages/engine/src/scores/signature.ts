// setup_signature: a rule table, evaluated in order, first match wins (METHODOLOGY.md).
//
// The labels follow Weinstein's four stages of the 30-week moving average (the Trend Line):
// Stage 1 base, Stage 2 advance, Stage 3 top, Stage 4 decline, with the transitions between them.
// A condition that needs an unknown (null) input is false, so a rule never fires on a guess.

import type { SecuritySnapshot } from '../types.js';
import type { Comparison } from '../universe/peers.js';
import type { ScoreKey } from './setup.js';

/** What the rules read: the snapshot, the six scores by key, and (optionally) the peer comparison. */
export interface SignatureInput {
  snapshot: SecuritySnapshot;
  scores: Readonly<Record<ScoreKey, number | null>>;
  comparison?: Comparison | null;
}

export interface SignatureRule {
  label: string;
  /** The condition in words, as METHODOLOGY.md gives it. */
  rule: string;
  test: (input: SignatureInput) => boolean;
}

/** The label when no rule fires. */
export const FALLBACK_SIGNATURE = 'Mixed signals';

/** Parameters of the rules. */
export const SIGNATURE_PARAMETERS = {
  /** "Extended": at least this far above the Trend Line (fraction). */
  extendedAbove: 0.25,
  /** A "fresh" Trend Signal has been on for at most this many weeks. */
  freshStreak: 8,
  /** A "persistent" trend has a Trend score of at least this. */
  persistentTrend: 60,
  /** "Near the Trend Line": within this fraction of it. */
  nearLine: 0.05,
  /** "Sideways": a 12-week return within this fraction of zero. */
  sideways: 0.1,
} as const;

const P = SIGNATURE_PARAMETERS;

/** `x < 0`, false when unknown. */
const below0 = (x: number | null) => x !== null && x < 0;
/** `x > 0`, false when unknown. */
const above0 = (x: number | null) => x !== null && x > 0;

/** With peers and a known rank: the 12-week return ranks in the top half of its sector group; without them, true. */
function leadsSectorGroup(comparison: Comparison | null | undefined): boolean {
  const group = comparison?.sector;
  if (!group || group.twelveWeekRank === null) return true;
  return group.twelveWeekRank <= group.count / 2;
}

/** The rules, in the order they are tried. */
export const SIGNATURE_RULES: readonly SignatureRule[] = [
  {
    label: 'Downtrend',
    rule: 'Trend Signal off, close below the Trend Line and Market Dynamics below zero (Weinstein Stage 4).',
    test: ({ snapshot: s }) => !s.trendActive && below0(s.vsTrend) && below0(s.marketDynamics),
  },
  {
    label: 'Breakdown risk',
    rule:
      'Trend Signal on, but the close is below the Trend Line, or Market Dynamics is below zero and lower than ' +
      'four weeks ago (a Stage 2 advance turning into a Stage 3 top or a Stage 4 decline).',
    test: ({ snapshot: s }) => s.trendActive && (below0(s.vsTrend) || (below0(s.marketDynamics) && below0(s.md4Change))),
  },
  {
    label: 'Late-stage extension',
    rule:
      'Trend Signal on, close at least 25% above the Trend Line, and Market Dynamics lower than four weeks ago ' +
      '(a late Stage 2 run whose pressure is fading).',
    test: ({ snapshot: s }) => s.trendActive && s.vsTrend !== null && s.vsTrend >= P.extendedAbove && below0(s.md4Change),
  },
  {
    label: 'Leadership continuation',
    rule:
      'Trend Signal on with a Trend score of 60 or more, Market Dynamics above zero, Relative Strength above 100, ' +
      'and (when peers are known) a 12-week return in the top half of its sector group (a Stage 2 leader).',
    test: ({ snapshot: s, scores, comparison }) =>
      s.trendActive &&
      scores.trend !== null &&
      scores.trend >= P.persistentTrend &&
      above0(s.marketDynamics) &&
      s.relativeStrength !== null &&
      s.relativeStrength > 100 &&
      leadsSectorGroup(comparison),
  },
  {
    label: 'Pullback in uptrend',
    rule: 'Trend Signal on, close above the Trend Line, and a 4-week return below zero (a dip within Stage 2).',
    test: ({ snapshot: s }) => s.trendActive && above0(s.vsTrend) && below0(s.returns.w4),
  },
  {
    label: 'Early recovery',
    rule:
      'Trend Signal on for at most 8 weeks with Market Dynamics above zero, or Trend Signal off with the close above ' +
      'the Trend Line and Market Dynamics above zero and higher than four weeks ago (Stage 1 turning into Stage 2).',
    test: ({ snapshot: s }) =>
      (s.trendActive && s.trendStreak <= P.freshStreak && above0(s.marketDynamics)) ||
      (!s.trendActive && above0(s.vsTrend) && above0(s.marketDynamics) && above0(s.md4Change)),
  },
  {
    label: 'Base building',
    rule: 'Trend Signal off, close within 5% of the Trend Line, and a 12-week return within 10% of zero (Weinstein Stage 1).',
    test: ({ snapshot: s }) =>
      !s.trendActive &&
      s.vsTrend !== null &&
      Math.abs(s.vsTrend) <= P.nearLine &&
      s.returns.w12 !== null &&
      Math.abs(s.returns.w12) <= P.sideways,
  },
];

/** Every label the signature can take, the fallback last. */
export const SIGNATURE_LABELS: readonly string[] = [...SIGNATURE_RULES.map((r) => r.label), FALLBACK_SIGNATURE];

/** The first rule that fires, or the fallback. */
export function setupSignature(input: SignatureInput): string {
  for (const rule of SIGNATURE_RULES) if (rule.test(input)) return rule.label;
  return FALLBACK_SIGNATURE;
}
