import { expect, fixture as mount, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/elements/momentum-bars.js';
import type { MomentumBars } from '../../src/elements/momentum-bars.js';
import { layoutMomentumBars } from '../../src/charts/momentum-bars.js';
import { formatter } from '../../src/format/format.js';
import { loadLanguage } from '../../src/i18n/index.js';
import { type FixtureName, fixture } from '../fixtures.js';
import {
  chartName,
  settled,
  settledDeep,
  terms,
  drawingWidth,
  resizeTo,
  tableCells,
  tableCellsSeenAndHeard,
  textBoxProblems,
  textSizeProblems,
} from '../helpers.js';

async function bars(
  data: FixtureName | Record<string, unknown>,
  attrs: { locale?: string; periods?: string; theme?: string } = {},
) {
  const el = await mount<MomentumBars>(
    html`<momentum-bars
      .data=${typeof data === 'string' ? await fixture(data) : data}
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
    // A period without a value has no bar.
    const rect = g.querySelector('rect');
    return {
      label: g.getAttribute('data-label'),
      x: Number(rect?.getAttribute('x')),
      width: Number(rect?.getAttribute('width')),
      capped: g.getAttribute('data-capped') === 'true',
      value: g.querySelector('text.value')?.textContent,
      cls: rect?.getAttribute('class'),
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

  it('lays the bars out for the width it is shown at, one unit to one pixel', async () => {
    const el = await bars('us-megacap-downtrend');
    const svg = () => el.shadowRoot!.querySelector('svg[part="chart"]')!;
    const wide = rows(el);
    await resizeTo(el, '340px');
    expect(drawingWidth(el)).to.equal(340);
    expect(svg().getBoundingClientRect().width).to.equal(340);
    const narrow = rows(el);
    expect(narrow.map((r) => [r.label, r.value, r.cls])).to.deep.equal(wide.map((r) => [r.label, r.value, r.cls]));
    expect(Math.max(...narrow.map((r) => r.x + r.width))).to.be.lessThan(340);
    await resizeTo(el, '700px');
    expect(drawingWidth(el)).to.equal(700);
    // The height holds at every width: only the bars' lengths change.
    expect(svg().getBoundingClientRect().height).to.equal(5 * 30 + 8);
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
    const layout = layoutMomentumBars(
      [
        { label: 'A', value: 10 },
        { label: 'B', value: 20 },
      ],
      480,
      formatter('en-US'),
    );
    expect(layout.bars[1].width / layout.bars[0].width).to.be.closeTo(2, 1e-9);
    expect(layout.bars.some((b) => b.capped)).to.equal(false);
  });

  it('reserves room for the longest value on each side, so no value leaves the drawing', () => {
    const f = formatter('en-US');
    for (const width of [240, 320, 480]) {
      const layout = layoutMomentumBars(
        [{ label: '1W', value: -1234.5 }, { label: '52W', value: 6504.9 }, { label: '4W' }],
        width,
        f,
      );
      const [down, up, missing] = layout.bars;
      // 12px text of 9 characters: at least 9 x 0.62 x 12 px beyond each end.
      expect(down.x, `${width}`).to.be.greaterThan(9 * 0.62 * 12);
      expect(width - (up.x + up.width), `${width}`).to.be.greaterThan(9 * 0.62 * 12);
      expect(missing.text).to.equal('—');
      expect(missing.width).to.equal(0);
    }
  });
});

describe('<momentum-bars> at phone and desktop widths', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  // Each fixture's momentum.returns (1W … 52W) as the bars show them: a change, signed, one decimal.
  const VALUES = {
    'eu-extreme': ['+40.2%', '+126.7%', '+143.5%', '+985.3%', '+6,504.9%'],
    'us-megacap-downtrend': ['−0.4%', '+7.7%', '+4.5%', '+12.4%', '−14.8%'],
    '000657-seed': ['+12.7%', '+39.9%', '+57.7%', '+240.5%', '+567.7%'],
  };
  for (const width of [375, 1280]) {
    for (const name of ['eu-extreme', 'us-megacap-downtrend', '000657-seed'] as const) {
      it(`keeps 12px labels and values inside its box at ${width}px (${name})`, async () => {
        await setViewport({ width, height: 800 });
        const el = await bars(name);
        await settledDeep(el);
        expect(textSizeProblems(el)).to.deep.equal([]);
        expect(textBoxProblems(el)).to.deep.equal([]);
        const host = el.getBoundingClientRect();
        expect(host.width).to.be.at.most(width);
        const texts = [...el.shadowRoot!.querySelectorAll('svg text')];
        // Five periods, each its name and its value.
        expect(texts.filter((t) => t.matches('.period')).map((t) => t.textContent)).to.deep.equal([
          '1W',
          '4W',
          '12W',
          '26W',
          '52W',
        ]);
        expect(texts.filter((t) => t.matches('.value')).map((t) => t.textContent)).to.deep.equal(VALUES[name]);
        expect(texts).to.have.length(10);
        for (const text of texts) {
          expect(parseFloat(getComputedStyle(text).fontSize), text.textContent!).to.be.at.least(12);
          const box = text.getBoundingClientRect();
          // Not merely inside: clear of the edges.
          expect(box.left, text.textContent!).to.be.at.least(host.left);
          expect(box.right, text.textContent!).to.be.at.most(host.right - 2);
        }
      });
    }
  }

  it('keeps each figure under the chart on one line in a 260px box, in English and German ("46 of 747 (top 6%)")', async () => {
    await loadLanguage('de-DE');
    for (const locale of ['en-US', 'de-DE']) {
      const el = await bars('000657-seed');
      el.locale = locale;
      await resizeTo(el, '260px');
      const figures = el.shadowRoot!.querySelectorAll('[part~="stats"] dd');
      expect(figures, `${locale}: the figures under the chart`).to.have.length(4);
      for (const dd of figures) {
        const range = document.createRange();
        range.selectNodeContents(dd);
        const lines = new Set([...range.getClientRects()].map((box) => Math.round(box.top)));
        expect(lines.size, `${locale}: "${dd.textContent}"`).to.equal(1);
      }
      expect(textBoxProblems(el)).to.deep.equal([]);
    }
  });

  it('keeps long negative values inside a 300px box', async () => {
    const report = await fixture('us-megacap-downtrend');
    report.momentum.returns[4].value = -98765.4;
    const el = await bars(report);
    await resizeTo(el, '300px');
    expect(drawingWidth(el)).to.equal(300);
    expect(rows(el)[4].value).to.equal('−98,765.4%');
    expect(textBoxProblems(el)).to.deep.equal([]);
    expect(textSizeProblems(el)).to.deep.equal([]);
  });
});

describe('<momentum-bars> with a missing return', () => {
  async function withoutYear(value: unknown, attrs: { periods?: string; locale?: string } = {}) {
    const report = await fixture('000657-seed');
    report.momentum.returns[4].value = value;
    report.momentum.returns[4].value_label = null;
    return bars(report, attrs);
  }

  for (const value of [null, 'n/a']) {
    it(`keeps the 52W row with a dash when its value is ${JSON.stringify(value)}`, async () => {
      const el = await withoutYear(value);
      const drawn = rows(el);
      expect(drawn.map((r) => r.label)).to.deep.equal(['1W', '4W', '12W', '26W', '52W']);
      const year = el.shadowRoot!.querySelector('g.row[data-label="52W"]')!;
      expect(year.querySelector('rect.bar')).to.equal(null);
      expect(year.querySelector('text.value')?.textContent).to.equal('—');
      expect(chartName(el)).to.equal(
        'Returns for 000657: 1-week +12.7%, 4-week +39.9%, 12-week +57.7%, 26-week +240.5%, 52-week: not available.',
      );
      // The table cell, as in every table: a dash, read as "not available".
      const { seen, heard } = await tableCellsSeenAndHeard(el);
      expect(seen.at(-1)).to.deep.equal(['52W', '—']);
      expect(heard.at(-1)).to.deep.equal(['52W', 'not available']);
    });
  }

  it('keeps the dash when the periods attribute picks the missing period', async () => {
    const el = await withoutYear(null, { periods: '52W 1W' });
    expect(rows(el).map((r) => [r.label, r.value])).to.deep.equal([
      ['52W', '—'],
      ['1W', '+12.7%'],
    ]);
  });

  it('is empty when no period has a value', async () => {
    const report = await fixture('000657-seed');
    for (const item of report.momentum.returns) item.value = item.value_label = null;
    const el = await bars(report);
    expect(el.state).to.equal('empty');
    expect(el.shadowRoot!.textContent).to.contain('No momentum data in this report.');
  });
});

describe('<momentum-bars> in German', () => {
  it('speaks German once the catalog is in, with German numbers', async () => {
    await loadLanguage('de-DE');
    const el = await bars('000657-seed', { locale: 'de-DE' });
    el.requestUpdate();
    await settled(el);
    expect(chartName(el)).to.equal(
      'Renditen für 000657: 1 Woche +12,7\u00A0%, 4 Wochen +39,9\u00A0%, 12 Wochen +57,7\u00A0%, 26 Wochen +240,5\u00A0%, 52 Wochen +567,7\u00A0%.',
    );
    expect(terms(el)).to.deep.equal([
      'Trendserie: 56 Wo.',
      // (terms() folds every space, the no-break space before % included.)
      'Aktiv: 52 von 52 Wo. (100,0 %)',
      'Rang in CN Basic Materials: 46 von 747 (obere 6 %)',
      'Wochenschnitt der Vergleichsgruppe: −0,3 %',
    ]);
    expect(el.shadowRoot!.querySelector('details[part="table"] summary')?.textContent).to.equal('Datentabelle');
    const head = (await tableCells(el), [...el.shadowRoot!.querySelectorAll('thead th')].map((th) => th.textContent));
    expect(head).to.deep.equal(['Zeitraum', 'Rendite']);
  });
});
