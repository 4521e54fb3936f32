import { expect, fixture as mount, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { loadLanguage } from '../../src/i18n/index.js';
import { placeSections, type SectionName } from '../../src/elements/ticker-report.js';
import '../../src/index.js';
import type { TickerReport } from '../../src/elements/ticker-report.js';
import type { ReportElement } from '../../src/elements/base.js';
import { type FIXTURES, fixture } from '../fixtures.js';
import { deepQueryAll, deepText, fold, foldKeepNbsp, requestCount, settled } from '../helpers.js';

function inner(el: TickerReport): ReportElement[] {
  return [...(el.shadowRoot?.querySelectorAll<ReportElement>('section > [state], header [state]') ?? [])];
}

async function card(name: (typeof FIXTURES)[number], attrs: { theme?: string; locale?: string; sections?: string } = {}) {
  const el = await mount<TickerReport>(html`<ticker-report
    .data=${await fixture(name)}
    theme=${attrs.theme ?? 'light'}
    locale=${attrs.locale ?? 'en-US'}
    sections=${attrs.sections ?? ''}
  ></ticker-report>`);
  await settled(el);
  for (const child of inner(el)) await settled(child);
  return el;
}

describe('<ticker-report>', () => {
  it('shows the header: symbol, name, place, close, week, score and signature', async () => {
    const el = await card('000657-seed');
    const header = deepText(el.shadowRoot!.querySelector('[part="header"]')!);
    expect(header).to.contain('000657 China Tungsten And Hightech Materials Co.,Ltd');
    expect(header).to.contain('CN¥79.00');
    expect(header).to.contain('SHZ · Basic Materials · Other Industrial Metals & Mining');
    expect(header).to.contain('Week ending Jun 12, 2026');
    expect(header).to.contain('CN · CNY · Market cap 151.5B · equity');
    expect(header).to.contain('Composite score 82 of 100: Leadership continuation');
    expect(el.shadowRoot?.querySelector('[part="summary"]')?.textContent).to.contain(
      'closed the latest completed week at 79.00 CNY',
    );
  });

  it('makes one request for the whole card and announces one load', async () => {
    const loads: EventTarget[] = [];
    const host = await mount<HTMLDivElement>(html`<div @report-load=${(e: Event) => loads.push(e.target!)}></div>`);
    const el = document.createElement('ticker-report');
    el.src = '/api/report/eu-extreme?tag=card&delay=30';
    host.append(el);
    await settled(el);
    const children = inner(el);
    expect(children.length).to.be.greaterThan(0);
    for (const child of children) expect(await settled(child)).to.equal('ready');
    expect(children.every((child) => child.report === el.report)).to.equal(true);
    expect(await requestCount('card')).to.equal(1);
    expect(loads).to.deep.equal([el]);
  });

  it('passes its locale to every section', async () => {
    const el = await card('eu-extreme', { locale: 'de-DE' });
    expect(inner(el).every((child) => child.resolvedLocale === 'de-DE')).to.equal(true);
    expect(el.shadowRoot?.querySelector('[part="header"]')?.textContent).to.contain('465,35\u00A0€');
  });

  it('picks and orders sections with the sections attribute, ignoring unknown names', async () => {
    const el = await card('jp-flat', { sections: 'momentum nonsense momentum' });
    const parts = [...(el.shadowRoot?.querySelectorAll('section') ?? [])].map((s) => s.getAttribute('part'));
    expect(parts).to.deep.equal(['section section-momentum']);
  });

  it('layout="compact" shows the header, key figures, momentum and scores', async () => {
    const json = await fixture('000657-seed');
    const el = await mount<TickerReport>(html`<ticker-report .data=${json} layout="compact" locale="en-US"></ticker-report>`);
    await settled(el);
    const parts = [...(el.shadowRoot?.querySelectorAll('section') ?? [])].map((s) => s.getAttribute('part'));
    expect(parts).to.deep.equal(['section section-kpis', 'section section-momentum', 'section section-scores']);
    expect(el.shadowRoot?.querySelector('[part="header"]')).to.exist;
  });

  it('shows every section by default, and says which ones a sparse report lacks', async () => {
    const el = await card('gb-sparse');
    const parts = [...(el.shadowRoot?.querySelectorAll('section') ?? [])].map((s) => s.getAttribute('part')?.split(' ')[1]);
    expect(parts).to.deep.equal([
      'section-kpis',
      'section-momentum',
      'section-scores',
      'section-levels',
      'section-history',
      'section-timeline',
      'section-peers',
      'section-sector',
      'section-dynamics',
      'section-signals',
      'section-recent',
      'section-about',
    ]);
    const text = deepText(el);
    expect(text).to.contain('No description in this report.');
    expect(text).to.contain('No dynamics data');
    const industry = el.shadowRoot!.querySelector('section[part~="section-peers"] peer-table') as ReportElement;
    expect(industry.state).to.equal('empty');
  });

  it('the recent weeks table has one row per week, newest first', async () => {
    const el = await card('000657-seed');
    const rows = [...el.shadowRoot!.querySelectorAll('table.recent tbody tr')].map((tr) => fold(tr.textContent));
    expect(rows).to.have.length(14);
    expect(rows[0]).to.equal('Jun 12, 2026 CN¥79.00 +12.7% CN¥47.01 CN¥17.71 +0.36 112.60 571.0M On');
    expect(rows[13]).to.match(/^Mar 13, 2026 CN¥56.07 −14.6%/);
  });

  describe('layout', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));

    /** Lets every inner element measure itself and redraw. */
    async function redrawn(el: TickerReport) {
      for (let i = 0; i < 3; i++) await new Promise(requestAnimationFrame);
      for (const child of inner(el)) await child.updateComplete;
      await new Promise(requestAnimationFrame);
    }

    async function at(width: number, attrs: { locale?: string; sections?: string } = {}) {
      await setViewport({ width, height: 900 });
      const el = await card('000657-seed', attrs);
      await redrawn(el);
      return el;
    }

    /** The card's grid rows: sections grouped by their top edge, with the room each row leaves empty. */
    function rows(el: TickerReport) {
      const grid = el.shadowRoot!.querySelector('.grid')!;
      const width = grid.getBoundingClientRect().width;
      const gap = parseFloat(getComputedStyle(grid).columnGap);
      const byTop = new Map<number, DOMRect[]>();
      for (const section of grid.querySelectorAll(':scope > section')) {
        const box = section.getBoundingClientRect();
        const top = Math.round(box.top);
        byTop.set(top, [...(byTop.get(top) ?? []), box]);
      }
      return [...byTop.values()].map((boxes) => {
        const used = boxes.reduce((sum, box) => sum + box.width, 0) + gap * (boxes.length - 1);
        return { count: boxes.length, empty: (width - used) / width };
      });
    }

    for (const width of [375, 768, 1280, 1440]) {
      it(`leaves no hole in any row at ${width}px`, async () => {
        const el = await at(width);
        const sum = (list: { count: number }[]) => list.reduce((n, row) => n + row.count, 0);
        // Every one of the card's 12 sections is in some row (no rows at all would leave no hole either).
        expect(sum(rows(el)), 'sections in the rows of the full card').to.equal(12);
        for (const row of rows(el)) expect(row.empty).to.be.below(0.2);
        // The compact card and a card of a few sections too.
        for (const [sections, count] of [
          ['kpis momentum scores', 3],
          ['momentum levels history peers timeline', 5],
        ] as const) {
          const other = await card('000657-seed', { sections });
          await redrawn(other);
          expect(sum(rows(other)), `sections in the rows of "${sections}"`).to.equal(count);
          for (const row of rows(other)) expect(row.empty, sections).to.be.below(0.2);
        }
      });
    }

    it('runs momentum, scores and levels three across and pairs history with the timeline on a wide card', async () => {
      const el = await at(1280);
      const top = (name: string) =>
        Math.round(el.shadowRoot!.querySelector(`section[part~="section-${name}"]`)!.getBoundingClientRect().top);
      expect(new Set([top('momentum'), top('scores'), top('levels')]).size).to.equal(1);
      expect(top('history')).to.equal(top('timeline'));
      expect(rows(el).map((row) => row.count)).to.deep.equal([1, 3, 2, 1, 1, 1, 1, 1, 1]);
    });

    it('packs any run of sections into rows without a lone partial section', () => {
      const names = (list: string) => list.split(' ') as SectionName[];
      expect(placeSections(names('momentum scores levels history timeline'))).to.deep.equal(['m1 w2', 'm1 w2', 'w2', 'p3', 'p3']);
      expect(placeSections(names('momentum peers scores'))).to.deep.equal(['', '', '']);
      expect(placeSections(names('momentum scores'))).to.deep.equal(['m1 w3', 'm1 w3']);
      expect(placeSections(names('momentum scores levels momentum'))).to.deep.equal(['m1 w3', 'm1 w3', 'm1 w3', 'm1 w3']);
    });

    for (const width of [375, 1280]) {
      it(`keeps each key figure's value and mark on one line, values lined up, at ${width}px`, async () => {
        const el = await at(width);
        const strip = el.shadowRoot!.querySelector('kpi-strip')!;
        const tiles = [...strip.shadowRoot!.querySelectorAll('li.tile')];
        expect(tiles).to.have.length(6);
        // The seed's three returns (1W, 4W, 12W) have a tone, so a mark; the other three KPIs have none.
        let marks = 0;
        const valueTops = new Map<number, number[]>();
        for (const tile of tiles) {
          const value = tile.querySelector('.value')!.getBoundingClientRect();
          const mark = tile.querySelector('.mark [aria-hidden="true"]')?.getBoundingClientRect();
          if (mark) {
            marks++;
            expect(mark.top, tile.textContent!).to.be.at.least(value.top - 2);
            expect(mark.bottom, tile.textContent!).to.be.at.most(value.bottom + 2);
            expect(mark.left).to.be.greaterThan(value.right - 1);
          }
          // Values of tiles on one row of the strip share their top.
          const row = Math.round(tile.getBoundingClientRect().top);
          valueTops.set(row, [...(valueTops.get(row) ?? []), value.top]);
          expect(tile.querySelector('.value')!.getBoundingClientRect().height).to.be.below(30);
        }
        for (const tops of valueTops.values()) expect(Math.max(...tops) - Math.min(...tops)).to.be.below(1);
        expect(marks, 'tiles with a tone mark').to.equal(3);
      });
    }

    it('scrolls the peer tables at 375px with the symbol column held, and both tables share column widths', async () => {
      for (const width of [375, 1280]) {
        const el = await at(width);
        const tables = [...el.shadowRoot!.querySelectorAll('peer-table')];
        expect(tables).to.have.length(2);
        const widths = tables.map((t) =>
          [...t.shadowRoot!.querySelectorAll('thead th')].map((th) => th.getBoundingClientRect().width),
        );
        expect(widths[0].length).to.be.greaterThan(5);
        widths[0].forEach((w, i) => expect(widths[1][i], `${width}px column ${i}`).to.be.closeTo(w, 0.5));
        for (const table of tables) {
          const scroller = table.shadowRoot!.querySelector<HTMLElement>('[part="scroller"]')!;
          expect(scroller.tabIndex).to.equal(0);
          expect(scroller.getAttribute('role')).to.equal('region');
          expect(scroller.getAttribute('aria-labelledby')).to.equal('caption');
          const first = table.shadowRoot!.querySelector('tbody th')!;
          expect(getComputedStyle(first).position).to.equal('sticky');
          if (width === 375) {
            expect(scroller.scrollWidth).to.be.greaterThan(scroller.clientWidth);
            // Scrolled, the symbol column stays where it was.
            const before = first.getBoundingClientRect().left;
            scroller.scrollLeft = 120;
            await new Promise(requestAnimationFrame);
            expect(first.getBoundingClientRect().left).to.be.closeTo(before, 0.5);
          }
          // No number is wider than its cell.
          for (const cell of table.shadowRoot!.querySelectorAll('td.num'))
            expect(cell.scrollWidth).to.be.at.most(cell.clientWidth);
        }
        const recent = el.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
        expect(getComputedStyle(el.shadowRoot!.querySelector('table.recent tbody th')!).position).to.equal('sticky');
        expect(recent.getAttribute('aria-label')).to.equal('Recent weeks for 000657, newest first');
        if (width === 375) expect(recent.scrollWidth).to.be.greaterThan(recent.clientWidth);
        // The page itself never scrolls sideways.
        expect(document.documentElement.scrollWidth).to.be.at.most(width);
      }
    });
  });

  for (const width of [375, 1280]) {
    it(`keeps the card's own text and its HTML elements' text at 11px or more, inside their boxes, at ${width}px`, async () => {
      await setViewport({ width, height: 900 });
      try {
        const el = await card('eu-extreme', { locale: 'de-DE' });
        for (let i = 0; i < 3; i++) await new Promise(requestAnimationFrame);
        const roots: [Element, ShadowRoot][] = [[el, el.shadowRoot!]];
        for (const tag of ['kpi-strip', 'peer-table', 'dynamics-panel', 'signal-list']) {
          for (const child of el.shadowRoot!.querySelectorAll(tag)) roots.push([child, child.shadowRoot!]);
        }
        let checked = 0;
        for (const [host, root] of roots) {
          const box = host.getBoundingClientRect();
          const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const parent = node.parentElement!;
            if (!node.textContent!.trim() || parent.closest('style, .visually-hidden, details:not([open]) > :not(summary)'))
              continue;
            if (getComputedStyle(parent).position === 'absolute') continue;
            const range = document.createRange();
            range.selectNodeContents(node);
            const rect = range.getBoundingClientRect();
            if (!rect.width) continue;
            checked++;
            const where = `<${host.localName}> ${width}px: "${node.textContent!.trim()}"`;
            expect(parseFloat(getComputedStyle(parent).fontSize), where).to.be.at.least(11);
            // Text in a scroller may run past its edge (it scrolls); the scroller may not.
            const frame = parent.closest('.scroller')?.getBoundingClientRect() ?? rect;
            expect(frame.left, where).to.be.at.least(box.left - 0.5);
            expect(frame.right, where).to.be.at.most(box.right + 0.5);
          }
        }
        expect(checked).to.be.greaterThan(200);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  }

  it('shows each measure at one precision across the card', async () => {
    const el = await card('jp-flat');
    const cells = [...el.shadowRoot!.querySelectorAll('table.recent tbody tr')].map((tr) =>
      [...tr.children].map((cell) => fold(cell.textContent)),
    );
    // jp-flat's recent_rows, newest first: market dynamics "-0.40" … signed with two decimals,
    // relative strength "108.25" … with two, volume "4.3M" … compact with one.
    expect(cells.map((row) => row[5])).to.deep.equal([
      '−0.40',
      '−0.71',
      '+0.15',
      '−0.80',
      '+0.53',
      '+0.71',
      '+0.70',
      '−0.37',
      '+0.49',
      '+0.91',
      '−1.09',
      '−0.37',
      '+0.87',
      '−0.54',
    ]);
    expect(cells.map((row) => row[6])).to.deep.equal([
      '108.25',
      '120.69',
      '111.97',
      '108.75',
      '109.27',
      '105.66',
      '115.93',
      '100.81',
      '96.08',
      '110.39',
      '111.40',
      '103.20',
      '105.86',
      '105.68',
    ]);
    expect(cells.map((row) => row[7])).to.deep.equal([
      '4.3M',
      '5.3M',
      '2.8M',
      '3.0M',
      '1.9M',
      '3.1M',
      '4.7M',
      '3.7M',
      '5.2M',
      '5.2M',
      '4.8M',
      '5.2M',
      '4.4M',
      '1.6M',
    ]);
    const dynamics = el.shadowRoot!.querySelector('dynamics-panel')!.shadowRoot!;
    // dynamics: market_dynamics "-0.40" (negative, "-176.6%" in 4 weeks), relative_strength "108.25" ("-0.9%").
    const figures = [...dynamics.querySelectorAll('[data-group="dynamics"] dd')].map((dd) => foldKeepNbsp(dd.textContent));
    expect(figures.slice(0, 2)).to.deep.equal(['−0.40 ▼ negative −176.6% in 4 wk', '108.25 −0.9% in 4 wk']);
    // volume: ratio_13 "1.0x", ratio_52 "1.1x".
    const ratios = [...dynamics.querySelectorAll('[data-group="volume"] dd')].map((dd) => foldKeepNbsp(dd.textContent));
    expect(ratios).to.deep.equal(['1.0×', '1.1×']);
  });

  it('titles its sections in German with locale="de-DE"', async () => {
    await loadLanguage('de-DE');
    const el = await card('000657-seed', { locale: 'de-DE' });
    const titles = [...el.shadowRoot!.querySelectorAll('section > h3')].map((h) => h.textContent!.trim());
    expect(titles).to.deep.equal([
      'Kennzahlen',
      'Momentum',
      'Setup-Scores',
      'Kursniveaus',
      'Kursverlauf',
      'Wochenverlauf',
      'Branchenvergleich',
      'Sektorvergleich',
      'Marktaktivität',
      'Ausblick',
      'Letzte Wochen',
      'Profil',
    ]);
    const header = deepText(el.shadowRoot!.querySelector('[part="header"]')!);
    expect(header).to.contain('Woche bis 12. Juni 2026');
    expect(header).to.contain('Marktkap. 151,5 Mrd.');
    const heads = [...el.shadowRoot!.querySelectorAll('table.recent thead th')].map((th) => th.textContent!.trim());
    expect(heads.slice(0, 3)).to.deep.equal(['Woche', 'Schluss', 'Rendite']);
    expect(el.shadowRoot!.querySelector('article')!.getAttribute('aria-label')).to.equal(
      'Wochenbericht: 000657 China Tungsten And Hightech Materials Co.,Ltd',
    );
  });

  it('never says a heading twice: a section heading is not repeated by the element under it', async () => {
    const el = await card('000657-seed');
    const headings = new Map<string, string[]>();
    for (const section of el.shadowRoot!.querySelectorAll('section')) {
      const title = section.querySelector('h3')!.textContent!.trim().toLowerCase();
      // What the element under it shows first as a heading or title (hidden text left out).
      const shown = deepQueryAll(section, 'h4, .title, summary, caption')
        .filter((node) => (node as HTMLElement).offsetParent !== null && getComputedStyle(node).position !== 'absolute')
        .map((node) => {
          const copy = node.cloneNode(true) as Element;
          for (const part of node.querySelectorAll('*')) {
            if (getComputedStyle(part).position === 'absolute') {
              const twin = [...copy.querySelectorAll(part.localName)].find((c) => c.textContent === part.textContent);
              twin?.remove();
            }
          }
          return copy.textContent!.trim().toLowerCase();
        });
      headings.set(title, shown);
      for (const text of shown) expect(text.startsWith(title) || title.startsWith(text), `${title} / ${text}`).to.equal(false);
    }
    // What is compared: the headings under the sections that have some (a sample pinned), none left out.
    expect([...headings.values()].flat().length, 'headings compared').to.equal(16);
    expect(headings.get('market activity')).to.deep.equal(['dynamics', 'volume', 'data table', 'risk']);
    expect(headings.get('outlook')).to.deep.equal(['signals', 'opportunities', 'risks', 'watch points']);
  });

  it('shows a section the report lacks, and an element without data, in the one empty style', async () => {
    const el = await card('gb-sparse');
    const own = el.shadowRoot!.querySelector('section[part~="section-about"] .state')!;
    const inner = el
      .shadowRoot!.querySelector('section[part~="section-peers"] peer-table')!
      .shadowRoot!.querySelector('[part="empty"]')!;
    const group = el.shadowRoot!.querySelector('dynamics-panel')!.shadowRoot!.querySelector('[part="group-empty"]')!;
    const look = (node: Element) => {
      const style = getComputedStyle(node);
      return [style.borderTopStyle, style.borderTopColor, style.color, style.paddingTop, style.borderTopLeftRadius].join(' ');
    };
    expect(getComputedStyle(own).borderTopStyle).to.equal('dashed');
    expect(look(inner)).to.equal(look(own));
    expect(look(group)).to.equal(look(own));
  });
});
