import { svg, type SVGTemplateResult } from 'lit';
import type { Formatter } from '../format/format.js';
import { r } from './common.js';
import { arcPath } from './paths.js';

/** The dial sweeps 240°, from 8 o'clock clockwise to 4 o'clock (d3: 0 rad is 12 o'clock). */
export const DIAL_SWEEP = (4 * Math.PI) / 3;
export const DIAL_START = -DIAL_SWEEP / 2;
export const DIAL_WIDTH = 200;
export const DIAL_HEIGHT = 168;
export const DIAL_OUTER = 88;
export const DIAL_INNER = 72;
const CX = DIAL_WIDTH / 2;
const CY = 98;

/** The end angle of the value arc for `score` (clamped to 0-100), in d3 radians. */
export function dialEndAngle(score: number): number {
  return DIAL_START + (Math.min(100, Math.max(0, score)) / 100) * DIAL_SWEEP;
}

export interface DialLayout {
  width: number;
  height: number;
  cx: number;
  cy: number;
  score: number;
  endAngle: number;
  /** The full 0-100 track and the 0-score value arc, relative to the centre. */
  track: string;
  value: string;
  /** Where the "0" and "100" ticks sit, relative to the centre. */
  ticks: { value: number; x: number; y: number }[];
}

const ring = (start: number, end: number) => arcPath(DIAL_INNER, DIAL_OUTER, start, end, true);

/** Geometry of the dial for a score on 0-100. */
export function layoutScoreDial(score: number): DialLayout {
  const endAngle = dialEndAngle(score);
  const tick = (value: number) => {
    const angle = dialEndAngle(value);
    const radius = DIAL_OUTER + 2;
    return { value, x: radius * Math.sin(angle), y: -radius * Math.cos(angle) + 16 };
  };
  return {
    width: DIAL_WIDTH,
    height: DIAL_HEIGHT,
    cx: CX,
    cy: CY,
    score,
    endAngle,
    track: ring(DIAL_START, DIAL_START + DIAL_SWEEP),
    value: endAngle > DIAL_START ? ring(DIAL_START, endAngle) : '',
    ticks: [tick(0), tick(100)],
  };
}

/** The dial as an SVG fragment, to be placed inside an `<svg>` of the layout's size. */
export function renderScoreDial(layout: DialLayout, format: Formatter, label: string): SVGTemplateResult {
  const { cx, cy, track, value, ticks } = layout;
  return svg`<g transform="translate(${cx} ${cy})">
    <path class="track" d=${track}></path>
    ${value ? svg`<path class="value-arc" d=${value}></path>` : null}
    ${ticks.map((t) => svg`<text class="tick" x=${r(t.x)} y=${r(t.y)} text-anchor="middle">${format.number(t.value, 0)}</text>`)}
    <text class="score" x="0" y="8" text-anchor="middle">${format.number(layout.score, 1)}</text>
    <text class="caption" x="0" y="34" text-anchor="middle">${label}</text>
  </g>`;
}
