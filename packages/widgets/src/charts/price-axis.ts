/**
 * The price axis `<price-history>` and `<price-chart>` share: a linear scale over the prices
 * (niced to about 5 round ticks), the ticks' money labels, the left margin they need, and the
 * gridlines with their labels.
 */
import { svg, type SVGTemplateResult } from 'lit';
import { linear, type Linear } from './linear.js';
import { r } from './common.js';
import { textWidth } from './scale.js';
import type { Formatter } from '../format/format.js';

/** Font size (px) of axis ticks (shared styles' `.tick`). */
export const TICK_FONT = 11;

export interface PriceTick {
  value: number;
  y: number;
  text: string;
}

/** Fraction digits `value` needs (0 for whole numbers), up to 6. */
function decimals(value: number): number {
  for (let d = 0; d < 6; d++) if (Math.abs(Math.round(value * 10 ** d) - value * 10 ** d) < 1e-6) return d;
  return 6;
}

const moneyFormats = new Map<string, Intl.NumberFormat>();

/**
 * Tick labels for one axis, all with the same number of decimals: none when every tick is a
 * whole number ("CN¥80", not "CN¥80.00"), else the currency's usual digits, or more when the
 * step is finer ("$0.125").
 */
export function moneyTicks(values: number[], format: Formatter, currency?: string): string[] {
  const need = Math.max(0, ...values.map(decimals));
  const key = `${format.locale} ${currency ?? ''}`;
  let base = moneyFormats.get(key);
  if (!base) {
    try {
      base = new Intl.NumberFormat(format.locale, currency ? { style: 'currency', currency } : {});
    } catch {
      base = new Intl.NumberFormat(format.locale);
    }
    moneyFormats.set(key, base);
  }
  const options = base.resolvedOptions();
  const usual = options.style === 'currency' ? (options.maximumFractionDigits ?? 2) : 2;
  const digits = need === 0 ? 0 : Math.max(need, usual);
  let nf = moneyFormats.get(`${key} ${digits}`);
  if (!nf) {
    nf = new Intl.NumberFormat(format.locale, {
      ...(options.style === 'currency' ? { style: 'currency', currency: options.currency } : {}),
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    moneyFormats.set(`${key} ${digits}`, nf);
  }
  const suffix = currency && options.style !== 'currency' ? ` ${currency}` : '';
  return values.map((value) => nf.format(value).replace('-', '\u2212') + suffix);
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
  const at = y.ticks(5);
  const texts = moneyTicks(at, format, currency);
  const ticks = at.map((value, i) => ({ value, y: r(y(value)), text: texts[i] }));
  return { y, ticks, left: Math.ceil(Math.max(minLeft, ...ticks.map((t) => textWidth(t.text, TICK_FONT) + 8))) };
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

/**
 * Which of `count` evenly spaced labels (at `x(i)`, each `width(i)` wide) to print so that no
 * two collide: every `step`-th one counted back from the newest (the last), which is always
 * kept. `gap` is the least room between two labels.
 */
export function thinLabels(count: number, x: (i: number) => number, width: (i: number) => number, gap = 10): number[] {
  if (!count) return [];
  const widest = Math.max(...Array.from({ length: count }, (_, i) => width(i)));
  const spacing = count > 1 ? Math.abs(x(1) - x(0)) : Infinity;
  const step = Math.max(1, Math.ceil((widest + gap) / spacing));
  const out: number[] = [];
  for (let i = count - 1; i >= 0; i -= step) out.unshift(i);
  return out;
}

/**
 * Where a label centred at `x` and `width` wide goes so it stays within `[min, max]`: its x
 * and anchor (`start` at the left edge, `end` at the right, else `middle`).
 */
export function fitLabel(x: number, width: number, min: number, max: number): { x: number; anchor: 'start' | 'middle' | 'end' } {
  if (x - width / 2 < min) return { x: min, anchor: 'start' };
  if (x + width / 2 > max) return { x: max, anchor: 'end' };
  return { x, anchor: 'middle' };
}
