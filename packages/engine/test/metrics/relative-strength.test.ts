import { describe, expect, test } from 'vitest';
import { alignBenchmark, RS_MIN_RATIOS, RS_WEEKS, relativeStrength } from '../../src/metrics/relative-strength.js';
import { FIRST_MONDAY, mean, walk } from './fixtures.js';

const weeks = (n: number, from = FIRST_MONDAY): Int32Array => Int32Array.from({ length: n }, (_, i) => from + 7 * i);

describe('alignBenchmark(week, benchmark)', () => {
  test('matches benchmark closes by week key and leaves NaN where the benchmark lacks the week', () => {
    const week = weeks(5);
    const benchmark = {
      week: Int32Array.of(week[0] - 7, week[1], week[2], week[4], week[4] + 7),
      close: Float64Array.of(9, 1, 2, 4, 5),
    };
    expect(Array.from(alignBenchmark(week, benchmark))).toEqual([NaN, 1, 2, NaN, 4]);
  });

  test('with an empty benchmark is all NaN', () => {
    expect(Array.from(alignBenchmark(weeks(2), { week: new Int32Array(0), close: new Float64Array(0) }))).toEqual([NaN, NaN]);
  });
});

describe('relativeStrength(close, benchmarkClose)', () => {
  test('is 100 * (C/B) / mean(C/B over 52 weeks), NaN for the first 51 weeks (independent check)', () => {
    const close = walk(200, 21);
    const bench = walk(200, 22, 3000, 0.03);
    const rs = relativeStrength(close, bench);
    expect([RS_WEEKS, RS_MIN_RATIOS]).toEqual([52, 48]);
    for (let i = 0; i < 51; i++) expect(rs[i]).toBeNaN();
    for (let i = 51; i < close.length; i++) {
      const ratios = Array.from({ length: 52 }, (_, j) => close[i - 51 + j] / bench[i - 51 + j]);
      expect(rs[i]).toBeCloseTo((100 * (close[i] / bench[i])) / mean(ratios), 9);
    }
  });

  test('is exactly 100 for a stock that moves with its benchmark, above 100 for one that pulls ahead', () => {
    const bench = walk(60, 5, 1000);
    const follower = bench.map((b) => b / 20);
    expect(relativeStrength(follower, bench)[59]).toBeCloseTo(100, 9);
    const leader = bench.map((b, i) => (b / 20) * (1 + i / 100));
    expect(relativeStrength(leader, bench)[59]).toBeGreaterThan(100);
  });

  test('is NaN in a week the benchmark lacks, and tolerates up to four such weeks in the 52-week average', () => {
    const close = walk(60, 6);
    const bench = walk(60, 7, 1000, 0.02);
    bench[55] = NaN;
    const rs = relativeStrength(close, bench);
    expect(rs[55]).toBeNaN();
    expect(rs[56]).not.toBeNaN();
    const ratios = Array.from({ length: 52 }, (_, j) => close[56 - 51 + j] / bench[56 - 51 + j]).filter(Number.isFinite);
    expect(rs[56]).toBeCloseTo((100 * (close[56] / bench[56])) / mean(ratios), 9);

    for (const w of [40, 41, 42, 43, 44]) bench[w] = NaN; // five missing weeks (plus week 55): too few ratios
    expect(relativeStrength(close, bench)[56]).toBeNaN();
  });

  test('may write over the aligned benchmark closes it reads', () => {
    const close = walk(80, 8);
    const bench = walk(80, 9, 500, 0.02);
    const expected = relativeStrength(close, bench);
    const inPlace = Float64Array.from(bench);
    relativeStrength(close, inPlace, inPlace);
    expect(Array.from(inPlace)).toEqual(Array.from(expected));
  });
});
