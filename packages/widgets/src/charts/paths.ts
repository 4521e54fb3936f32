/**
 * SVG path strings for lines, polygons and arcs: the few shapes our charts draw, written
 * out directly. (d3-shape's single-file bundle costs 3.7 KB gzip for the same three shapes,
 * since its prototype-based curves cannot be tree-shaken; see the README's size notes.)
 *
 * Angles are in radians, 0 at 12 o'clock, growing clockwise, as in d3-shape.
 */
import { r } from './common.js';

export interface Point {
  x: number;
  y: number;
}

const pt = (x: number, y: number) => `${r(x)},${r(y)}`;
const polar = (angle: number, radius: number) => pt(radius * Math.sin(angle), -radius * Math.cos(angle));

/** A polyline through the defined points; a gap (`undefined`) starts a new segment. */
export function linePath(points: (Point | undefined)[]): string {
  let d = '';
  let drawing = false;
  for (const p of points) {
    if (!p) {
      drawing = false;
      continue;
    }
    d += `${drawing ? 'L' : 'M'}${pt(p.x, p.y)}`;
    drawing = true;
  }
  return d;
}

/** A closed polygon through `[angle, radius]` pairs around the origin. */
export function radialPolygon(points: [number, number][]): string {
  if (!points.length) return '';
  return `${points.map(([angle, radius], i) => `${i ? 'L' : 'M'}${polar(angle, radius)}`).join('')}Z`;
}

/**
 * A ring sector from `start` to `end` between radii `inner` and `outer` (a pie slice when
 * `inner` is 0). With `round`, both ends are half circles that stay inside the angles, as
 * for a gauge.
 */
export function arcPath(inner: number, outer: number, start: number, end: number, round = false): string {
  const cap = round ? (outer - inner) / 2 : 0;
  // Round ends: shorten the sweep by the caps' angular size so the caps end at the angles.
  const inset = cap ? Math.min(cap / ((outer + inner) / 2), Math.abs(end - start) / 2) : 0;
  const a0 = start + inset;
  const a1 = end - inset;
  const large = Math.abs(a1 - a0) > Math.PI ? 1 : 0;
  const outerArc = `M${polar(a0, outer)}A${r(outer)},${r(outer)},0,${large},1,${polar(a1, outer)}`;
  if (inner <= 0) return `${outerArc}L0,0Z`;
  const toInner = cap ? `A${r(cap)},${r(cap)},0,0,1,${polar(a1, inner)}` : `L${polar(a1, inner)}`;
  const innerArc = `A${r(inner)},${r(inner)},0,${large},0,${polar(a0, inner)}`;
  const back = cap ? `A${r(cap)},${r(cap)},0,0,1,${polar(a0, outer)}` : '';
  return `${outerArc}${toInner}${innerArc}${back}Z`;
}
