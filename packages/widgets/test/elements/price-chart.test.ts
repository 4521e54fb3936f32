import { expect, fixture as mount, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/elements/price-chart.js';
import type { PriceChart } from '../../src/elements/price-chart.js';
import { loadLanguage } from '../../src/i18n/index.js';
import {
  chartName,
  collapseSpace,
  drawingWidth,
  fold,
  inBox,
  resizeTo,
  settled,
  tableCellsSeenAndHeard,
  settledDeep,
  shownText,
  textBoxProblems,
  textSizeProblems,
} from '../helpers.js';

type Name = 'ovi' | 'gaps' | 'short';
const cache = new Map<Name, unknown>();
async function history(name: Name): Promise<Record<string, any>> {
  if (!cache.has(name)) cache.set(name, await (await fetch(new URL(`../fixtures/history-${name}.json`, import.meta.url))).json());
  return structuredClone(cache.get(name)) as Record<string, any>;
}

/** `<price-chart>` 700px wide (en-US, light unless told) with `data`, settled. */
async function chart(data: unknown, attrs: Record<string, string> = {}): Promise<PriceChart> {
  const el = document.createElement('price-chart');
  for (const [name, value] of Object.entries({ locale: 'en-US', theme: 'light', ...attrs })) el.setAttribute(name, value);
  el.data = data;
  await inBox(el, 700);
  await settled(el as never);
  return el;
}

const svgOf = (el: PriceChart) => el.shadowRoot!.querySelector<SVGSVGElement>('svg[part="chart"]')!;
const readout = (el: PriceChart) => fold(el.shadowRoot!.querySelector('[part="readout"]')!.textContent);
const d = (el: PriceChart, cls: string) => svgOf(el).querySelector(`path.${cls}`)!.getAttribute('d') ?? '';
/** Vertices of an M/L path; subpaths closed with Z (candle bodies, markers, bands). */
const vertices = (path: string) => (path.match(/[ML]/g) ?? []).length;
const closed = (path: string) => (path.match(/Z/g) ?? []).length;

async function rows(el: PriceChart): Promise<string[][]> {
  const details = el.shadowRoot!.querySelector('details')!;
  if (!details.open) {
    const toggled = oneEvent(details, 'toggle');
    details.open = true;
    await toggled;
    await el.updateComplete;
  }
  return [...el.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => fold(c.textContent)));
}

describe('<price-chart>', () => {
  it('names the range with its numbers, and shows 1Y by default', async () => {
    const el = await chart(await history('ovi'));
    expect(el.state).to.equal('ready');
    expect(el.getAttribute('range')).to.equal('1Y');
    expect(chartName(el)).to.equal(
      'Price chart of OVI, 1Y: close $30.43 on Jun 12, 2026, range $14.78–$31.96, up 91.9% over 52 weeks',
    );
    expect(vertices(d(el, 'line--close'))).to.equal(52);
    expect(await rows(el)).to.have.length(52);
    expect((await rows(el))[0]).to.deep.equal([
      'Jun 12, 2026',
      '$31.56',
      '$31.58',
      '$29.92',
      '$30.43',
      '1.1M',
      '$25.52',
      '$20.43',
      'Trend',
    ]);
    expect(el.report!.symbol).to.equal('OVI');
  });

  it('draws 1Y, 3Y, 5Y and All as 52, 156, 260 and every week; the buttons say which is on and fire range-change', async () => {
    const el = await chart(await history('ovi'));
    const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="range"]')];
    expect(buttons.map((b) => b.textContent!.trim())).to.deep.equal(['1Y', '3Y', '5Y', 'All']);
    expect(el.shadowRoot!.querySelector('[part="ranges"]')!.getAttribute('role')).to.equal('group');
    const counts: number[] = [];
    for (const [i, button] of buttons.entries()) {
      const event = i === 0 ? undefined : oneEvent(el, 'range-change');
      button.click();
      if (event) expect((await event).detail).to.deep.equal({ range: button.textContent!.trim() });
      await el.updateComplete;
      expect(buttons.map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(buttons.map((b) => String(b === button)));
      counts.push(vertices(d(el, 'line--close')), (await rows(el)).length);
    }
    expect(counts).to.deep.equal([52, 52, 156, 156, 260, 260, 313, 313]);
    expect(el.range).to.equal('All');
    expect(chartName(el)).to.match(/^Price chart of OVI, All: close \$30\.43 on Jun 12, 2026, range .* over 313 weeks$/);
    // Set as an attribute, no event.
    let fired = 0;
    el.addEventListener('range-change', () => fired++);
    el.setAttribute('range', '3Y');
    await el.updateComplete;
    expect(vertices(d(el, 'line--close'))).to.equal(156);
    expect(fired).to.equal(0);
  });

  it('moves the crosshair by keyboard, and the live readout says the week', async () => {
    const el = await chart(await history('ovi'));
    const live = el.shadowRoot!.querySelector('[part="readout"]')!;
    expect(live.getAttribute('aria-live')).to.equal('polite');
    expect(readout(el)).to.equal(
      'Jun 12, 2026: open $31.56, high $31.58, low $29.92, close $30.43; volume 1.1M; trend line $25.52; fair value $20.43; trend signal on',
    );
    const svg = svgOf(el);
    expect(svg.getAttribute('tabindex')).to.equal('0');
    svg.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(readout(el)).to.equal(
      'Jun 5, 2026: open $30.13, high $31.96, low $29.85, close $31.65; volume 1.1M; trend line $25.17; fair value $20.38; trend signal on',
    );
    const cross = () => Number(svgOf(el).querySelector('line.cross')!.getAttribute('x1'));
    const at = cross();
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(readout(el)).to.match(/^May 29, 2026: /);
    expect(cross()).to.be.below(at);
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(readout(el)).to.match(/^Jun 20, 2025: /);
    await sendKeys({ press: 'PageUp' });
    await el.updateComplete;
    expect(readout(el)).to.match(/^Sep 19, 2025: /); // 13 weeks on
    await sendKeys({ press: 'PageDown' });
    await sendKeys({ press: 'ArrowLeft' }); // already the first week: stays
    await el.updateComplete;
    expect(readout(el)).to.match(/^Jun 20, 2025: /);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(readout(el)).to.match(/^Jun 12, 2026: /);
  });

  it('follows the pointer', async () => {
    const el = await chart(await history('ovi'));
    const svg = svgOf(el);
    const box = svg.getBoundingClientRect();
    const scale = box.width / Number(svg.getAttribute('viewBox')!.split(' ')[2]);
    // The first week's centre: the plot starts where the first gridline does.
    const left = Number(svg.querySelector('.y-axis line')!.getAttribute('x1'));
    const right = Number(svg.querySelector('.y-axis line')!.getAttribute('x2'));
    const step = (right - left) / 52;
    const move = (week: number) =>
      svg.dispatchEvent(
        new PointerEvent('pointermove', {
          bubbles: true,
          composed: true,
          clientX: box.left + (left + (week + 0.5) * step) * scale,
          clientY: box.top + 50,
        }),
      );
    move(0);
    await el.updateComplete;
    expect(readout(el)).to.match(/^Jun 20, 2025: open /);
    move(51);
    await el.updateComplete;
    expect(readout(el)).to.match(/^Jun 12, 2026: /);
    move(50);
    await el.updateComplete;
    expect(readout(el)).to.match(/^Jun 5, 2026: /);
    expect(svg.querySelector('line.cross')).to.exist;
    svg.dispatchEvent(new PointerEvent('pointerleave', { bubbles: false }));
    el.shadowRoot!.querySelector('.plot')!.dispatchEvent(new PointerEvent('pointerleave'));
    await el.updateComplete;
    expect(svg.querySelector('line.cross')).to.equal(null);
  });

  it('draws candles: one per week with a full bar, hollow up and filled down', async () => {
    const data = await history('ovi');
    const el = await chart(data, { variant: 'candles' });
    const year = data.weeks.slice(-52);
    const down = year.filter((w: { open: number; close: number }) => w.close < w.open).length;
    expect(closed(d(el, 'candle--down'))).to.equal(down);
    expect(closed(d(el, 'candle--up'))).to.equal(52 - down);
    expect(d(el, 'line--close')).to.equal('');
    expect(getComputedStyle(svgOf(el).querySelector('.candle--up')!).fill).to.equal(
      getComputedStyle(el.shadowRoot!.querySelector('.root')!).backgroundColor,
    );
    const legend = collapseSpace(el.shadowRoot!.querySelector('[part="legend"]')!.textContent!);
    expect(legend).to.contain('Candles: up week hollow, down week filled');
    el.variant = 'line';
    await el.updateComplete;
    expect(closed(d(el, 'candle--up'))).to.equal(0);
    expect(vertices(d(el, 'line--close'))).to.equal(52);
  });

  it('shades the trend-signal runs and marks buy signals', async () => {
    const data = await history('ovi');
    const el = await chart(data, { range: 'All' });
    const flags = data.weeks.map((w: { trend_signal: boolean }) => w.trend_signal);
    const runs = flags.filter((on: boolean, i: number) => on && !flags[i - 1]).length;
    expect(closed(d(el, 'band'))).to.equal(runs);
    expect(closed(d(el, 'buy'))).to.equal(data.weeks.filter((w: { buy_signal: boolean }) => w.buy_signal).length);
    // Volume: one bar per week that has one.
    expect((d(el, 'volume').match(/M/g) ?? []).length).to.equal(313);
    // Years label the axis over long ranges.
    expect([...svgOf(el).querySelectorAll('.x-axis text')].map((t) => t.textContent)).to.deep.equal([
      '2021',
      '2022',
      '2023',
      '2024',
      '2025',
      '2026',
    ]);
  });

  it('draws a history with gaps: missing weeks, volumes and closes', async () => {
    const el = await chart(await history('gaps'), { range: 'All' });
    expect(el.state).to.equal('ready');
    const close = d(el, 'line--close');
    expect(vertices(close)).to.equal(105 - 2); // two weeks without a close
    expect((close.match(/M/g) ?? []).length).to.be.at.least(3); // the line breaks at each
    expect((d(el, 'volume').match(/M/g) ?? []).length).to.equal(105 - 3);
    const { seen, heard } = await tableCellsSeenAndHeard(el);
    expect(seen).to.have.length(105);
    // A week with no bar: every price and the volume missing (a dash, read as "not available"), the levels still known.
    const week = seen.findIndex((r) => r[0] === 'May 12, 2023');
    expect(seen[week]).to.deep.equal(['May 12, 2023', '—', '—', '—', '—', '—', 'CN¥2.05', 'CN¥1.43', '—']);
    const na = 'not available';
    expect(heard[week]).to.deep.equal(['May 12, 2023', na, na, na, na, na, 'CN¥2.05', 'CN¥1.43', na]);
    svgOf(el).focus();
    await sendKeys({ press: 'End' });
    for (let i = 0; i < 7; i++) await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(readout(el)).to.match(/^May 12, 2023: open —, high —, low —, close —; volume —; /);
  });

  it('draws a short history: 20 weeks in every range, dates under the axis', async () => {
    const el = await chart(await history('short'), { range: '5Y' });
    expect(vertices(d(el, 'line--close'))).to.equal(20);
    expect(chartName(el)).to.match(/^Price chart of VORA, 5Y: close .* over 20 weeks$/);
    const dates = [...svgOf(el).querySelectorAll('.x-axis text')].map((t) => t.textContent);
    expect(dates.at(-1)).to.equal('Jun 12');
  });

  it('is empty without weeks, and an error with a bad history', async () => {
    const empty = await chart({ symbol: 'ABC', weeks: [] });
    expect(empty.state).to.equal('empty');
    expect(shownText(empty)).to.equal('No weeks in this history.');
    const onError = oneEvent(document, 'report-error');
    const bad = await chart({ symbol: 'ABC', weeks: [{ week: '2026-06-12', close: [] }] });
    expect(bad.state).to.equal('error');
    const { detail } = await onError;
    expect(detail.error.issues).to.deep.equal([{ path: 'weeks.0.close', message: 'expected text or a number, got array' }]);
    expect(bad.shadowRoot!.querySelector('[part="error"]')!.getAttribute('role')).to.equal('alert');
    expect(shownText(bad)).to.contain('The history is not valid: weeks.0.close');
    // A report is not a history.
    const report = await chart({ ticker: { symbol: 'X' } });
    expect(report.state).to.equal('error');
    expect(shownText(report)).to.contain('symbol: expected text, got nothing');
  });

  it('loads by src', async () => {
    const host = await mount<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('price-chart');
    el.setAttribute('src', new URL('../fixtures/history-short.json', import.meta.url).href);
    const loaded = oneEvent(el, 'report-load');
    host.append(el);
    expect((await loaded).detail.report.symbol).to.equal('VORA');
    await settled(el as never);
    expect(el.state).to.equal('ready');
  });

  it('is drawn narrow at phone width (375px) and in the dark theme', async () => {
    const el = await chart(await history('ovi'), { theme: 'dark', variant: 'candles' });
    await settledDeep(el);
    expect(drawingWidth(el)).to.equal(700);
    await resizeTo(el as never, '375px');
    expect(drawingWidth(el)).to.equal(375);
    expect(closed(d(el, 'candle--up')) + closed(d(el, 'candle--down'))).to.equal(52);
    const root = el.shadowRoot!.querySelector('.root')!;
    expect(getComputedStyle(root).backgroundColor).to.equal('rgb(19, 26, 34)');
    const pressed = el.shadowRoot!.querySelector('[aria-pressed="true"]')!;
    expect(getComputedStyle(pressed).backgroundColor).to.equal('rgb(122, 167, 255)');
    // Nothing overflows the element at 375px.
    expect(el.shadowRoot!.querySelector('.frame')!.scrollWidth).to.be.at.most(375);
  });

  it('prints whole price ticks without decimals, and dates inside the drawing', async () => {
    const data = await history('ovi');
    const el = await chart(data);
    await settledDeep(el);
    const ticks = [...svgOf(el).querySelectorAll('.y-axis text')].map((t) => t.textContent);
    expect(ticks).to.deep.equal(['$10', '$15', '$20', '$25', '$30', '$35']);
    const box = svgOf(el).getBoundingClientRect();
    const dates = [...svgOf(el).querySelectorAll('.x-axis text')];
    expect(dates.at(-1)!.textContent).to.equal('Jun 12');
    expect(dates.at(-1)!.getBoundingClientRect().right).to.be.at.most(box.right);
    // The lines stay in the price pane: between its top and bottom gridlines, above the volume bars and the axis.
    const grid = [...svgOf(el).querySelectorAll('.y-axis line')].map((l) => Number(l.getAttribute('y1')));
    expect(grid, 'one gridline per price tick').to.have.length(6);
    // 1Y is the newest 52 weeks of the fixture; each line has a point for every one of them with its value.
    const year = data.weeks.slice(-52) as Record<string, unknown>[];
    for (const [cls, key] of [
      ['line--close', 'close'],
      ['line--trend', 'trend_line'],
      ['line--fair', 'fair_value'],
    ] as const) {
      const points = [...d(el, cls).matchAll(/[ML](-?[\d.]+)[ ,](-?[\d.]+)/g)];
      expect(points, `${cls}: one point per week with a ${key}`).to.have.length(
        year.filter((w) => typeof w[key] === 'number').length,
      );
      for (const [, , y] of points) expect(Number(y), cls).to.be.within(Math.min(...grid), Math.max(...grid));
    }
  });

  it('has a legend naming every series and marker, each after its swatch', async () => {
    const el = await chart(await history('ovi'));
    const items = () => [...el.shadowRoot!.querySelectorAll('[part="legend"] li')];
    expect(items().map((li) => li.textContent!.trim())).to.deep.equal([
      'Close',
      'Trend line',
      'Fair value',
      'Trend signal on',
      'Buy signal',
      'Volume',
    ]);
    for (const li of items()) expect(li.firstElementChild?.matches('svg.swatch'), li.textContent!).to.equal(true);
    el.variant = 'candles';
    await el.updateComplete;
    expect(items()[0].textContent!.trim()).to.equal('Candles: up week hollow, down week filled');
    expect(items()[0].querySelectorAll('.swatch .candle')).to.have.length(2);
  });

  it('speaks German: range buttons, readout, legend, table', async () => {
    await loadLanguage('de-DE');
    const el = await chart(await history('ovi'), { locale: 'de-DE' });
    expect([...el.shadowRoot!.querySelectorAll('[part="range"]')].map((b) => b.textContent!.trim())).to.deep.equal([
      '1 J.',
      '3 J.',
      '5 J.',
      'Max.',
    ]);
    expect(el.shadowRoot!.querySelector('[part="ranges"]')!.getAttribute('aria-label')).to.equal('Zeitraum');
    // readout() folds the no-break space before $ into a plain space.
    expect(readout(el)).to.match(/^12\. Juni 2026: Eröffnung 31,56 \$, Hoch 31,58 \$, Tief 29,92 \$, Schluss 30,43 \$; Volumen /);
    expect(readout(el)).to.match(/; Trendsignal an$/);
    expect(chartName(el)).to.match(
      /^Kurschart von OVI, 1 J\.: Schlusskurs 30,43\u00A0\$ am 12\. Juni 2026, Spanne .* über 52 Wochen$/,
    );
    const legend = fold(el.shadowRoot!.querySelector('[part="legend"]')!.textContent);
    expect(legend).to.equal('Schlusskurs Trendlinie Fairer Wert Trendsignal an Kaufsignal Volumen');
    expect((await rows(el))[0].at(-1)).to.equal('Trend');
    const head = [...el.shadowRoot!.querySelectorAll('thead th')].map((th) => th.textContent);
    expect(head).to.deep.equal([
      'Woche',
      'Eröffnung',
      'Hoch',
      'Tief',
      'Schlusskurs',
      'Volumen',
      'Trendlinie',
      'Fairer Wert',
      'Signale',
    ]);
    expect([...svgOf(el).querySelectorAll('.y-axis text')].map((t) => t.textContent).at(-1)).to.equal('35\u00A0$');
  });

  describe('laid out for its width', () => {
    after(() => setViewport({ width: 800, height: 600 }));
    for (const width of [375, 1280]) {
      for (const name of ['ovi', 'gaps', 'short'] as Name[]) {
        it(`fills its box, text at its size and inside the box, at ${width}px with ${name}`, async () => {
          await setViewport({ width, height: 800 });
          await loadLanguage('de-DE');
          for (const [locale, range, variant] of [
            ['en-US', '1Y', 'line'],
            ['de-DE', 'All', 'candles'],
          ]) {
            const el = document.createElement('price-chart');
            el.setAttribute('locale', locale);
            el.setAttribute('range', range);
            el.setAttribute('variant', variant);
            el.data = await history(name);
            document.body.append(el);
            try {
              await settledDeep(el);
              const svg = svgOf(el);
              expect(svg.getBoundingClientRect().width).to.be.closeTo(el.getBoundingClientRect().width, 1);
              expect(Number(svg.getAttribute('height'))).to.equal(290);
              expect(textSizeProblems(el)).to.deep.equal([]);
              expect(textBoxProblems(el)).to.deep.equal([]);
              for (const sel of ['[part="readout"]', '[part="range"]']) {
                expect(parseFloat(getComputedStyle(el.shadowRoot!.querySelector(sel)!).fontSize)).to.be.at.least(12);
              }
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
  });

  it('exports a standalone SVG with a title', async () => {
    const el = await chart(await history('short'));
    const file = await el.toSVG();
    expect(file).to.match(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(file).to.contain('<title>Price chart of VORA, 1Y: ');
    expect(file).not.to.contain('tabindex');
  });
});
