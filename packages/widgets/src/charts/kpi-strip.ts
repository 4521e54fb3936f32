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
 * How wide the tiles must be for the longest value and its mark to share one line:
 * `undefined` up to about 8 characters (a value is about 0.68em a character, a mark about
 * 1.35 characters with its gap), `wide` up to about 10, `wider` past that.
 */
export function tileWidth(tiles: KpiTile[]): 'wide' | 'wider' | undefined {
  const longest = Math.max(0, ...tiles.map((tile) => [...tile.value].length + (tile.tone ? 1.35 : 0)));
  return longest > 10.4 ? 'wider' : longest > 8.3 ? 'wide' : undefined;
}
