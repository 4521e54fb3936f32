import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { linear } from './linear.js';
import type { Report } from '../data/validate.js';
import type { Formatter } from '../format/format.js';
import type { MessageKey } from '../i18n/index.js';
import { MISSING } from '../format/format.js';
import { r, toneClass } from './common.js';
import { textWidth } from './scale.js';
import { fitLabel, thinLabels, TICK_FONT } from './price-axis.js';

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
  yTicks: { value: number; y: number; text: string }[];
  /** Week labels printed under the columns: week index, x, anchor and text. */
  xLabels: { i: number; x: number; anchor: 'start' | 'middle' | 'end'; text: string }[];
  labelY: number;
  /** y of each marker row, and its name. */
  rows: { key: FlagKey; name: string; y: number }[];
}

/** The chart's width (px) before it is measured, and on the server: wide, and narrow (below 560px). */
export const TIMELINE_WIDTHS = [640, 360] as const;
const RIGHT = 8;
const TOP = 10;
const PLOT = 150;
const LABEL_ROOM = 20;
const MARK_ROW = 18;
/** Font size (px) of the marker rows' names (`.row-name`). */
const ROW_FONT = 12;

export const FLAGS: { key: FlagKey; name: MessageKey }[] = [
  { key: 'trend', name: 'timeline.trend' },
  { key: 'buy_signal', name: 'timeline.buy' },
  { key: 'positive_md', name: 'timeline.md' },
];

export function timelineWeeks(report: Report): TimelineWeek[] {
  return report.setup?.timeline ?? [];
}

/**
 * One column per week (oldest left), rising from a shared zero line for a gain and hanging
 * below it for a loss, its length proportional to |return| on one linear scale (niced, so
 * the largest move reaches the gridline above it). Marker rows for trend, buy signal and
 * positive MD sit under the week labels. Laid out for `width` px; the height is the same at
 * every width. The left margin fits the widest tick and row name; week labels are thinned
 * so that none touches the next, always keeping the newest.
 */
export function layoutWeeklyTimeline(
  weeks: TimelineWeek[],
  format: Formatter,
  width: number = TIMELINE_WIDTHS[0],
): TimelineLayout {
  const values = weeks.map((w) => w.return).filter((v): v is number => v !== undefined && Number.isFinite(v));
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  const y = linear(lo === hi ? [0, 1] : [lo, hi], [TOP + PLOT, TOP]).nice(4);
  const yTicks = y.ticks(4).map((value) => ({ value, y: y(value), text: format.percent(value, { signed: true, digits: 0 }) }));
  const names = FLAGS.map((f) => format.t(f.name));
  const left = Math.ceil(
    Math.max(...yTicks.map((t) => textWidth(t.text, TICK_FONT) + 8), ...names.map((name) => textWidth(name, ROW_FONT) + 8)),
  );
  const right = width - RIGHT;
  const slot = (right - left) / Math.max(weeks.length, 1);
  const zero = y(0);
  const barWidth = Math.min(Math.max(slot * 0.62, 2), 40);
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
  const labels = weeks.map((w) => weekLabel(w, format));
  const widths = labels.map((text) => textWidth(text, TICK_FONT));
  const placed = thinLabels(
    weeks.length,
    (i) => columns[i].cx,
    (i) => widths[i],
  ).map((i) => ({
    i,
    // Never left of the plot: the lowest percent tick stands there, just above.
    ...fitLabel(columns[i].cx, widths[i], left, width - 1),
    text: labels[i],
  }));
  // The oldest label, pushed right to clear the ticks, is left out if it would now touch the next.
  const start = (l: (typeof placed)[number]) =>
    l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - widths[l.i] : l.x - widths[l.i] / 2;
  const xLabels =
    placed.length > 1 && placed[0].x + widths[placed[0].i] + 10 > start(placed[1]) && placed[0].anchor === 'start'
      ? placed.slice(1)
      : placed;
  const plotBottom = TOP + PLOT;
  const labelY = plotBottom + 14;
  const rows = FLAGS.map((f, i) => ({ key: f.key, name: names[i], y: plotBottom + LABEL_ROOM + MARK_ROW * (i + 0.5) + 4 }));
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
  return week.date ? format.date(week.date, style) : (week.week ?? MISSING);
}

/** The chart as an SVG fragment for an `<svg>` of the layout's size. */
export function renderWeeklyTimeline(layout: TimelineLayout): SVGTemplateResult {
  const { left, right, zero, columns, rows } = layout;
  return svg`
    <g class="y-axis">
      ${layout.yTicks.map(
        (t) => svg`<line class="gridline" x1=${left} x2=${right} y1=${r(t.y)} y2=${r(t.y)}></line>
          <text class="tick" x=${left - 6} y=${r(t.y)} dy="0.35em" text-anchor="end">${t.text}</text>`,
      )}
    </g>
    <g class="columns">
      ${columns.map((c, i) =>
        c.direction === 'none'
          ? null
          : svg`<rect class="col col--${c.direction} ${toneClass(c.week.tone, c.week.return)}" data-index=${i} data-direction=${c.direction}
          x=${r(c.x)} y=${r(c.y)} width=${r(c.width)} height=${r(c.height)}></rect>`,
      )}
    </g>
    <line class="zero" x1=${left} x2=${right} y1=${r(zero)} y2=${r(zero)}></line>
    ${columns.map((c, i) => (c.direction === 'none' ? gapMark(c.cx, zero, i) : null))}
    <g class="x-axis">
      ${layout.xLabels.map((l) => svg`<text class="tick" x=${r(l.x)} y=${layout.labelY} text-anchor=${l.anchor}>${l.text}</text>`)}
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

/** A week without a return: a hollow ring on the zero line (a gap, not a zero-height column). */
function gapMark(cx: number, cy: number, index?: number): SVGTemplateResult {
  return svg`<circle class="gap" data-index=${index ?? -1} cx=${r(cx)} cy=${r(cy)} r="3.5"></circle>`;
}

function glyph(content: SVGTemplateResult): TemplateResult {
  return html`<svg class="swatch" viewBox="0 0 14 14" width="14" height="14" aria-hidden="true" focusable="false">${content}</svg>`;
}

/**
 * The legend: up and down columns, a week without a return (only when there is one), then
 * each marker's shape and meaning.
 */
export function renderTimelineLegend(format: Formatter, weeks: TimelineWeek[]): TemplateResult {
  const t = format.t;
  const gap = weeks.some((w) => w.return === undefined || !Number.isFinite(w.return));
  return html`<ul class="legend" part="legend">
    <li>${glyph(svg`<rect class="col pos" x="3" y="1" width="8" height="9"></rect><line class="zero" x1="0" x2="14" y1="10" y2="10"></line>`)}<span>${t('timeline.upWeek')}</span></li>
    <li>${glyph(svg`<line class="zero" x1="0" x2="14" y1="4" y2="4"></line><rect class="col neg" x="3" y="4" width="8" height="9"></rect>`)}<span>${t('timeline.downWeek')}</span></li>
    ${gap ? html`<li>${glyph(svg`<line class="zero" x1="0" x2="14" y1="7" y2="7"></line>${gapMark(7, 7)}`)}<span>${t('timeline.noReturn')}</span></li>` : null}
    <li>${glyph(flagShape('trend', 7, 7))}<span>${t('timeline.trendActive')}</span></li>
    <li>${glyph(flagShape('buy_signal', 7, 7))}<span>${t('timeline.buy')}</span></li>
    <li>${glyph(flagShape('positive_md', 7, 7))}<span>${t('timeline.mdLong')}</span></li>
  </ul>`;
}
