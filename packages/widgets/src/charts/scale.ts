import { linear, type Linear } from './linear.js';

/**
 * A linear scale for returns that span orders of magnitude (+12.7% beside +567.7%).
 *
 * The domain is the data's range (always including zero), but capped at three times the
 * median absolute value: bars beyond the cap are drawn to the cap with a break mark and
 * keep their true value in the label. So small bars stay readable, and no bar is ever
 * drawn longer than its true share of the cap. When values are of one order of magnitude
 * nothing is capped and the scale is plainly linear.
 */
export interface CappedScale {
  scale: Linear;
  /** The largest magnitude drawn to scale; larger values are capped. */
  cap: number;
  isCapped(value: number): boolean;
  /** `value` clamped into the drawn domain. */
  clamp(value: number): number;
}

export function median(values: number[]): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function cappedScale(values: number[], range: [number, number], factor = 3): CappedScale {
  const magnitudes = values.map(Math.abs);
  const largest = Math.max(0, ...magnitudes);
  const cap = Math.max(Math.min(largest, factor * median(magnitudes)), 1e-9) || 1;
  const lo = Math.max(Math.min(0, ...values), -cap);
  const hi = Math.min(Math.max(0, ...values), cap);
  const scale = linear(lo === hi ? [0, 1] : [lo, hi], range);
  const clamp = (v: number) => Math.min(Math.max(v, lo), hi);
  return { scale, cap, clamp, isCapped: (v) => Math.abs(v) > cap + 1e-9 };
}

/**
 * The width (px) of `text` at `size` px, estimated without measuring (the server cannot
 * measure, and a layout must not wait for fonts). Calibrated on DejaVu Sans Bold, the widest
 * of the usual UI fonts (Linux's default; Segoe UI, SF and Roboto are narrower), so room
 * reserved from it is enough: digits 0.7em, `+`/`−` 0.84em, `%` 1em, `.`/`,` 0.38em, capitals
 * 0.78em, full-width and CJK characters 1em. `bold` adds a tenth, for text set heavier than
 * the labels it was calibrated on (the standalone SVG's title line).
 */
export function textWidth(text: string, size: number, bold = false): number {
  let ems = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code >= 0x2e80) ems += 1;
    else if (/[\s.,:;'!|ijlI()]/.test(ch)) ems += 0.38;
    else if (/[%WMmw@—…]/.test(ch)) ems += 1;
    else if (/[+\u2212=<>~]/.test(ch)) ems += 0.84;
    else if (/[A-Z]/.test(ch)) ems += 0.78;
    else ems += 0.7;
  }
  return ems * size * (bold ? 1.1 : 1);
}
