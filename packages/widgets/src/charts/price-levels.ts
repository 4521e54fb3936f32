import { svg, type SVGTemplateResult } from 'lit';
import type { Report } from '../data/validate.js';
import type { Money } from '../data/values.js';
import type { Formatter } from '../format/format.js';
import type { MessageKey } from '../i18n/index.js';
import { NARROW_BELOW, r } from './common.js';
import { textWidth } from './scale.js';
import { fitLabel } from './price-axis.js';

/** Where a level sits against the drawn 52-week range. */
export type Placement = 'in' | 'below' | 'above';

export type LevelKey = 'close' | 'trend' | 'fair';

export interface LevelMarker {
  key: LevelKey;
  money: Money;
  /** The close's distance from this level, in percentage points (undefined for the close). */
  vs?: number;
  /** Centre of the marker on the range bar, in px (clamped to the bar's ends). */
  x: number;
  placement: Placement;
}

/** A level's row under the bar: its marker's place and its two lines of text, kept inside the drawing. */
export interface LevelRow {
  key: 'trend' | 'fair';
  /** The marker, or none when the level is missing (the row then shows a dash). */
  marker?: LevelMarker;
  y: number;
  text: [label: string, detail: string];
  textX: number;
  anchor: 'start' | 'end';
  /**
   * Where the fair-value row's leader breaks (from, to): it runs down past the trend row, and
   * breaks where the trend row's text stands over it.
   */
  gap?: [number, number];
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
  /** The narrow drawing: the 52-week ends under the bar instead of beside it. */
  narrow: boolean;
  markers: LevelMarker[];
  /** The close's label above the bar. */
  closeLabel?: { x: number; anchor: 'start' | 'middle' | 'end'; text: string };
  /** The 52-week low and high: caption and value, at each end. */
  ends: { caption: string; value: string; x: number; anchor: 'start' | 'end' }[];
  /** y of the ends' caption and value lines. */
  endY: [number, number];
  rows: LevelRow[];
}

/** The chart's width (px) before it is measured, and on the server: wide, and narrow (below 560px). */
export const LEVELS_WIDTHS = [560, 360] as const;
/** Font sizes (px): labels and values 12, the close's label 13. */
const LEVEL_FONT = 12;
const CLOSE_FONT = 13;
/**
 * The close's label sits on the drawing's top edge, so its baseline leaves room for the
 * tallest ascent in the font stack (about 1.08 em: Segoe UI, Noto Sans; DejaVu Sans 0.93),
 * the 1.5px halo its stroke paints around it, and a pixel more: engines round text boxes
 * outward (Firefox's box of 13px DejaVu Sans reaches 13px above the baseline).
 */
const CLOSE_BASELINE = Math.ceil(CLOSE_FONT * 1.08 + 1.5 + 1);
/** The close's leader runs from under its label (descent and halo) down to the bar. */
const CLOSE_LEADER = CLOSE_BASELINE + 5;
const BAR_Y = CLOSE_LEADER + 12;
const BAR_H = 10;
const ROW = 36;
/** Height of the ends' two lines under the bar in the narrow drawing. */
const ENDS_UNDER = 36;
const GAP = 8;

const NAMES: Record<LevelKey, MessageKey> = { close: 'price.close', trend: 'price.trend', fair: 'price.fair' };

/** The latest close: the newest recent row, else the KPI labelled "Latest Close". */
export function latestClose(report: Report): Money | undefined {
  const row = report.recent_rows?.[0]?.close;
  if (row) return row;
  const kpi = report.kpis?.find((k) => (k.label ?? '').trim().toLowerCase() === 'latest close')?.value;
  return kpi?.kind === 'money' ? { value: kpi.value, currency: kpi.currency } : undefined;
}

const has = (m: Money | undefined): m is Money => m !== undefined && Number.isFinite(m.value);
/** The horizontal extent of text `w` wide at `x`, drawn leftwards (`text-anchor: end`) when `toLeft`. */
const span = (x: number, toLeft: boolean, w: number): [number, number] => (toLeft ? [x - w, x] : [x, x + w]);
/** Whether `x` falls within 3 px of `[from, to]`. */
const within = (x: number, [from, to]: [number, number]) => x >= from - 3 && x <= to + 3;

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

/** "Trend line CN¥47.01", and "close +68.0%" (with "· off scale" when pinned to an end of the bar). */
export function markerLabel(marker: LevelMarker, format: Formatter, offScale = true): [string, string] {
  const t = format.t;
  const detail = [];
  if (marker.vs !== undefined) detail.push(t('levels.vsClose', { value: format.percent(marker.vs, { signed: true }) }));
  if (marker.placement !== 'in' && offScale) detail.push(t('levels.offScale'));
  return [t('levels.at', { name: t(NAMES[marker.key]), price: format.money(marker.money) }), detail.join(' · ')];
}

/**
 * Places the close, trend line and fair value on a horizontal bar from the 52-week low to
 * the high, for a drawing `width` px wide. A level outside that range is pinned to the
 * nearer end and marked `below` or `above` (drawn with an arrow and "off scale"), so one
 * far-away level (a fair value of 0.63 beside a range of 7.73..465.35) never squeezes the
 * range into a sliver. Without a low and a high, the bar spans the levels that are known.
 *
 * Every text is kept inside the drawing: the ends' margins fit their captions and values
 * (narrower than 560px the ends go under the bar), the close's label shifts from its
 * marker at an end, and a level's label goes to the side of its marker with room. The trend
 * line and fair value always have a row, a missing one showing a dash, so the height is the
 * same at every width (but for the narrow drawing's ends).
 */
export function layoutPriceLevels(levels: PriceLevels, format: Formatter, width: number = LEVELS_WIDTHS[0]): PriceLevelsLayout {
  const t = format.t;
  const narrow = width < NARROW_BELOW;
  const isRange = has(levels.low) && has(levels.high) && levels.high.value > levels.low.value;
  const endTexts = [
    { caption: t('levels.low52'), value: format.money(levels.low) },
    { caption: t('levels.high52'), value: format.money(levels.high) },
  ];
  const endWidth = endTexts.map((e) => Math.max(textWidth(e.caption, LEVEL_FONT), textWidth(e.value, LEVEL_FONT)));
  const left = narrow ? 18 : Math.ceil(endWidth[0] + 2 * GAP);
  const right = width - (narrow ? 18 : Math.ceil(endWidth[1] + 2 * GAP));
  const known = [levels.close, levels.trend, levels.fair, levels.low, levels.high].filter(has).map((m) => m.value);
  let lo = isRange ? levels.low!.value : Math.min(...known);
  let hi = isRange ? levels.high!.value : Math.max(...known);
  if (!(hi > lo)) {
    lo -= 1;
    hi += 1;
  }
  const x = (v: number) => left + ((v - lo) / (hi - lo)) * (right - left);
  const place = (key: LevelKey, money: Money | undefined, vs?: number): LevelMarker | undefined => {
    if (!has(money)) return undefined;
    const placement: Placement = money.value < lo ? 'below' : money.value > hi ? 'above' : 'in';
    const at = placement === 'below' ? left : placement === 'above' ? right : x(money.value);
    return { key, money, vs, x: at, placement };
  };
  let close = place('close', levels.close);
  // The close only falls back to range_position when there is no close price to place.
  if (!close && isRange && levels.rangePosition !== undefined) {
    const f = Math.min(Math.max(levels.rangePosition, 0), 100) / 100;
    close = {
      key: 'close',
      money: { value: lo + f * (hi - lo), currency: levels.low!.currency },
      x: left + f * (right - left),
      placement: 'in',
    };
  }
  const trend = place('trend', levels.trend, levels.vsTrend);
  const fair = place('fair', levels.fair, levels.vsFair);
  const markers = [close, trend, fair].filter((m): m is LevelMarker => m !== undefined);

  const mid = BAR_Y + BAR_H / 2;
  const endY: [number, number] = narrow ? [BAR_Y + BAR_H + 14, BAR_Y + BAR_H + 29] : [mid - 7, mid + 8];
  const ends = endTexts.map((e, i) => ({
    ...e,
    x: narrow ? (i ? right : left) : i ? right + GAP : left - GAP,
    anchor: (narrow ? (i ? 'end' : 'start') : i ? 'start' : 'end') as 'start' | 'end',
  }));
  const rowsTop = BAR_Y + BAR_H + 8 + (narrow ? ENDS_UNDER : 0);
  const widthOf = (lines: [string, string]) => Math.max(textWidth(lines[0], LEVEL_FONT), textWidth(lines[1], LEVEL_FONT));
  /** Where a row's text starts (`toLeft`: where it ends) beside its marker, kept inside the drawing. */
  const labelX = (marker: LevelMarker, toLeft: boolean, w: number) => {
    const arrow = marker.placement === 'in' ? 0 : 10;
    return toLeft
      ? Math.min(width - 2, Math.max(marker.x - 12 - (marker.placement === 'below' ? arrow : 0), 2 + w))
      : Math.max(2, Math.min(marker.x + 12 + (marker.placement === 'above' ? arrow : 0), width - 2 - w));
  };
  const rows = (['trend', 'fair'] as const).map((key, i): LevelRow => {
    const marker = key === 'trend' ? trend : fair;
    const y = rowsTop + i * ROW + ROW / 2;
    if (!marker) {
      return {
        key,
        y,
        text: [t('levels.at', { name: t(NAMES[key]), price: format.money(undefined) }), t('missing')],
        textX: left,
        anchor: 'start',
      };
    }
    const arrow = marker.placement === 'in' ? 0 : 10;
    const roomLeft = marker.x - 12 - (marker.placement === 'below' ? arrow : 0) - 2;
    const roomRight = width - 2 - (marker.x + 12 + (marker.placement === 'above' ? arrow : 0));
    let text = markerLabel(marker, format);
    // Where neither side has room, the arrow alone says "off scale" (the accessible name still does).
    if (widthOf(text) > Math.max(roomLeft, roomRight)) text = markerLabel(marker, format, false);
    const w = widthOf(text);
    // The label sits beside its marker, on the side with room (the inner side for a pinned level).
    let toLeft = marker.placement === 'above' || (marker.placement === 'in' && marker.x > (left + right) / 2);
    if (toLeft && w > roomLeft && roomRight >= w) toLeft = false;
    else if (!toLeft && w > roomRight && roomLeft >= w) toLeft = true;
    else if (w > roomLeft && w > roomRight) toLeft = roomLeft > roomRight;
    // The trend row's text keeps clear of the fair-value leader that runs down past it, when
    // the other side has room.
    const crosses = (side: boolean) => key === 'trend' && !!fair && within(fair.x, span(labelX(marker, side, w), side, w));
    if (crosses(toLeft) && (toLeft ? roomRight : roomLeft) >= w && !crosses(!toLeft)) toLeft = !toLeft;
    return { key, marker, y, text, textX: labelX(marker, toLeft, w), anchor: toLeft ? 'end' : 'start' };
  });
  // Otherwise the leader breaks behind the trend row's text.
  const [upper, lower] = rows;
  if (lower!.marker && within(lower!.marker.x, span(upper!.textX, upper!.anchor === 'end', widthOf(upper!.text)))) {
    lower!.gap = [upper!.y - ROW / 2, upper!.y + ROW / 2];
  }
  let closeLabel: PriceLevelsLayout['closeLabel'];
  if (close) {
    const text = t('levels.at', { name: t('price.close'), price: format.money(close.money) });
    closeLabel = { text, ...fitLabel(close.x, textWidth(text, CLOSE_FONT), 2, width - 2) };
  }
  return {
    width,
    height: rowsTop + 2 * ROW + 4,
    left,
    right,
    barY: BAR_Y,
    isRange,
    narrow,
    markers,
    closeLabel,
    ends,
    endY,
    rows,
  };
}

/** A marker's shape, centred on (cx, cy): circle for the close, triangle for the trend line, diamond for fair value. */
export function markerShape(key: LevelKey, cx: number, cy: number, size = 6): SVGTemplateResult {
  if (key === 'close') return svg`<circle class="mark mark--close" cx=${r(cx)} cy=${r(cy)} r=${size}></circle>`;
  if (key === 'trend')
    return svg`<path class="mark mark--trend" d="M${r(cx)} ${r(cy - size)} L${r(cx + size)} ${r(cy + size * 0.8)} L${r(cx - size)} ${r(cy + size * 0.8)} Z"></path>`;
  return svg`<path class="mark mark--fair" d="M${r(cx)} ${r(cy - size)} L${r(cx + size)} ${r(cy)} L${r(cx)} ${r(cy + size)} L${r(cx - size)} ${r(cy)} Z"></path>`;
}

/** The range bar with its markers, as an SVG fragment for an `<svg>` of the layout's size. */
export function renderPriceLevels(layout: PriceLevelsLayout): SVGTemplateResult {
  const { left, right, barY } = layout;
  const mid = barY + BAR_H / 2;
  const close = layout.markers.find((m) => m.key === 'close');
  return svg`
    <rect class="track" x=${left} y=${barY} width=${r(right - left)} height=${BAR_H} rx=${BAR_H / 2}></rect>
    ${
      close && layout.isRange
        ? svg`<rect class="fill" x=${left} y=${barY} width=${r(Math.max(close.x - left, 0))} height=${BAR_H} rx=${BAR_H / 2}></rect>`
        : null
    }
    ${layout.rows.map((row) => {
      if (!row.marker) return null;
      const x = r(row.marker.x);
      const [from, to] = row.gap ?? [row.y, row.y];
      return svg`<line class="leader" x1=${x} x2=${x} y1=${barY + BAR_H} y2=${r(from)}></line>${
        row.gap ? svg`<line class="leader" x1=${x} x2=${x} y1=${r(to)} y2=${r(row.y)}></line>` : null
      }`;
    })}
    <g class="ends">
      ${layout.ends.map(
        (e) => svg`<text class="end-caption" x=${r(e.x)} y=${r(layout.endY[0])} text-anchor=${e.anchor}>${e.caption}</text>
          <text class="end-value" x=${r(e.x)} y=${r(layout.endY[1])} text-anchor=${e.anchor}>${e.value}</text>`,
      )}
    </g>
    ${layout.rows.map((row) => {
      const m = row.marker;
      if (!m) {
        return svg`<g class="level level-missing" data-key=${row.key}>
          <text class="label" x=${r(row.textX)} y=${r(row.y - 7)} dy="0.35em">${row.text[0]}</text>
          <text class="detail" x=${r(row.textX)} y=${r(row.y + 8)} dy="0.35em">${row.text[1]}</text>
        </g>`;
      }
      const arrow =
        m.placement === 'below'
          ? svg`<path class="arrow" d="M${r(m.x - 15)} ${r(row.y)} l6 -4.5 v9 Z"></path>`
          : m.placement === 'above'
            ? svg`<path class="arrow" d="M${r(m.x + 15)} ${r(row.y)} l-6 -4.5 v9 Z"></path>`
            : null;
      return svg`<g class="level level--${m.key}" data-key=${m.key} data-placement=${m.placement}>
        ${markerShape(m.key, m.x, row.y)}
        ${arrow}
        <text class="label" x=${r(row.textX)} y=${r(row.y - 7)} dy="0.35em" text-anchor=${row.anchor}>${row.text[0]}</text>
        <text class="detail" x=${r(row.textX)} y=${r(row.y + 8)} dy="0.35em" text-anchor=${row.anchor}>${row.text[1]}</text>
      </g>`;
    })}
    ${
      close && layout.closeLabel
        ? svg`<g class="level level--close" data-key="close" data-placement=${close.placement}>
          <line class="leader" x1=${r(close.x)} x2=${r(close.x)} y1=${CLOSE_LEADER} y2=${barY}></line>
          ${markerShape('close', close.x, mid, 7)}
          <text class="label label--close" x=${r(layout.closeLabel.x)} y=${CLOSE_BASELINE} text-anchor=${layout.closeLabel.anchor}>${layout.closeLabel.text}</text>
        </g>`
        : null
    }
  `;
}
