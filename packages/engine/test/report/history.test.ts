// writeHistory and universeRow on hand-built bars, series and snapshot.
import { describe, expect, it } from 'vitest';
import { roundPrice, roundTo, universeRow, writeHistory } from '../../src/report/index.js';
import { plainHistory, seedComparison, seedSecurity, seedSnapshot, sparseInput } from './inputs.js';

describe('writeHistory', () => {
  const { bars, series } = plainHistory(4);
  bars.close[3] = 79.00123456;
  bars.open[3] = 12345.6789;
  bars.low[3] = 0.012345678;
  bars.volume[2] = NaN;
  bars.volume[3] = 571041234.4;
  series.trendLine.set([NaN, NaN, 47.01234567, 47.5]);
  series.fairValue.set([NaN, 17.70841234, 17.7, 17.71]);
  series.marketDynamics.set([NaN, -0.361234, 0.00001, 0.3612345]);
  series.relativeStrength.set([NaN, 99.123456, 112.602149, NaN]);
  series.trendSignal.set([0, 0, 1, 1]);
  series.buySignal.set([0, 0, 1, 0]);
  const history = writeHistory(seedSecurity, bars, series);

  it('writes one object per week, oldest first, with the documented keys in order', () => {
    expect(Object.keys(history)).toEqual(['uuid', 'symbol', 'exchange', 'name', 'currency', 'latest_week', 'weeks']);
    expect(history.latest_week).toBe('2026-06-12');
    expect(history.weeks.map((w) => w.week)).toEqual(['2026-05-22', '2026-05-29', '2026-06-05', '2026-06-12']);
    expect(Object.keys(history.weeks[0])).toEqual([
      'week',
      'open',
      'high',
      'low',
      'close',
      'volume',
      'trend_line',
      'fair_value',
      'market_dynamics',
      'relative_strength',
      'trend_signal',
      'buy_signal',
    ]);
  });

  it('rounds numbers to keep the file small and writes NaN as null', () => {
    expect(history.weeks[3]).toEqual({
      week: '2026-06-12',
      open: 12345.68,
      high: 13.5,
      low: 0.0123457,
      close: 79.0012,
      volume: 571041234,
      trend_line: 47.5,
      fair_value: 17.71,
      market_dynamics: 0.3612,
      relative_strength: null,
      trend_signal: true,
      buy_signal: false,
    });
    expect(history.weeks[0]).toMatchObject({
      trend_line: null,
      fair_value: null,
      market_dynamics: null,
      relative_strength: null,
    });
    expect(history.weeks[1]).toMatchObject({ fair_value: 17.7084, market_dynamics: -0.3612, relative_strength: 99.1235 });
    expect(history.weeks[2]).toMatchObject({ volume: null, trend_line: 47.0123, market_dynamics: 0, buy_signal: true });
    expect(JSON.stringify(history)).not.toMatch(/NaN|-0[,}]/);
  });

  it('stops at the report’s week when asked', () => {
    const through = writeHistory(seedSecurity, bars, series, 1);
    expect(through.weeks.map((w) => w.week)).toEqual(['2026-05-22', '2026-05-29']);
    expect(through.latest_week).toBe('2026-05-29');
  });

  it('rounds prices to at least 2 decimals and 6 significant digits', () => {
    expect(roundPrice(79)).toBe(79);
    expect(roundPrice(2709.5349)).toBe(2709.53);
    expect(roundPrice(0.000123456789)).toBe(0.000123457);
    expect(roundPrice(-1.23456789)).toBe(-1.23457);
    expect(roundPrice(NaN)).toBeNull();
    expect(roundTo(-0.00001, 4)).toBe(0);
    expect(Object.is(roundTo(-0.00001, 4), -0)).toBe(false);
  });
});

describe('universeRow', () => {
  it('writes the row with numbers, not strings', () => {
    const row = universeRow(seedSecurity, seedSnapshot(), seedComparison());
    expect(row).toEqual({
      uuid: 'e63dc9d1-1c2d-4130-87b3-114324e9aeb9',
      symbol: '000657',
      exchange: 'SHZ',
      name: 'China Tungsten And Hightech Materials Co.,Ltd',
      country: 'CN',
      sector: 'Basic Materials',
      industry: 'Other Industrial Metals & Mining',
      currency: 'CNY',
      latest_week: '2026-06-12',
      composite_score: 81.84,
      setup_signature: 'Leadership continuation',
      return_1w: 12.6962,
      return_4w: 39.9221,
      return_12w: 57.7161,
      return_26w: 240.5172,
      return_52w: 567.7488,
      trend_signal: true,
      market_dynamics: 0.3612,
      relative_strength: 112.6021,
      market_cap: 151.4871e9,
    });
  });

  it('writes null for what cannot be computed, and for the comparison’s parts without one', () => {
    const { security, snapshot } = sparseInput();
    const row = universeRow(security, snapshot);
    expect(row).toMatchObject({
      composite_score: null,
      setup_signature: null,
      return_1w: 2.4055,
      return_4w: null,
      return_52w: null,
      trend_signal: false,
      market_dynamics: null,
      relative_strength: null,
      market_cap: null,
    });
  });
});
