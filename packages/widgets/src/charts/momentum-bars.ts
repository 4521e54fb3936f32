import { svg, type SVGTemplateResult } from 'lit';
import type { Report } from '../data/validate.js';
import type { Tone } from '../data/schema.js';
import { MISSING, type Formatter } from '../format/format.js';
import type { MessageKey } from '../i18n/index.js';
import { cappedScale, textWidth } from './scale.js';
import { r, toneClass } from './common.js';

/** The catalog key of a period's name in words ("4-week" for `4W`). */
const PERIOD_KEYS: Record<string, MessageKey> = {
  '1W': 'momentum.1W',
  '4W': 'momentum.4W',
  '12W': 'momentum.12W',
  '26W': 'momentum.26W',
  '52W': 'momentum.52W',
};

/** "top 6%" for the 94th percentile, "bottom 8%" for the 7th. */
export function percentileText(percentile: number | undefined, format: Formatter): string | undefined {
  if (percentile === undefined) return undefined;
  const share = (points: number) => format.percent(Math.max(1, Math.round(points)), { digits: 0 });
  return percentile >= 50
    ? format.t('momentum.top', { share: share(100 - percentile) })
    : format.t('momentum.bottom', { share: share(percentile) });
}

/** "4-week" for `4W`, in the reader's language; an unknown period label as it is. */
export function periodName(label: string, format: Formatter): string {
  const key = PERIOD_KEYS[label.toUpperCase()];
  return key ? format.t(key) : label;
}

/** One return as the report gives it: `value` is undefined when the report has none ("n/a", null). */
export interface MomentumReturn {
  label: string;
  value?: number;
  tone?: Tone;
}

export interface MomentumBar extends MomentumReturn {
  /** The value as printed: signed, one decimal, or a dash when missing. */
  text: string;
  /** Left edge and width of the bar, in px; 0 wide when the value is missing (no bar is drawn). */
  x: number;
  width: number;
  y: number;
  /** True when the value exceeds the scale's cap and the bar carries a break mark. */
  capped: boolean;
}

export interface MomentumLayout {
  width: number;
  height: number;
  zero: number;
  rowHeight: number;
  bars: MomentumBar[];
}

/** The chart's width in px before it is measured (and on the server): wide, and narrow (below 560px). */
export const MOMENTUM_WIDTHS = [480, 320] as const;
/** The font size (px) of the period labels and values: keep in step with the element's styles. */
export const MOMENTUM_FONT = 12;
/** Room between a text and the bar or line beside it. */
const GAP = 6;
/** Kept free at the drawing's right edge, so no value touches the element's box. */
const EDGE = 4;
/** The period labels start this far in from the left edge: engines round a text's box outward (Firefox by a pixel). */
const INSET = 2;
const ROW = 30;
const BAR = 18;

/**
 * The return periods to draw, in the report's order or in the order `periods` names them. A
 * period without a value keeps its row (it is drawn as a dash).
 */
export function pickReturns(report: Report, periods?: string[]): MomentumReturn[] {
  const returns = (report.momentum?.returns ?? []).map((item, i) => ({
    label: item.label ?? `#${i + 1}`,
    value: item.value !== undefined && Number.isFinite(item.value) ? item.value : undefined,
    tone: item.tone,
  }));
  if (!periods?.length) return returns;
  const wanted = periods.map((p) => p.toUpperCase());
  return wanted.flatMap((p) => returns.filter((item) => item.label.toUpperCase() === p));
}

/** A return as printed: signed with one decimal (`+12.7%`), or a dash. */
export function returnText(value: number | undefined, format: Formatter): string {
  return value === undefined ? MISSING : format.percent(value, { signed: true });
}

/**
 * Geometry of the diverging bars for a drawing `width` px wide: one row per period, zero line
 * shared. The period labels take the room their longest needs; the values, printed beyond
 * each bar's end, take the room their longest needs on its side, so no label leaves the
 * drawing however long it is ("+6,504.9%").
 */
export function layoutMomentumBars(returns: MomentumReturn[], width: number, format: Formatter): MomentumLayout {
  const texts = returns.map((item) => returnText(item.value, format));
  const room = (keep: (value: number | undefined) => boolean) =>
    Math.max(0, ...texts.map((text, i) => (keep(returns[i].value) ? textWidth(text, MOMENTUM_FONT) + GAP : 0)));
  const labels = INSET + Math.max(0, ...returns.map((item) => textWidth(item.label, MOMENTUM_FONT))) + 2 * GAP;
  const values = returns.flatMap((item) => (item.value === undefined ? [] : [item.value]));
  const negative = room((v) => v !== undefined && v < 0);
  // The dash of a missing value stands right of the zero line, like a positive value.
  const positive = room((v) => v === undefined || v >= 0);
  const left = labels + (negative || GAP);
  const right = Math.max(left + 1, width - EDGE - (positive || GAP));
  const { scale, isCapped, clamp } = cappedScale(values, [left, right]);
  const zero = scale(0);
  const bars = returns.map((item, i) => {
    const end = item.value === undefined ? zero : scale(clamp(item.value));
    return {
      ...item,
      text: texts[i],
      x: Math.min(zero, end),
      width: Math.abs(end - zero),
      y: i * ROW + (ROW - BAR) / 2,
      capped: item.value !== undefined && isCapped(item.value),
    };
  });
  return { width, height: returns.length * ROW, zero, rowHeight: ROW, bars };
}

function breakMark(bar: MomentumBar, positive: boolean): SVGTemplateResult {
  // Two slanted strokes across the bar, a little inside its far end.
  const at = positive ? bar.x + bar.width - 14 : bar.x + 14;
  const top = bar.y - 2;
  const bottom = bar.y + BAR + 2;
  return svg`<path class="break" d="M${r(at - 4)} ${r(bottom)} L${r(at + 2)} ${r(top)} M${r(at + 2)} ${r(bottom)} L${r(at + 8)} ${r(top)}"></path>`;
}

/** The bars as an SVG fragment, to be placed inside an `<svg>` of the layout's size. */
export function renderMomentumBars(layout: MomentumLayout): SVGTemplateResult {
  const { bars, zero, rowHeight } = layout;
  return svg`
    ${bars.map((bar) => {
      const mid = bar.y + BAR / 2;
      const label = svg`<text class="period" x=${INSET} y=${r(mid)} dy="0.35em">${bar.label}</text>`;
      if (bar.value === undefined)
        return svg`<g class="row" data-label=${bar.label} data-capped="false" data-missing="true">
          ${label}
          <text class="value missing" x=${r(zero + GAP)} y=${r(mid)} dy="0.35em">${bar.text}</text>
        </g>`;
      const positive = bar.value >= 0;
      const cls = toneClass(bar.tone, bar.value);
      const valueX = positive ? bar.x + bar.width + GAP : bar.x - GAP;
      return svg`<g class="row" data-label=${bar.label} data-capped=${bar.capped ? 'true' : 'false'}>
        ${label}
        <rect class="bar ${cls}" x=${r(bar.x)} y=${r(bar.y)} width=${r(Math.max(bar.width, 1))} height=${BAR} rx="2"></rect>
        ${bar.capped ? breakMark(bar, positive) : null}
        <text class="value ${cls}" x=${r(valueX)} y=${r(mid)} dy="0.35em" text-anchor=${positive ? 'start' : 'end'}>${bar.text}</text>
      </g>`;
    })}
    <line class="zero" x1=${r(zero)} x2=${r(zero)} y1="0" y2=${bars.length * rowHeight}></line>
  `;
}
