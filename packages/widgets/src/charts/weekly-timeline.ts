import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { linear } from './linear.js';
import type { Report } from '../data/validate.js';
import type { Formatter } from '../format/format.js';
import { r, toneClass } from './common.js';

export type TimelineWeek = NonNullable<NonNullable<Report['setup']>['timeline']>[number];
export type FlagKey = 'trend' | 'buy_signal' | 'positive_md';

export interface TimelineColumn {
  week: TimelineWeek;
  /** Centre of the column's slot. */
  cx: number;
  /** The bar: from the zero line up (return > 0) or down (return < 0). */
  x: number;
  y: number;
  width: number;
  height: number;
  direction: 'up' | 'down' | 'flat' | 'none';
}

export interface TimelineLayout {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  zero: number;
  /** Bottom of the bars' area. */
  plotBottom: number;
  slot: number;
  columns: TimelineColumn[];
  yTicks: { value: number; y: number }[];
  /** Indexes of weeks whose label is printed. */
  xLabels: number[];
  labelY: number;
  /** y of each marker row. */
  rows: { key: FlagKey; name: string; y: number }[];
}

/** The chart's width in viewBox units: wide, and narrow (below 560px of element width). */
export const TIMELINE_WIDTHS = [640, 360] as const;
const LEFT = 84;
const RIGHT = 8;
const TOP = 10;
const PLOT = 150;
const LABEL_ROOM = 20;
const MARK_ROW = 18;

export const FLAGS: { key: FlagKey; name: string }[] = [
  { key: 'trend', name: 'Trend' },
  { key: 'buy_signal', name: 'Buy signal' },
  { key: 'positive_md', name: 'Positive MD' },
];

export function timelineWeeks(report: Report): TimelineWeek[] {
  return report.setup?.timeline ?? [];
}

/**
 * One column per week (oldest left), rising from a shared zero line for a gain and hanging
 * below it for a loss, its length proportional to |return| on one linear scale (niced, so
 * the largest move reaches the gridline above it). Marker rows for trend, buy signal and
 * positive MD sit under the week labels.
 */
export function layoutWeeklyTimeline(weeks: TimelineWeek[], width: number = TIMELINE_WIDTHS[0]): TimelineLayout {
  const left = LEFT;
  const right = width - RIGHT;
  const slot = (right - left) / Math.max(weeks.length, 1);
  const values = weeks.map((w) => w.return).filter((v): v is number => v !== undefined && Number.isFinite(v));
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  const y = linear(lo === hi ? [0, 1] : [lo, hi], [TOP + PLOT, TOP]).nice(4);
  const zero = y(0);
  const barWidth = Math.min(Math.max(slot * 0.62, 2), 36);
  const columns = weeks.map((week, i): TimelineColumn => {
    const cx = left + slot * (i + 0.5);
    const v = week.return;
    if (v === undefined || !Number.isFinite(v))
      return { week, cx, x: cx - barWidth / 2, y: zero, width: barWidth, height: 0, direction: 'none' };
    const end = y(v);
    return {
      week,
      cx,
      x: cx - barWidth / 2,
      y: Math.min(zero, end),
      width: barWidth,
      height: Math.abs(end - zero),
      direction: v > 0 ? 'up' : v < 0 ? 'down' : 'flat',
    };
  });
  const yTicks = y.ticks(4).map((value) => ({ value, y: y(value) }));
  const step = Math.max(1, Math.ceil(52 / slot));
  const xLabels = weeks.map((_, i) => i).filter((i) => (weeks.length - 1 - i) % step === 0);
  const plotBottom = TOP + PLOT;
  const labelY = plotBottom + 14;
  const rows = FLAGS.map((f, i) => ({ ...f, y: plotBottom + LABEL_ROOM + MARK_ROW * (i + 0.5) + 4 }));
  return {
    width,
    height: plotBottom + LABEL_ROOM + MARK_ROW * FLAGS.length + 8,
    left,
    right,
    top: TOP,
    zero,
    plotBottom,
    slot,
    columns,
    yTicks,
    xLabels,
    labelY,
    rows,
  };
}

/** The marker of a flag: square for trend, triangle for buy signal, circle for positive MD. */
export function flagShape(key: FlagKey, cx: number, cy: number, size = 5): SVGTemplateResult {
  if (key === 'trend')
    return svg`<rect class="flag flag--trend" x=${r(cx - size)} y=${r(cy - size)} width=${size * 2} height=${size * 2} rx="1.5"></rect>`;
  if (key === 'buy_signal')
    return svg`<path class="flag flag--buy_signal" d="M${r(cx)} ${r(cy - size - 1)} L${r(cx + size + 1)} ${r(cy + size)} L${r(cx - size - 1)} ${r(cy + size)} Z"></path>`;
  return svg`<circle class="flag flag--positive_md" cx=${r(cx)} cy=${r(cy)} r=${size}></circle>`;
}

/** The week's label under its column: its date, else the report's own week text. */
export function weekLabel(week: TimelineWeek, format: Formatter, style: 'short' | 'long' = 'short'): string {
  return week.date ? format.date(week.date, style) : (week.week ?? '—');
}

/** The chart as an SVG fragment for an `<svg>` of the layout's size. */
export function renderWeeklyTimeline(layout: TimelineLayout, format: Formatter): SVGTemplateResult {
  const { left, right, zero, columns, rows } = layout;
  const n = columns.length;
  return svg`
    <g class="y-axis">
      ${layout.yTicks.map(
        (t) => svg`<line class="gridline" x1=${left} x2=${right} y1=${r(t.y)} y2=${r(t.y)}></line>
          <text class="tick" x=${left - 6} y=${r(t.y)} dy="0.35em" text-anchor="end">${format.percent(t.value, { signed: true, digits: 0 })}</text>`,
      )}
    </g>
    <g class="columns">
      ${columns.map(
        (
          c,
          i,
        ) => svg`<rect class="col col--${c.direction} ${toneClass(c.week.tone, c.week.return)}" data-index=${i} data-direction=${c.direction}
          x=${r(c.x)} y=${r(c.y)} width=${r(c.width)} height=${r(c.height)}></rect>`,
      )}
    </g>
    <line class="zero" x1=${left} x2=${right} y1=${r(zero)} y2=${r(zero)}></line>
    <g class="x-axis">
      ${layout.xLabels.map(
        (
          i,
        ) => svg`<text class="tick" x=${r(columns[i].cx)} y=${layout.labelY} text-anchor=${n > 1 && i === n - 1 && layout.slot < 60 ? 'end' : 'middle'}
          dx=${n > 1 && i === n - 1 && layout.slot < 60 ? r(layout.slot / 2) : 0}>${weekLabel(columns[i].week, format)}</text>`,
      )}
    </g>
    ${rows.map(
      (row) => svg`<g class="flags" data-flag=${row.key}>
        <text class="tick row-name" x=${left - 6} y=${r(row.y)} dy="0.35em" text-anchor="end">${row.name}</text>
        <line class="row-track" x1=${left} x2=${right} y1=${r(row.y)} y2=${r(row.y)}></line>
        ${columns.map((c) => (c.week[row.key] ? flagShape(row.key, c.cx, row.y) : null))}
      </g>`,
    )}
  `;
}

function glyph(content: SVGTemplateResult): TemplateResult {
  return html`<svg class="swatch" viewBox="0 0 14 14" width="14" height="14" aria-hidden="true" focusable="false">${content}</svg>`;
}

/** The legend: up and down columns, then each marker's shape and meaning. */
export function renderTimelineLegend(): TemplateResult {
  return html`<ul class="legend" part="legend">
    <li>${glyph(svg`<rect class="col pos" x="3" y="1" width="8" height="9"></rect><line class="zero" x1="0" x2="14" y1="10" y2="10"></line>`)}<span>Up week</span></li>
    <li>${glyph(svg`<line class="zero" x1="0" x2="14" y1="4" y2="4"></line><rect class="col neg" x="3" y="4" width="8" height="9"></rect>`)}<span>Down week</span></li>
    <li>${glyph(flagShape('trend', 7, 7))}<span>Trend active</span></li>
    <li>${glyph(flagShape('buy_signal', 7, 7))}<span>Buy signal</span></li>
    <li>${glyph(flagShape('positive_md', 7, 7))}<span>Positive market dynamics (MD)</span></li>
  </ul>`;
}
