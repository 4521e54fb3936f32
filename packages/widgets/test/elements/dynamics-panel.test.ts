import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/elements/dynamics-panel.js';
import type { DynamicsPanel } from '../../src/elements/dynamics-panel.js';
import { layoutUpDown, layoutVolume } from '../../src/charts/dynamics-panel.js';
import { fixture, type FixtureName } from '../fixtures.js';
import { type PlaceOptions, foldKeepNbsp, place, shownText, tableCells } from '../helpers.js';
import { loadLanguage } from '../../src/i18n/index.js';

const panel = (data: unknown, attrs: PlaceOptions = {}) => place<DynamicsPanel>('dynamics-panel', data, attrs);

const load = async (name: FixtureName, attrs: PlaceOptions = {}) => panel(await fixture(name), attrs);

function group(el: Element, name: 'dynamics' | 'volume' | 'risk') {
  return el.shadowRoot!.querySelector(`section[data-group="${name}"]`)!;
}

/** `term: value` for each row of a group's figures. */
function facts(el: Element, name: 'dynamics' | 'volume' | 'risk') {
  return [...group(el, name).querySelectorAll('dt')].map(
    (dt) => `${foldKeepNbsp(dt.textContent)}: ${foldKeepNbsp(dt.nextElementSibling?.textContent)}`,
  );
}

function volumeBars(el: Element) {
  return [...group(el, 'volume').querySelectorAll('g.vol')].map((g) => {
    const rect = g.querySelector('rect');
    return {
      key: g.getAttribute('data-key'),
      height: rect ? Number(rect.getAttribute('height')) : undefined,
      bottom: rect ? Number(rect.getAttribute('y')) + Number(rect.getAttribute('height')) : undefined,
      value: foldKeepNbsp(g.querySelector('text.value')?.textContent),
      label: foldKeepNbsp(g.querySelector('text.tick')?.textContent),
    };
  });
}

function split(el: Element) {
  const svg = group(el, 'risk').querySelector('svg');
  const width = (cls: string) => Number(svg?.querySelector(`rect.${cls}`)?.getAttribute('width') ?? 0);
  return {
    up: width('up'),
    down: width('down'),
    upX: Number(svg?.querySelector('rect.up')?.getAttribute('x')),
    downEnd: width('down') + Number(svg?.querySelector('rect.down')?.getAttribute('x')),
    labels: [...(svg?.querySelectorAll('text') ?? [])].map((t) => foldKeepNbsp(t.textContent)),
  };
}

describe('<dynamics-panel>', () => {
  it('shows the seed dynamics with tone mark, 4-week changes and expectation', async () => {
    const el = await load('000657-seed');
    expect(foldKeepNbsp(group(el, 'dynamics').querySelector('h4')?.textContent)).to.equal('Dynamics');
    expect(facts(el, 'dynamics')).to.deep.equal([
      'Market dynamics: +0.36 ▲ positive +256.2% in 4 wk',
      'Relative strength: 112.60 +77.1% in 4 wk',
      'Expectation: Undecided 53.8% probability',
    ]);
    const mark = group(el, 'dynamics').querySelector('.mark')!;
    expect(mark.getAttribute('class')).to.contain('pos');
    expect(foldKeepNbsp(mark.querySelector('[aria-hidden="true"]')?.textContent)).to.equal('▲');
  });

  it('marks negative market dynamics with a down shape', async () => {
    const el = await load('jp-flat');
    // Market dynamics always to two decimals (−0.40, not −0.4), like relative strength.
    expect(facts(el, 'dynamics')[0]).to.equal('Market dynamics: −0.40 ▼ negative −176.6% in 4 wk');
    expect(group(el, 'dynamics').querySelector('.mark')?.getAttribute('class')).to.contain('neg');
    expect(facts(await load('us-megacap-downtrend'), 'dynamics')[2]).to.equal('Expectation: Bullish 75.2% probability');
  });

  it('draws volume as three columns on one baseline, heights proportional', async () => {
    const el = await load('000657-seed');
    const bars = volumeBars(el);
    expect(bars.map((b) => b.label)).to.deep.equal(['Latest', '13-wk avg', '52-wk avg']);
    expect(bars.map((b) => b.value)).to.deep.equal(['571.0M', '413.6M', '429.2M']);
    expect(bars[1].height! / bars[0].height!).to.be.closeTo(413.6 / 571, 0.005);
    expect(bars[2].height! / bars[0].height!).to.be.closeTo(429.2 / 571, 0.005);
    expect(new Set(bars.map((b) => b.bottom)).size).to.equal(1);
    expect(group(el, 'volume').querySelector('svg')?.getAttribute('aria-label')).to.equal(
      'Volume for 000657: latest 571.0M, 13-week average 413.6M, 52-week average 429.2M; latest is 1.4× the 13-week and 1.3× the 52-week average.',
    );
    expect(facts(el, 'volume')).to.deep.equal(['Latest vs 13-wk avg: 1.4×', 'Latest vs 52-wk avg: 1.3×']);
  });

  it('lets the tallest volume column be whichever is largest', async () => {
    const bars = volumeBars(await load('gb-sparse'));
    // 6.0M latest is below the 6.2M 13-week average.
    expect(bars[1].height).to.be.greaterThan(bars[0].height!);
    expect(bars[0].height! / bars[1].height!).to.be.closeTo(6.0 / 6.2, 0.005);
  });

  it('splits up and down weeks in proportion, up from the left', async () => {
    const el = await load('000657-seed');
    const s = split(el);
    expect(s.up / (s.up + s.down)).to.be.closeTo(34 / 50, 0.001);
    expect(s.upX).to.equal(0);
    const drawn = Number(group(el, 'risk').querySelector('svg')!.getAttribute('viewBox')!.split(' ')[2]);
    expect(s.downEnd).to.be.closeTo(drawn, 0.01);
    expect(s.labels).to.deep.equal(['▲ 34 up', '16 down ▼']);
    expect(group(el, 'risk').querySelector('svg')?.getAttribute('aria-label')).to.equal(
      'Up and down weeks for 000657: 34 up, 16 down, of 50 weeks.',
    );
    const down = split(await load('us-megacap-downtrend'));
    expect(down.down / (down.up + down.down)).to.be.closeTo(28 / 52, 0.001);
    expect(down.down).to.be.greaterThan(down.up);
  });

  it('lists the risk figures, gain and loss signed', async () => {
    expect(facts(await load('000657-seed'), 'risk')).to.deep.equal([
      'Volatility 13 wk: 7.5%',
      'Volatility 52 wk: 10.5%',
      'Downside breadth: 30.8%',
      'Average gain: +9.8%',
      'Average loss: −7.0%',
    ]);
  });

  it("formats for the locale, in the reader's language", async () => {
    await Promise.all([loadLanguage('de-DE'), loadLanguage('ja-JP')]);
    const de = await load('000657-seed', { locale: 'de-DE' });
    expect(foldKeepNbsp(group(de, 'dynamics').querySelector('h4')?.textContent)).to.equal('Dynamik');
    expect(facts(de, 'dynamics')[0]).to.equal('Marktdynamik: +0,36 ▲ positiv +256,2\u00A0% in 4 Wo.');
    expect(facts(de, 'dynamics')[1]).to.equal('Relative Stärke: 112,60 +77,1\u00A0% in 4 Wo.');
    expect(volumeBars(de).map((b) => b.value)).to.deep.equal(['571,0\u00A0Mio.', '413,6\u00A0Mio.', '429,2\u00A0Mio.']);
    expect(volumeBars(de).map((b) => b.label)).to.deep.equal(['Aktuell', 'Ø 13 Wo.', 'Ø 52 Wo.']);
    expect(facts(de, 'risk')[4]).to.equal('Durchschnittl. Verlust: −7,0\u00A0%');
    expect(facts(de, 'volume')[0]).to.equal('Aktuell zu Ø 13 Wo.: 1,4×');
    expect(split(de).labels).to.deep.equal(['▲ 34 steigend', '16 fallend ▼']);
    const ja = await load('000657-seed', { locale: 'ja-JP' });
    expect(volumeBars(ja).map((b) => b.value)).to.deep.equal(['5.7億', '4.1億', '4.3億']);
  });

  it("offers the volume chart's numbers as a table, and no table under the split bar that shows its two counts", async () => {
    const el = await load('eu-extreme');
    const rows = (await tableCells(el)).map((row) => row.join(' '));
    expect(rows).to.deep.equal(['Latest 14.3M', '13-week average 8.5M', '52-week average 8.5M']);
    expect(el.shadowRoot!.querySelectorAll('details.data')).to.have.length(1);
    expect(group(el, 'risk').querySelector('details')).to.equal(null);
  });

  it('says "No dynamics data" when the section is missing and renders the rest (gb-sparse)', async () => {
    const el = await load('gb-sparse');
    expect(el.state).to.equal('ready');
    expect(foldKeepNbsp(group(el, 'dynamics').querySelector('[part="group-empty"]')?.textContent)).to.equal('No dynamics data');
    expect(group(el, 'dynamics').querySelector('dl')).to.equal(null);
    expect(el.shadowRoot!.querySelectorAll('svg[role="img"]')).to.have.length(2);
    expect(facts(el, 'risk')[0]).to.equal('Volatility 13 wk: 3.0%');
    expect(split(el).labels).to.deep.equal(['▲ 27 up', '25 down ▼']);
  });

  it('treats a section of nulls as missing, and each group on its own', async () => {
    const data = await fixture('000657-seed');
    data.volume = { latest: null, average_13: 'n/a' };
    delete data.risk;
    const el = await panel(data);
    expect(foldKeepNbsp(group(el, 'volume').textContent)).to.equal('Volume No volume data');
    expect(foldKeepNbsp(group(el, 'risk').textContent)).to.equal('Risk No risk data');
    expect(facts(el, 'dynamics')).to.have.length(3);
  });

  it('shows a dash for missing values, never NaN', async () => {
    const data = await fixture('000657-seed');
    data.volume.average_52 = null;
    data.dynamics.relative_strength = null;
    data.dynamics.rs_4_change = null;
    const el = await panel(data);
    const bars = volumeBars(el);
    expect(bars[2]).to.include({ value: '—', height: undefined });
    expect(bars[0].height).to.be.greaterThan(0);
    // The dash for the eye, "not available" for a screen reader.
    expect(facts(el, 'dynamics')[1]).to.equal('Relative strength: —not available');
    const dd = group(el, 'dynamics').querySelectorAll('dd')[1];
    expect(foldKeepNbsp(dd.querySelector('[aria-hidden="true"]')?.textContent)).to.equal('—');
    expect(group(el, 'volume').querySelector('svg')?.getAttribute('aria-label')).to.contain('52-week average not available');
    expect(shownText(el)).not.to.match(/NaN|undefined/);
  });

  it('shows the empty state only when all three sections are missing', async () => {
    const data = await fixture('gb-sparse');
    data.volume = null;
    delete data.risk;
    const el = await panel(data);
    expect(el.state).to.equal('empty');
    expect(foldKeepNbsp(el.shadowRoot?.querySelector('[part="empty"]')?.textContent)).to.equal(
      'No dynamics, volume or risk data in this report.',
    );
  });

  it('stacks the groups when narrow; when wide, dynamics run across the top and volume and risk share a row', async () => {
    const el = await load('000657-seed');
    const boxes = async (width: number) => {
      el.style.width = `${width}px`;
      for (let i = 0; i < 2; i++) await new Promise(requestAnimationFrame);
      await el.updateComplete;
      const box = (name: 'dynamics' | 'volume' | 'risk') => group(el, name).getBoundingClientRect();
      return { dynamics: box('dynamics'), volume: box('volume'), risk: box('risk'), panel: el.getBoundingClientRect() };
    };
    const narrow = await boxes(360);
    expect(new Set([narrow.dynamics.left, narrow.volume.left, narrow.risk.left]).size).to.equal(1);
    expect(narrow.volume.top).to.be.greaterThan(narrow.dynamics.bottom);
    const wide = await boxes(1000);
    expect(wide.dynamics.width).to.be.closeTo(wide.panel.width, 1);
    expect(wide.volume.top).to.equal(wide.risk.top);
    expect(wide.volume.top).to.be.greaterThan(wide.dynamics.bottom);
    // The three dynamics figures on one line, and no box of the row mostly empty.
    const tops = [...group(el, 'dynamics').querySelectorAll('dt')].map((dt) => dt.getBoundingClientRect().top);
    expect(new Set(tops).size).to.equal(1);
    const content = (name: 'volume' | 'risk') => {
      const kids = [...group(el, name).children].filter((kid) => kid.getBoundingClientRect().height > 0);
      return kids.at(-1)!.getBoundingClientRect().bottom - group(el, name).getBoundingClientRect().top;
    };
    for (const name of ['volume', 'risk'] as const) expect(content(name) / wide[name].height).to.be.greaterThan(0.8);
    // The charts are laid out for the group's width: one viewBox unit to one CSS pixel.
    const svg = group(el, 'volume').querySelector('svg')!;
    expect(svg.getBoundingClientRect().width).to.equal(Number(svg.getAttribute('viewBox')!.split(' ')[2]));
  });

  it('keeps chart text at 12px or more and inside the element at 375 and 1280px', async () => {
    // eu-extreme has all three volumes (14.3M, 8.5M, 8.5M) and both week counts (34 up, 18 down):
    // each column has its value and its name, the split bar its two counts, so 3 × 2 + 2 texts.
    // (The layout tests allow 11px for axis ticks; here the column names are held to 12px too.)
    try {
      for (const width of [375, 1280]) {
        await setViewport({ width, height: 900 });
        const el = await load('eu-extreme');
        for (let i = 0; i < 2; i++) await new Promise(requestAnimationFrame);
        await el.updateComplete;
        const box = el.getBoundingClientRect();
        const texts = [...el.shadowRoot!.querySelectorAll('svg text')];
        expect(texts, `${width}: the chart texts`).to.have.length(8);
        expect(texts.map((text) => foldKeepNbsp(text.textContent))).to.deep.equal([
          '14.3M',
          'Latest',
          '8.5M',
          '13-wk avg',
          '8.5M',
          '52-wk avg',
          '▲ 34 up',
          '18 down ▼',
        ]);
        for (const text of texts) {
          expect(parseFloat(getComputedStyle(text).fontSize), `${width}: ${text.textContent}`).to.be.at.least(12);
          const r = text.getBoundingClientRect();
          expect(r.left, `${width}: ${text.textContent}`).to.be.at.least(box.left - 0.5);
          expect(r.right, `${width}: ${text.textContent}`).to.be.at.most(box.right + 0.5);
        }
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});

describe('layoutVolume(volume) and layoutUpDown(risk)', () => {
  it('scales the largest column to the full height and skips missing ones', () => {
    const layout = layoutVolume({ latest: 200, average_13: 100, average_52: undefined });
    expect(layout.bars[1].height * 2).to.be.closeTo(layout.bars[0].height, 1e-9);
    expect(layout.bars[2]).to.include({ value: undefined, height: 0 });
  });

  it('has no split without weeks, and a full bar when all weeks are up', () => {
    expect(layoutUpDown({ upside_weeks: 0, downside_weeks: 0 })).to.equal(undefined);
    expect(layoutUpDown({})).to.equal(undefined);
    const all = layoutUpDown({ upside_weeks: 10, downside_weeks: 0 })!;
    expect(all.upWidth).to.equal(300);
    expect(layoutUpDown({ upside_weeks: 10, downside_weeks: 0 }, 480)!.upWidth).to.equal(480);
    expect(all.downWidth).to.equal(0);
  });
});
