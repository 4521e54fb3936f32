/**
 * The radar drawing of `<setup-scores>` (`variant="radar"`), in a module of its own: the
 * element loads it the first time a radar is asked for, so pages that show bars (the card,
 * the default) do not download it (0.9 KB gzip of the bundle).
 */
import { nothing, svg, type SVGTemplateResult } from 'lit';
import type { Formatter } from '../format/format.js';
import { r, toneClass } from './common.js';
import { arcPath, radialPolygon } from './paths.js';
import { textWidth } from './scale.js';
import { EDGE, LINE, SCORE_FONT, fitLabel, scoreAttrs, scoreText, unit, type Score } from './setup-scores.js';

/** The radius of the 100 ring: wide, and narrow (where it shrinks further if the labels need it). */
export const RADAR_RADIUS = 110;
const NARROW_RADAR_RADIUS = 76;
const MIN_RADAR_RADIUS = 48;
export const RINGS = [25, 50, 75, 100];
const RADAR_ROOM = 48;
/** Labels stand this far beyond the 100 ring. */
const LABEL_OFFSET = 12;

export interface RadarAxis extends Score {
  /** Radians clockwise from 12 o'clock (d3's radial convention). */
  angle: number;
  /** Distance of the vertex from the centre; undefined when the value is missing. */
  radius?: number;
  /** The spoke's end, the label's anchor point, relative to the centre. */
  end: [number, number];
  labelAt: [number, number];
  anchor: 'start' | 'middle' | 'end';
  /** The label's name in one or two lines, as drawn. */
  lines: string[];
  /** Baseline offset of the label's first line (its name) from `labelAt`, in px. */
  nameDy: number;
  /** The focus ring around the label. */
  labelBox: { x: number; y: number; width: number; height: number };
  /** The hover area: the wedge around the spoke. */
  wedge: string;
}

export interface ScoreRadarLayout {
  width: number;
  height: number;
  cx: number;
  cy: number;
  radius: number;
  axes: RadarAxis[];
  /** One closed polygon per ring, and where its label sits (between the first two spokes). */
  rings: { value: number; path: string; labelAt: [number, number] }[];
  /** The filled polygon through the scores that have a value, relative to the centre. */
  area: string;
}

const polar = (angle: number, radius: number): [number, number] => [radius * Math.sin(angle), -radius * Math.cos(angle)];

/**
 * Geometry of the radar for a drawing `width` px wide: one spoke per score, clockwise from
 * the top; rings at 25/50/75/100. Its height is fixed (by `narrow`); the labels beside the
 * circle take the room left and right of it, in two lines where one does not fit, and in
 * a narrow box the circle shrinks below its usual radius until each label's longest word
 * fits beside it.
 */
export function layoutScoreRadar(scores: Score[], width: number, format: Formatter, narrow = false): ScoreRadarLayout {
  const step = (2 * Math.PI) / Math.max(scores.length, 1);
  const full = narrow ? NARROW_RADAR_RADIUS : RADAR_RADIUS;
  const half = width / 2 - EDGE;
  const value = (s: Score) => scoreText(s.value, format);
  // The largest radius at which every side label's longest word (and its value) fits.
  let radius = full;
  scores.forEach((score, i) => {
    const sin = Math.abs(Math.sin(i * step));
    if (sin < 0.2) return;
    const word = Math.max(textWidth(value(score), SCORE_FONT), ...score.label.split(/\s+/).map((w) => textWidth(w, SCORE_FONT)));
    radius = Math.min(radius, (half - word) / sin - LABEL_OFFSET);
  });
  radius = Math.max(MIN_RADAR_RADIUS, Math.floor(radius));
  const wedge = (start: number, end: number) => arcPath(0, radius + 8, start, end);
  const axes: RadarAxis[] = scores.map((score, i) => {
    const angle = i * step;
    const sin = Math.sin(angle);
    const cos = Math.cos(angle);
    const anchor = Math.abs(sin) < 0.2 ? 'middle' : sin > 0 ? 'start' : 'end';
    const labelAt = polar(angle, radius + LABEL_OFFSET);
    const room = anchor === 'middle' ? 2 * half : half - Math.abs(labelAt[0]);
    const lines = fitLabel(score.label, room, anchor === 'middle' ? 1 : 2);
    const height = (lines.length + 1) * LINE;
    // Labels above the centre stack upwards, below it downwards, beside it around the anchor.
    const top = cos > 0.2 ? -height : cos < -0.2 ? 0 : -height / 2;
    const nameDy = top + SCORE_FONT - 2;
    const boxWidth = Math.max(...[...lines, value(score)].map((l) => textWidth(l, SCORE_FONT))) + 8;
    const boxX = anchor === 'start' ? labelAt[0] - 4 : anchor === 'end' ? labelAt[0] - boxWidth + 4 : labelAt[0] - boxWidth / 2;
    return {
      ...score,
      angle,
      radius: score.value === undefined ? undefined : unit(score.value) * radius,
      end: polar(angle, radius),
      labelAt,
      anchor,
      lines,
      nameDy,
      labelBox: { x: boxX, y: labelAt[1] + top - 3, width: boxWidth, height: height + 6 },
      wedge: wedge(angle - step / 2, angle + step / 2),
    };
  });
  const rings = RINGS.map((value) => ({
    value,
    path: radialPolygon(axes.map((a) => [a.angle, (value / 100) * radius])),
    // On the ring's edge, half-way between the first two spokes: never on a vertex.
    labelAt: polar(step / 2, (value / 100) * radius * Math.cos(step / 2)),
  }));
  const drawn = axes.filter((a): a is RadarAxis & { radius: number } => a.radius !== undefined);
  const area = drawn.length ? radialPolygon(drawn.map((a) => [a.angle, a.radius])) : '';
  const cy = RADAR_ROOM + full;
  return { width, height: 2 * cy, cx: width / 2, cy, radius, axes, rings, area };
}

/**
 * The radar as an SVG fragment, to be placed inside an `<svg>` of the layout's size. Score
 * `active` (hovered or focused) is highlighted.
 */
export function renderScoreRadar(layout: ScoreRadarLayout, format: Formatter, active?: number): SVGTemplateResult {
  const { cx, cy, axes, rings, area } = layout;
  return svg`<g transform="translate(${r(cx)} ${r(cy)})">
    ${rings.map((ring) => svg`<path class="ring" data-value=${ring.value} d=${ring.path}></path>`)}
    ${axes.map((a) => svg`<line class="spoke" x1="0" y1="0" x2=${r(a.end[0])} y2=${r(a.end[1])}></line>`)}
    ${area ? svg`<path class="area" d=${area}></path>` : null}
    ${rings.map(
      (ring) =>
        svg`<text class="tick ring-label" x=${r(ring.labelAt[0])} y=${r(ring.labelAt[1])} dy="0.35em" text-anchor="middle">${format.number(ring.value, 0)}</text>`,
    )}
    ${axes.map((a, i) => {
      const attrs = scoreAttrs(a, i, format, i === active);
      const [lx, ly] = a.labelAt;
      const box = a.labelBox;
      const vertex = a.radius === undefined ? undefined : polar(a.angle, a.radius);
      const cls = toneClass(a.tone, a.value === undefined ? undefined : 0);
      return svg`<g class=${attrs.cls} tabindex="0" role="group" aria-label=${attrs.name}
          aria-describedby=${attrs.describedBy ?? nothing} data-index=${i} data-label=${a.label}>
        <path class="hit" d=${a.wedge}></path>
        <rect class="focus-ring" x=${r(box.x)} y=${r(box.y)} width=${r(box.width)} height=${r(box.height)} rx="4"></rect>
        <text class="label" x=${r(lx)} y=${r(ly)} text-anchor=${a.anchor}>
          ${a.lines.map((line, k) => svg`<tspan x=${r(lx)} dy=${r(k ? LINE : a.nameDy)}>${line}</tspan>`)}
          <tspan class="value" x=${r(lx)} dy=${r(LINE)}>${scoreText(a.value, format)}</tspan>
        </text>
        ${vertex ? svg`<circle class="vertex ${cls}" cx=${r(vertex[0])} cy=${r(vertex[1])} r="4"></circle>` : null}
      </g>`;
    })}
  </g>`;
}
