import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/elements/price-levels.js';
import type { PriceLevels } from '../../src/elements/price-levels.js';
import { layoutPriceLevels } from '../../src/charts/price-levels.js';
import { formatter } from '../../src/format/format.js';
import { loadLanguage } from '../../src/i18n/index.js';
import { FIXTURES, fixture, type ExtraFixtureName, type FixtureName } from '../fixtures.js';
import {
  type PlaceOptions,
  chartName,
  drawingWidth,
  place,
  placeInBody,
  resizeTo,
  shownText,
  terms,
  tableCells,
  tableCellsSeenAndHeard,
  textBoxProblems,
  textSizeProblems,
} from '../helpers.js';

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

  it('speaks the locale: German, Japanese and Chinese words, numbers in their format', async () => {
    await Promise.all(['de-DE', 'ja-JP', 'zh-CN'].map(loadLanguage));
    const de = await load('000657-seed', { locale: 'de-DE' });
    expect(level(de, 'close')?.text).to.equal('Schlusskurs 79,00\u00A0CN¥');
    expect(level(de, 'trend')?.text).to.equal('Trendlinie 47,01\u00A0CN¥ | Schlusskurs +68,0\u00A0%');
    expect(level(de, 'fair')?.text).to.equal('Fairer Wert 17,71\u00A0CN¥ | Schlusskurs +346,0\u00A0%');
    expect(shownText(de)).to.contain('52-W-Tief').and.to.contain('52-W-Hoch');
    // terms() folds the no-break space before % into a plain space.
    expect(terms(de)).to.include('Abstand zum 52-Wochen-Hoch: −6,3 %');
    expect(chartName(de)).to.match(
      /^Kursmarken von 000657: Schlusskurs 79,00\u00A0CN¥; Trendlinie 47,01\u00A0CN¥ \(Schlusskurs \+68,0\u00A0%\);/,
    );
    const head = (await tableCells(de)).map((row) => row[0]);
    expect(head).to.deep.equal(['Schlusskurs', 'Trendlinie', 'Fairer Wert', '52-Wochen-Tief', '52-Wochen-Hoch']);
    const ja = await load('jp-flat', { locale: 'ja-JP' });
    expect(level(ja, 'close')?.text).to.equal('終値 ￥2,710');
    // Japanese lists with its own comma, not "; ".
    expect(chartName(ja)).to.contain('の価格水準：終値 ￥2,710、トレンドライン ').and.not.to.contain('; ');
    const zh = await load('000657-seed', { locale: 'zh-CN' });
    expect(level(zh, 'close')?.text).to.equal('收盘价 ¥79.00');
    // An unknown language falls back to English.
    const xx = await load('000657-seed', { locale: 'sw-KE' });
    expect(level(xx, 'close')?.text).to.match(/^Close /);
  });

  it('keeps a missing fair value and 52-week high in place, with a dash read as "not available"', async () => {
    const el = await levels(await fixture('missing-values'));
    const fair = chart(el).querySelector('g.level-missing[data-key="fair"]');
    expect([...fair!.querySelectorAll('text')].map((t) => t.textContent)).to.deep.equal(['Fair value —', 'not available']);
    expect(level(el, 'fair')).to.equal(undefined);
    expect(level(el, 'trend')?.text).to.equal('Trend line CN¥47.01 | close +68.0%');
    const ends = [...chart(el).querySelectorAll('.ends text')].map((t) => t.textContent);
    expect(ends).to.deep.equal(['52-wk low', 'CN¥11.41', '52-wk high', '—']);
    expect(chartName(el)).to.equal(
      'Price levels for 000657: close CN¥79.00; trend line CN¥47.01 (close +68.0%); fair value not available; ' +
        '52-week low CN¥11.41; 52-week high not available; close at 92.7% of the range; drawdown −6.3%.',
    );
    // Each missing cell (and the close or the low against itself) is a dash, read as "not available".
    const { seen, heard } = await tableCellsSeenAndHeard(el);
    expect(seen.map((row) => row.join(' | '))).to.deep.equal([
      'Close | CN¥79.00 | —',
      'Trend line | CN¥47.01 | +68.0%',
      'Fair value | — | —',
      '52-week low | CN¥11.41 | —',
      '52-week high | — | −6.3%',
    ]);
    expect(heard.map((row) => row.join(' | '))).to.deep.equal([
      'Close | CN¥79.00 | not available',
      'Trend line | CN¥47.01 | +68.0%',
      'Fair value | not available | not available',
      '52-week low | CN¥11.41 | not available',
      '52-week high | not available | −6.3%',
    ]);
    // A missing drawdown keeps its row in the stats, with a dash named "not available".
    const data = await fixture('000657-seed');
    data.price.drawdown = null;
    const none = await levels(data);
    expect(terms(none)).to.include('Drawdown from 52-week high: —not available');
    expect(chartName(none)).to.contain('drawdown not available');
  });

  it('offers the numbers as a table', async () => {
    const el = await load('us-megacap-downtrend');
    const { seen, heard } = await tableCellsSeenAndHeard(el);
    expect(heard[0]).to.deep.equal(['Close', '$217.55', 'not available']);
    expect(seen.map((row) => row.join(' | '))).to.deep.equal([
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
    expect(chart(el).querySelector('g.level-missing[data-key="fair"] text')?.textContent).to.equal('Fair value —');
  });

  describe('laid out for its width', () => {
    after(() => setViewport({ width: 800, height: 600 }));

    for (const width of [375, 1280]) {
      for (const name of [...FIXTURES, 'missing-values'] as (FixtureName | ExtraFixtureName)[]) {
        it(`keeps every text inside its box, 12px or more, at ${width}px with ${name}`, async () => {
          await setViewport({ width, height: 800 });
          await loadLanguage('de-DE');
          for (const locale of ['en-US', 'de-DE']) {
            const el = await placeInBody('price-levels', await fixture(name), { locale });
            try {
              // One unit to one pixel: the drawing is as wide as the element's content box.
              const svg = chart(el);
              expect(svg.getBoundingClientRect().width).to.be.closeTo(el.getBoundingClientRect().width, 1);
              expect(drawingWidth(el)).to.equal(Math.floor(el.getBoundingClientRect().width));
              expect(textSizeProblems(el)).to.deep.equal([]);
              expect(textBoxProblems(el)).to.deep.equal([]);
              // The labels at the ends of the range keep their last character inside the drawing.
              const box = svg.getBoundingClientRect();
              for (const text of svg.querySelectorAll('text')) {
                const r = text.getBoundingClientRect();
                expect(r.left, text.textContent!).to.be.at.least(box.left - 0.5);
                expect(r.right, text.textContent!).to.be.at.most(box.right + 0.5);
              }
              const size = (sel: string) => parseFloat(getComputedStyle(svg.querySelector(sel)!).fontSize);
              expect(size('.label')).to.be.at.least(12);
              expect(size('.end-value')).to.be.at.least(12);
            } finally {
              el.remove();
            }
          }
        });
      }
    }

    it('keeps German labels inside a 300px box, the arrow alone saying "off scale" where the words do not fit', async () => {
      await loadLanguage('de-DE');
      for (const name of [...FIXTURES, 'missing-values'] as (FixtureName | ExtraFixtureName)[]) {
        const el = await levels(await fixture(name), { locale: 'de-DE' });
        await resizeTo(el, '300px');
        expect(drawingWidth(el), name).to.equal(300);
        expect(textBoxProblems(el), name).to.deep.equal([]);
        if (name === 'eu-extreme') {
          expect(level(el, 'fair')?.text).to.equal('Fairer Wert 0,63\u00A0€ | Schlusskurs +73.480,6\u00A0%');
          expect(level(el, 'fair')?.arrow).to.equal(true);
          expect(chartName(el)).to.contain('unter der 52-Wochen-Spanne, außerhalb der Skala');
        }
      }
    });

    it('puts the 52-week ends beside the bar when wide, under it when narrow; the height changes only there', async () => {
      const el = await levels(await fixture('000657-seed'));
      const ends = () => [...chart(el).querySelectorAll('.ends text')].map((t) => Number(t.getAttribute('y')));
      const barY = () => Number(chart(el).querySelector('rect.track')!.getAttribute('y'));
      const height = () => Number(chart(el).getAttribute('height'));
      el.style.width = '900px';
      await new Promise(requestAnimationFrame);
      await new Promise(requestAnimationFrame);
      await el.updateComplete;
      expect(Math.max(...ends())).to.be.below(barY() + 20);
      const wide = height();
      el.style.width = '700px';
      await new Promise(requestAnimationFrame);
      await new Promise(requestAnimationFrame);
      await el.updateComplete;
      expect(height()).to.equal(wide);
      el.style.width = '340px';
      await new Promise(requestAnimationFrame);
      await new Promise(requestAnimationFrame);
      await el.updateComplete;
      expect(Math.min(...ends())).to.be.above(barY() + 10);
      expect(drawingWidth(el)).to.equal(340);
    });
  });
});

describe('layoutPriceLevels(levels)', () => {
  it('pins levels above the high to the right end', () => {
    const layout = layoutPriceLevels(
      {
        close: { value: 10, currency: 'USD' },
        fair: { value: 50, currency: 'USD' },
        low: { value: 5, currency: 'USD' },
        high: { value: 15, currency: 'USD' },
      },
      formatter('en-US'),
    );
    const fair = layout.markers.find((m) => m.key === 'fair')!;
    expect(fair.placement).to.equal('above');
    expect(fair.x).to.equal(layout.right);
    expect(layout.markers.find((m) => m.key === 'close')!.x).to.equal((layout.left + layout.right) / 2);
  });
});
