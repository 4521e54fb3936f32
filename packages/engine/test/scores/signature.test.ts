import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  FALLBACK_SIGNATURE,
  scoreSecurity,
  setupSignature,
  SIGNATURE_LABELS,
  SIGNATURE_RULES,
  type ScoreKey,
} from '../../src/scores/index.js';
import type { SecuritySnapshot } from '../../src/types.js';
import { makeComparison, makeSnapshot, seedSnapshot } from './snapshots.js';

const returns = (w4: number | null, w12: number | null) => ({ w1: 0, w4, w12, w26: 0, w52: 0 });

/** One snapshot built for each rule (and one for the fallback), each missing the rules above it. */
const CASES: [label: string, snapshot: SecuritySnapshot][] = [
  ['Downtrend', makeSnapshot({ trendActive: false, trendStreak: 12, vsTrend: -0.12, marketDynamics: -0.3, md4Change: 0.2 })],
  // the signal is still on but the close has slipped under the line
  ['Breakdown risk', makeSnapshot({ trendActive: true, trendStreak: 20, vsTrend: -0.02, marketDynamics: 0.1, md4Change: 0.5 })],
  [
    'Late-stage extension',
    makeSnapshot({
      trendActive: true,
      trendStreak: 40,
      activeBreadth: 1,
      vsTrend: 0.4,
      marketDynamics: 0.5,
      md4Change: -0.3,
      relativeStrength: 110,
    }),
  ],
  ['Leadership continuation', seedSnapshot()],
  [
    'Pullback in uptrend',
    makeSnapshot({
      trendActive: true,
      trendStreak: 20,
      vsTrend: 0.05,
      marketDynamics: -0.1,
      md4Change: 0.5,
      returns: returns(-0.04, 0.08),
    }),
  ],
  [
    'Early recovery',
    makeSnapshot({
      trendActive: true,
      trendStreak: 3,
      activeBreadth: 0.2,
      vsTrend: 0.04,
      marketDynamics: 0.2,
      md4Change: 1.5,
      relativeStrength: 95,
      returns: returns(0.05, -0.02),
    }),
  ],
  [
    'Base building',
    makeSnapshot({
      trendActive: false,
      trendStreak: 10,
      vsTrend: 0.01,
      marketDynamics: -0.05,
      md4Change: 0.3,
      returns: returns(0.01, 0.02),
    }),
  ],
  [
    FALLBACK_SIGNATURE,
    makeSnapshot({
      trendActive: true,
      trendStreak: 20,
      activeBreadth: 0.8,
      vsTrend: 0.1,
      marketDynamics: 0.1,
      md4Change: 0.2,
      relativeStrength: 95,
      returns: returns(0.02, 0.05),
    }),
  ],
];

describe('setup_signature rules', () => {
  test('the rule table lists every label once, the fallback last', () => {
    expect(SIGNATURE_LABELS).toEqual([
      'Downtrend',
      'Breakdown risk',
      'Late-stage extension',
      'Leadership continuation',
      'Pullback in uptrend',
      'Early recovery',
      'Base building',
      'Mixed signals',
    ]);
    for (const rule of SIGNATURE_RULES) expect(rule.rule.length).toBeGreaterThan(20);
  });

  test.each(CASES)('%s fires on a snapshot built for it', (label, snapshot) => {
    expect(scoreSecurity(snapshot).signature).toBe(label);
  });

  test('each built snapshot satisfies its own rule, whatever the order (the cases are not fallbacks by accident)', () => {
    for (const [label, snapshot] of CASES) {
      if (label === FALLBACK_SIGNATURE) continue;
      const rule = SIGNATURE_RULES.find((r) => r.label === label)!;
      const { scores } = scoreSecurity(snapshot);
      const byKey = Object.fromEntries(scores.map((s) => [s.key, s.value])) as Record<ScoreKey, number | null>;
      expect(rule.test({ snapshot, scores: byKey }), label).toBe(true);
    }
  });

  test('the seed (000657) is a Leadership continuation; with peers, only when its 12-week return is in the top half of its group', () => {
    const seed = seedSnapshot();
    // the seed's sector group: 100 members, 12-week rank 17
    expect(scoreSecurity(seed, { comparison: makeComparison(100, 17) }).signature).toBe('Leadership continuation');
    expect(scoreSecurity(seed, { comparison: makeComparison(100, 80) }).signature).toBe(FALLBACK_SIGNATURE);
    expect(scoreSecurity(seed, { comparison: makeComparison(100, null) }).signature).toBe('Leadership continuation');
  });

  test("the fixtures' stocks: jp-flat (signal on, MD -0.40 and falling) is a Breakdown risk; eu-extreme (MD rising far above the line) a Leadership continuation", () => {
    const jp = makeSnapshot({
      trendActive: true,
      trendStreak: 22,
      activeBreadth: 50 / 52,
      vsTrend: 0.074,
      marketDynamics: -0.4,
      md4Change: -1.766,
      relativeStrength: 108.25,
    });
    expect(scoreSecurity(jp).signature).toBe('Breakdown risk');
    const eu = makeSnapshot({
      trendActive: true,
      trendStreak: 79,
      activeBreadth: 1,
      vsTrend: 2.137,
      marketDynamics: 1.27,
      md4Change: 3.247,
      relativeStrength: 143.04,
      rs4Change: 0.251,
    });
    expect(scoreSecurity(eu).signature).toBe('Leadership continuation');
  });

  test('unknown inputs never fire a rule: a snapshot with nothing known is Mixed signals', () => {
    const s = makeSnapshot({
      trendActive: false,
      returns: { w1: null, w4: null, w12: null, w26: null, w52: null },
      trendLine: null,
      vsTrend: null,
      marketDynamics: null,
      md4Change: null,
      relativeStrength: null,
      rs4Change: null,
      activeBreadth: null,
    });
    expect(scoreSecurity(s).signature).toBe(FALLBACK_SIGNATURE);
    expect(scoreSecurity({ ...s, trendActive: true }).signature).toBe(FALLBACK_SIGNATURE);
  });

  test('the signature is always one of the labels, and the first rule that fires (property)', () => {
    const n = (min: number, max: number) => fc.option(fc.double({ min, max, noNaN: true }), { nil: null, freq: 6 });
    const snapshots = fc
      .record({
        active: fc.boolean(),
        streak: fc.integer({ min: 1, max: 120 }),
        breadth: n(0, 1),
        vsTrend: n(-0.6, 1.5),
        md: n(-2, 2),
        md4: n(-5, 5),
        rs: n(60, 140),
        w4: n(-0.5, 1),
        w12: n(-0.6, 2),
      })
      .map((r) =>
        makeSnapshot({
          trendActive: r.active,
          trendStreak: r.streak,
          activeBreadth: r.breadth,
          vsTrend: r.vsTrend,
          marketDynamics: r.md,
          md4Change: r.md4,
          relativeStrength: r.rs,
          returns: returns(r.w4, r.w12),
        }),
      );
    fc.assert(
      fc.property(snapshots, (snapshot) => {
        const { scores, signature } = scoreSecurity(snapshot);
        const byKey = Object.fromEntries(scores.map((s) => [s.key, s.value])) as Record<ScoreKey, number | null>;
        const first = SIGNATURE_RULES.find((r) => r.test({ snapshot, scores: byKey }));
        return (
          SIGNATURE_LABELS.includes(signature) &&
          signature === (first?.label ?? FALLBACK_SIGNATURE) &&
          signature === setupSignature({ snapshot, scores: byKey })
        );
      }),
    );
  });
});
