import { expect } from '@open-wc/testing';
import '../../src/elements/price-levels.js';
import type { PriceLevels } from '../../src/elements/price-levels.js';
import { layoutPriceLevels } from '../../src/charts/price-levels.js';
import { FIXTURES, fixture, type FixtureName } from '../fixtures.js';
import { type PlaceOptions, chartName, place, shownText, terms, tableCells } from '../helpers.js';

const levels = (data: unknown, attrs: PlaceOptions = {}) => place<PriceLevels>('price-levels', data, attrs);
const load = async (name: FixtureName, attrs: PlaceOptions = {}) => levels(await fixture(name), attrs);

/** The drawing (the wide one at the test page's width). */
function chart(el: Element): SVGSVGElement {
  return el.shadowRoot!.querySelector('svg[part="chart"]')!;
}

function bar(el: Element) {
  const track = chart(el).querySelector('rect.track')!;
  const left = Number(track.getAttribute('x'));
  return { left, right: left + Number(track.getAttribute('width')) };
}

function level(el: Element, key: string) {
  const g = chart(el).querySelector(`g.level--${key}`);
  if (!g) return undefined;
  const shape = g.querySelector('.mark')!;
  const d = shape.getAttribute('d');
  const x = shape.localName === 'circle' ? Number(shape.getAttribute('cx')) : Number(/^M([\d.]+)/.exec(d ?? '')?.[1]);
  return {
    x,
    shape: shape.localName === 'circle' ? 'circle' : d?.match(/L/g)?.length === 2 ? 'triangle' : 'diamond',
    placement: g.getAttribute('data-placement'),
    text: [...g.querySelectorAll('text')].map((t) => t.textContent?.trim()).join(' | '),
    arrow: g.querySelector('.arrow') !== null,
  };
}

describe('<price-levels>', () => {
  it('names the close, trend line, fair value, range and drawdown', async () => {
    const el = await load('000657-seed');
    expect(chartName(el)).to.equal(
      'Price levels for 000657: close CN¥79.00; trend line CN¥47.01 (close +68.0%); fair value CN¥17.71 (close +346.0%); ' +
        '52-week range CN¥11.41 to CN¥84.32; close at 92.7% of the range; drawdown −6.3%.',
    );
    expect(level(el, 'close')?.text).to.equal('Close CN¥79.00');
    expect(level(el, 'trend')?.text).to.equal('Trend line CN¥47.01 | close +68.0%');
    expect(level(el, 'fair')?.text).to.equal('Fair value CN¥17.71 | close +346.0%');
    expect(shownText(el)).to.contain('52-wk low CN¥11.41').and.to.contain('52-wk high CN¥84.32');
    expect(terms(el)).to.deep.equal(['Drawdown from 52-week high: −6.3%', 'Position in 52-week range: 92.7%']);
  });

  it('tells the levels apart by shape: circle, triangle, diamond', async () => {
    const el = await load('000657-seed');
    expect(['close', 'trend', 'fair'].map((k) => level(el, k)?.shape)).to.deep.equal(['circle', 'triangle', 'diamond']);
  });

  for (const name of FIXTURES) {
    it(`places the close at range_position with ${name}`, async () => {
      const data = await fixture(name);
      const el = await levels(data);
      const position = parseFloat(data.price.range_position) / 100;
      const { left, right } = bar(el);
      const close = level(el, 'close')!;
      expect((close.x - left) / (right - left)).to.be.closeTo(position, 0.01);
      // Trend line and fair value sit at their prices on the low..high scale, or pinned to an end.
      const low = parseFloat(data.price.low_52.replace(/,/g, ''));
      const high = parseFloat(data.price.high_52.replace(/,/g, ''));
      for (const [key, field] of [
        ['trend', 'trend_line'],
        ['fair', 'fair_value'],
      ]) {
        const value = parseFloat(data.price[field].replace(/,/g, ''));
        const drawn = level(el, key)!;
        if (value < low) {
          expect(drawn.placement).to.equal('below');
          expect(drawn.x).to.equal(left);
        } else {
          expect(drawn.placement).to.equal('in');
          expect((drawn.x - left) / (right - left)).to.be.closeTo((value - low) / (high - low), 0.005);
        }
      }
    });
  }

  it('pins a fair value far below the range to the low end, with an arrow and "off scale"', async () => {
    const el = await load('eu-extreme');
    const fair = level(el, 'fair')!;
    expect(fair.placement).to.equal('below');
    expect(fair.arrow).to.equal(true);
    expect(fair.text).to.equal('Fair value €0.63 | close +73,480.6% · off scale');
    expect(level(el, 'trend')?.arrow).to.equal(false);
    expect(chartName(el)).to.contain('fair value €0.63 (close +73,480.6%), below the 52-week range, off scale');
  });

  it('takes the close from the "Latest Close" KPI when there are no recent rows', async () => {
    const data = await fixture('gb-sparse');
    delete data.recent_rows;
    const el = await levels(data);
    expect(level(el, 'close')?.text).to.equal('Close £4.84');
  });

  it('formats for the locale', async () => {
    const de = await load('000657-seed', { locale: 'de-DE' });
    expect(level(de, 'close')?.text).to.equal('Close 79,00\u00A0CN¥');
    expect(level(de, 'trend')?.text).to.equal('Trend line 47,01\u00A0CN¥ | close +68,0\u00A0%');
    // terms() folds the no-break space before % into a plain space.
    expect(terms(de)).to.include('Drawdown from 52-week high: −6,3 %');
    const ja = await load('jp-flat', { locale: 'ja-JP' });
    expect(level(ja, 'close')?.text).to.equal('Close ￥2,710');
  });

  it('offers the numbers as a table', async () => {
    const el = await load('us-megacap-downtrend');
    const cells = (await tableCells(el)).map((row) => row.join(' | '));
    expect(cells).to.deep.equal([
      'Close | $217.55 | —',
      'Trend line | $206.58 | +5.3%',
      'Fair value | $217.84 | −0.1%',
      '52-week low | $179.43 | —',
      '52-week high | $254.61 | −14.6%',
    ]);
  });

  it('shows the empty state when the report has no price section and no close', async () => {
    const data = await fixture('000657-seed');
    delete data.price;
    delete data.recent_rows;
    delete data.kpis;
    const el = await levels(data);
    expect(el.state).to.equal('empty');
    expect(shownText(el)).to.equal('No price levels in this report.');
  });

  it('draws a close without a range, and never prints NaN', async () => {
    const data = await fixture('000657-seed');
    data.price = { trend_line: '47.01 CNY' };
    const el = await levels(data);
    expect(el.state).to.equal('ready');
    expect(shownText(el)).not.to.contain('NaN');
    expect(level(el, 'close')?.text).to.equal('Close CN¥79.00');
    expect(level(el, 'fair')).to.equal(undefined);
  });
});

describe('layoutPriceLevels(levels)', () => {
  it('pins levels above the high to the right end', () => {
    const layout = layoutPriceLevels({
      close: { value: 10, currency: 'USD' },
      fair: { value: 50, currency: 'USD' },
      low: { value: 5, currency: 'USD' },
      high: { value: 15, currency: 'USD' },
    });
    const fair = layout.markers.find((m) => m.key === 'fair')!;
    expect(fair.placement).to.equal('above');
    expect(fair.x).to.equal(layout.right);
    expect(layout.markers.find((m) => m.key === 'close')!.x).to.equal((layout.left + layout.right) / 2);
  });
});
