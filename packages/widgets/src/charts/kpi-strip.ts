import type { Report } from '../data/validate.js';
import type { Tone } from '../data/schema.js';
import type { Formatter } from '../format/format.js';
import { figureText } from './tone-mark.js';

export interface KpiTile {
  label: string;
  /** The value for the locale; `—` when the feed sent none. */
  value: string;
  tone?: Tone;
  hint?: string;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The KPIs worth a tile: those with a label or a value. */
export function pickKpis(report: Report) {
  return (report.kpis ?? []).filter((kpi) => kpi.label !== undefined || kpi.value !== undefined);
}

/**
 * One tile per KPI: the value formatted from its Figure (a toned percent signed), and the
 * hint kept as sent, except that a bare ISO date (`2026-06-12`) is shown as a locale date.
 */
export function kpiTiles(report: Report, format: Formatter): KpiTile[] {
  return pickKpis(report).map((kpi) => ({
    label: kpi.label ?? '',
    value: figureText(kpi.value, kpi.tone, format),
    tone: kpi.tone,
    hint: kpi.hint && ISO_DAY.test(kpi.hint) ? format.date(kpi.hint) : kpi.hint,
  }));
}

/**
 * How wide the tiles must be for the longest value and its mark to share one line: `wide`
 * past 9 characters (a mark counts two), `wider` past 12; else `undefined`.
 */
export function tileWidth(tiles: KpiTile[]): 'wide' | 'wider' | undefined {
  const longest = Math.max(0, ...tiles.map((tile) => [...tile.value].length + (tile.tone ? 2 : 0)));
  return longest > 12 ? 'wider' : longest > 9 ? 'wide' : undefined;
}
