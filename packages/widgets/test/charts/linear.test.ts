import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { scaleLinear } from 'd3-scale';
import { linear, ticks } from '../../src/charts/linear.js';

describe('linear(domain, range)', () => {
  it('maps the domain onto the range, and a flat domain to the middle', () => {
    const x = linear([0, 10], [100, 200]);
    expect([x(0), x(5), x(10), x(-5)]).to.deep.equal([100, 150, 200, 50]);
    expect(linear([3, 3], [0, 10])(3)).to.equal(5);
  });

  it('ticks are round: 1, 2 or 5 times a power of ten', () => {
    expect(ticks(0, 1, 5)).to.deep.equal([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(ticks(-14.6, 26.3, 4)).to.deep.equal([-10, 0, 10, 20]);
    expect(linear([11.4, 84.3], [0, 1]).nice(5).domain()).to.deep.equal([0, 100]);
  });

  // Values as reports have them: up to 1e6 with two decimals, or small ratios.
  const value = fc.oneof(
    fc.integer({ min: -100_000_000, max: 100_000_000 }).map((n) => n / 100),
    fc.integer({ min: -100_000, max: 100_000 }).map((n) => n / 100_000),
  );

  it('agrees with d3-scale on nice() and ticks() for report-like domains', () => {
    fc.assert(
      fc.property(value, value, fc.integer({ min: 1, max: 12 }), (a, b, count) => {
        const ours = linear([a, b], [0, 500]).nice(count);
        const theirs = scaleLinear().domain([a, b]).range([0, 500]).nice(count);
        const plain = (values: number[]) => values.map((v) => v + 0); // -0 and 0 draw alike
        expect(plain(ours.domain())).to.deep.equal(plain(theirs.domain()));
        expect(plain(ours.ticks(count))).to.deep.equal(plain(theirs.ticks(count)));
        const mid = (a + b) / 2;
        expect(ours(mid)).to.be.closeTo(theirs(mid), 1e-9 * Math.max(1, Math.abs(theirs(mid))));
      }),
      { numRuns: 2000, seed: 42 },
    );
  });
});
