import { svg, type SVGTemplateResult } from 'lit';
import type { Report } from '../data/validate.js';
import type { Tone } from '../data/schema.js';
import type { Formatter } from '../format/format.js';
import { cappedScale } from './scale.js';
import { r, toneClass } from './common.js';

/** A period's name in words, for labels and the accessible name. */
const PERIOD_NAMES: Record<string, string> = {
  '1W': '1-week',
  '4W': '4-week',
  '12W': '12-week',
  '26W': '26-week',
  '52W': '52-week',
};

/** "top 6%" for the 94th percentile, "bottom 8%" for the 7th. */
export function percentileText(percentile: number | undefined, format: Formatter): string | undefined {
  if (percentile === undefined) return undefined;
  const share = (points: number) => format.percent(Math.max(1, Math.round(points)), { digits: 0 });
  return percentile >= 50 ? `top ${share(100 - percentile)}` : `bottom ${share(percentile)}`;
}

/** "4-week" for `4W`; an unknown period label as it is. */
export const periodName = (label: string): string => PERIOD_NAMES[label.toUpperCase()] ?? label;

export interface MomentumBar {
  label: string;
  value: number;
  tone?: Tone;
  /** Left edge and width of the bar, in viewBox units. */
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

/** The chart's width in viewBox units: wide, and narrow (below 560px of element width). */
export const MOMENTUM_WIDTHS = [480, 320] as const;
const LABEL = 44;
const VALUE_ROOM = 64;
const ROW = 30;
const BAR = 18;

/** The return periods to draw: all of them, or those named in `periods` (in that order). */
export function pickReturns(report: Report, periods?: string[]) {
  const returns = (report.momentum?.returns ?? []).filter(
    (item): item is typeof item & { value: number } => item.value !== undefined,
  );
  if (!periods?.length) return returns;
  const wanted = periods.map((p) => p.toUpperCase());
  return wanted.flatMap((p) => returns.filter((item) => (item.label ?? '').toUpperCase() === p));
}

/** Geometry of the diverging bars: one row per period, zero line shared. */
export function layoutMomentumBars(
  returns: { label?: string; value: number; tone?: Tone }[],
  width: number = MOMENTUM_WIDTHS[0],
): MomentumLayout {
  const values = returns.map((item) => item.value);
  const hasNegative = values.some((v) => v < 0);
  const hasPositive = values.some((v) => v > 0) || !hasNegative;
  const left = LABEL + (hasNegative ? VALUE_ROOM : 8);
  const right = width - (hasPositive ? VALUE_ROOM : 8);
  const { scale, isCapped, clamp } = cappedScale(values, [left, right]);
  const zero = scale(0);
  const bars = returns.map((item, i) => {
    const end = scale(clamp(item.value));
    return {
      label: item.label ?? `#${i + 1}`,
      value: item.value,
      tone: item.tone,
      x: Math.min(zero, end),
      width: Math.abs(end - zero),
      y: i * ROW + (ROW - BAR) / 2,
      capped: isCapped(item.value),
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
export function renderMomentumBars(layout: MomentumLayout, format: Formatter): SVGTemplateResult {
  const { bars, zero, rowHeight } = layout;
  return svg`
    ${bars.map((bar) => {
      const positive = bar.value >= 0;
      const cls = toneClass(bar.tone, bar.value);
      const text = format.percent(bar.value, { signed: true });
      const mid = bar.y + BAR / 2;
      const valueX = positive ? bar.x + bar.width + 6 : bar.x - 6;
      return svg`<g class="row" data-label=${bar.label} data-capped=${bar.capped ? 'true' : 'false'}>
        <text class="period" x="0" y=${r(mid)} dy="0.35em">${bar.label}</text>
        <rect class="bar ${cls}" x=${r(bar.x)} y=${r(bar.y)} width=${r(Math.max(bar.width, 1))} height=${BAR} rx="2"></rect>
        ${bar.capped ? breakMark(bar, positive) : null}
        <text class="value ${cls}" x=${r(valueX)} y=${r(mid)} dy="0.35em" text-anchor=${positive ? 'start' : 'end'}>${text}</text>
      </g>`;
    })}
    <line class="zero" x1=${r(zero)} x2=${r(zero)} y1="0" y2=${bars.length * rowHeight}></line>
  `;
}
