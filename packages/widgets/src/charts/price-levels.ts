import { svg, type SVGTemplateResult } from 'lit';
import type { Report } from '../data/validate.js';
import type { Money } from '../data/values.js';
import type { Formatter } from '../format/format.js';
import { r } from './common.js';

/** Where a level sits against the drawn 52-week range. */
export type Placement = 'in' | 'below' | 'above';

export interface LevelMarker {
  key: 'close' | 'trend' | 'fair';
  name: string;
  money: Money;
  /** The close's distance from this level, in percentage points (undefined for the close). */
  vs?: number;
  /** Centre of the marker on the range bar, in viewBox units (clamped to the bar's ends). */
  x: number;
  placement: Placement;
}

export interface PriceLevels {
  close?: Money;
  trend?: Money;
  fair?: Money;
  low?: Money;
  high?: Money;
  vsTrend?: number;
  vsFair?: number;
  drawdown?: number;
  /** 0-100: where the close sits between the 52-week low and high. */
  rangePosition?: number;
}

export interface PriceLevelsLayout {
  width: number;
  height: number;
  /** Ends of the range bar. */
  left: number;
  right: number;
  barY: number;
  /** True when the bar is the 52-week low..high; false when it only spans the known levels. */
  isRange: boolean;
  markers: LevelMarker[];
}

/** The chart's width in viewBox units: wide, and narrow (below 560px of element width). */
export const LEVELS_WIDTHS = [560, 360] as const;
const SIDE = 70;
const BAR_Y = 38;
const BAR_H = 10;
const ROW = 34;

/** The latest close: the newest recent row, else the KPI labelled "Latest Close". */
export function latestClose(report: Report): Money | undefined {
  const row = report.recent_rows?.[0]?.close;
  if (row) return row;
  const kpi = report.kpis?.find((k) => (k.label ?? '').trim().toLowerCase() === 'latest close')?.value;
  return kpi?.kind === 'money' ? { value: kpi.value, currency: kpi.currency } : undefined;
}

const has = (m: Money | undefined): m is Money => m !== undefined && Number.isFinite(m.value);

/** The numbers the element shows, gathered from `report.price` and the latest close. */
export function priceLevels(report: Report): PriceLevels {
  const p = report.price;
  return {
    close: latestClose(report),
    trend: p?.trend_line,
    fair: p?.fair_value,
    low: p?.low_52,
    high: p?.high_52,
    vsTrend: p?.vs_trend,
    vsFair: p?.vs_fair_value,
    drawdown: p?.drawdown,
    rangePosition: p?.range_position,
  };
}

/** True when there is at least one level to draw. */
export function hasLevels(levels: PriceLevels): boolean {
  return [levels.close, levels.trend, levels.fair, levels.low, levels.high].some(has);
}

/**
 * Places the close, trend line and fair value on a horizontal bar from the 52-week low to
 * the high. A level outside that range is pinned to the nearer end and marked `below` or
 * `above` (drawn with an arrow and "off scale"), so one far-away level (a fair value of
 * 0.63 beside a range of 7.73..465.35) never squeezes the range into a sliver. Without a
 * low and a high, the bar spans the levels that are known.
 */
export function layoutPriceLevels(levels: PriceLevels, width: number = LEVELS_WIDTHS[0]): PriceLevelsLayout {
  const left = SIDE;
  const right = width - SIDE;
  const isRange = has(levels.low) && has(levels.high) && levels.high.value > levels.low.value;
  const known = [levels.close, levels.trend, levels.fair, levels.low, levels.high].filter(has).map((m) => m.value);
  let lo = isRange ? levels.low!.value : Math.min(...known);
  let hi = isRange ? levels.high!.value : Math.max(...known);
  if (!(hi > lo)) {
    lo -= 1;
    hi += 1;
  }
  const x = (v: number) => left + ((v - lo) / (hi - lo)) * (right - left);
  const place = (key: LevelMarker['key'], name: string, money: Money | undefined, vs?: number): LevelMarker[] => {
    if (!has(money)) return [];
    const placement: Placement = money.value < lo ? 'below' : money.value > hi ? 'above' : 'in';
    const at = placement === 'below' ? left : placement === 'above' ? right : x(money.value);
    return [{ key, name, money, vs, x: at, placement }];
  };
  const markers = [
    ...place('close', 'Close', levels.close),
    ...place('trend', 'Trend line', levels.trend, levels.vsTrend),
    ...place('fair', 'Fair value', levels.fair, levels.vsFair),
  ];
  // The close only falls back to range_position when there is no close price to place.
  if (!has(levels.close) && isRange && levels.rangePosition !== undefined) {
    const t = Math.min(Math.max(levels.rangePosition, 0), 100) / 100;
    markers.unshift({
      key: 'close',
      name: 'Close',
      money: { value: lo + t * (hi - lo), currency: levels.low!.currency },
      x: left + t * (right - left),
      placement: 'in',
    });
  }
  const rows = markers.filter((m) => m.key !== 'close').length;
  return { width, height: BAR_Y + BAR_H + 8 + rows * ROW + 4, left, right, barY: BAR_Y, isRange, markers };
}

/** A marker's shape, centred on (cx, cy): circle for the close, triangle for the trend line, diamond for fair value. */
export function markerShape(key: LevelMarker['key'], cx: number, cy: number, size = 6): SVGTemplateResult {
  if (key === 'close') return svg`<circle class="mark mark--close" cx=${r(cx)} cy=${r(cy)} r=${size}></circle>`;
  if (key === 'trend')
    return svg`<path class="mark mark--trend" d="M${r(cx)} ${r(cy - size)} L${r(cx + size)} ${r(cy + size * 0.8)} L${r(cx - size)} ${r(cy + size * 0.8)} Z"></path>`;
  return svg`<path class="mark mark--fair" d="M${r(cx)} ${r(cy - size)} L${r(cx + size)} ${r(cy)} L${r(cx)} ${r(cy + size)} L${r(cx - size)} ${r(cy)} Z"></path>`;
}

/** Text anchor and x for a label that starts at `x` but must stay inside 0..width. */
function anchorAt(x: number, width: number, length: number): { x: number; anchor: 'start' | 'middle' | 'end' } {
  const half = length / 2;
  if (x - half < 4) return { x: Math.max(x, 4), anchor: 'start' };
  if (x + half > width - 4) return { x: Math.min(x, width - 4), anchor: 'end' };
  return { x, anchor: 'middle' };
}

/** Rough text width at 11px, for keeping labels inside the viewBox (no DOM measuring). */
const textWidth = (text: string, px = 11) => text.length * px * 0.56;

/**
 * The two lines of a level's label: "Trend line CN¥47.01" and "close +68.0%" (with
 * "· off scale" when the level is pinned to an end of the bar).
 */
export function markerLabel(marker: LevelMarker, format: Formatter): [string, string] {
  const detail = [];
  if (marker.vs !== undefined) detail.push(`close ${format.percent(marker.vs, { signed: true })}`);
  if (marker.placement !== 'in') detail.push('off scale');
  return [`${marker.name} ${format.money(marker.money)}`, detail.join(' · ')];
}

/** The range bar with its markers, as an SVG fragment for an `<svg>` of the layout's size. */
export function renderPriceLevels(layout: PriceLevelsLayout, levels: PriceLevels, format: Formatter): SVGTemplateResult {
  const { left, right, barY, width } = layout;
  const mid = barY + BAR_H / 2;
  const close = layout.markers.find((m) => m.key === 'close');
  const below = layout.markers.filter((m) => m.key !== 'close');
  const closeText = close ? `Close ${format.money(close.money)}` : '';
  const closeAt = close ? anchorAt(close.x, width, textWidth(closeText, 12)) : undefined;
  return svg`
    <rect class="track" x=${left} y=${barY} width=${r(right - left)} height=${BAR_H} rx=${BAR_H / 2}></rect>
    ${
      close && layout.isRange
        ? svg`<rect class="fill" x=${left} y=${barY} width=${r(Math.max(close.x - left, 0))} height=${BAR_H} rx=${BAR_H / 2}></rect>`
        : null
    }
    <g class="ends">
      <text class="end-caption" x=${left - 8} y=${r(mid - 7)} text-anchor="end">${layout.isRange ? '52-wk low' : 'Low'}</text>
      <text class="end-value" x=${left - 8} y=${r(mid + 8)} text-anchor="end">${format.money(layout.isRange ? levels.low : undefined)}</text>
      <text class="end-caption" x=${right + 8} y=${r(mid - 7)} text-anchor="start">${layout.isRange ? '52-wk high' : 'High'}</text>
      <text class="end-value" x=${right + 8} y=${r(mid + 8)} text-anchor="start">${format.money(layout.isRange ? levels.high : undefined)}</text>
    </g>
    ${below.map(
      (m, i) =>
        svg`<line class="leader" x1=${r(m.x)} x2=${r(m.x)} y1=${barY + BAR_H} y2=${r(barY + BAR_H + 8 + i * ROW + ROW / 2)}></line>`,
    )}
    ${below.map((m, i) => {
      const rowY = barY + BAR_H + 8 + i * ROW + ROW / 2;
      const [text, detail] = markerLabel(m, format);
      const offLeft = m.placement === 'below';
      const offRight = m.placement === 'above';
      // The label sits beside its marker, on the side with room.
      const toLeft = offRight || (!offLeft && m.x > (left + right) / 2);
      const arrow = offLeft
        ? svg`<path class="arrow" d="M${r(m.x - 10)} ${r(rowY)} l5 -4 v8 Z"></path>`
        : offRight
          ? svg`<path class="arrow" d="M${r(m.x + 10)} ${r(rowY)} l-5 -4 v8 Z"></path>`
          : null;
      const labelX = toLeft ? m.x - 12 - (offRight ? 8 : 0) : m.x + 12;
      return svg`<g class="level level--${m.key}" data-key=${m.key} data-placement=${m.placement}>
        ${markerShape(m.key, m.x, rowY)}
        ${arrow}
        <text class="label" x=${r(labelX)} y=${r(rowY - 7)} dy="0.35em" text-anchor=${toLeft ? 'end' : 'start'}>${text}</text>
        <text class="detail" x=${r(labelX)} y=${r(rowY + 7)} dy="0.35em" text-anchor=${toLeft ? 'end' : 'start'}>${detail}</text>
      </g>`;
    })}
    ${
      close
        ? svg`<g class="level level--close" data-key="close" data-placement=${close.placement}>
          <line class="leader" x1=${r(close.x)} x2=${r(close.x)} y1="20" y2=${barY}></line>
          ${markerShape('close', close.x, mid, 7)}
          <text class="label label--close" x=${r(closeAt!.x)} y="14" text-anchor=${closeAt!.anchor}>${closeText}</text>
        </g>`
        : null
    }
  `;
}
