// The sentence rules: the seed's own sentences from its numbers, each rule's condition, and no
// list that contradicts another over a grid of snapshots.
import { describe, expect, it } from 'vitest';
import {
  MAX_OPPORTUNITIES,
  MAX_RISKS,
  MAX_WATCH_POINTS,
  NO_RISK,
  OPPORTUNITY_RULES,
  OPPORTUNITY_SIGNATURES,
  RISK_RULES,
  RISK_SIGNATURES,
  WATCH_RULES,
  firedRules,
  writeReport,
  writeSentences,
  writeSummary,
  type ReportComparison,
  type SentenceContext,
} from '../../src/report/index.js';
import { SIGNATURE_LABELS, scoreSecurity } from '../../src/scores/index.js';
import type { SecuritySnapshot } from '../../src/types.js';
import { fixture, plainHistory, seedComparison, seedSecurity, seedSnapshot } from './inputs.js';
import { ALL_RULES, OPPOSITES, SENTENCE_FROM_REPORT, checkReport } from './sentence-checks.js';

const context = (patch: Partial<SecuritySnapshot> = {}, withComparison = false): SentenceContext => ({
  security: seedSecurity,
  snapshot: { ...seedSnapshot(), ...patch },
  comparison: withComparison ? seedComparison() : null,
});

/** The seed with a patched snapshot and comparison. */
const at = (patch: Partial<SecuritySnapshot> = {}, edit?: (c: ReportComparison) => void): SentenceContext => {
  const comparison = seedComparison();
  edit?.(comparison);
  return { security: seedSecurity, snapshot: { ...seedSnapshot(), ...patch }, comparison };
};
const signature = (label: string) => () => at({}, (c) => (c.setupSignature = label));
const sectorRank = (weekRank: number) => () => at({}, (c) => (c.groups!.sector = { ...c.groups!.sector!, weekRank, count: 100 }));
const industryRank = (fourWeekRank: number) => () =>
  at({}, (c) => (c.groups!.industry = { ...c.groups!.industry!, fourWeekRank, count: 100 }));
const peerPercentile = (percentile: number) => () =>
  at({}, (c) => {
    c.peer = { ...c.peer!, percentile, rank: Math.round(747 - (percentile / 100) * 746) };
    c.groups!.sector = { ...c.groups!.sector!, weekRank: 50 }; // neither end of the sector group
  });
const scores =
  (value: number, label = 'Mixed signals') =>
  () =>
    at({}, (c) => {
      c.scores = c.scores!.map((s) => ({ ...s, value }));
      c.setupSignature = label;
    });
const expectation = (label: string, probability: number | null) => () => at({}, (c) => (c.expectation = { label, probability }));
const snap = (patch: Partial<SecuritySnapshot>) => () => at(patch);
const seedRisk = seedSnapshot().risk;
const seedVolume = seedSnapshot().volume;

/** Per rule: a context built for it, and one just outside its condition. */
const CASES: Record<string, [() => SentenceContext, () => SentenceContext]> = {
  'signature-early-recovery': [signature('Early recovery'), signature('Base building')],
  'trend-active': [snap({ trendActive: true }), snap({ trendActive: false })],
  'above-trend': [snap({ vsTrend: 0.001 }), snap({ vsTrend: 0 })],
  'above-fair-value': [snap({ vsFairValue: 0.001 }), snap({ vsFairValue: 0 })],
  'md-positive': [snap({ marketDynamics: 0.001 }), snap({ marketDynamics: 0 })],
  'fresh-buy': [snap({ freshBuy: true }), snap({ freshBuy: false })],
  'sector-leader': [sectorRank(20), sectorRank(21)],
  'signature-leadership': [signature('Leadership continuation'), signature('Pullback in uptrend')],
  'industry-leader': [industryRank(20), industryRank(21)],
  'peer-top-decile': [peerPercentile(90), peerPercentile(89.99)],
  'composite-strong': [scores(69.5), scores(69.49)],
  'rs-improving': [snap({ rs4Change: 0.001 }), snap({ rs4Change: 0 })],
  'signature-downtrend': [signature('Downtrend'), signature('Mixed signals')],
  'signature-breakdown': [signature('Breakdown risk'), signature('Mixed signals')],
  'signature-extension': [signature('Late-stage extension'), signature('Leadership continuation')],
  'trend-inactive': [snap({ trendActive: false }), snap({ trendActive: true })],
  'below-trend': [snap({ vsTrend: -0.001 }), snap({ vsTrend: 0 })],
  'md-negative': [snap({ marketDynamics: -0.001 }), snap({ marketDynamics: 0 })],
  'rs-fading': [snap({ rs4Change: -0.001 }), snap({ rs4Change: 0 })],
  'deep-drawdown': [snap({ drawdown: -0.2 }), snap({ drawdown: -0.1999 })],
  'volatility-rising': [
    snap({ risk: { ...seedRisk, volatility13: 0.09375, volatility52: 0.0625 } }),
    snap({ risk: { ...seedRisk, volatility13: 0.0937, volatility52: 0.0625 } }),
  ],
  'sector-laggard': [sectorRank(81), sectorRank(80)],
  'industry-laggard': [industryRank(81), industryRank(80)],
  'peer-bottom-decile': [peerPercentile(10), peerPercentile(10.01)],
  'composite-weak': [scores(30.49), scores(30.5)],
  'bearish-odds': [expectation('Bearish', 0.3125), expectation('Undecided', 0.3125)],
  'trend-line': [snap({ trendLine: 47.0123 }), snap({ trendLine: null })],
  'short-history': [snap({ trendLine: null }), snap({ trendLine: 47.0123 })],
  'md-gauge': [snap({ marketDynamics: 0.3612 }), snap({ marketDynamics: null })],
  'expectation-bullish': [expectation('Bullish', 0.7019), expectation('Undecided', 0.7019)],
  'expectation-bearish': [expectation('Bearish', 0.3125), expectation('Bearish', null)],
  'signature-pullback': [signature('Pullback in uptrend'), signature('Mixed signals')],
  'signature-base': [signature('Base building'), signature('Mixed signals')],
  'volume-building': [snap({ volume: { ...seedVolume, ratio13: 1.2 } }), snap({ volume: { ...seedVolume, ratio13: 1.1999 } })],
  'volume-heavy': [snap({ volume: { ...seedVolume, ratio13: 1.5 } }), snap({ volume: { ...seedVolume, ratio13: 1.4999 } })],
  'near-high': [snap({ drawdown: -0.0499 }), snap({ drawdown: -0.05 })],
  'at-high': [snap({ drawdown: 0 }), snap({ drawdown: -0.0001 })],
};

describe('sentences', () => {
  it('writes the seed’s opportunities, risks, watch points and summary from its numbers', () => {
    const seed = fixture('000657-seed');
    const written = writeSentences(context({}, true));
    expect(written.opportunities).toEqual(seed.opportunities);
    expect(written.risks).toEqual(seed.risks);
    expect(written.watch_points).toEqual(seed.watch_points);
    expect(writeSummary(context())).toBe(seed.summary);
  });

  it('writes the risk side of a weak snapshot', () => {
    const weak = context({
      trendActive: false,
      trendStreak: 6,
      vsTrend: -0.08,
      vsFairValue: -0.1,
      marketDynamics: -0.4,
      rs4Change: -0.05,
      drawdown: -0.253,
      risk: { ...seedSnapshot().risk, volatility13: 0.09, volatility52: 0.05 },
      volume: { ...seedSnapshot().volume, ratio13: 1.7 },
    });
    const written = writeSentences(weak);
    expect(written.opportunities).toEqual([]);
    expect(written.risks).toEqual([
      'Trend Signal has been inactive for 6 weeks.',
      'Price is below the Trend Line, leaving the weekly tape defensive.',
      'Market Dynamics is negative.',
      'Relative strength is fading over four weeks.',
      'Price is 25.3% below its 52-week high.',
    ]);
    expect(written.watch_points).toEqual([
      'Trend Line remains the key weekly regime level.',
      'Market Dynamics is the pressure gauge to monitor for confirmation or fade.',
      'Volume is running at 1.7x its 13-week average; whether it holds shows how broad the move is.',
    ]);
    expect(writeSummary(weak)).toBe(
      '000657 closed the latest completed week at 79.00 CNY. The 4-week return is 39.9% and the 12-week return is 57.7%. Trend Signal is inactive, Market Dynamics is -0.40.',
    );
  });

  it('writes the fresh streaks, the 52-week high and the volatility sentence', () => {
    expect(writeSentences(context({ trendStreak: 1 })).opportunities[0]).toBe(
      'Trend Signal turned active on the latest completed week.',
    );
    expect(writeSentences(context({ trendActive: false, trendStreak: 1 })).risks[0]).toBe(
      'Trend Signal turned inactive on the latest completed week.',
    );
    expect(writeSentences(context({ drawdown: 0 })).watch_points).toContain(
      'Price closed the week at its 52-week high (84.32 CNY).',
    );
    expect(writeSentences(context({ drawdown: -0.03 })).watch_points).toContain(
      'Price is within 5% of its 52-week high (84.32 CNY).',
    );
    const volatile = context({ risk: { ...seedSnapshot().risk, volatility13: 0.16, volatility52: 0.1 } });
    expect(writeSentences(volatile).risks).toEqual([
      'Weekly volatility over 13 weeks (16.0%) is well above its 52-week level (10.0%).',
    ]);
  });

  it('ranks by the sector group only with a group of 5 or more', () => {
    const withGroup = (weekRank: number, count: number): SentenceContext => {
      const c = context({}, true);
      c.comparison!.groups!.sector = { ...c.comparison!.groups!.sector!, weekRank, count };
      return c;
    };
    expect(firedRules(OPPORTUNITY_RULES, withGroup(20, 100))).toContain('sector-leader');
    expect(firedRules(OPPORTUNITY_RULES, withGroup(21, 100))).not.toContain('sector-leader');
    expect(firedRules(RISK_RULES, withGroup(81, 100))).toContain('sector-laggard');
    expect(firedRules(RISK_RULES, withGroup(80, 100))).not.toContain('sector-laggard');
    expect(firedRules(OPPORTUNITY_RULES, withGroup(1, 4))).not.toContain('sector-leader');
    expect(firedRules(RISK_RULES, withGroup(4, 4))).not.toContain('sector-laggard');
  });

  it('writes nothing from a missing value, and the no-risk sentence when nothing fires', () => {
    const empty = context({
      trendActive: true,
      vsTrend: null,
      vsFairValue: null,
      marketDynamics: null,
      rs4Change: null,
      drawdown: null,
      high52: null,
      trendLine: null,
      volume: { latest: null, average13: null, average52: null, ratio13: null, ratio52: null },
      risk: { ...seedSnapshot().risk, volatility13: null, volatility52: null },
    });
    const written = writeSentences(empty);
    expect(written.opportunities).toEqual(['Trend Signal is active with a 56-week active streak.']);
    expect(written.risks).toEqual([NO_RISK]);
    expect(written.watch_points).toEqual(['The Trend Line needs 30 weeks of history, so the weekly regime is not measured yet.']);
  });

  it('never contradicts itself or its numbers, and keeps to the list lengths, over a grid of snapshots', () => {
    // Each snapshot is scored as the build scores it (the signature from the same snapshot), and its comparison
    // puts it at the top, the middle or the bottom of its sector group, industry group and whole sector.
    const { bars, series } = plainHistory(160);
    const expectations = [
      { label: 'Bullish', probability: 0.7019 },
      { label: 'Bearish', probability: 0.3125 },
      { label: 'Undecided', probability: 0.5377 },
      { label: 'Undecided', probability: null },
    ];
    const fired = new Set<string>();
    const signatures = new Set<string>();
    let checked = 0;
    for (const trendActive of [true, false])
      for (const vsTrend of [-0.1, 0, 0.02, 0.1, 0.3, null])
        for (const marketDynamics of [-0.1, 0, 0.1, null])
          for (const md4Change of [-0.5, 0.5, null])
            for (const rs4Change of [-0.1, 0.1, null])
              for (const sectorAt of [0, 1, 2])
                for (const peerAt of [0, 1, 2]) {
                  const i = checked++;
                  const seed = seedSnapshot();
                  const snapshot: SecuritySnapshot = {
                    ...seed,
                    trendActive,
                    trendStreak: [1, 5, 56][i % 3]!,
                    vsTrend,
                    marketDynamics,
                    md4Change,
                    rs4Change,
                    relativeStrength: i % 2 ? 112.6 : 95,
                    returns: { ...seed.returns, w4: [-0.2, -0.05, 0.399, 0.1, 0.02][i % 5]!, w12: i % 7 < 3 ? 0.05 : 0.577 },
                    activeBreadth: i % 4 < 2 ? 1 : 0.1,
                    freshBuy: i % 13 === 0,
                    trendLine: i % 17 === 0 ? null : seed.trendLine,
                    drawdown: [0, -0.03, -0.1, -0.25][i % 4]!,
                    volume: { ...seed.volume, ratio13: [0.8, 1.3, 1.7][i % 3]! },
                    risk: { ...seed.risk, volatility13: i % 3 ? 0.2 : 0.05 },
                  };
                  const scored = scoreSecurity(snapshot);
                  const comparison = seedComparison();
                  const groupCount = i % 11 === 0 ? 4 : 100;
                  const rank = (at: number, count: number) => [1, Math.ceil(count / 2), count][at]!;
                  comparison.groups!.sector = {
                    ...comparison.groups!.sector!,
                    count: groupCount,
                    weekRank: rank(sectorAt, groupCount),
                  };
                  comparison.groups!.industry = { ...comparison.groups!.industry!, fourWeekRank: rank(i % 3, 56) };
                  const peerRank = rank(peerAt, 747);
                  comparison.peer = { ...comparison.peer!, rank: peerRank, percentile: ((747 - peerRank) / 746) * 100 };
                  comparison.scores = scored.scores.map(({ label, value, description }) => ({ label, value, description }));
                  comparison.setupSignature = scored.signature;
                  comparison.expectation = expectations[i % 4]!;
                  signatures.add(scored.signature);
                  const report = writeReport({ security: seedSecurity, bars, series, snapshot, comparison });
                  const { problems, ids } = checkReport(report);
                  expect(problems, JSON.stringify({ i, signature: scored.signature, ids })).toEqual([]);
                  // the rules that hold on the context are the ones the report shows, up to the list lengths
                  const context = { security: seedSecurity, snapshot, comparison };
                  const holds = firedRules([...OPPORTUNITY_RULES, ...RISK_RULES, ...WATCH_RULES], context);
                  for (const id of holds) fired.add(id);
                  for (const id of ids) expect(holds).toContain(id);
                  for (const [a, b] of OPPOSITES)
                    if (holds.includes(a) && holds.includes(b)) expect.fail(`${a} and ${b} at ${i}`);
                  if (RISK_SIGNATURES.includes(scored.signature)) expect(report.risks).not.toContain(NO_RISK);
                }
    expect(checked).toBe(2 * 6 * 4 * 3 * 3 * 3 * 3);
    // the grid reaches every signature, and every rule holds somewhere in it
    expect([...signatures].sort()).toEqual([...SIGNATURE_LABELS].sort());
    expect(ALL_RULES.map((r) => r.rule.id).filter((id) => !fired.has(id))).toEqual([]);
  });

  it('has a case, and a sentence rebuilt from the report, for every rule id', () => {
    const ids = ALL_RULES.map((r) => r.rule.id).sort();
    expect(Object.keys(CASES).sort()).toEqual(ids);
    expect(Object.keys(SENTENCE_FROM_REPORT).sort()).toEqual(ids);
  });

  describe.each(ALL_RULES.map(({ list, rule }) => ({ id: rule.id, list, rule })))('rule $id ($list)', ({ id, list, rule }) => {
    it('fires on a context built for it, not on one just outside its condition', () => {
      const [inside, outside] = CASES[id]!;
      expect(rule.when(inside())).toBe(true);
      expect(rule.when(outside())).toBe(false);
    });

    it('writes its sentence with the numbers the report shows', () => {
      const context = CASES[id]![0]();
      const { bars, series } = plainHistory(160);
      const report = writeReport({ ...context, bars, series });
      expect(SENTENCE_FROM_REPORT[id]!(report)).toContain(rule.text(context));
      // and it is on the report when the list has room for it
      const table = { opportunities: OPPORTUNITY_RULES, risks: RISK_RULES, watch_points: WATCH_RULES }[list];
      const before = firedRules(table, context).indexOf(id);
      const max = { opportunities: MAX_OPPORTUNITIES, risks: MAX_RISKS, watch_points: MAX_WATCH_POINTS }[list];
      if (before < max) expect(report[list]).toContain(rule.text(context));
    });
  });

  it('keeps the guarded pairs apart: composite against the signature, the whole sector against the sector group', () => {
    const strong = at({}, (c) => {
      c.scores = c.scores!.map((x) => ({ ...x, value: 90 }));
      c.setupSignature = 'Downtrend';
    });
    expect(firedRules(OPPORTUNITY_RULES, strong)).not.toContain('composite-strong');
    const weak = at({}, (c) => {
      c.scores = c.scores!.map((x) => ({ ...x, value: 10 }));
      c.setupSignature = 'Early recovery';
    });
    expect(firedRules(RISK_RULES, weak)).not.toContain('composite-weak');
    const topOfSectorLaggingGroup = at({}, (c) => {
      c.peer = { ...c.peer!, rank: 1, percentile: 100 };
      c.groups!.sector = { ...c.groups!.sector!, weekRank: 100 };
    });
    expect(firedRules(OPPORTUNITY_RULES, topOfSectorLaggingGroup)).not.toContain('peer-top-decile');
    expect(firedRules(RISK_RULES, topOfSectorLaggingGroup)).toContain('sector-laggard');
    const bottomOfSectorLeadingGroup = at({}, (c) => {
      c.peer = { ...c.peer!, rank: 747, percentile: 0 };
      c.groups!.sector = { ...c.groups!.sector!, weekRank: 1 };
    });
    expect(firedRules(RISK_RULES, bottomOfSectorLeadingGroup)).not.toContain('peer-bottom-decile');
    expect(firedRules(OPPORTUNITY_RULES, bottomOfSectorLeadingGroup)).toContain('sector-leader');
    // too few peers for a decile
    expect(
      firedRules(
        OPPORTUNITY_RULES,
        at({}, (c) => (c.peer = { ...c.peer!, count: 9, rank: 1, percentile: 100 })),
      ),
    ).not.toContain('peer-top-decile');
  });

  it('writes a risk for every risk signature, so the no-risk sentence never stands next to one', () => {
    for (const label of RISK_SIGNATURES) {
      // a snapshot with no other risk at all
      const c = at({ rs4Change: 0.1 }, (x) => (x.setupSignature = label));
      const written = writeSentences(c);
      expect(written.risks[0]).toMatch(new RegExp(`^Setup signature is ${label}:`));
      expect(written.risks).not.toContain(NO_RISK);
    }
    for (const label of OPPORTUNITY_SIGNATURES)
      expect(writeSentences(at({}, (x) => (x.setupSignature = label))).risks).toEqual([NO_RISK]);
    // an Undecided expectation claims no direction, whatever its probability
    for (const probability of [0.9, 0.1, null]) {
      const c = at({}, (x) => (x.expectation = { label: 'Undecided', probability }));
      expect(writeSentences(c).watch_points.join(' ')).not.toMatch(/Bullish|Bearish/);
    }
  });

  it('keeps the seed’s sentences when the seed’s comparison makes the new rules hold', () => {
    // The seed is a Leadership continuation, first of 56 in its industry by 4 weeks, 46th of 747 in its sector and
    // scores 82: those rules hold but come after the seed’s five opportunities, so the lists stay the seed’s.
    const seed = fixture('000657-seed');
    const c = context({}, true);
    expect(firedRules(OPPORTUNITY_RULES, c)).toEqual([
      'trend-active',
      'above-trend',
      'above-fair-value',
      'md-positive',
      'sector-leader',
      'signature-leadership',
      'industry-leader',
      'peer-top-decile',
      'composite-strong',
      'rs-improving',
    ]);
    expect(writeSentences(c).opportunities).toEqual(seed.opportunities);
    expect(OPPORTUNITY_RULES.find((r) => r.id === 'industry-leader')!.text(c)).toBe(
      '4-week return ranks 1 of 56 in its industry group, CN Other Industrial Metals & Mining.',
    );
    expect(OPPORTUNITY_RULES.find((r) => r.id === 'peer-top-decile')!.text(c)).toBe(
      'Latest weekly return ranks 46 of 747 in CN Basic Materials, in the top tenth of its peers.',
    );
    expect(OPPORTUNITY_RULES.find((r) => r.id === 'composite-strong')!.text(c)).toBe('Composite setup score is 82 of 100.');
  });

  it('gives every rule a unique id', () => {
    const ids = [...OPPORTUNITY_RULES, ...RISK_RULES, ...WATCH_RULES].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
