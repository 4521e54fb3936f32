import { nothing, svg, type SVGTemplateResult } from 'lit';
import type { Report } from '../data/validate.js';
import type { Tone } from '../data/schema.js';
import type { Formatter } from '../format/format.js';
import { r, toneClass } from './common.js';
import { arcPath, radialPolygon } from './paths.js';

/** One setup score as drawn: the label always, the value only when the report has it. */
export interface Score {
  label: string;
  value?: number;
  tone?: Tone;
  description?: string;
}

/** The scores of `report.setup.scores`, with a label for every row. */
export function pickScores(report: Report): Score[] {
  return (report.setup?.scores ?? []).map((item, i) => ({
    label: item.label ?? `Score ${i + 1}`,
    value: item.value !== undefined && Number.isFinite(item.value) ? item.value : undefined,
    tone: item.tone,
    description: item.description,
  }));
}

/** A score value as text: a whole number (`77`), or `—` when missing. */
export function scoreText(value: number | undefined, format: Formatter): string {
  return format.number(value, 0);
}

/** A label shortened to `max` characters for drawing (the accessible name keeps it whole). */
export function shortLabel(label: string, max = 20): string {
  return label.length > max ? `${label.slice(0, max - 1).trimEnd()}…` : label;
}

/** A value on the 0-100 scale, clamped for geometry (the label keeps the true value). */
export function unit(value: number): number {
  return Math.min(100, Math.max(0, value)) / 100;
}

/** The id of the (hidden) element holding score `index`'s description, for `aria-describedby`. */
export function descId(index: number): string {
  return `score-desc-${index}`;
}

/** The attributes every score group carries: focusable, named "Trend 100", described. */
function scoreAttrs(score: Score, index: number, format: Formatter, active: boolean) {
  return {
    cls: active ? 'score active' : 'score',
    name: `${score.label} ${scoreText(score.value, format)}`,
    describedBy: score.description ? descId(index) : undefined,
  };
}

// ---------------------------------------------------------------------------------------
// Bars

export const BARS_WIDTH = 420;
const LABEL = 130;
const VALUE_ROOM = 40;
const ROW = 30;
const BAR = 14;
const AXIS = 20;
export const TICKS = [0, 25, 50, 75, 100];

export interface ScoreBar extends Score {
  y: number;
  /** Bar width in viewBox units; undefined when the value is missing (no bar is drawn). */
  width?: number;
}

export interface ScoreBarsLayout {
  width: number;
  height: number;
  /** Left edge and length of the 0-100 track. */
  x0: number;
  span: number;
  rowHeight: number;
  bars: ScoreBar[];
  ticks: { value: number; x: number }[];
}

/** Geometry of the bars: one row per score, bar length proportional to the value on 0-100. */
export function layoutScoreBars(scores: Score[], width = BARS_WIDTH): ScoreBarsLayout {
  const x0 = LABEL + 6;
  const span = width - x0 - VALUE_ROOM - 4;
  return {
    width,
    height: scores.length * ROW + AXIS,
    x0,
    span,
    rowHeight: ROW,
    bars: scores.map((score, i) => ({
      ...score,
      y: i * ROW + (ROW - BAR) / 2,
      width: score.value === undefined ? undefined : unit(score.value) * span,
    })),
    ticks: TICKS.map((value) => ({ value, x: x0 + (value / 100) * span })),
  };
}

/**
 * The bars as an SVG fragment, to be placed inside an `<svg>` of the layout's size. Score
 * `active` (hovered or focused) is highlighted.
 */
export function renderScoreBars(layout: ScoreBarsLayout, format: Formatter, active?: number): SVGTemplateResult {
  const { bars, x0, span, rowHeight, width, ticks } = layout;
  const plot = bars.length * rowHeight;
  return svg`
    ${ticks.map(
      (t) => svg`<line class="gridline" x1=${r(t.x)} x2=${r(t.x)} y1="0" y2=${plot}></line>
        <text class="tick" x=${r(t.x)} y=${plot + 14} text-anchor="middle">${format.number(t.value, 0)}</text>`,
    )}
    ${bars.map((bar, i) => {
      const mid = bar.y + BAR / 2;
      const attrs = scoreAttrs(bar, i, format, i === active);
      const cls = toneClass(bar.tone, bar.value === undefined ? undefined : 0);
      return svg`<g class=${attrs.cls} tabindex="0" role="group" aria-label=${attrs.name}
          aria-describedby=${attrs.describedBy ?? nothing} data-index=${i} data-label=${bar.label}>
        <rect class="hit" x="-4" y=${r(i * rowHeight + 1)} width=${width + 8} height=${rowHeight - 2} rx="4"></rect>
        <text class="label" x=${LABEL} y=${r(mid)} dy="0.35em" text-anchor="end">${shortLabel(bar.label)}</text>
        <rect class="track" x=${r(x0)} y=${r(bar.y)} width=${r(span)} height=${BAR} rx="3"></rect>
        ${
          bar.width === undefined
            ? null
            : svg`<rect class="bar ${cls}" x=${r(x0)} y=${r(bar.y)} width=${r(bar.width)} height=${BAR} rx="3"></rect>`
        }
        <text class="value" x=${width} y=${r(mid)} dy="0.35em" text-anchor="end">${scoreText(bar.value, format)}</text>
      </g>`;
    })}
  `;
}

// ---------------------------------------------------------------------------------------
// Radar

export const RADAR_WIDTH = 420;
export const RADAR_RADIUS = 110;
export const RINGS = [25, 50, 75, 100];
const RADAR_TOP = 48;
const RADAR_BOTTOM = 48;

export interface RadarAxis extends Score {
  /** Radians clockwise from 12 o'clock (d3's radial convention). */
  angle: number;
  /** Distance of the vertex from the centre; undefined when the value is missing. */
  radius?: number;
  /** The spoke's end, the label's anchor point, relative to the centre. */
  end: [number, number];
  labelAt: [number, number];
  anchor: 'start' | 'middle' | 'end';
  /** Baseline offset of the label's first line (its name) from `labelAt`, in px. */
  nameDy: number;
  /** The focus ring around the two-line label (its width estimated from the text length). */
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

const LABEL_FONT = 12;
const LINE = 1.2 * LABEL_FONT;
/** Rough advance of a bold 12px character: enough to size a focus ring, not to lay out text. */
const CHAR = 7;

const polar = (angle: number, radius: number): [number, number] => [radius * Math.sin(angle), -radius * Math.cos(angle)];

/** Geometry of the radar: one spoke per score, clockwise from the top; rings at 25/50/75/100. */
export function layoutScoreRadar(scores: Score[], width = RADAR_WIDTH, radius = RADAR_RADIUS): ScoreRadarLayout {
  const step = (2 * Math.PI) / Math.max(scores.length, 1);
  const polygon = radialPolygon;
  const wedge = (start: number, end: number) => arcPath(0, radius + 8, start, end);
  const axes: RadarAxis[] = scores.map((score, i) => {
    const angle = i * step;
    const sin = Math.sin(angle);
    const cos = Math.cos(angle);
    const anchor = Math.abs(sin) < 0.2 ? 'middle' : sin > 0 ? 'start' : 'end';
    // Labels above the centre stack upwards, below it downwards, beside it around the anchor.
    const nameDy = cos > 0.2 ? -LINE : cos < -0.2 ? 0.9 * LABEL_FONT : -0.25 * LABEL_FONT;
    const labelAt = polar(angle, radius + 12);
    const boxWidth = Math.max(shortLabel(score.label).length, 3) * CHAR + 10;
    const boxX = anchor === 'start' ? labelAt[0] - 5 : anchor === 'end' ? labelAt[0] - boxWidth + 5 : labelAt[0] - boxWidth / 2;
    return {
      ...score,
      angle,
      radius: score.value === undefined ? undefined : unit(score.value) * radius,
      end: polar(angle, radius),
      labelAt,
      anchor,
      nameDy,
      labelBox: { x: boxX, y: labelAt[1] + nameDy - LABEL_FONT - 3, width: boxWidth, height: LINE + LABEL_FONT + 10 },
      wedge: wedge(angle - step / 2, angle + step / 2),
    };
  });
  const rings = RINGS.map((value) => ({
    value,
    path: polygon(axes.map((a) => [a.angle, (value / 100) * radius])),
    // On the ring's edge, half-way between the first two spokes: never on a vertex.
    labelAt: polar(step / 2, (value / 100) * radius * Math.cos(step / 2)),
  }));
  const drawn = axes.filter((a): a is RadarAxis & { radius: number } => a.radius !== undefined);
  const area = drawn.length ? polygon(drawn.map((a) => [a.angle, a.radius])) : '';
  const cy = RADAR_TOP + radius;
  return { width, height: cy + radius + RADAR_BOTTOM, cx: width / 2, cy, radius, axes, rings, area };
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
          <tspan x=${r(lx)} dy=${r(a.nameDy)}>${shortLabel(a.label)}</tspan>
          <tspan class="value" x=${r(lx)} dy=${r(LINE)}>${scoreText(a.value, format)}</tspan>
        </text>
        ${vertex ? svg`<circle class="vertex ${cls}" cx=${r(vertex[0])} cy=${r(vertex[1])} r="4"></circle>` : null}
      </g>`;
    })}
  </g>`;
}
