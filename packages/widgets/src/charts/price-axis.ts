/**
 * The price axis `<price-history>` and `<price-chart>` share: a linear scale over the prices
 * (niced to about 5 round ticks), the ticks' money labels, the left margin they need, and the
 * gridlines with their labels.
 */
import { svg, type SVGTemplateResult } from 'lit';
import { linear, type Linear } from './linear.js';
import { r } from './common.js';
import type { Formatter } from '../format/format.js';

/** Rough text width at `px` (no DOM measuring, so it renders the same on the server). */
export const textWidth = (text: string, px = 11) => text.length * px * 0.58;

export interface PriceTick {
  value: number;
  y: number;
  text: string;
}

/**
 * A scale from `values`' extent to [bottom, top]; one price (or none) gets a band of 5% (at
 * least 1) around it. `left` is the margin the widest label needs (at least `minLeft`).
 */
export function priceAxis(
  values: number[],
  [bottom, top]: [number, number],
  format: Formatter,
  currency?: string,
  minLeft = 40,
): { y: Linear; ticks: PriceTick[]; left: number } {
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (!(hi > lo)) {
    const c = Number.isFinite(lo) ? lo : 0;
    const pad = Math.max(Math.abs(c) * 0.05, 1);
    [lo, hi] = [c - pad, c + pad];
  }
  const y = linear([lo, hi], [bottom, top]).nice(5);
  const ticks = y.ticks(5).map((value) => ({ value, y: r(y(value)), text: format.money({ value, currency }) }));
  return { y, ticks, left: Math.ceil(Math.max(minLeft, ...ticks.map((t) => textWidth(t.text) + 10))) };
}

/** Gridlines from `left` to `right` with the price labels left of them. */
export function renderPriceAxis(ticks: PriceTick[], left: number, right: number): SVGTemplateResult {
  return svg`<g class="y-axis">
    ${ticks.map(
      (t) => svg`<line class="gridline" x1=${left} x2=${right} y1=${t.y} y2=${t.y}></line>
        <text class="tick" x=${left - 6} y=${t.y} dy="0.35em" text-anchor="end">${t.text}</text>`,
    )}
  </g>`;
}
