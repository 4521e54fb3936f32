import { expect, fixture as mount, html } from '@open-wc/testing';
import '../../src/elements/momentum-bars.js';
import type { MomentumBars } from '../../src/elements/momentum-bars.js';
import { layoutMomentumBars } from '../../src/charts/momentum-bars.js';
import { type FIXTURES, fixture } from '../fixtures.js';
import { chartName, settled, terms, drawingWidth, resizeTo, tableCells } from '../helpers.js';

async function bars(name: (typeof FIXTURES)[number], attrs: { locale?: string; periods?: string; theme?: string } = {}) {
  const el = await mount<MomentumBars>(
    html`<momentum-bars
      .data=${await fixture(name)}
      locale=${attrs.locale ?? 'en-US'}
      theme=${attrs.theme ?? 'light'}
      periods=${attrs.periods ?? ''}
    ></momentum-bars>`,
  );
  await settled(el);
  return el;
}

function rows(el: Element) {
  return [...(el.shadowRoot?.querySelectorAll('svg[part="chart"] g.row') ?? [])].map((g) => {
    const rect = g.querySelector('rect')!;
    return {
      label: g.getAttribute('data-label'),
      x: Number(rect.getAttribute('x')),
      width: Number(rect.getAttribute('width')),
      capped: g.getAttribute('data-capped') === 'true',
      value: g.querySelector('text.value')?.textContent,
      cls: rect.getAttribute('class'),
    };
  });
}

describe('<momentum-bars>', () => {
  it('draws one bar per period, in order, with signed labels', async () => {
    const el = await bars('000657-seed');
    const drawn = rows(el);
    expect(drawn.map((r) => r.label)).to.deep.equal(['1W', '4W', '12W', '26W', '52W']);
    expect(drawn.map((r) => r.value)).to.deep.equal(['+12.7%', '+39.9%', '+57.7%', '+240.5%', '+567.7%']);
    expect(chartName(el)).to.equal(
      'Returns for 000657: 1-week +12.7%, 4-week +39.9%, 12-week +57.7%, 26-week +240.5%, 52-week +567.7%.',
    );
  });

  it('keeps small bars readable and caps the huge ones with a break mark', async () => {
    const el = await bars('000657-seed');
    const drawn = rows(el);
    expect(drawn.filter((r) => r.capped).map((r) => r.label)).to.deep.equal(['26W', '52W']);
    expect(el.shadowRoot?.querySelectorAll('svg[part="chart"] path.break')).to.have.length(2);
    // Linear below the cap: 4W is about 3.1x as long as 1W.
    expect(drawn[1].width / drawn[0].width).to.be.closeTo(39.92 / 12.7, 0.05);
    expect(drawn[0].width).to.be.greaterThan(20);
  });

  it('grows negative bars left of the zero line and positive ones right of it', async () => {
    const el = await bars('us-megacap-downtrend');
    const zero = Number(el.shadowRoot?.querySelector('svg[part="chart"] line.zero')?.getAttribute('x1'));
    const byLabel = Object.fromEntries(rows(el).map((r) => [r.label, r]));
    expect(byLabel['52W'].value).to.equal('−14.8%');
    expect(byLabel['52W'].x + byLabel['52W'].width).to.be.closeTo(zero, 0.01);
    expect(byLabel['52W'].cls).to.contain('neg');
    expect(byLabel['4W'].x).to.be.closeTo(zero, 0.01);
    expect(byLabel['4W'].cls).to.contain('pos');
    expect(byLabel['1W'].value).to.equal('−0.4%');
  });

  it('switches to a narrow drawing with the same bars when the element is narrower than 560px', async () => {
    const el = await bars('us-megacap-downtrend');
    const wide = rows(el);
    expect(drawingWidth(el)).to.equal(480);
    await resizeTo(el, '340px');
    expect(drawingWidth(el)).to.equal(320);
    const narrow = rows(el);
    expect(narrow.map((r) => [r.label, r.value, r.cls])).to.deep.equal(wide.map((r) => [r.label, r.value, r.cls]));
    expect(Math.max(...narrow.map((r) => r.x + r.width))).to.be.lessThan(320);
    await resizeTo(el, '700px');
    expect(drawingWidth(el)).to.equal(480);
    expect(rows(el)).to.deep.equal(wide);
  });

  it('shows streak, breadth and peer rank', async () => {
    expect(terms(await bars('000657-seed'))).to.deep.equal([
      'Trend streak: 56 wk',
      'Active: 52 of 52 wk (100.0%)',
      'Peer rank in CN Basic Materials: 46 of 747 (top 6%)',
      "Peers' average week: −0.3%",
    ]);
    expect(terms(await bars('gb-sparse'))).to.include('Peer rank in GB Consumer Cyclical: 706 of 762 (bottom 7%)');
  });

  it('picks periods with the periods attribute', async () => {
    const el = await bars('eu-extreme', { periods: '1W 4W 12W' });
    expect(rows(el).map((r) => r.label)).to.deep.equal(['1W', '4W', '12W']);
    expect(rows(el).every((r) => !r.capped)).to.equal(true);
  });

  it('formats for the locale', async () => {
    const de = await bars('eu-extreme', { locale: 'de-DE' });
    expect(rows(de)[4].value).to.equal('+6.504,9\u00A0%');
    const ja = await bars('jp-flat', { locale: 'ja-JP' });
    expect(rows(ja)[0].value).to.equal('+0.3%');
  });

  it('offers the numbers as a table', async () => {
    const el = await bars('gb-sparse');
    // Built when the disclosure opens: closed, it holds only its summary.
    const details = el.shadowRoot!.querySelector('details[part="table"]')!;
    expect(details.querySelector('summary')?.textContent).to.equal('Data table');
    expect(details.querySelectorAll('tr')).to.have.length(0);
    const cells = (await tableCells(el)).map((row) => row.join(' '));
    expect(cells).to.deep.equal(['1W +2.4%', '4W +2.9%', '12W +4.7%', '26W −5.2%', '52W +0.9%']);
  });
});

describe('layoutMomentumBars(returns)', () => {
  it('is linear when nothing is far out', () => {
    const layout = layoutMomentumBars([
      { label: 'A', value: 10 },
      { label: 'B', value: 20 },
    ]);
    expect(layout.bars[1].width / layout.bars[0].width).to.be.closeTo(2, 1e-9);
    expect(layout.bars.some((b) => b.capped)).to.equal(false);
  });
});
