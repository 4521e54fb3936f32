import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { linear } from './linear.js';
import { linePath } from './paths.js';
import type { Report } from '../data/validate.js';
import type { Formatter } from '../format/format.js';
import type { MessageKey } from '../i18n/index.js';
import { r } from './common.js';
import { textWidth } from './scale.js';
import { fitLabel, priceAxis, renderPriceAxis, thinLabels, TICK_FONT, type PriceTick } from './price-axis.js';

export type HistoryRow = NonNullable<Report['recent_rows']>[number];
export type SeriesKey = 'close' | 'trend' | 'fair';

export interface HistorySeries {
  key: SeriesKey;
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
  /** Dates printed under the axis: row index, x, anchor and text. */
  xLabels: { i: number; x: number; anchor: 'start' | 'middle' | 'end'; text: string }[];
  series: HistorySeries[];
  /** The row of trend-signal markers under the plot. */
  signalY: number;
  /** The newest close's label, kept inside the drawing. */
  last?: { x: number; y: number; labelX: number; labelY: number; text: string };
  /** Price -> y. */
  y(value: number): number;
}

/** The chart's width (px) before it is measured, and on the server: wide, and narrow (below 560px). */
export const HISTORY_WIDTHS = [640, 360] as const;
const HEIGHT = 250;
const TOP = 12;
const SIGNAL_ROW = 22;
const AXIS_ROOM = 20;
/** Room between the lowest gridline and the date axis, so no line is drawn on the axis. */
const AXIS_GAP = 8;
/** Font size (px) of the newest close's label (`.last-label`). */
const LAST_FONT = 12;

export const SERIES: { key: SeriesKey; name: MessageKey; field: 'close' | 'trend_line' | 'fair_value' }[] = [
  { key: 'close', name: 'price.close', field: 'close' },
  { key: 'trend', name: 'price.trend', field: 'trend_line' },
  { key: 'fair', name: 'price.fair', field: 'fair_value' },
];

const price = (row: HistoryRow | undefined, field: 'close' | 'trend_line' | 'fair_value') => {
  const v = row?.[field]?.value;
  return v !== undefined && Number.isFinite(v) ? v : undefined;
};

/**
 * The weeks to draw, oldest first. A week with no price keeps its place (a gap in the
 * lines), so the weeks stay evenly spaced in time.
 */
export function historyRows(report: Report): HistoryRow[] {
  return (report.recent_rows ?? []).slice().reverse();
}

/** True when at least one week has a price to draw. */
export function hasHistory(rows: HistoryRow[]): boolean {
  return rows.some((row) => SERIES.some((s) => price(row, s.field) !== undefined));
}

/**
 * Geometry of the price lines at `width` px: x spaces the weeks evenly (oldest left), y is
 * linear over every close, trend-line and fair-value price (niced), so a fair value far below
 * the closes still shows as a line near the bottom. The height is the same at every width.
 */
export function layoutPriceHistory(rows: HistoryRow[], format: Formatter, width: number = HISTORY_WIDTHS[0]): HistoryLayout {
  const values = rows.flatMap((row) => SERIES.map((s) => price(row, s.field))).filter((v): v is number => v !== undefined);
  const currency = rows.map((row) => row.close?.currency ?? row.trend_line?.currency ?? row.fair_value?.currency).find(Boolean);
  const bottom = HEIGHT - AXIS_ROOM - SIGNAL_ROW;
  const axis = priceAxis(values, [bottom - AXIS_GAP, TOP], format, currency);
  const { y, ticks: yTicks } = axis;
  const left = Math.max(axis.left, Math.ceil(textWidth(format.t('timeline.trend'), TICK_FONT) + 12));
  const lastRow = rows.at(-1);
  const lastClose = price(lastRow, 'close');
  const lastText = lastClose === undefined ? '' : format.money(lastRow!.close);
  const lastWidth = lastText ? textWidth(lastText, LAST_FONT) : 0;
  const right = width - Math.ceil(Math.max(12, lastText ? lastWidth + 10 : 0));
  const x = linear([0, Math.max(rows.length - 1, 1)], rows.length > 1 ? [left, right] : [(left + right) / 2, right]);
  const xs = rows.map((_, i) => r(x(i)));
  const series = SERIES.map(({ key, field }) => {
    const points = rows.map((row, i) => {
      const v = price(row, field);
      return v === undefined ? undefined : { x: xs[i], y: y(v) };
    });
    return { key, path: linePath(points), points };
  });
  // Dates under the axis: as many as fit without touching, always the newest.
  const dates = rows.map((row) => format.date(row.week, 'short'));
  const widths = dates.map((d) => textWidth(d, TICK_FONT));
  const xLabels = thinLabels(
    rows.length,
    (i) => xs[i],
    (i) => widths[i],
  ).map((i) => ({
    i,
    ...fitLabel(xs[i], widths[i], 1, width - 1),
    text: dates[i],
  }));
  const lastY = lastClose === undefined ? 0 : y(lastClose);
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
    last:
      lastClose === undefined
        ? undefined
        : {
            x: xs.at(-1)!,
            y: lastY,
            labelX: Math.min(xs.at(-1)! + 7, width - 2 - lastWidth),
            labelY: Math.min(Math.max(lastY, TOP), bottom - 8),
            text: lastText,
          },
    y: (v) => y(v),
  };
}

/** The chart as an SVG fragment for an `<svg>` of the layout's size. */
export function renderPriceHistory(layout: HistoryLayout, format: Formatter): SVGTemplateResult {
  const { left, right, bottom, xs, yTicks, series, signalY, last } = layout;
  const band = 10;
  return svg`
    ${renderPriceAxis(yTicks, left, right)}
    <line class="axis-line" x1=${left} x2=${right} y1=${bottom} y2=${bottom}></line>
    <g class="x-axis">
      ${layout.xLabels.map(
        (l) => svg`<line class="tickmark" x1=${xs[l.i]} x2=${xs[l.i]} y1=${bottom} y2=${bottom + 4}></line>
          <text class="tick" x=${r(l.x)} y=${bottom + 15} text-anchor=${l.anchor}>${l.text}</text>`,
      )}
    </g>
    <g class="signals">
      <text class="tick" x=${left - 10} y=${signalY} dy="0.35em" text-anchor="end">${format.t('timeline.trend')}</text>
      <line class="signal-track" x1=${left} x2=${right} y1=${signalY} y2=${signalY}></line>
      ${layout.rows.map((row, i) =>
        row.trend_signal
          ? svg`<rect class="signal signal--on" x=${r(xs[i] - band / 2)} y=${signalY - band / 2} width=${band} height=${band} rx="2"></rect>`
          : row.trend_signal === false
            ? svg`<line class="signal signal--off" x1=${r(xs[i] - 3)} x2=${r(xs[i] + 3)} y1=${signalY} y2=${signalY}></line>`
            : null,
      )}
    </g>
    ${[...series].reverse().map((s) => svg`<path class="line line--${s.key}" data-key=${s.key} d=${s.path}></path>`)}
    ${
      last
        ? svg`<circle class="last" cx=${r(last.x)} cy=${r(last.y)} r="3.5"></circle>
        <text class="last-label" x=${r(last.labelX)} y=${r(last.labelY)} dy="0.35em">${last.text}</text>`
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

/** The legend: each line's name beside a sample of its colour and dash pattern, then the signal markers. */
export function renderHistoryLegend(format: Formatter, rows: HistoryRow[]): TemplateResult {
  const swatch = (content: SVGTemplateResult) =>
    html`<svg class="swatch" viewBox="0 0 28 10" width="28" height="10" aria-hidden="true" focusable="false">${content}</svg>`;
  return html`<ul class="legend" part="legend">
    ${SERIES.map((s) => html`<li>${sample(s.key)}<span>${format.t(s.name)}</span></li>`)}
    <li>${swatch(svg`<rect class="signal signal--on" x="9" y="0" width="10" height="10" rx="2"></rect>`)}<span>${format.t('history.signalOn')}</span></li>
    ${
      rows.some((row) => row.trend_signal === false)
        ? html`<li>${swatch(svg`<line class="signal signal--off" x1="11" x2="17" y1="5" y2="5"></line>`)}<span>${format.t('history.signalOff')}</span></li>`
        : null
    }
  </ul>`;
}
