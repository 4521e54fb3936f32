// scores/: the six setup scores, the composite, the setup signature and the expectation of one security.
// The methodology is in packages/engine/METHODOLOGY.md.

import type { SecuritySnapshot } from '../types.js';
import type { Comparison } from '../universe/peers.js';
import { expectation, stateOfSnapshot, type Expectation, type ExpectationTable } from './expectation.js';
import { compositeScore, setupScores, type Score, type ScoreKey } from './setup.js';
import { setupSignature } from './signature.js';

export * from './expectation.js';
export * from './setup.js';
export * from './signature.js';

/** What scoring reads besides the snapshot; both are optional. */
export interface ScoreContext {
  /** The security's peer comparison (universe/peers.ts): the "leads its sector group" clause of the signature. */
  comparison?: Comparison | null;
  /** The expectation table of the security's country at the as-of week; without it the expectation is Undecided with a null probability. */
  table?: ExpectationTable | null;
}

export interface SecurityScores {
  /** The six scores in the seed's order: Trend, Momentum, Dynamics, Relative Strength, Volume, Risk Control. */
  scores: Score[];
  /** The mean of the six; null unless all six are known. */
  composite: number | null;
  /** The setup signature's label (SIGNATURE_RULES, first match wins, else 'Mixed signals'). */
  signature: string;
  /** dynamics.expectation, its probability (percent) and the sample it rests on. */
  expectation: Expectation;
}

/** Scores one security at its as-of week. */
export function scoreSecurity(snapshot: SecuritySnapshot, context: ScoreContext = {}): SecurityScores {
  const scores = setupScores(snapshot);
  const byKey = Object.fromEntries(scores.map((s) => [s.key, s.value])) as Record<ScoreKey, number | null>;
  const state = stateOfSnapshot(snapshot);
  return {
    scores,
    composite: compositeScore(scores),
    signature: setupSignature({ snapshot, scores: byKey, comparison: context.comparison }),
    expectation: context.table ? expectation(state, context.table) : { label: 'Undecided', probability: null, samples: 0, state },
  };
}
