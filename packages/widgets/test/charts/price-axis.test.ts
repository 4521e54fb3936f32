import { expect } from '@open-wc/testing';
import { fitLabel, moneyTicks, priceAxis, thinLabels } from '../../src/charts/price-axis.js';
import { formatter } from '../../src/format/format.js';

const en = formatter('en-US');

describe('moneyTicks(values, format, currency)', () => {
  it('drops the decimals when every tick is whole', () => {
    expect(moneyTicks([10, 20, 80], en, 'CNY')).to.deep.equal(['CN¥10', 'CN¥20', 'CN¥80']);
    expect(moneyTicks([2400, 2500], formatter('ja-JP'), 'JPY')).to.deep.equal(['￥2,400', '￥2,500']);
  });

  it("keeps the currency's digits on every tick when one needs decimals", () => {
    expect(moneyTicks([2.5, 3, 3.5], en, 'GBP')).to.deep.equal(['£2.50', '£3.00', '£3.50']);
    expect(moneyTicks([0.125, 0.25], en, 'USD')).to.deep.equal(['$0.125', '$0.250']);
    expect(moneyTicks([2.5, 3], formatter('de-DE'), 'EUR')).to.deep.equal(['2,50\u00A0€', '3,00\u00A0€']);
  });

  it('prints a plain number without a currency, and a currency code Intl lacks after it', () => {
    expect(moneyTicks([1, 1.5], en)).to.deep.equal(['1.00', '1.50']);
    expect(moneyTicks([5, 10], en, 'XYZ1')).to.deep.equal(['5 XYZ1', '10 XYZ1']);
  });
});

describe('priceAxis(values, range, format)', () => {
  it('nices the scale to round ticks, labelled without useless decimals, with room for the widest', () => {
    const { ticks, left } = priceAxis([11.41, 84.32], [200, 10], en, 'CNY');
    expect(ticks.map((t) => t.text)).to.deep.equal(['CN¥0', 'CN¥20', 'CN¥40', 'CN¥60', 'CN¥80', 'CN¥100']);
    expect(ticks[0].y).to.equal(200);
    expect(left).to.be.at.least(40);
  });
});

describe('thinLabels(count, x, width)', () => {
  it('keeps every label that fits, always the last, and never two closer than their width', () => {
    const x = (i: number) => i * 30;
    expect(thinLabels(5, x, () => 20)).to.deep.equal([0, 1, 2, 3, 4]);
    expect(thinLabels(5, x, () => 40)).to.deep.equal([0, 2, 4]);
    expect(thinLabels(6, x, () => 50)).to.deep.equal([1, 3, 5]);
    expect(thinLabels(1, x, () => 500)).to.deep.equal([0]);
    expect(thinLabels(0, x, () => 10)).to.deep.equal([]);
  });
});

describe('fitLabel(x, width, min, max)', () => {
  it('centres a label that fits, and anchors one at an edge to that edge', () => {
    expect(fitLabel(100, 40, 0, 300)).to.deep.equal({ x: 100, anchor: 'middle' });
    expect(fitLabel(10, 40, 0, 300)).to.deep.equal({ x: 0, anchor: 'start' });
    expect(fitLabel(290, 40, 0, 300)).to.deep.equal({ x: 300, anchor: 'end' });
  });
});
