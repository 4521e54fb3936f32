import { expect } from '@open-wc/testing';
import { parseCompact, parseMoney, parseNumber, parsePercent, parseRatio, parseText } from '../../src/data/values.js';

describe('value parsers', () => {
  it('parseMoney reads an amount and its currency', () => {
    expect(parseMoney('79.00 CNY')).to.deep.equal({ value: 79, currency: 'CNY' });
    expect(parseMoney('1,534.50 CAD')).to.deep.equal({ value: 1534.5, currency: 'CAD' });
    expect(parseMoney('2,709.53 JPY')).to.deep.equal({ value: 2709.53, currency: 'JPY' });
    expect(parseMoney('−12.5 usd')).to.deep.equal({ value: -12.5, currency: 'USD' });
    expect(parseMoney(42)).to.deep.equal({ value: 42 });
    expect(parseMoney('abc CNY')).to.equal(undefined);
  });

  it('parsePercent reads percentage points, with any minus sign', () => {
    expect(parsePercent('68.0%')).to.equal(68);
    expect(parsePercent('-6.3%')).to.equal(-6.3);
    expect(parsePercent('−5.2%')).to.equal(-5.2);
    expect(parsePercent('+12.7%')).to.equal(12.7);
    expect(parsePercent('73,480.6%')).to.equal(73480.6);
    expect(parsePercent(12.5)).to.equal(12.5);
  });

  it('parseCompact expands K, M, B and T', () => {
    expect(parseCompact('151.5B')).to.equal(151.5e9);
    expect(parseCompact('950K')).to.equal(950e3);
    expect(parseCompact('2.1T')).to.equal(2.1e12);
    expect(parseCompact('571.0M')).to.equal(571e6);
    expect(parseCompact('1234')).to.equal(1234);
  });

  it('parseRatio reads 1.4x', () => {
    expect(parseRatio('1.4x')).to.equal(1.4);
    expect(parseRatio('0.9×')).to.equal(0.9);
  });

  it('parseNumber reads plain numbers, separators and a unicode minus', () => {
    expect(parseNumber('0.36')).to.equal(0.36);
    expect(parseNumber('−0.40')).to.equal(-0.4);
    expect(parseNumber('1,234.5')).to.equal(1234.5);
    expect(parseNumber('112.60')).to.equal(112.6);
    expect(parseNumber('12abc')).to.equal(undefined);
    expect(parseNumber(Number.NaN)).to.equal(undefined);
    expect(parseNumber(Infinity)).to.equal(undefined);
  });

  it('reads plain values and messy ones alike (plain ones skip the cleaning)', () => {
    const cases: [(input: string) => unknown, string, unknown][] = [
      [parseNumber, '1e3', 1000],
      [parseNumber, ' 12.5 ', 12.5],
      [parseNumber, '+12.5', 12.5],
      [parseNumber, '1 234', 1234],
      [parseNumber, '12.5%', undefined],
      [parsePercent, '1e2%', 100],
      [parsePercent, ' 68.0 %', 68],
      [parsePercent, '12.7', 12.7],
      [parsePercent, '12.7%%', undefined],
      [parseRatio, '1.4X', 1.4],
      [parseRatio, '1.4 x', 1.4],
      [parseCompact, '151.5b', 151.5e9],
      [parseCompact, ' 1,234.5 M', 1234.5e6],
      [parseCompact, '1e3K', 1e6],
      [parseCompact, '1e999K', undefined],
      [parseCompact, 'B', undefined],
      [parseMoney, '79 cny', { value: 79, currency: 'CNY' }],
      [parseMoney, '79.00CNY', { value: 79, currency: 'CNY' }],
      [parseMoney, ' 79.00 CNY ', { value: 79, currency: 'CNY' }],
      [parseMoney, '1e3 USD', { value: 1000, currency: 'USD' }],
      [parseMoney, '-0.5 EUR', { value: -0.5, currency: 'EUR' }],
      [parseMoney, '79.00 CNYX', undefined],
      [parseText, '  Hello  ', 'Hello'],
      [parseText, ' NONE ', undefined],
      [parseText, 'None of it', 'None of it'],
    ];
    for (const [parse, input, expected] of cases)
      expect(parse(input), `${parse.name}(${JSON.stringify(input)})`).to.deep.equal(expected);
  });

  for (const missing of ['n/a', 'N/A', '', '—', '  ', null, undefined]) {
    it(`turns ${JSON.stringify(missing)} into a missing value, never 0 or NaN`, () => {
      for (const parse of [parseNumber, parsePercent, parseCompact, parseRatio, parseMoney, parseText]) {
        expect(parse(missing as string | null | undefined)).to.equal(undefined);
      }
    });
  }
});
