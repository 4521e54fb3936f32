// The writer's formats against the seed's own strings, and back through the widgets' parsers.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseCompact, parseMoney, parseNumber, parsePercent, parseRatio } from 'ticker-widgets';
import {
  fixed,
  formatCompact,
  formatMarketDynamics,
  formatMoney,
  formatPercent,
  formatProbability,
  formatRatio,
  formatRelativeStrength,
  formatScore,
  isoDate,
  percentLabel,
  returnWidth,
  scoreTone,
  signTone,
  timelineHeight,
  toPoints,
  weekLabel,
} from '../../src/report/index.js';
import { day, fixture } from './inputs.js';

const FIXTURES = ['000657-seed', 'eu-extreme', 'gb-sparse', 'jp-flat', 'us-megacap-downtrend'];

describe('money', () => {
  it('writes 2 decimals and the currency code, as the seed', () => {
    expect(formatMoney(79, 'CNY')).toBe('79.00 CNY');
    expect(formatMoney(47.0123, 'CNY')).toBe('47.01 CNY');
    expect(formatMoney(17.7084, 'CNY')).toBe('17.71 CNY');
    expect(formatMoney(465.35, 'EUR')).toBe('465.35 EUR');
    expect(formatMoney(0.63, 'EUR')).toBe('0.63 EUR');
  });
  it('separates thousands with commas, as jp-flat', () => {
    expect(formatMoney(2709.53, 'JPY')).toBe('2,709.53 JPY');
    expect(formatMoney(1510.8, 'JPY')).toBe('1,510.80 JPY');
    expect(formatMoney(1234567.891, 'USD')).toBe('1,234,567.89 USD');
    expect(formatMoney(999.999, 'USD')).toBe('1,000.00 USD');
    expect(formatMoney(-1234.5, 'USD')).toBe('-1,234.50 USD');
  });
  it('keeps a missing value null', () => {
    expect(formatMoney(null, 'CNY')).toBeNull();
    expect(formatMoney(undefined, 'CNY')).toBeNull();
    expect(formatMoney(NaN, 'CNY')).toBeNull();
    expect(formatMoney(Infinity, 'CNY')).toBeNull();
  });
});

describe('compact', () => {
  it('writes the seed strings', () => {
    expect(formatCompact(151.5e9)).toBe('151.5B');
    expect(formatCompact(151.4871e9)).toBe('151.5B');
    expect(formatCompact(571.0e6)).toBe('571.0M');
    expect(formatCompact(571.0412e6)).toBe('571.0M');
    expect(formatCompact(413.6e6)).toBe('413.6M');
    expect(formatCompact(968.3e6)).toBe('968.3M');
    expect(formatCompact(6.0e6)).toBe('6.0M');
    expect(formatCompact(336.0e9)).toBe('336.0B');
  });
  it('has K and T, picks the letter after rounding, and writes small amounts plainly', () => {
    expect(formatCompact(2.1e12)).toBe('2.1T');
    expect(formatCompact(950e3)).toBe('950.0K');
    expect(formatCompact(1000)).toBe('1.0K');
    expect(formatCompact(999.96e6)).toBe('1.0B');
    expect(formatCompact(999.94e6)).toBe('999.9M');
    expect(formatCompact(999.96)).toBe('1.0K');
    expect(formatCompact(950)).toBe('950.0');
    expect(formatCompact(0)).toBe('0.0');
    expect(formatCompact(1500e12)).toBe('1500.0T');
    expect(formatCompact(-2.5e6)).toBe('-2.5M');
  });
  it('keeps a missing value null', () => {
    expect(formatCompact(null)).toBeNull();
    expect(formatCompact(NaN)).toBeNull();
  });
});

describe('percent', () => {
  it('writes a fraction with 1 decimal, negative with a minus', () => {
    expect(formatPercent(0.68041)).toBe('68.0%');
    expect(formatPercent(-0.06309)).toBe('-6.3%');
    expect(formatPercent(3.45963)).toBe('346.0%');
    expect(formatPercent(734.806)).toBe('7348' + '0.6%');
    expect(formatPercent(1)).toBe('100.0%');
    expect(formatPercent(0)).toBe('0.0%');
    expect(formatPercent(-4.29895)).toBe('-429.9%');
  });
  it('drops the minus of a value that rounds to zero', () => {
    expect(formatPercent(-0.0004)).toBe('0.0%');
    expect(fixed(-0.004, 2)).toBe('0.00');
    expect(fixed(-0.006, 2)).toBe('-0.01');
  });
  it('labels every percent number of every fixture exactly as the fixture does', () => {
    for (const name of FIXTURES) {
      const r = fixture(name);
      for (const item of r.momentum.returns) expect(percentLabel(item.value)).toBe(item.value_label);
      for (const week of r.setup.timeline) expect(percentLabel(week.return)).toBe(week.return_label);
      for (const row of r.recent_rows) expect(percentLabel(row.weekly_return)).toBe(row.weekly_return_label);
      for (const group of Object.values(r.groups ?? {}) as { top_peers: Record<string, number | string>[] }[]) {
        for (const peer of group.top_peers) {
          for (const key of ['weekly_return', 'four_week_return', 'twelve_week_return']) {
            expect(percentLabel(peer[key] as number)).toBe(peer[`${key}_label`]);
          }
        }
      }
    }
  });
  it('keeps a missing value null', () => {
    expect(formatPercent(null)).toBeNull();
    expect(percentLabel(NaN)).toBeNull();
    expect(toPoints(null)).toBeNull();
  });
});

describe('probability, ratio, MD, RS, score', () => {
  it('writes probabilities with 2 decimals', () => {
    expect(formatProbability(0.5377)).toBe('53.77%');
    expect(formatProbability(0.537712)).toBe('53.77%');
    expect(formatProbability(0.7519)).toBe('75.19%');
    expect(formatProbability(0.41094)).toBe('41.09%');
    expect(formatProbability(null)).toBeNull();
  });
  it('writes ratios with 1 decimal and an x', () => {
    expect(formatRatio(1.4)).toBe('1.4x');
    expect(formatRatio(1.38071)).toBe('1.4x');
    expect(formatRatio(1.33043)).toBe('1.3x');
    expect(formatRatio(1)).toBe('1.0x');
    expect(formatRatio(null)).toBeNull();
  });
  it('writes Market Dynamics and Relative Strength with 2 decimals', () => {
    expect(formatMarketDynamics(0.3612)).toBe('0.36');
    expect(formatMarketDynamics(-0.4)).toBe('-0.40');
    expect(formatMarketDynamics(-0.0811)).toBe('-0.08');
    expect(formatMarketDynamics(-0.001)).toBe('0.00');
    expect(formatMarketDynamics(null)).toBeNull();
    expect(formatRelativeStrength(112.6)).toBe('112.60');
    expect(formatRelativeStrength(112.6021)).toBe('112.60');
    expect(formatRelativeStrength(90.3911)).toBe('90.39');
    expect(formatRelativeStrength(NaN)).toBeNull();
  });
  it('writes scores as whole numbers, as every fixture', () => {
    expect(formatScore(76.97160822264087)).toBe('77');
    expect(formatScore(100)).toBe('100');
    expect(formatScore(-0.2)).toBe('0');
    expect(formatScore(null)).toBeNull();
    for (const name of FIXTURES) {
      const r = fixture(name);
      for (const score of r.setup.scores) {
        expect(formatScore(score.value)).toBe(score.value_label);
        expect(scoreTone(score.value)).toBe(score.tone);
      }
    }
  });
});

describe('dates', () => {
  it('writes ISO days and the timeline week labels without a year', () => {
    expect(isoDate(day('2026-06-12'))).toBe('2026-06-12');
    expect(isoDate(0)).toBe('1970-01-01');
    expect(weekLabel(day('2026-02-27'))).toBe('27 Feb');
    expect(weekLabel(day('2026-03-06'))).toBe('6 Mar');
    expect(weekLabel(day('2025-12-31'))).toBe('31 Dec');
  });
  it('labels the seed timeline weeks as the seed does', () => {
    const seed = fixture('000657-seed');
    const last = day(seed.latest_week);
    const labels = seed.setup.timeline.map((_: unknown, i: number) => weekLabel(last - (15 - i) * 7));
    expect(labels).toEqual(seed.setup.timeline.map((w: { week: string }) => w.week));
  });
});

describe('tones and layout hints', () => {
  it('tones by sign, 0 neutral, missing null', () => {
    expect(signTone(0.1)).toBe('positive');
    expect(signTone(-0.1)).toBe('negative');
    expect(signTone(0)).toBe('neutral');
    expect(signTone(null)).toBeNull();
  });
  it('scores: 60 and above positive, below 40 negative', () => {
    expect(scoreTone(60)).toBe('positive');
    expect(scoreTone(59.92)).toBe('neutral');
    expect(scoreTone(40)).toBe('neutral');
    expect(scoreTone(39.03)).toBe('negative');
  });
  it('gives every fixture its own widths, heights and tones, to the last digit', () => {
    for (const name of FIXTURES) {
      const r = fixture(name);
      for (const item of r.momentum.returns) {
        expect(returnWidth(item.value)).toBe(item.width);
        expect(signTone(item.value)).toBe(item.tone);
      }
      for (const week of r.setup.timeline) {
        expect(timelineHeight(week.return)).toBe(week.height);
        expect(signTone(week.return)).toBe(week.tone);
      }
      for (const row of r.recent_rows) expect(signTone(row.weekly_return)).toBe(row.weekly_return_tone);
      if (r.dynamics) expect(signTone(Number(r.dynamics.market_dynamics))).toBe(r.dynamics.market_dynamics_tone);
    }
    expect(returnWidth(12.696151574783213)).toBe(36.2747187850949);
    expect(timelineHeight(-0.8456614188211741)).toBe(7.04717849017645);
    expect(returnWidth(-40)).toBe(100);
    expect(returnWidth(null)).toBeNull();
    expect(timelineHeight(null)).toBeNull();
  });
});

describe('the widgets read every format back to the precision shown', () => {
  const values = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
  const near = (got: number | undefined, want: number, half: number) => {
    expect(got).toBeDefined();
    expect(Math.abs((got as number) - want)).toBeLessThanOrEqual(half * (1 + 1e-9) + Math.abs(want) * 1e-12);
  };
  it('money, percent, ratio, MD and RS', () => {
    fc.assert(
      fc.property(values, (x) => {
        const money = parseMoney(formatMoney(x, 'JPY'));
        expect(money?.currency).toBe('JPY');
        near(money?.value, x, 0.005);
        near(parsePercent(formatPercent(x / 100)), x, 0.05);
        near(parsePercent(formatProbability(x / 100)), x, 0.005);
        near(parseRatio(formatRatio(x)), x, 0.05);
        near(parseNumber(formatMarketDynamics(x)), x, 0.005);
        near(parseNumber(formatRelativeStrength(x)), x, 0.005);
      }),
    );
  });
  it('compact', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e15, noNaN: true }), (x) => {
        const text = formatCompact(x) as string;
        const scale = { K: 1e3, M: 1e6, B: 1e9, T: 1e12 }[text.slice(-1)] ?? 1;
        near(parseCompact(text), x, 0.05 * scale);
      }),
    );
  });
});
