import { expect } from '@open-wc/testing';
import '../../src/elements/price-history.js';
import type { PriceHistory } from '../../src/elements/price-history.js';
import { FIXTURES, fixture, type FixtureName } from '../fixtures.js';
import { type PlaceOptions, chartName, place, shownText, drawingWidth, resizeTo, tableCells } from '../helpers.js';

const history = (data: unknown, attrs: PlaceOptions = {}) => place<PriceHistory>('price-history', data, attrs);
const load = async (name: FixtureName, attrs: PlaceOptions = {}) => history(await fixture(name), attrs);

function chart(el: Element): SVGSVGElement {
  return el.shadowRoot!.querySelector('svg[part="chart"]')!;
}

/** The vertices of a path made of M/L commands. */
function vertices(d: string | null): { x: number; y: number }[] {
  return [...(d ?? '').matchAll(/[ML]\s*(-?[\d.]+)[ ,](-?[\d.]+)/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]) }));
}

const price = (text: string) => parseFloat(text.replace(/,/g, ''));

/** y-tick value -> y, read from the gridlines and their en-US labels. */
function ticks(el: Element) {
  const lines = [...chart(el).querySelectorAll('.y-axis line.gridline')];
  const labels = [...chart(el).querySelectorAll('.y-axis text')];
  return lines.map((line, i) => ({
    y: Number(line.getAttribute('y1')),
    value: price(labels[i].textContent!.replace(/[^\d.,-]/g, '')),
  }));
}

describe('<price-history>', () => {
  it('names the weeks, the first and latest close, the trend line and fair value', async () => {
    const el = await load('000657-seed');
    expect(chartName(el)).to.equal(
      'Weekly closes for 000657 from Mar 13 to Jun 12, 2026: CN¥56.07 to CN¥79.00; trend line CN¥47.01; fair value CN¥17.71',
    );
    // Narrower than 560px it is laid out 360 units wide, under the same name.
    expect(drawingWidth(el)).to.equal(640);
    const name = chartName(el);
    await resizeTo(el, '340px');
    expect(drawingWidth(el)).to.equal(360);
    expect(chartName(el)).to.equal(name);
    expect(chart(el).querySelector('.last-label')?.textContent).to.equal('CN¥79.00');
  });

  for (const name of FIXTURES) {
    it(`draws three lines, one vertex per week, oldest left, with ${name}`, async () => {
      const data = await fixture(name);
      const rows = [...data.recent_rows].reverse();
      const el = await history(data);
      for (const width of ['700px', '340px']) {
        await resizeTo(el, width);
        const svg = chart(el);
        const close = vertices(svg.querySelector('path.line--close')!.getAttribute('d'));
        expect(close).to.have.length(rows.length);
        for (let i = 1; i < close.length; i++) expect(close[i].x).to.be.greaterThan(close[i - 1].x);
        expect(vertices(svg.querySelector('path.line--trend')!.getAttribute('d'))).to.have.length(rows.length);
        expect(vertices(svg.querySelector('path.line--fair')!.getAttribute('d'))).to.have.length(rows.length);
        // y is linear in price: read the scale off two gridlines, then map the newest close.
        const t = ticks(el);
        const [a, b] = [t[0], t.at(-1)!];
        const y = (v: number) => a.y + ((v - a.value) / (b.value - a.value)) * (b.y - a.y);
        const newest = price(rows.at(-1).close);
        expect(close.at(-1)!.y).to.be.closeTo(y(newest), 0.6);
        expect(close[0].y).to.be.closeTo(y(price(rows[0].close)), 0.6);
        const fair = vertices(svg.querySelector('path.line--fair')!.getAttribute('d'));
        expect(fair.at(-1)!.y).to.be.closeTo(y(price(rows.at(-1).fair_value)), 0.6);
        // Trend signal: one square per week that is On.
        const on = rows.filter((r: { trend_signal: string }) => r.trend_signal === 'On').length;
        expect(svg.querySelectorAll('rect.signal--on')).to.have.length(on);
        expect(svg.querySelectorAll('line.signal--off')).to.have.length(rows.length - on);
      }
    });
  }

  it('labels the date axis with short dates, always the newest', async () => {
    const el = await load('000657-seed');
    const dates = [...chart(el).querySelectorAll('.x-axis text')].map((t) => t.textContent);
    expect(dates.at(-1)).to.equal('Jun 12');
    expect(dates.length).to.be.within(4, 14);
    const gb = await load('gb-sparse');
    expect([...chart(gb).querySelectorAll('.x-axis text')].map((t) => t.textContent)).to.deep.equal([
      'May 29',
      'Jun 5',
      'Jun 12',
    ]);
    expect([...chart(gb).querySelectorAll('.y-axis text')].map((t) => t.textContent)).to.include('£4.00');
  });

  it('has a legend telling the lines apart by dash pattern as well as colour', async () => {
    const el = await load('000657-seed');
    const items = [...el.shadowRoot!.querySelectorAll('[part="legend"] li')].map((li) => li.textContent?.trim());
    expect(items).to.deep.equal(['Close', 'Trend line', 'Fair value', 'Trend signal on']);
    const dash = (cls: string) =>
      getComputedStyle(el.shadowRoot!.querySelector(`[part="legend"] .line--${cls}`)!).strokeDasharray;
    expect(new Set([dash('close'), dash('trend'), dash('fair')]).size).to.equal(3);
    const drawn = (cls: string) => getComputedStyle(chart(el).querySelector(`path.line--${cls}`)!).strokeDasharray;
    expect(drawn('trend')).to.equal(dash('trend'));
  });

  it('formats for the locale', async () => {
    const de = await load('000657-seed', { locale: 'de-DE' });
    expect(chartName(de)).to.equal(
      'Weekly closes for 000657 from 13. März to 12. Juni 2026: 56,07\u00A0CN¥ to 79,00\u00A0CN¥; trend line 47,01\u00A0CN¥; fair value 17,71\u00A0CN¥',
    );
    expect([...chart(de).querySelectorAll('.x-axis text')].map((t) => t.textContent).at(-1)).to.equal('12. Juni');
    const ja = await load('jp-flat', { locale: 'ja-JP' });
    expect(chart(ja).querySelector('.last-label')?.textContent).to.equal('￥2,710');
  });

  it('offers the weeks as a table, newest first', async () => {
    const el = await load('gb-sparse');
    const cells = (await tableCells(el)).map((row) => row.join(' | '));
    expect(cells).to.deep.equal([
      'Jun 12, 2026 | £4.84 | £4.64 | £2.95 | +2.4% | On',
      'Jun 5, 2026 | £4.73 | £4.63 | £2.95 | +3.4% | On',
      'May 29, 2026 | £4.57 | £4.62 | £2.94 | −2.0% | Off',
    ]);
    const head = [...el.shadowRoot!.querySelectorAll('thead th')].map((th) => th.textContent);
    expect(head).to.deep.equal(['Week', 'Close', 'Trend line', 'Fair value', 'Weekly return', 'Trend signal']);
  });

  it('leaves a gap for a week without a price, and shows — for it', async () => {
    const data = await fixture('000657-seed');
    data.recent_rows[3].close = null;
    const el = await history(data);
    const d = chart(el).querySelector('path.line--close')!.getAttribute('d')!;
    expect(d.match(/M/g)).to.have.length(2);
    expect(vertices(d)).to.have.length(13);
    expect(shownText(el)).not.to.contain('NaN');
    expect((await tableCells(el))[3][1]).to.equal('—');
  });

  it('shows the empty state when the report has no recent rows', async () => {
    const data = await fixture('000657-seed');
    delete data.recent_rows;
    const el = await history(data);
    expect(el.state).to.equal('empty');
    expect(shownText(el)).to.equal('No recent weeks in this report.');
  });
});
