import { describe, expect, test } from 'vitest';
import { ratioChange, relativeChange } from '../../src/metrics/changes.js';
import { seedRows } from './fixtures.js';

describe('relativeChange(values, index, k): md_4_change', () => {
  test('(V_t - V_(t-4)) / |V_(t-4)|: the seed’s Market Dynamics 0.36 after -0.23 four weeks earlier is about +256%', () => {
    const md = Float64Array.from(seedRows().marketDynamics);
    // The seed prints 256.2% from unrounded values; from the two-decimal ones it is (0.36 + 0.23) / 0.23 = 256.5%.
    expect(relativeChange(md, md.length - 1, 4)).toBeCloseTo(0.59 / 0.23, 12);
    expect(relativeChange(md, md.length - 1, 4)).toBeCloseTo(2.562, 1);
  });

  test('keeps the direction of the change when the earlier value is negative', () => {
    expect(relativeChange(Float64Array.of(-2, -1), 1, 1)).toBe(0.5);
    expect(relativeChange(Float64Array.of(-1, -2), 1, 1)).toBe(-1);
  });

  test('is NaN when the earlier value is 0, missing or before the series', () => {
    expect(relativeChange(Float64Array.of(0, 1), 1, 1)).toBeNaN();
    expect(relativeChange(Float64Array.of(NaN, 1), 1, 1)).toBeNaN();
    expect(relativeChange(Float64Array.of(1, 1), 1, 4)).toBeNaN();
  });
});

describe('ratioChange(values, index, k): rs_4_change', () => {
  test('RS_t / RS_(t-4) - 1: the seed’s 112.60 after 63.57 is +77.1%', () => {
    const rs = Float64Array.from(seedRows().relativeStrength);
    expect(ratioChange(rs, rs.length - 1, 4)).toBeCloseTo(0.771, 3);
  });

  test('is NaN when either value is missing', () => {
    expect(ratioChange(Float64Array.of(NaN, 100), 1, 1)).toBeNaN();
    expect(ratioChange(Float64Array.of(100, NaN), 1, 1)).toBeNaN();
    expect(ratioChange(Float64Array.of(0, 100), 1, 1)).toBeNaN();
  });
});
