// The sentence rules: the seed's own sentences from its numbers, each rule's condition, and no
// list that contradicts another over a grid of snapshots.
import { describe, expect, it } from 'vitest';
import {
  MAX_OPPORTUNITIES,
  MAX_WATCH_POINTS,
  NO_RISK,
  OPPORTUNITY_RULES,
  RISK_RULES,
  WATCH_RULES,
  firedRules,
  writeSentences,
  writeSummary,
  type SentenceContext,
} from '../../src/report/index.js';
import type { SecuritySnapshot } from '../../src/types.js';
import { fixture, seedComparison, seedSecurity, seedSnapshot } from './inputs.js';

const context = (patch: Partial<SecuritySnapshot> = {}, withComparison = false): SentenceContext => ({
  security: seedSecurity,
  snapshot: { ...seedSnapshot(), ...patch },
  comparison: withComparison ? seedComparison() : null,
});

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
    expect(written.watch_points).toEqual([]);
  });

  it('never contradicts itself, and keeps to the list lengths, over a grid of snapshots', () => {
    // Pairs that must never fire together: [opportunity, risk].
    const opposite: [string, string][] = [
      ['trend-active', 'trend-inactive'],
      ['above-trend', 'below-trend'],
      ['md-positive', 'md-negative'],
      ['rs-improving', 'rs-fading'],
      ['sector-leader', 'sector-laggard'],
    ];
    const signs = [-0.1, 0, 0.1, null];
    let checked = 0;
    for (const trendActive of [true, false])
      for (const vsTrend of signs)
        for (const marketDynamics of signs)
          for (const rs4Change of signs)
            for (const weekRank of [1, 3, 5])
              for (const count of [1, 2, 5, 100]) {
                const c = context({ trendActive, vsTrend, marketDynamics, rs4Change }, true);
                c.comparison!.groups!.sector = { ...c.comparison!.groups!.sector!, weekRank: Math.min(weekRank, count), count };
                const good = firedRules(OPPORTUNITY_RULES, c);
                const bad = firedRules(RISK_RULES, c);
                for (const [a, b] of opposite) expect(good.includes(a) && bad.includes(b), `${a} and ${b}`).toBe(false);
                const written = writeSentences(c);
                expect(written.opportunities.length).toBeLessThanOrEqual(MAX_OPPORTUNITIES);
                expect(written.watch_points.length).toBeLessThanOrEqual(MAX_WATCH_POINTS);
                expect(written.risks.length).toBeGreaterThan(0);
                if (written.risks.includes(NO_RISK)) expect(written.risks).toEqual([NO_RISK]);
                checked++;
              }
    expect(checked).toBe(2 * 4 * 4 * 4 * 3 * 4);
  });

  it('gives every rule a unique id', () => {
    const ids = [...OPPORTUNITY_RULES, ...RISK_RULES, ...WATCH_RULES].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
