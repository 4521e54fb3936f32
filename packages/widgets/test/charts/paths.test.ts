import { expect } from '@open-wc/testing';
import { arc, line, lineRadial, curveLinearClosed } from 'd3-shape';
import { arcPath, linePath, radialPolygon } from '../../src/charts/paths.js';

/** The numbers of a path, in order (commands and flags dropped). */
const vertices = (d: string) => [...d.matchAll(/(-?[\d.]+),(-?[\d.]+)(?=[MLAZ]|$)/g)].map((m) => [Number(m[1]), Number(m[2])]);

describe('paths', () => {
  it('linePath(points) matches d3-shape line, gaps included', () => {
    const points = [{ x: 0, y: 10 }, { x: 10.123, y: 20 }, undefined, { x: 30, y: 5.5 }, { x: 40, y: 6 }];
    const d3 = line<(typeof points)[number]>()
      .defined((p) => p !== undefined)
      .x((p) => p!.x)
      .y((p) => p!.y)
      .digits(2)(points);
    expect(linePath(points)).to.equal(d3);
    expect(linePath([])).to.equal('');
  });

  it('radialPolygon(points) matches d3-shape lineRadial with curveLinearClosed', () => {
    const points: [number, number][] = [0, 1, 2, 3, 4, 5].map((i) => [(i * Math.PI) / 3, 20 + i * 7]);
    const d3 = lineRadial<[number, number]>()
      .angle((p) => p[0])
      .radius((p) => p[1])
      .curve(curveLinearClosed)
      .digits(2)(points)!;
    expect(vertices(radialPolygon(points))).to.deep.equal(vertices(d3));
    expect(radialPolygon(points).endsWith('Z')).to.equal(true);
  });

  it('arcPath(0, r, a0, a1) is the same pie slice as d3-shape arc', () => {
    const d3 = arc<unknown>().innerRadius(0).outerRadius(50).startAngle(-0.5).endAngle(0.5).digits(2)(null)!;
    expect(vertices(arcPath(0, 50, -0.5, 0.5))).to.deep.equal(vertices(d3));
  });

  it('arcPath with round ends keeps the caps inside the angles', () => {
    const d = arcPath(72, 88, -2, 2, true);
    const points = vertices(d);
    const angle = ([x, y]: number[]) => Math.atan2(x, -y);
    const inset = 8 / 80;
    expect(angle(points[0])).to.be.closeTo(-2 + inset, 0.01);
    expect(angle(points[1])).to.be.closeTo(2 - inset, 0.01);
    expect(Math.hypot(...points[1])).to.be.closeTo(88, 0.01);
    expect(Math.hypot(...points[2])).to.be.closeTo(72, 0.01);
    // Sweep over 180°: the large-arc flag is set on both long arcs.
    expect(d).to.match(/A88,88,0,1,1/);
    expect(d).to.match(/A72,72,0,1,0/);
  });
});
