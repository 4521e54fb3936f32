import { expect } from '@open-wc/testing';
import { formatter } from '../../src/format/format.js';

describe('formatter(locale)', () => {
  it('formats signed percents with a typographic minus', () => {
    const f = formatter('en-US');
    expect(f.percent(12.7, { signed: true })).to.equal('+12.7%');
    expect(f.percent(-6.3, { signed: true })).to.equal('−6.3%');
    expect(f.percent(undefined)).to.equal('—');
  });

  it('formats for de-DE and ja-JP', () => {
    expect(formatter('de-DE').percent(12.7)).to.equal('12,7\u00A0%');
    expect(formatter('de-DE').money({ value: 1534.5, currency: 'EUR' })).to.equal('1.534,50\u00A0€');
    expect(formatter('ja-JP').money({ value: 2709.53, currency: 'JPY' })).to.equal('￥2,710');
    expect(formatter('en-US').compact(151.5e9)).to.equal('151.5B');
  });

  it('writes a number with at most, or with exactly (fixed), its digits', () => {
    const f = formatter('en-US');
    expect(f.number(112.6, 2)).to.equal('112.6');
    expect(f.number(112.6, 2, { fixed: true })).to.equal('112.60');
    expect(f.number(-0.4, 2, { signed: true, fixed: true })).to.equal('−0.40');
    expect(f.number(0.36, 2, { signed: true, fixed: true })).to.equal('+0.36');
    expect(f.number(0, 2, { signed: true, fixed: true })).to.equal('0.00');
    expect(formatter('de-DE').number(90.39, 2, { fixed: true })).to.equal('90,39');
    expect(formatter('de-DE').number(1234.5, 2, { fixed: true })).to.equal('1.234,50');
    expect(f.number(undefined, 2, { fixed: true })).to.equal('—');
  });

  it('formats calendar dates in UTC', () => {
    expect(formatter('en-US').date('2026-06-12')).to.equal('Jun 12, 2026');
    expect(formatter('de-DE').date('2026-06-12', 'short')).to.equal('12. Juni');
  });

  it('falls back to en-US for a locale Intl rejects', () => {
    expect(formatter('not a locale!').locale).to.equal('en-US');
  });
});
