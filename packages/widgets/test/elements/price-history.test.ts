import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/elements/price-history.js';
import type { PriceHistory } from '../../src/elements/price-history.js';
import { loadLanguage } from '../../src/i18n/index.js';
import { FIXTURES, fixture, type ExtraFixtureName, type FixtureName } from '../fixtures.js';
import {
  type PlaceOptions,
  chartName,
  place,
  placeInBody,
  shownText,
  drawingWidth,
  resizeTo,
  tableCells,
  tableCellsSeenAndHeard,
  textBoxProblems,
  textSizeProblems,
} from '../helpers.js';

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
    // Laid out for its width, one unit to one pixel, under the same name at every width.
    await resizeTo(el, '700px');
    expect(drawingWidth(el)).to.equal(700);
    const name = chartName(el);
    await resizeTo(el, '340px');
    expect(drawingWidth(el)).to.equal(340);
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
    // Ticks that need decimals all carry the currency's two.
    expect([...chart(gb).querySelectorAll('.y-axis text')].map((t) => t.textContent)).to.include('£4.00');
  });

  it('prints whole price ticks without decimals, one precision per axis', async () => {
    const el = await load('000657-seed');
    const ticks = [...chart(el).querySelectorAll('.y-axis text')].map((t) => t.textContent);
    expect(ticks).to.deep.equal(['CN¥10', 'CN¥20', 'CN¥30', 'CN¥40', 'CN¥50', 'CN¥60', 'CN¥70', 'CN¥80']);
    for (const name of FIXTURES) {
      const texts = [...chart(await load(name)).querySelectorAll('.y-axis text')].map((t) => t.textContent!);
      const decimals = new Set(texts.map((t) => /[.,](\d+)\D*$/.exec(t)?.[1].length ?? 0));
      expect(decimals.size, `${name}: ${texts.join(' ')}`).to.equal(1);
      if (decimals.has(2))
        expect(
          texts.some((t) => !/[.,]00\D*$/.test(t)),
          `${name}: ${texts.join(' ')}`,
        ).to.equal(true);
    }
  });

  it('keeps the date axis clear: the lowest gridline and every line above it', async () => {
    const el = await load('eu-extreme');
    const axis = Number(chart(el).querySelector('line.axis-line')!.getAttribute('y1'));
    const gridlines = [...chart(el).querySelectorAll('.y-axis line.gridline')].map((l) => Number(l.getAttribute('y1')));
    // One gridline per price tick, at least three of them (else the highest of none passes).
    const labels = [...chart(el).querySelectorAll('.y-axis text')];
    expect(gridlines, 'the gridlines').to.have.length.at.least(3);
    expect(gridlines, 'one gridline per tick label').to.have.length(labels.length);
    expect(Math.max(...gridlines)).to.be.at.most(axis - 6);
    const fair = vertices(chart(el).querySelector('path.line--fair')!.getAttribute('d'));
    expect(fair, 'one fair-value vertex per week').to.have.length((await fixture('eu-extreme')).recent_rows.length);
    // A fair value of €0.63 on an axis from €0: on the lowest gridline, not on the date axis.
    for (const p of fair) expect(p.y).to.be.at.most(axis - 6);
  });

  it('has a legend telling the lines apart by dash pattern as well as colour, and naming each marker drawn', async () => {
    const el = await load('000657-seed');
    const items = [...el.shadowRoot!.querySelectorAll('[part="legend"] li')].map((li) => li.textContent?.trim());
    expect(items).to.deep.equal(['Close', 'Trend line', 'Fair value', 'Trend signal on']);
    // Each item: a swatch, then its text (the standalone SVG's legend is built from it).
    for (const li of el.shadowRoot!.querySelectorAll('[part="legend"] li')) {
      expect(li.firstElementChild?.matches('svg.swatch')).to.equal(true);
    }
    const gb = await load('gb-sparse');
    expect([...gb.shadowRoot!.querySelectorAll('[part="legend"] li')].map((li) => li.textContent?.trim())).to.deep.equal([
      'Close',
      'Trend line',
      'Fair value',
      'Trend signal on',
      'Trend signal off',
    ]);
    const dash = (cls: string) =>
      getComputedStyle(el.shadowRoot!.querySelector(`[part="legend"] .line--${cls}`)!).strokeDasharray;
    expect(new Set([dash('close'), dash('trend'), dash('fair')]).size).to.equal(3);
    const drawn = (cls: string) => getComputedStyle(chart(el).querySelector(`path.line--${cls}`)!).strokeDasharray;
    expect(drawn('trend')).to.equal(dash('trend'));
  });

  it('speaks the locale: words, numbers and dates', async () => {
    await Promise.all(['de-DE', 'ja-JP', 'zh-CN'].map(loadLanguage));
    const de = await load('000657-seed', { locale: 'de-DE' });
    expect(chartName(de)).to.equal(
      'Wochenschlusskurse von 000657 vom 13. März bis 12. Juni 2026: 56,07\u00A0CN¥ bis 79,00\u00A0CN¥; Trendlinie 47,01\u00A0CN¥; fairer Wert 17,71\u00A0CN¥',
    );
    expect([...chart(de).querySelectorAll('.x-axis text')].map((t) => t.textContent).at(-1)).to.equal('12. Juni');
    expect([...chart(de).querySelectorAll('.y-axis text')].map((t) => t.textContent).at(-1)).to.equal('80\u00A0CN¥');
    expect([...de.shadowRoot!.querySelectorAll('[part="legend"] li')].map((li) => li.textContent?.trim())).to.deep.equal([
      'Schlusskurs',
      'Trendlinie',
      'Fairer Wert',
      'Trendsignal an',
    ]);
    expect(chart(de).querySelector('.signals text')?.textContent).to.equal('Trend');
    const head = () => [...de.shadowRoot!.querySelectorAll('thead th')].map((th) => th.textContent);
    await tableCells(de);
    expect(head()).to.deep.equal(['Woche', 'Schlusskurs', 'Trendlinie', 'Fairer Wert', 'Wochenrendite', 'Trendsignal']);
    const ja = await load('jp-flat', { locale: 'ja-JP' });
    expect(chart(ja).querySelector('.last-label')?.textContent).to.equal('￥2,710');
    expect(ja.shadowRoot!.querySelector('[part="legend"] li')?.textContent?.trim()).to.equal('終値');
    const zh = await load('000657-seed', { locale: 'zh-CN' });
    expect(chartName(zh)).to.match(/^000657周收盘价/);
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
    const { seen, heard } = await tableCellsSeenAndHeard(el);
    expect([seen[3][1], heard[3][1]]).to.deep.equal(['—', 'not available']);
  });

  it('keeps the place of a week with no price at all: a gap in every line, dashes in the table', async () => {
    const data = await fixture('000657-seed');
    const week = data.recent_rows[5];
    week.close = week.trend_line = week.fair_value = null;
    const el = await history(data);
    for (const key of ['close', 'trend', 'fair']) {
      const d = chart(el).querySelector(`path.line--${key}`)!.getAttribute('d')!;
      expect(d.match(/M/g), key).to.have.length(2);
      expect(vertices(d), key).to.have.length(13);
    }
    // Still 14 evenly spaced weeks: the gap is one step wide.
    const xs = vertices(chart(el).querySelector('path.line--close')!.getAttribute('d'));
    const step = xs[1].x - xs[0].x;
    const gap = xs.findIndex((p, i) => i && p.x - xs[i - 1].x > step * 1.5);
    expect(xs[gap].x - xs[gap - 1].x).to.be.closeTo(2 * step, 0.1);
    const { seen, heard } = await tableCellsSeenAndHeard(el);
    expect(seen[5].slice(1, 4)).to.deep.equal(['—', '—', '—']);
    expect(heard[5].slice(1, 4)).to.deep.equal(['not available', 'not available', 'not available']);
  });

  describe('laid out for its width', () => {
    after(() => setViewport({ width: 800, height: 600 }));
    for (const width of [375, 1280]) {
      for (const name of [...FIXTURES, 'missing-values'] as (FixtureName | ExtraFixtureName)[]) {
        it(`fills its box, text at its size and inside the box, at ${width}px with ${name}`, async () => {
          await setViewport({ width, height: 800 });
          await loadLanguage('de-DE');
          for (const locale of ['en-US', 'de-DE']) {
            const el = await placeInBody('price-history', await fixture(name), { locale });
            try {
              const svg = chart(el);
              expect(svg.getBoundingClientRect().width).to.be.closeTo(el.getBoundingClientRect().width, 1);
              expect(Number(svg.getAttribute('height'))).to.equal(250);
              expect(textSizeProblems(el)).to.deep.equal([]);
              expect(textBoxProblems(el)).to.deep.equal([]);
              const label = svg.querySelector('.last-label')!;
              expect(parseFloat(getComputedStyle(label).fontSize)).to.equal(12);
              expect(label.getBoundingClientRect().right).to.be.at.most(svg.getBoundingClientRect().right);
              // Dates never collide.
              const dates = [...svg.querySelectorAll('.x-axis text')].map((t) => t.getBoundingClientRect());
              expect(dates.length, 'date labels').to.be.at.least(2);
              for (let i = 1; i < dates.length; i++) expect(dates[i].left).to.be.above(dates[i - 1].right);
            } finally {
              el.remove();
            }
          }
        });
      }
    }

    it('prints more dates when wide than when narrow', async () => {
      const el = await load('000657-seed');
      const count = () => chart(el).querySelectorAll('.x-axis text').length;
      await resizeTo(el, '1200px');
      const wide = count();
      await resizeTo(el, '340px');
      expect(count()).to.be.below(wide);
      expect(wide).to.equal(14);
    });
  });

  it('shows the empty state when the report has no recent rows', async () => {
    const data = await fixture('000657-seed');
    delete data.recent_rows;
    const el = await history(data);
    expect(el.state).to.equal('empty');
    expect(shownText(el)).to.equal('No recent weeks in this report.');
  });
});
