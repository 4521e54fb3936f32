// The six 0-100 setup scores, their tones and the composite (METHODOLOGY.md).
//
// Every score is a clamped linear formula of a few snapshot fields, so a reader can check it with a
// calculator. Inputs are fractions as everywhere in the engine (0.127 = 12.7%); the formulas below
// write them in points where that reads better (100 * w4 = the 4-week return in percent).
// A score whose inputs are not all known is null: never 0, never a guess.

import type { SecuritySnapshot } from '../types.js';

export type ScoreKey = 'trend' | 'momentum' | 'dynamics' | 'relativeStrength' | 'volume' | 'riskControl';
export type Tone = 'positive' | 'neutral' | 'negative';

/** One setup score, as the report shows it. */
export interface Score {
  key: ScoreKey;
  /** The seed's label: 'Trend', 'Momentum', ... */
  label: string;
  /** 0..100, unrounded (the writer formats it); null when an input is unknown. */
  value: number | null;
  /** The seed's sentence for the score. */
  description: string;
  /** By TONE_POSITIVE / TONE_NEGATIVE; null when the value is. */
  tone: Tone | null;
}

/** A score of at least this is 'positive'. */
export const TONE_POSITIVE = 60;
/** A score below this is 'negative'; between the two it is 'neutral'. */
export const TONE_NEGATIVE = 40;

/** The parameters of the six formulas, in one place (METHODOLOGY.md explains each). */
export const SCORE_PARAMETERS = {
  trend: { breadthPoints: 70, streakCap: 30 },
  momentum: { base: 50, fourWeekPoints: 100, twelveWeekPoints: 50 },
  dynamics: { base: 50, mdPoints: 30, improvementPoints: 15 },
  relativeStrength: { base: 50, rsPoints: 4, changePoints: 100, changeCap: 20 },
  volume: { base: 50, logPoints: 25 },
  riskControl: { base: 100, drawdownPoints: 200, volatilityPoints: 400 },
} as const;

/** The labels and descriptions, in the seed's order. */
export const SCORE_DEFINITIONS: readonly { key: ScoreKey; label: string; description: string }[] = [
  { key: 'trend', label: 'Trend', description: 'Persistence of active Trend Signal over the last year and current streak.' },
  { key: 'momentum', label: 'Momentum', description: 'Blend of 4-week and 12-week follow-through.' },
  {
    key: 'dynamics',
    label: 'Dynamics',
    description: 'Latest Market Dynamics and whether pressure has improved over four weeks.',
  },
  { key: 'relativeStrength', label: 'Relative Strength', description: 'Relative leadership and short-term RS change.' },
  { key: 'volume', label: 'Volume', description: 'Participation compared with the 13-week volume baseline.' },
  { key: 'riskControl', label: 'Risk Control', description: 'Drawdown and recent weekly volatility pressure.' },
];

/** `x` limited to [lo, hi]. */
export function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}

const score100 = (x: number) => clamp(x, 0, 100);

/**
 * Trend = clamp(70 * activeBreadth +/- min(trendStreak, 30), 0, 100): + while the Trend Signal is on,
 * - while it is off (the streak then counts weeks off). Null without a Trend Line or a breadth.
 */
export function trendScore(
  s: Pick<SecuritySnapshot, 'activeBreadth' | 'trendStreak' | 'trendActive' | 'trendLine'>,
): number | null {
  if (s.activeBreadth === null || s.trendLine === null) return null;
  const { breadthPoints, streakCap } = SCORE_PARAMETERS.trend;
  const streak = Math.min(Math.max(s.trendStreak, 0), streakCap);
  return score100(breadthPoints * s.activeBreadth + (s.trendActive ? streak : -streak));
}

/** Momentum = clamp(50 + 100 * w4 + 50 * w12, 0, 100): one point per percent of 4-week return, half a point per percent of 12-week. */
export function momentumScore(s: Pick<SecuritySnapshot, 'returns'>): number | null {
  const { w4, w12 } = s.returns;
  if (w4 === null || w12 === null) return null;
  const { base, fourWeekPoints, twelveWeekPoints } = SCORE_PARAMETERS.momentum;
  return score100(base + fourWeekPoints * w4 + twelveWeekPoints * w12);
}

/**
 * Dynamics = clamp(50 + 30 * MD + 15 * clamp(md4Change, 0, 1), 0, 100): the level of Market Dynamics,
 * plus up to 15 points when it has risen over four weeks (a rise of 100% of |MD_(t-4)| or more earns all 15).
 */
export function dynamicsScore(s: Pick<SecuritySnapshot, 'marketDynamics' | 'md4Change'>): number | null {
  if (s.marketDynamics === null || s.md4Change === null) return null;
  const { base, mdPoints, improvementPoints } = SCORE_PARAMETERS.dynamics;
  return score100(base + mdPoints * s.marketDynamics + improvementPoints * clamp(s.md4Change, 0, 1));
}

/**
 * Relative Strength = clamp(50 + 4 * (RS - 100) + clamp(100 * rs4Change, -20, 20), 0, 100): four points per
 * RS point above the benchmark's 100, plus one point per percent of 4-week RS change, at most 20 either way.
 */
export function relativeStrengthScore(s: Pick<SecuritySnapshot, 'relativeStrength' | 'rs4Change'>): number | null {
  if (s.relativeStrength === null || s.rs4Change === null) return null;
  const { base, rsPoints, changePoints, changeCap } = SCORE_PARAMETERS.relativeStrength;
  return score100(base + rsPoints * (s.relativeStrength - 100) + clamp(changePoints * s.rs4Change, -changeCap, changeCap));
}

/**
 * Volume = clamp(50 + 25 * ln(ratio13), 0, 100): the 13-week average is 50, 1.5x is 60 (positive), 1/1.5x is 40,
 * a doubling adds 17.3 points and a halving takes them away; no volume at all is 0.
 */
export function volumeScore(s: Pick<SecuritySnapshot, 'volume'>): number | null {
  const ratio = s.volume.ratio13;
  if (ratio === null || !(ratio >= 0)) return null;
  const { base, logPoints } = SCORE_PARAMETERS.volume;
  return ratio === 0 ? 0 : score100(base + logPoints * Math.log(ratio));
}

/** Risk Control = clamp(100 - 200 * |drawdown| - 400 * volatility13, 0, 100): 2 points per percent below the 52-week high, 4 per percent of weekly volatility. */
export function riskControlScore(s: Pick<SecuritySnapshot, 'drawdown' | 'risk'>): number | null {
  const volatility = s.risk.volatility13;
  if (s.drawdown === null || volatility === null) return null;
  const { base, drawdownPoints, volatilityPoints } = SCORE_PARAMETERS.riskControl;
  return score100(base - drawdownPoints * Math.abs(s.drawdown) - volatilityPoints * volatility);
}

const FORMULAS: Record<ScoreKey, (s: SecuritySnapshot) => number | null> = {
  trend: trendScore,
  momentum: momentumScore,
  dynamics: dynamicsScore,
  relativeStrength: relativeStrengthScore,
  volume: volumeScore,
  riskControl: riskControlScore,
};

/** 'positive' from 60, 'negative' below 40, 'neutral' between; null for a null value. */
export function toneOf(value: number | null): Tone | null {
  if (value === null) return null;
  return value >= TONE_POSITIVE ? 'positive' : value < TONE_NEGATIVE ? 'negative' : 'neutral';
}

/** The six scores of a snapshot, in the seed's order. */
export function setupScores(snapshot: SecuritySnapshot): Score[] {
  return SCORE_DEFINITIONS.map(({ key, label, description }) => {
    const raw = FORMULAS[key](snapshot);
    // A NaN that slipped into a snapshot is an unknown, not a number.
    const value = raw === null || Number.isNaN(raw) ? null : raw;
    return { key, label, value, description, tone: toneOf(value) };
  });
}

/** SYSTEM.md: the mean of the six setup scores; null unless all six are known (a mean of fewer would be a different measure). */
export function compositeScore(scores: readonly Pick<Score, 'value'>[]): number | null {
  if (scores.length === 0) return null;
  let sum = 0;
  for (const s of scores) {
    if (s.value === null) return null;
    sum += s.value;
  }
  return sum / scores.length;
}
