import { svg, type SVGTemplateResult } from 'lit';
import { MISSING, type Formatter } from '../format/format.js';
import { r } from './common.js';
import { arcPath } from './paths.js';
import { textWidth } from './scale.js';

/** The dial sweeps 240°, from 8 o'clock clockwise to 4 o'clock (d3: 0 rad is 12 o'clock). */
export const DIAL_SWEEP = (4 * Math.PI) / 3;
export const DIAL_START = -DIAL_SWEEP / 2;

/**
 * The two sizes of the dial, in px (one unit to one CSS pixel). `full` needs a box 200px
 * wide and holds its caption inside the ring; `compact`, for the narrow header of the
 * report card (110px), puts the caption under the ring. Font sizes are the element's
 * styles' (`.score`, `.tick`, `.caption`): keep them in step.
 */
const SIZES = {
  full: { width: 200, height: 168, outer: 88, inner: 72, cy: 98, scoreY: 8, captionY: 34, tickY: 16, tickFont: 12 },
  compact: { width: 110, height: 112, outer: 50, inner: 41, cy: 54, scoreY: 6, captionY: 54, tickY: 13, tickFont: 11 },
};
export const DIAL_WIDTH = SIZES.full.width;
export const DIAL_HEIGHT = SIZES.full.height;
export const DIAL_OUTER = SIZES.full.outer;
export const DIAL_INNER = SIZES.full.inner;

/** The end angle of the value arc for `score` (clamped to 0-100), in d3 radians. */
export function dialEndAngle(score: number): number {
  return DIAL_START + (Math.min(100, Math.max(0, score)) / 100) * DIAL_SWEEP;
}

export interface DialLayout {
  width: number;
  height: number;
  /** True for the small dial, its caption under the ring. */
  compact: boolean;
  cx: number;
  cy: number;
  /** The score, or undefined when the report has none (a dash is shown, no value arc). */
  score?: number;
  /** The full 0-100 track and the value arc, relative to the centre ('' for no arc). */
  track: string;
  value: string;
  /** Where the "0" and "100" ticks sit, relative to the centre. */
  ticks: { value: number; x: number; y: number }[];
  scoreY: number;
  captionY: number;
}

/**
 * Geometry of the dial for a score on 0-100 (undefined: none) in a box `width` px wide: the
 * full dial from 200px, the compact one below. The drawing is as wide as the dial and is
 * centred in its box.
 */
export function layoutScoreDial(score: number | undefined, width: number = DIAL_WIDTH): DialLayout {
  const size = width >= SIZES.full.width ? SIZES.full : SIZES.compact;
  const ring = (start: number, end: number) => arcPath(size.inner, size.outer, start, end, true);
  const tick = (value: number) => {
    const angle = dialEndAngle(value);
    const radius = size.outer + 2;
    // Under the ring's end, but never closer than 2px to the drawing's edge.
    const limit = size.width / 2 - 2 - textWidth(String(value), size.tickFont) / 2;
    const x = Math.max(-limit, Math.min(limit, radius * Math.sin(angle)));
    return { value, x, y: -radius * Math.cos(angle) + size.tickY };
  };
  const end = score === undefined ? DIAL_START : dialEndAngle(score);
  return {
    width: size.width,
    height: size.height,
    compact: size === SIZES.compact,
    cx: size.width / 2,
    cy: size.cy,
    score,
    track: ring(DIAL_START, DIAL_START + DIAL_SWEEP),
    value: end > DIAL_START ? ring(DIAL_START, end) : '',
    ticks: [tick(0), tick(100)],
    scoreY: size.scoreY,
    captionY: size.captionY,
  };
}

/** The dial as an SVG fragment, to be placed inside an `<svg>` of the layout's size. */
export function renderScoreDial(layout: DialLayout, format: Formatter, caption: string): SVGTemplateResult {
  const { cx, cy, track, value, ticks, score } = layout;
  return svg`<g transform="translate(${r(cx)} ${r(cy)})">
    <path class="track" d=${track}></path>
    ${value ? svg`<path class="value-arc" d=${value}></path>` : null}
    ${ticks.map((t) => svg`<text class="tick" x=${r(t.x)} y=${r(t.y)} text-anchor="middle">${format.number(t.value, 0)}</text>`)}
    <text class=${score === undefined ? 'score missing' : 'score'} x="0" y=${layout.scoreY} text-anchor="middle">${score === undefined ? MISSING : format.number(score, 0)}</text>
    <text class="caption" x="0" y=${layout.captionY} text-anchor="middle">${caption}</text>
  </g>`;
}
