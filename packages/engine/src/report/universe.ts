/**
 * One row of `universe.json` (the screener's listing): plain JSON numbers and booleans, not the
 * report's strings, so the screener can sort and filter; `null` where the report has `null`.
 *
 * - Returns are percentage points (12.7 = 12.7%), as the report's numeric `value`s, rounded to 4
 *   decimals; `market_dynamics` and `relative_strength` to 4 decimals; `composite_score` to 2
 *   (the report shows it whole); `market_cap` in `currency` units, unrounded.
 * - `trend_signal` is a boolean.
 */
import type { Security, SecuritySnapshot } from '../types.js';
import { finite, isoDate, toPoints } from './format.js';
import { roundTo } from './history.js';
import type { ReportComparison } from './types.js';
import { compositeScore } from './write.js';

export interface UniverseRow {
  uuid: string;
  symbol: string;
  exchange: string;
  name: string;
  country: string;
  sector: string;
  industry: string;
  currency: string;
  /** `YYYY-MM-DD` */
  latest_week: string;
  composite_score: number | null;
  setup_signature: string | null;
  return_1w: number | null;
  return_4w: number | null;
  return_12w: number | null;
  return_26w: number | null;
  return_52w: number | null;
  trend_signal: boolean;
  market_dynamics: number | null;
  relative_strength: number | null;
  market_cap: number | null;
}

/** `value` rounded to `digits` decimals, null for a missing value. */
function round(value: number | null, digits: number): number | null {
  return value === null ? null : roundTo(value, digits);
}

/** The universe row of one security, from the same snapshot and comparison as its report. */
export function universeRow(security: Security, snapshot: SecuritySnapshot, comparison?: ReportComparison | null): UniverseRow {
  const r = snapshot.returns;
  return {
    uuid: security.uuid,
    symbol: security.symbol,
    exchange: security.exchange,
    name: security.name,
    country: security.country,
    sector: security.sector,
    industry: security.industry,
    currency: security.currency,
    latest_week: isoDate(snapshot.day),
    composite_score: round(compositeScore(comparison?.scores), 2),
    setup_signature: comparison?.setupSignature ?? null,
    return_1w: round(toPoints(r.w1), 4),
    return_4w: round(toPoints(r.w4), 4),
    return_12w: round(toPoints(r.w12), 4),
    return_26w: round(toPoints(r.w26), 4),
    return_52w: round(toPoints(r.w52), 4),
    trend_signal: snapshot.trendActive,
    market_dynamics: round(finite(snapshot.marketDynamics), 4),
    relative_strength: round(finite(snapshot.relativeStrength), 4),
    market_cap: finite(security.marketCap),
  };
}
