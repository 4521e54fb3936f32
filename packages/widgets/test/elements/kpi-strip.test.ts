import { expect } from '@open-wc/testing';
import '../../src/elements/kpi-strip.js';
import type { KpiStrip } from '../../src/elements/kpi-strip.js';
import { FIXTURES, fixture, type FixtureName } from '../fixtures.js';
import { type PlaceOptions, foldKeepNbsp, place, shownText } from '../helpers.js';

const strip = (data: unknown, attrs: PlaceOptions = {}) => place<KpiStrip>('kpi-strip', data, attrs);

const load = async (name: FixtureName, attrs: PlaceOptions = {}) => strip(await fixture(name), attrs);

function tiles(el: Element) {
  return [...(el.shadowRoot?.querySelectorAll('li.tile') ?? [])].map((li) => ({
    label: foldKeepNbsp(li.querySelector('.label')?.textContent),
    value: foldKeepNbsp(li.querySelector('.value')?.textContent),
    hint: li.querySelector('.hint') ? foldKeepNbsp(li.querySelector('.hint')?.textContent) : undefined,
    shape: foldKeepNbsp(li.querySelector('.mark [aria-hidden="true"]')?.textContent) || undefined,
    word: foldKeepNbsp(li.querySelector('.mark .visually-hidden')?.textContent) || undefined,
    markClass: li.querySelector('.mark')?.getAttribute('class') ?? undefined,
    text: foldKeepNbsp(li.textContent),
  }));
}

describe('<kpi-strip>', () => {
  it('shows every seed KPI with its label, formatted value and hint', async () => {
    const shown = tiles(await load('000657-seed'));
    expect(shown.map((t) => t.label)).to.deep.equal([
      'Latest Close',
      '1W Return',
      '4W Return',
      '12W Return',
      'Trend Breadth',
      'Volume Ratio',
    ]);
    // A toned percent is a change and is signed; the untoned breadth is not.
    expect(shown.map((t) => t.value)).to.deep.equal(['CN¥79.00', '+12.7%', '+39.9%', '+57.7%', '100.0%', '1.4×']);
    expect(shown.map((t) => t.hint)).to.deep.equal([
      'Jun 12, 2026',
      'latest completed week',
      'short-term follow-through',
      'quarterly tape',
      '52 of 52 weeks active',
      'vs 13-week average',
    ]);
  });

  it('is a list named for the ticker, one tile per KPI in every fixture', async () => {
    for (const name of FIXTURES) {
      const el = await load(name);
      const data = await fixture(name);
      const list = el.shadowRoot?.querySelector('ul[role="list"]');
      expect(list?.getAttribute('aria-label')).to.equal(`Key figures for ${data.ticker.symbol}`);
      expect(list?.querySelectorAll(':scope > li'), name).to.have.length(data.kpis.length);
    }
  });

  it('marks tone with a shape and a word, not colour alone', async () => {
    const up = tiles(await load('000657-seed'));
    expect(up[1]).to.include({ shape: '▲', word: 'positive', text: '1W Return +12.7% ▲ positive latest completed week' });
    expect(up[1].markClass).to.contain('pos');
    // Untoned KPIs carry no mark at all.
    expect(up[0].shape).to.equal(undefined);
    expect(up[4].shape).to.equal(undefined);

    const down = tiles(await load('us-megacap-downtrend'));
    expect(down[1]).to.include({ value: '−0.4%', shape: '▼', word: 'negative' });
    expect(down[1].markClass).to.contain('neg');
    expect(down[2]).to.include({ value: '+7.7%', shape: '▲', word: 'positive' });
  });

  it('shows a neutral tone as a dot', async () => {
    const data = await fixture('jp-flat');
    data.kpis[5].tone = 'neutral';
    const shown = tiles(await strip(data));
    expect(shown[5]).to.include({ value: '1.0×', shape: '●', word: 'neutral' });
    expect(shown[5].markClass).to.contain('neu');
  });

  it('formats values for the locale, from each fixture currency', async () => {
    const value = async (name: FixtureName, locale: string) => tiles(await load(name, { locale })).map((t) => t.value);
    expect(await value('000657-seed', 'de-DE')).to.deep.equal([
      '79,00\u00A0CN¥',
      '+12,7\u00A0%',
      '+39,9\u00A0%',
      '+57,7\u00A0%',
      '100,0\u00A0%',
      '1,4×',
    ]);
    expect((await value('eu-extreme', 'de-DE'))[0]).to.equal('465,35\u00A0€');
    expect((await value('eu-extreme', 'en-US'))[2]).to.equal('+126.7%');
    expect((await value('jp-flat', 'ja-JP'))[0]).to.equal('￥2,710');
    expect((await value('jp-flat', 'en-US'))[0]).to.equal('¥2,710');
    expect((await value('gb-sparse', 'en-US'))[0]).to.equal('£4.84');
    expect((await value('us-megacap-downtrend', 'de-DE'))[1]).to.equal('−0,4\u00A0%');
    expect(tiles(await load('000657-seed', { locale: 'de-DE' }))[0].hint).to.equal('12. Juni 2026');
    expect(tiles(await load('000657-seed', { locale: 'ja-JP' }))[0].hint).to.equal('2026年6月12日');
  });

  it('shows a dash for a missing value and text as text', async () => {
    const data = await fixture('000657-seed');
    data.kpis[0].value = null;
    data.kpis[1].label = '<b>bold</b>';
    data.kpis[2].hint = null;
    const el = await strip(data);
    const shown = tiles(el);
    // A dash for the eye, "not available" for a screen reader (the dash itself is hidden from it).
    expect(shown[0].value).to.equal('—not available');
    const value = el.shadowRoot!.querySelector('li.tile .value')!;
    expect(foldKeepNbsp(value.querySelector('[aria-hidden="true"]')?.textContent)).to.equal('—');
    expect(foldKeepNbsp(value.querySelector('.visually-hidden')?.textContent)).to.equal('not available');
    expect(shown[1].label).to.equal('<b>bold</b>');
    expect(el.shadowRoot?.querySelector('b')).to.equal(null);
    expect(shown[2].hint).to.equal(undefined);
    expect(shownText(el)).not.to.match(/NaN|undefined/);
  });

  it('shows the empty state when the report has no KPIs', async () => {
    for (const kpis of [undefined, null, []]) {
      const data = await fixture('gb-sparse');
      data.kpis = kpis;
      const el = await strip(data);
      expect(el.state).to.equal('empty');
      expect(foldKeepNbsp(el.shadowRoot?.querySelector('[part="empty"]')?.textContent)).to.equal(
        'No key figures in this report.',
      );
      expect(el.shadowRoot?.querySelector('ul')).to.equal(null);
    }
  });

  it('wraps to two columns at 360px and fits all six on a wide container', async () => {
    const el = await load('000657-seed');
    const columns = async (width: number) => {
      el.style.width = `${width}px`;
      await new Promise(requestAnimationFrame);
      const tops = [...el.shadowRoot!.querySelectorAll('li.tile')].map((li) => li.getBoundingClientRect().top);
      return tops.filter((top) => top === tops[0]).length;
    };
    expect(await columns(360)).to.equal(2);
    expect(await columns(600)).to.equal(3);
    expect(await columns(1000)).to.equal(6);
  });

  it('keeps every value on one line with its mark, and values lined up, at any width', async () => {
    // Tiles with a mark: the KPIs with a tone (each fixture's 1W, 4W and 12W returns).
    for (const [name, locale, toned] of [
      ['000657-seed', 'en-US', 3],
      ['eu-extreme', 'de-DE', 3],
      ['us-megacap-downtrend', 'en-US', 3],
    ] as const) {
      const el = await load(name, { locale });
      for (const width of [260, 300, 360, 480, 600, 780, 900, 1200]) {
        el.style.width = `${width}px`;
        await new Promise(requestAnimationFrame);
        const rows = new Map<number, number[]>();
        const drawn = el.shadowRoot!.querySelectorAll('li.tile');
        expect(drawn, `${name} at ${width}px: the tiles`).to.have.length(6);
        expect(
          [...drawn].filter((tile) => tile.querySelector('.mark [aria-hidden="true"]')),
          `${name} at ${width}px: the tiles with a mark`,
        ).to.have.length(toned);
        for (const tile of drawn) {
          const value = tile.querySelector('.value')!.getBoundingClientRect();
          const mark = tile.querySelector('.mark [aria-hidden="true"]')?.getBoundingClientRect();
          const where = `${name} at ${width}px: ${foldKeepNbsp(tile.textContent)}`;
          // One line: the value's box is one line high, the mark inside its height, to its right.
          expect(value.height, where).to.be.below(30);
          if (mark) {
            expect(mark.top, where).to.be.at.least(value.top - 2);
            expect(mark.bottom, where).to.be.at.most(value.bottom + 2);
            expect(mark.left, where).to.be.at.least(value.right - 1);
            expect(mark.right, where).to.be.at.most(tile.getBoundingClientRect().right);
          }
          const top = Math.round(tile.getBoundingClientRect().top);
          rows.set(top, [...(rows.get(top) ?? []), value.top]);
        }
        for (const tops of rows.values()) expect(Math.max(...tops) - Math.min(...tops), `${name} at ${width}px`).to.be.below(1);
      }
    }
  });
});
