import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  compositeScore,
  dynamicsScore,
  momentumScore,
  relativeStrengthScore,
  riskControlScore,
  scoreSecurity,
  SCORE_DEFINITIONS,
  setupScores,
  toneOf,
  trendScore,
  volumeScore,
} from '../../src/scores/index.js';
import { makeSnapshot, SEED_SCORES, seedSnapshot } from './snapshots.js';

describe('the six scores on hand-worked inputs', () => {
  test('Trend = clamp(70 * breadth +/- min(streak, 30))', () => {
    expect(trendScore(makeSnapshot({ activeBreadth: 0.5, trendActive: true, trendStreak: 10 }))).toBeCloseTo(45, 10);
    expect(trendScore(makeSnapshot({ activeBreadth: 0.5, trendActive: false, trendStreak: 10 }))).toBeCloseTo(25, 10);
    // the streak counts at most 30 weeks; the score at most 100
    expect(trendScore(makeSnapshot({ activeBreadth: 0.5, trendActive: true, trendStreak: 80 }))).toBeCloseTo(65, 10);
    expect(trendScore(makeSnapshot({ activeBreadth: 1, trendActive: true, trendStreak: 56 }))).toBe(100);
    expect(trendScore(makeSnapshot({ activeBreadth: 0.1, trendActive: false, trendStreak: 40 }))).toBe(0);
    // the fixtures' figures: 32 of 52 weeks and a 2-week streak; 50 of 52 and 22 weeks
    expect(trendScore(makeSnapshot({ activeBreadth: 32 / 52, trendActive: true, trendStreak: 2 }))).toBeCloseTo(45.0769, 3);
    expect(trendScore(makeSnapshot({ activeBreadth: 50 / 52, trendActive: true, trendStreak: 22 }))).toBeCloseTo(89.3077, 3);
  });

  test('Momentum = clamp(50 + 100 * w4 + 50 * w12)', () => {
    const m = (w4: number | null, w12: number | null) =>
      momentumScore(makeSnapshot({ returns: { w1: 0, w4, w12, w26: 0, w52: 0 } }));
    expect(m(0.05, 0.1)).toBeCloseTo(60, 10);
    expect(m(-0.1, -0.2)).toBeCloseTo(30, 10);
    expect(m(0.4, 0.6)).toBe(100);
    expect(m(-0.5, 0)).toBe(0);
    expect(m(0.0768681742693329, 0.0447441742233452)).toBeCloseTo(59.924, 2); // us-megacap-downtrend.json: 59.92
  });

  test('Dynamics = clamp(50 + 30 * MD + 15 * clamp(md4Change, 0, 1))', () => {
    const d = (marketDynamics: number | null, md4Change: number | null) =>
      dynamicsScore(makeSnapshot({ marketDynamics, md4Change }));
    expect(d(0.5, 0.4)).toBeCloseTo(71, 10);
    expect(d(0.5, 3)).toBeCloseTo(80, 10); // the improvement term is capped at 15
    expect(d(-0.4, -1.766)).toBeCloseTo(38, 10); // a fall costs nothing beyond the lower level
    expect(d(-2, 0)).toBe(0);
    expect(d(2, 1)).toBe(100);
  });

  test('Relative Strength = clamp(50 + 4 * (RS - 100) + clamp(100 * rs4Change, -20, 20))', () => {
    const r = (relativeStrength: number | null, rs4Change: number | null) =>
      relativeStrengthScore(makeSnapshot({ relativeStrength, rs4Change }));
    expect(r(105, 0.05)).toBeCloseTo(75, 10);
    expect(r(95, -0.5)).toBeCloseTo(10, 10);
    expect(r(100, 0.3)).toBeCloseTo(70, 10);
    expect(r(80, 0)).toBe(0);
    expect(r(112.6, 0.771)).toBe(100);
  });

  test('Volume = clamp(50 + 25 * ln(ratio13))', () => {
    const v = (ratio13: number | null) =>
      volumeScore(makeSnapshot({ volume: { latest: 1, average13: 1, average52: 1, ratio13, ratio52: 1 } }));
    expect(v(1)).toBeCloseTo(50, 10);
    expect(v(1.5)).toBeCloseTo(60.137, 3); // O'Neil's "40-50% above average" is where the tone turns positive
    expect(v(1 / 1.5)).toBeCloseTo(39.863, 3);
    expect(v(2)! - v(1)!).toBeCloseTo(v(1)! - v(0.5)!, 10); // a doubling and a halving weigh the same
    expect(v(Math.E)).toBeCloseTo(75, 10);
    expect(v(10)).toBe(100);
    expect(v(0)).toBe(0);
  });

  test('Risk Control = clamp(100 - 200 * |drawdown| - 400 * volatility13)', () => {
    const r = (drawdown: number | null, volatility13: number | null) =>
      riskControlScore(makeSnapshot({ drawdown, risk: { ...makeSnapshot().risk, volatility13 } }));
    expect(r(-0.05, 0.03)).toBeCloseTo(78, 10);
    expect(r(0, 0)).toBe(100);
    expect(r(-0.3, 0.1)).toBe(0);
    expect(r(-0.146, 0.031)).toBeCloseTo(58.4, 10);
  });

  test('tones: positive from 60, negative below 40, neutral between, none for null', () => {
    expect([toneOf(60), toneOf(59.99), toneOf(40), toneOf(39.99), toneOf(null)]).toEqual([
      'positive',
      'neutral',
      'neutral',
      'negative',
      null,
    ]);
    // the fixtures' tones: 59.92 neutral, 66.94 positive, 41.95 neutral, 39.03 negative
    expect([59.92, 66.94, 41.95, 39.03].map(toneOf)).toEqual(['neutral', 'positive', 'neutral', 'negative']);
  });
});

describe('unknown inputs give null scores, never 0', () => {
  test('each score is null when one of its inputs is', () => {
    const s = makeSnapshot();
    expect(trendScore({ ...s, activeBreadth: null })).toBeNull();
    expect(trendScore({ ...s, trendLine: null })).toBeNull();
    expect(momentumScore({ ...s, returns: { ...s.returns, w4: null } })).toBeNull();
    expect(momentumScore({ ...s, returns: { ...s.returns, w12: null } })).toBeNull();
    expect(dynamicsScore({ ...s, marketDynamics: null })).toBeNull();
    expect(dynamicsScore({ ...s, md4Change: null })).toBeNull();
    expect(relativeStrengthScore({ ...s, relativeStrength: null })).toBeNull();
    expect(relativeStrengthScore({ ...s, rs4Change: null })).toBeNull();
    expect(volumeScore({ ...s, volume: { ...s.volume, ratio13: null } })).toBeNull();
    expect(riskControlScore({ ...s, drawdown: null })).toBeNull();
    expect(riskControlScore({ ...s, risk: { ...s.risk, volatility13: null } })).toBeNull();
  });

  test('a snapshot with nothing known: six null scores with no tone, a null composite', () => {
    const s = makeSnapshot({
      returns: { w1: null, w4: null, w12: null, w26: null, w52: null },
      trendLine: null,
      activeBreadth: null,
      drawdown: null,
      marketDynamics: null,
      md4Change: null,
      relativeStrength: null,
      rs4Change: null,
      volume: { latest: null, average13: null, average52: null, ratio13: null, ratio52: null },
      risk: { ...makeSnapshot().risk, volatility13: null },
    });
    const result = scoreSecurity(s);
    expect(result.scores.map((x) => x.value)).toEqual([null, null, null, null, null, null]);
    expect(result.scores.map((x) => x.tone)).toEqual([null, null, null, null, null, null]);
    expect(result.composite).toBeNull();
  });

  test('a NaN that slips into a snapshot is null too', () => {
    const scores = setupScores(makeSnapshot({ marketDynamics: Number.NaN }));
    expect(scores.find((x) => x.key === 'dynamics')!.value).toBeNull();
  });
});

describe("labels, descriptions and order are the seed's", () => {
  test('Trend, Momentum, Dynamics, Relative Strength, Volume, Risk Control with their sentences', () => {
    const scores = setupScores(makeSnapshot());
    expect(scores.map((s) => s.label)).toEqual(['Trend', 'Momentum', 'Dynamics', 'Relative Strength', 'Volume', 'Risk Control']);
    expect(scores.map((s) => s.description)).toEqual([
      'Persistence of active Trend Signal over the last year and current streak.',
      'Blend of 4-week and 12-week follow-through.',
      'Latest Market Dynamics and whether pressure has improved over four weeks.',
      'Relative leadership and short-term RS change.',
      'Participation compared with the 13-week volume baseline.',
      'Drawdown and recent weekly volatility pressure.',
    ]);
    expect(SCORE_DEFINITIONS).toHaveLength(6);
  });
});

describe('composite', () => {
  const value = fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null, freq: 6 });

  test('is the mean of the six when all are known, else null (property)', () => {
    fc.assert(
      fc.property(fc.array(value, { minLength: 6, maxLength: 6 }), (values) => {
        const composite = compositeScore(values.map((v) => ({ value: v })));
        if (values.some((v) => v === null)) return composite === null;
        const known = values as number[];
        const mean = known.reduce((a, b) => a + b, 0) / 6;
        return (
          composite !== null &&
          Math.abs(composite - mean) < 1e-9 &&
          composite >= Math.min(...known) - 1e-9 &&
          composite <= Math.max(...known) + 1e-9
        );
      }),
    );
  });

  test('scoreSecurity: the composite is the mean of its own six scores, within 0-100 (property)', () => {
    const n = (min: number, max: number) => fc.option(fc.double({ min, max, noNaN: true }), { nil: null, freq: 8 });
    const snapshots = fc
      .record({
        w4: n(-0.9, 3),
        w12: n(-0.9, 5),
        md: n(-3, 3),
        md4: n(-10, 10),
        rs: n(50, 150),
        rs4: n(-0.8, 2),
        ratio13: n(0, 6),
        drawdown: n(-1, 0),
        vol13: n(0, 0.5),
        breadth: n(0, 1),
        active: fc.boolean(),
        streak: fc.integer({ min: 0, max: 500 }),
      })
      .map((r) =>
        makeSnapshot({
          returns: { w1: null, w4: r.w4, w12: r.w12, w26: null, w52: null },
          marketDynamics: r.md,
          md4Change: r.md4,
          relativeStrength: r.rs,
          rs4Change: r.rs4,
          volume: { latest: null, average13: null, average52: null, ratio13: r.ratio13, ratio52: null },
          drawdown: r.drawdown,
          risk: { ...makeSnapshot().risk, volatility13: r.vol13 },
          activeBreadth: r.breadth,
          trendActive: r.active,
          trendStreak: r.streak,
        }),
      );
    fc.assert(
      fc.property(snapshots, (s) => {
        const { scores, composite } = scoreSecurity(s);
        for (const x of scores) if (x.value !== null && !(x.value >= 0 && x.value <= 100)) return false;
        const values = scores.map((x) => x.value);
        if (values.includes(null)) return composite === null;
        const mean = (values as number[]).reduce((a, b) => a + b, 0) / 6;
        return composite !== null && Math.abs(composite - mean) < 1e-9;
      }),
    );
  });
});

describe('calibration on the seed report (000657)', () => {
  test('the formulas on the seed\'s inputs land within 3 points of each of the seed\'s scores, and the composite rounds to "82"', () => {
    const { scores, composite, signature } = scoreSecurity(seedSnapshot());
    const values = scores.map((s) => s.value!);
    for (let i = 0; i < 6; i++) expect(Math.abs(values[i]! - SEED_SCORES[i]!), scores[i]!.label).toBeLessThanOrEqual(3);
    expect(Math.round(composite!)).toBe(82);
    expect(scores.map((s) => s.tone)).toEqual(['positive', 'positive', 'positive', 'positive', 'neutral', 'neutral']);
    expect(signature).toBe('Leadership continuation');
  });
});
