// dynamics.expectation and its probability (METHODOLOGY.md).
//
// A security's "setup state" in a week is four yes/no facts read from its own series:
//   bit 0  the Trend Signal is on
//   bit 1  Market Dynamics is above zero
//   bit 2  Market Dynamics is higher than four weeks earlier
//   bit 3  Relative Strength is above 100
// so there are 16 states. The expectation table counts, for every state, how many past weeks of a
// universe (one country) were in it and how many of those weeks were followed by a gain over the next
// four weeks (close four bars later above the week's close). Only weeks whose outcome is known at the
// as-of week take part: a week t counts when the bar four weeks after it is on or before the as-of week.
// The probability for a security is its state's gain rate.

import type { SecuritySeries, SecuritySnapshot } from '../types.js';

/** Weeks ahead the outcome is measured over. */
export const HORIZON = 4;
/** Weeks back the "Market Dynamics rising" bit compares with (the same as md_4_change). */
export const LOOKBACK = 4;
/** The number of states (4 bits). */
export const STATE_COUNT = 16;
/** A state needs at least this many past weeks for a probability; below it the probability is null. */
export const MIN_SAMPLES = 100;
/** A probability (percent) of at least this is 'Bullish'. */
export const BULLISH_FROM = 65;
/** A probability (percent) of at most this is 'Bearish'; between the two it is 'Undecided'. */
export const BEARISH_TO = 35;

export const TREND_ON = 1;
export const MD_POSITIVE = 2;
export const MD_RISING = 4;
export const RS_ABOVE_100 = 8;

export type ExpectationLabel = 'Bullish' | 'Bearish' | 'Undecided';

/** Past weeks per state and how many were followed by a 4-week gain. */
export interface ExpectationTable {
  /** The as-of week (Monday, days since epoch) the table was built for. */
  asOfWeek: number;
  /** Weeks counted per state (index = state). */
  samples: Float64Array;
  /** Of those, weeks followed by a gain over HORIZON weeks. */
  gains: Float64Array;
}

export interface Expectation {
  label: ExpectationLabel;
  /** Percent (0..100) of the state's past weeks followed by a 4-week gain; null below MIN_SAMPLES or without a state. */
  probability: number | null;
  /** Past weeks the probability is based on. */
  samples: number;
  /** The state (0..15), null when one of its facts is unknown. */
  state: number | null;
}

/** What the table reads of one security: its weekly bars' keys and closes, and its series. */
export interface ExpectationInput {
  week: Int32Array;
  close: Float64Array;
  series: Pick<SecuritySeries, 'trendLine' | 'trendSignal' | 'marketDynamics' | 'relativeStrength'>;
}

/** The state of week `i` of a series, or null when a fact is unknown (no Trend Line, MD, MD 4 weeks back or RS). */
export function stateAt(series: ExpectationInput['series'], i: number): number | null {
  if (i < LOOKBACK || i >= series.marketDynamics.length) return null;
  const md = series.marketDynamics[i]!;
  const mdBack = series.marketDynamics[i - LOOKBACK]!;
  const rs = series.relativeStrength[i]!;
  if (Number.isNaN(md) || Number.isNaN(mdBack) || Number.isNaN(rs) || Number.isNaN(series.trendLine[i]!)) return null;
  return (
    (series.trendSignal[i] === 1 ? TREND_ON : 0) |
    (md > 0 ? MD_POSITIVE : 0) |
    (md > mdBack ? MD_RISING : 0) |
    (rs > 100 ? RS_ABOVE_100 : 0)
  );
}

/**
 * The state of a snapshot: the same four facts at the as-of week. "MD rising" reads md4Change > 0, which has
 * the sign of MD_t - MD_(t-4) whenever it is defined; when md4Change is null (MD_(t-4) unknown or exactly 0)
 * the state is null.
 */
export function stateOfSnapshot(
  s: Pick<SecuritySnapshot, 'trendLine' | 'trendActive' | 'marketDynamics' | 'md4Change' | 'relativeStrength'>,
): number | null {
  if (s.trendLine === null || s.marketDynamics === null || s.md4Change === null || s.relativeStrength === null) return null;
  return (
    (s.trendActive ? TREND_ON : 0) |
    (s.marketDynamics > 0 ? MD_POSITIVE : 0) |
    (s.md4Change > 0 ? MD_RISING : 0) |
    (s.relativeStrength > 100 ? RS_ABOVE_100 : 0)
  );
}

/** A state in words: "Trend on, MD positive, MD rising, RS above 100". */
export function describeState(state: number): string {
  return [
    state & TREND_ON ? 'Trend on' : 'Trend off',
    state & MD_POSITIVE ? 'MD positive' : 'MD not positive',
    state & MD_RISING ? 'MD rising' : 'MD not rising',
    state & RS_ABOVE_100 ? 'RS above 100' : 'RS not above 100',
  ].join(', ');
}

/** Index of the last week <= asOfWeek in an ascending week array, -1 when none. */
function lastIndexAtOrBefore(week: Int32Array, asOfWeek: number): number {
  let lo = 0;
  let hi = week.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (week[mid]! <= asOfWeek) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * Tallies every security's past weeks by state: one pass over typed arrays, nothing allocated per week.
 * Week i counts when its state is known, its close and the close HORIZON bars later are positive, and that
 * later bar's week is on or before `asOfWeek` (so nothing after the as-of week is ever read).
 */
export function expectationTable(securities: readonly ExpectationInput[], asOfWeek: number): ExpectationTable {
  const samples = new Float64Array(STATE_COUNT);
  const gains = new Float64Array(STATE_COUNT);
  for (const { week, close, series } of securities) {
    const md = series.marketDynamics;
    const rs = series.relativeStrength;
    const line = series.trendLine;
    const signal = series.trendSignal;
    // the last bar whose outcome may be read, and so the last week i with i + HORIZON <= it
    const lastOutcome = Math.min(lastIndexAtOrBefore(week, asOfWeek), close.length - 1, md.length - 1 + HORIZON);
    const end = lastOutcome - HORIZON;
    for (let i = LOOKBACK; i <= end; i++) {
      const m = md[i]!;
      const mBack = md[i - LOOKBACK]!;
      const r = rs[i]!;
      const t = line[i]!;
      const c = close[i]!;
      const later = close[i + HORIZON]!;
      // `x !== x` is true only for NaN; `!(c > 0)` also refuses NaN.
      if (m !== m || mBack !== mBack || r !== r || t !== t || !(c > 0) || !(later > 0)) continue;
      const state =
        (signal[i] === 1 ? TREND_ON : 0) | (m > 0 ? MD_POSITIVE : 0) | (m > mBack ? MD_RISING : 0) | (r > 100 ? RS_ABOVE_100 : 0);
      samples[state]! += 1;
      if (later > c) gains[state]! += 1;
    }
  }
  return { asOfWeek, samples, gains };
}

/** 'Bullish' from BULLISH_FROM percent, 'Bearish' up to BEARISH_TO, else 'Undecided' (also without a probability). */
export function expectationLabel(probability: number | null): ExpectationLabel {
  if (probability === null) return 'Undecided';
  return probability >= BULLISH_FROM ? 'Bullish' : probability <= BEARISH_TO ? 'Bearish' : 'Undecided';
}

/** The expectation of a state: its past weeks' 4-week gain rate, in percent. */
export function expectation(state: number | null, table: ExpectationTable): Expectation {
  if (state === null || state < 0 || state >= STATE_COUNT)
    return { label: 'Undecided', probability: null, samples: 0, state: null };
  const samples = table.samples[state]!;
  const probability = samples >= MIN_SAMPLES ? (table.gains[state]! / samples) * 100 : null;
  return { label: expectationLabel(probability), probability, samples, state };
}
