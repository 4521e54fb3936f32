import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { linear } from './linear.js';
import { linePath } from './paths.js';
import type { Report } from '../data/validate.js';
import type { Formatter } from '../format/format.js';
import { r } from './common.js';
import { priceAxis, renderPriceAxis, textWidth, type PriceTick } from './price-axis.js';

export type HistoryRow = NonNullable<Report['recent_rows']>[number];
export type SeriesKey = 'close' | 'trend' | 'fair';

export interface HistorySeries {
  key: SeriesKey;
  name: string;
  /** The SVG path (`M..L..`), one vertex per week that has a value. */
  path: string;
  /** Vertices in drawing order (oldest first); `undefined` where the week has no value. */
  points: ({ x: number; y: number } | undefined)[];
}

export interface HistoryLayout {
  width: number;
  height: number;
  /** Plot area. */
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** Rows oldest first (the report lists them newest first). */
  rows: HistoryRow[];
  /** x of each row, oldest first. */
  xs: number[];
  currency?: string;
  yTicks: PriceTick[];
  /** Indexes of rows whose date is printed under the axis. */
  xLabels: number[];
  series: HistorySeries[];
  /** The row of trend-signal markers under the plot. */
  signalY: number;
  /** Price -> y. */
  y(value: number): number;
}

/** The chart's width in viewBox units: wide, and narrow (below 560px of element width). */
export const HISTORY_WIDTHS = [640, 360] as const;
const HEIGHT = 250;
const TOP = 12;
const SIGNAL_ROW = 22;
const AXIS_ROOM = 20;

export const SERIES: { key: SeriesKey; name: string; field: 'close' | 'trend_line' | 'fair_value' }[] = [
  { key: 'close', name: 'Close', field: 'close' },
  { key: 'trend', name: 'Trend line', field: 'trend_line' },
  { key: 'fair', name: 'Fair value', field: 'fair_value' },
];

/** The weeks to draw, oldest first; weeks without a date or any price are dropped. */
export function historyRows(report: Report): HistoryRow[] {
  return (report.recent_rows ?? [])
    .filter((row) => row.close !== undefined || row.trend_line !== undefined || row.fair_value !== undefined)
    .slice()
    .reverse();
}

/**
 * Geometry of the price lines: x spaces the weeks evenly (oldest left), y is linear over
 * every close, trend-line and fair-value price (niced), so a fair value far below the
 * closes still shows as a line near the bottom.
 */
export function layoutPriceHistory(rows: HistoryRow[], format: Formatter, width: number = HISTORY_WIDTHS[0]): HistoryLayout {
  const values = rows
    .flatMap((row) => SERIES.map((s) => row[s.field]?.value))
    .filter((v): v is number => v !== undefined && Number.isFinite(v));
  const currency = rows.map((row) => row.close?.currency ?? row.trend_line?.currency ?? row.fair_value?.currency).find(Boolean);
  const bottom = HEIGHT - AXIS_ROOM - SIGNAL_ROW;
  const { y, ticks: yTicks, left } = priceAxis(values, [bottom, TOP], format, currency);
  const lastClose = rows.at(-1)?.close;
  const right = width - Math.ceil(Math.max(16, lastClose ? textWidth(format.money(lastClose), 12.5) + 12 : 0));
  const x = linear([0, Math.max(rows.length - 1, 1)], rows.length > 1 ? [left, right] : [(left + right) / 2, right]);
  const xs = rows.map((_, i) => x(i));
  const series = SERIES.map(({ key, name, field }) => {
    const points = rows.map((row, i) => {
      const v = row[field]?.value;
      return v !== undefined && Number.isFinite(v) ? { x: xs[i], y: y(v) } : undefined;
    });
    const path = linePath(points);
    return { key, name, path, points };
  });
  // Dates under the axis: as many as fit (about 64 units each), always the newest.
  const step = Math.max(1, Math.ceil(rows.length / Math.max(1, Math.floor((right - left) / 64))));
  const xLabels = rows.map((_, i) => i).filter((i) => (rows.length - 1 - i) % step === 0);
  return {
    width,
    height: HEIGHT,
    left,
    right,
    top: TOP,
    bottom,
    rows,
    xs,
    currency,
    yTicks,
    xLabels,
    series,
    signalY: bottom + AXIS_ROOM + SIGNAL_ROW / 2,
    y: (v) => y(v),
  };
}

/** The chart as an SVG fragment for an `<svg>` of the layout's size. */
export function renderPriceHistory(layout: HistoryLayout, format: Formatter): SVGTemplateResult {
  const { left, right, bottom, rows, xs, yTicks, series, signalY } = layout;
  const close = series.find((s) => s.key === 'close');
  const last = close?.points.at(-1);
  const lastRow = rows.at(-1);
  const band = 10;
  return svg`
    ${renderPriceAxis(yTicks, left, right)}
    <line class="axis-line" x1=${left} x2=${right} y1=${bottom} y2=${bottom}></line>
    <g class="x-axis">
      ${layout.xLabels.map(
        (i) => svg`<line class="tickmark" x1=${r(xs[i])} x2=${r(xs[i])} y1=${bottom} y2=${bottom + 4}></line>
          <text class="tick" x=${r(xs[i])} y=${bottom + 15} text-anchor=${i === 0 && rows.length > 1 ? 'start' : i === rows.length - 1 && rows.length > 1 ? 'end' : 'middle'}>${format.date(rows[i].week, 'short')}</text>`,
      )}
    </g>
    <g class="signals">
      <text class="tick" x=${left - 10} y=${signalY} dy="0.35em" text-anchor="end">Trend</text>
      <line class="signal-track" x1=${left} x2=${right} y1=${signalY} y2=${signalY}></line>
      ${rows.map((row, i) =>
        row.trend_signal
          ? svg`<rect class="signal signal--on" x=${r(xs[i] - band / 2)} y=${signalY - band / 2} width=${band} height=${band} rx="2"></rect>`
          : row.trend_signal === false
            ? svg`<line class="signal signal--off" x1=${r(xs[i] - 3)} x2=${r(xs[i] + 3)} y1=${signalY} y2=${signalY}></line>`
            : null,
      )}
    </g>
    ${[...series].reverse().map((s) => svg`<path class="line line--${s.key}" data-key=${s.key} d=${s.path}></path>`)}
    ${
      last && lastRow?.close
        ? svg`<circle class="last" cx=${r(last.x)} cy=${r(last.y)} r="3.5"></circle>
        <text class="last-label" x=${r(last.x + 7)} y=${r(last.y)} dy="0.35em">${format.money(lastRow.close)}</text>`
        : null
    }
  `;
}

/** A small line sample for the legend: same stroke class and dash pattern as the chart. */
export function sample(key: SeriesKey): TemplateResult {
  return html`<svg class="swatch" viewBox="0 0 28 10" width="28" height="10" aria-hidden="true" focusable="false">
    ${svg`<line class="line line--${key}" x1="1" x2="27" y1="5" y2="5"></line>`}
  </svg>`;
}

/** The legend: each line's name beside a sample of its colour and dash pattern. */
export function renderHistoryLegend(): TemplateResult {
  return html`<ul class="legend" part="legend">
    ${SERIES.map((s) => html`<li>${sample(s.key)}<span>${s.name}</span></li>`)}
    <li>
      <svg class="swatch" viewBox="0 0 28 10" width="28" height="10" aria-hidden="true" focusable="false">
        ${svg`<rect class="signal signal--on" x="9" y="0" width="10" height="10" rx="2"></rect>`}
      </svg>
      <span>Trend signal on</span>
    </li>
  </ul>`;
}
