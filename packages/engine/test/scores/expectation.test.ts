import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  BEARISH_TO,
  BULLISH_FROM,
  describeState,
  expectation,
  expectationLabel,
  expectationTable,
  HORIZON,
  MD_POSITIVE,
  MD_RISING,
  MIN_SAMPLES,
  RS_ABOVE_100,
  scoreSecurity,
  STATE_COUNT,
  stateAt,
  stateOfSnapshot,
  TREND_ON,
  type ExpectationInput,
  type ExpectationTable,
} from '../../src/scores/index.js';
import { makeSnapshot } from './snapshots.js';

const NaN_ = Number.NaN;

/** A security from plain arrays; weeks are Mondays 7 days apart from day 7. */
function security(close: number[], md: number[], rs: number[], signal: number[], line?: number[]): ExpectationInput {
  const n = close.length;
  return {
    week: Int32Array.from({ length: n }, (_, i) => 7 * (i + 1)),
    close: Float64Array.from(close),
    series: {
      marketDynamics: Float64Array.from(md),
      relativeStrength: Float64Array.from(rs),
      trendSignal: Uint8Array.from(signal),
      trendLine: Float64Array.from(line ?? close.map(() => 1)),
    },
  };
}

/** The table written the plain way: for every week, its state by stateAt and its outcome, no typed-array tricks. */
function referenceTable(securities: readonly ExpectationInput[], asOfWeek: number): ExpectationTable {
  const samples = new Float64Array(STATE_COUNT);
  const gains = new Float64Array(STATE_COUNT);
  for (const s of securities) {
    for (let i = 0; i + HORIZON < s.close.length; i++) {
      if (s.week[i + HORIZON]! > asOfWeek) continue;
      const state = stateAt(s.series, i);
      const now = s.close[i]!;
      const later = s.close[i + HORIZON]!;
      if (state === null || !(now > 0) || !(later > 0)) continue;
      samples[state]! += 1;
      if (later > now) gains[state]! += 1;
    }
  }
  return { asOfWeek, samples, gains };
}

/** Random securities: prices, MD, RS and signals with gaps (NaN) and different lengths. */
const universe = fc.array(
  fc.integer({ min: 0, max: 40 }).chain((n) =>
    fc.record({
      close: fc.array(fc.oneof(fc.double({ min: 1, max: 200, noNaN: true }), fc.constant(NaN_)), { minLength: n, maxLength: n }),
      md: fc.array(fc.oneof(fc.double({ min: -2, max: 2, noNaN: true }), fc.constantFrom(0, NaN_)), {
        minLength: n,
        maxLength: n,
      }),
      rs: fc.array(fc.oneof(fc.double({ min: 60, max: 140, noNaN: true }), fc.constantFrom(100, NaN_)), {
        minLength: n,
        maxLength: n,
      }),
      signal: fc.array(fc.integer({ min: 0, max: 1 }), { minLength: n, maxLength: n }),
      line: fc.array(fc.constantFrom(1, 1, 1, NaN_), { minLength: n, maxLength: n }),
    }),
  ),
  { maxLength: 12 },
);

const build = (rows: { close: number[]; md: number[]; rs: number[]; signal: number[]; line: number[] }[]) =>
  rows.map((r) => security(r.close, r.md, r.rs, r.signal, r.line));

describe('setup states', () => {
  test('four facts, one bit each: 16 states with names', () => {
    expect(STATE_COUNT).toBe(16);
    expect(describeState(TREND_ON | MD_POSITIVE | MD_RISING | RS_ABOVE_100)).toBe(
      'Trend on, MD positive, MD rising, RS above 100',
    );
    expect(describeState(0)).toBe('Trend off, MD not positive, MD not rising, RS not above 100');
  });

  test('stateAt reads week i and week i - 4, and is null when a fact is unknown', () => {
    const s = security([1, 1, 1, 1, 1, 1], [0.3, NaN_, 0, 0, 0.5, 0.1], [100, 100, 100, 100, 101, 90], [0, 0, 0, 0, 1, 1]).series;
    expect(stateAt(s, 4)).toBe(TREND_ON | MD_POSITIVE | MD_RISING | RS_ABOVE_100); // 0.5 > 0.3
    expect(stateAt(s, 5)).toBeNull(); // MD four weeks back is unknown
    expect(stateAt(s, 3)).toBeNull(); // no week i - 4
  });

  test('a snapshot gets the state its series gives at the as-of week', () => {
    // MD 0.5 now, 0.3 four weeks ago: md_4_change = (0.5 - 0.3) / 0.3 > 0
    const snap = makeSnapshot({ trendActive: true, marketDynamics: 0.5, md4Change: 0.2 / 0.3, relativeStrength: 101 });
    expect(stateOfSnapshot(snap)).toBe(TREND_ON | MD_POSITIVE | MD_RISING | RS_ABOVE_100);
    // MD -0.2 now, -0.1 before: falling
    expect(
      stateOfSnapshot(makeSnapshot({ trendActive: false, marketDynamics: -0.2, md4Change: -1, relativeStrength: 100 })),
    ).toBe(0);
    expect(stateOfSnapshot(makeSnapshot({ md4Change: null }))).toBeNull();
    expect(stateOfSnapshot(makeSnapshot({ relativeStrength: null }))).toBeNull();
  });

  test('stateOfSnapshot agrees with stateAt on consistent inputs (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -2, max: 2, noNaN: true }).filter((x) => x !== 0),
        fc.double({ min: -2, max: 2, noNaN: true }),
        fc.double({ min: 60, max: 140, noNaN: true }),
        fc.boolean(),
        (back, now, rs, on) => {
          const series = security(
            [1, 1, 1, 1, 1],
            [back, 0, 0, 0, now],
            [100, 100, 100, 100, rs],
            [0, 0, 0, 0, on ? 1 : 0],
          ).series;
          const snap = makeSnapshot({
            trendActive: on,
            marketDynamics: now,
            md4Change: (now - back) / Math.abs(back),
            relativeStrength: rs,
          });
          return stateAt(series, 4) === stateOfSnapshot(snap);
        },
      ),
    );
  });
});

describe('expectationTable', () => {
  test('a hand-worked table: which weeks count, in which state, with which outcome', () => {
    // weeks 0..9; at the as-of week 9 only weeks 4 and 5 have both a week-4-back and a known outcome (week + 4 <= 9)
    const a = security(
      [10, 11, 12, 11, 10, 12, 13, 12, 14, 11],
      [0, 0, 0, 0, 0.1, -0.1, 0.2, 0.3, -0.2, 0.5],
      [100, 100, 100, 100, 105, 99, 100, 100, 100, 100],
      [0, 0, 0, 0, 1, 0, 1, 1, 1, 1],
    );
    // the same, but RS unknown at week 5: that week does not count
    const b = security(
      [10, 11, 12, 11, 10, 12, 13, 12, 14, 11],
      [0, 0, 0, 0, 0.1, -0.1, 0.2, 0.3, -0.2, 0.5],
      [100, 100, 100, 100, 105, NaN_, 100, 100, 100, 100],
      [0, 0, 0, 0, 1, 0, 1, 1, 1, 1],
    );
    const table = expectationTable([a, b], 70);
    const all = TREND_ON | MD_POSITIVE | MD_RISING | RS_ABOVE_100;
    // week 4: state 15, 10 -> 14 a gain (twice); week 5: state 0, 12 -> 11 no gain (a only)
    expect(Array.from(table.samples)).toEqual(Array.from({ length: 16 }, (_, s) => (s === all ? 2 : s === 0 ? 1 : 0)));
    expect(Array.from(table.gains)).toEqual(Array.from({ length: 16 }, (_, s) => (s === all ? 2 : 0)));
    // an as-of week between bars: the last bar on or before it is week 8, so only week 4 counts
    const earlier = expectationTable([a], 69);
    expect(earlier.samples[all]).toBe(1);
    expect(earlier.samples[0]).toBe(0);
    // before any outcome is known, nothing counts
    expect(Array.from(expectationTable([a], 7 * 8).samples).every((x) => x === 0)).toBe(true);
  });

  test('equals the plain reference computation (property)', () => {
    fc.assert(
      fc.property(universe, fc.integer({ min: 0, max: 300 }), (rows, asOfWeek) => {
        const securities = build(rows);
        expect(expectationTable(securities, asOfWeek)).toEqual(referenceTable(securities, asOfWeek));
      }),
    );
  });

  test('no look-ahead: changing prices and series after the as-of week changes nothing in the table (property)', () => {
    fc.assert(
      fc.property(
        universe,
        fc.integer({ min: 0, max: 300 }),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        fc.double({ min: -3, max: 3, noNaN: true }),
        (rows, asOfWeek, factor, shift) => {
          const securities = build(rows);
          const before = expectationTable(securities, asOfWeek);
          for (const s of securities) {
            for (let i = 0; i < s.week.length; i++) {
              if (s.week[i]! <= asOfWeek) continue;
              s.close[i] = i % 3 === 0 ? NaN_ : s.close[i]! * factor;
              s.series.marketDynamics[i] = shift;
              s.series.relativeStrength[i] = 100 + shift;
              s.series.trendSignal[i] = 1 - s.series.trendSignal[i]!;
              s.series.trendLine[i] = i % 2 === 0 ? NaN_ : 5;
            }
          }
          expect(expectationTable(securities, asOfWeek)).toEqual(before);
        },
      ),
    );
  });

  test('50,000 securities x 520 weeks: every week with a state and an outcome is counted once', () => {
    const weeks = 520;
    // 64 distinct histories shared by 50,000 entries: the same work per entry without gigabytes of arrays
    let seed = 12345;
    const random = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
    const histories = Array.from({ length: 64 }, () => {
      const close: number[] = [];
      let price = 50;
      for (let i = 0; i < weeks; i++) close.push((price *= 1 + (random() - 0.49) * 0.08));
      return security(
        close,
        close.map((_, i) => (i < 30 ? NaN_ : random() * 2 - 1)),
        close.map((_, i) => (i < 52 ? NaN_ : 80 + random() * 40)),
        close.map(() => (random() < 0.5 ? 1 : 0)),
        close.map((_, i) => (i < 29 ? NaN_ : 1)),
      );
    });
    const securities = Array.from({ length: 50_000 }, (_, i) => histories[i % histories.length]!);
    const asOfWeek = securities[0]!.week[weeks - 1]!;
    const table = expectationTable(securities, asOfWeek);
    // Every week with a defined state and a complete 4-week outcome is counted once (speed is measured by
    // the build benchmark, not here).
    expect(table.samples.reduce((a, b) => a + b, 0)).toBe(50_000 * (weeks - 52 - HORIZON));
  });
});

describe('expectation', () => {
  const table = (samples: number, gains: number, state = 5): ExpectationTable => {
    const t = { asOfWeek: 0, samples: new Float64Array(STATE_COUNT), gains: new Float64Array(STATE_COUNT) };
    t.samples[state] = samples;
    t.gains[state] = gains;
    return t;
  };

  test("the probability is the state's gain rate in percent; the label by 65 / 35", () => {
    expect(expectation(5, table(1000, 537))).toEqual({ label: 'Undecided', probability: 53.7, samples: 1000, state: 5 });
    expect(expectation(5, table(100, 65))).toMatchObject({ label: 'Bullish', probability: 65 });
    expect(expectation(5, table(100, 35))).toMatchObject({ label: 'Bearish', probability: 35 });
    expect(expectation(5, table(100, 36)).label).toBe('Undecided');
    expect([expectationLabel(64.69), expectationLabel(75.19), expectationLabel(53.77)]).toEqual([
      'Undecided',
      'Bullish',
      'Undecided',
    ]);
    expect(BULLISH_FROM).toBe(65);
    expect(BEARISH_TO).toBe(35);
  });

  test(`fewer than ${MIN_SAMPLES} past weeks, or no state: no probability, Undecided`, () => {
    expect(expectation(5, table(MIN_SAMPLES - 1, MIN_SAMPLES - 1))).toEqual({
      label: 'Undecided',
      probability: null,
      samples: MIN_SAMPLES - 1,
      state: 5,
    });
    expect(expectation(5, table(MIN_SAMPLES, MIN_SAMPLES)).probability).toBe(100);
    expect(expectation(null, table(1000, 900))).toEqual({ label: 'Undecided', probability: null, samples: 0, state: null });
  });

  test('probabilities are always within 0-100 (property)', () => {
    fc.assert(
      fc.property(universe, fc.integer({ min: 0, max: 300 }), (rows, asOfWeek) => {
        const t = expectationTable(build(rows), asOfWeek);
        for (let state = 0; state < STATE_COUNT; state++) {
          const e = expectation(state, t);
          if (e.probability !== null && !(e.probability >= 0 && e.probability <= 100)) return false;
          if (e.samples < MIN_SAMPLES && e.probability !== null) return false;
        }
        return true;
      }),
    );
  });

  test("scoreSecurity reads the table at the snapshot's state; without a table the probability is null", () => {
    const snap = makeSnapshot({ trendActive: true, marketDynamics: 0.36, md4Change: 2.562, relativeStrength: 112.6 });
    const all = TREND_ON | MD_POSITIVE | MD_RISING | RS_ABOVE_100;
    const e = scoreSecurity(snap, { table: table(10_000, 5377, all) }).expectation;
    expect(e).toMatchObject({ label: 'Undecided', samples: 10_000, state: all });
    expect(e.probability).toBeCloseTo(53.77, 10);
    expect(scoreSecurity(snap).expectation).toEqual({ label: 'Undecided', probability: null, samples: 0, state: all });
  });
});
