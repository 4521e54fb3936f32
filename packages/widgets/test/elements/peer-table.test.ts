import { expect, fixture as mount, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/peer-table.js';
import type { PeerTable, PeerSelectDetail } from '../../src/elements/peer-table.js';
import { sortRows, type PeerRow } from '../../src/charts/peer-table.js';
import { FIXTURES, fixture, type FixtureName } from '../fixtures.js';
import { axeViolations } from '../a11y.js';
import { foldKeepNbsp, inBox, settled, shownText, terms as termsFolded, textWithoutAriaHidden } from '../helpers.js';
import { loadLanguage } from '../../src/i18n/index.js';

const BASE = 'https://reports.example/terminal/e63dc9d1-1c2d-4130-87b3-114324e9aeb9/report/api/';

interface Options {
  group?: string;
  locale?: string;
  theme?: string;
  linkTarget?: string;
  base?: string;
}

async function tableFor(data: unknown, o: Options = {}) {
  const el = await mount<PeerTable>(
    html`<peer-table
      .data=${data}
      group=${o.group ?? 'industry'}
      locale=${o.locale ?? 'en-US'}
      theme=${o.theme ?? 'light'}
      base=${o.base ?? BASE}
      link-target=${o.linkTarget ?? ''}
    ></peer-table>`,
  );
  await settled(el);
  return el;
}

const table = async (name: FixtureName, o: Options = {}) => tableFor(await fixture(name), o);

// Text is folded keeping the no-break spaces `Intl` puts in `12,7 %` (foldKeepNbsp).
/** `term: value` for each stat. */
const terms = (el: PeerTable) => termsFolded(el, foldKeepNbsp);
const bodyRows = (el: PeerTable) => [...(el.shadowRoot?.querySelectorAll<HTMLTableRowElement>('tbody tr') ?? [])];
/** Each body row's cells as the text a user reads (the narrow-layout name line left out). */
function cells(el: PeerTable): string[][] {
  return bodyRows(el).map((tr) =>
    [...tr.children].map((cell) => {
      const copy = cell.cloneNode(true) as Element;
      copy.querySelector('.sub')?.remove();
      return foldKeepNbsp(copy.textContent);
    }),
  );
}
const symbols = (el: PeerTable) => cells(el).map((row) => row[0].replace(' This stock', ''));
const column = (el: PeerTable, index: number) => cells(el).map((row) => row[index]);
const caption = (el: PeerTable) => foldKeepNbsp(el.shadowRoot?.querySelector('caption')?.textContent);
const sortButton = (el: PeerTable, key: string) => el.shadowRoot!.querySelector<HTMLButtonElement>(`button[data-key="${key}"]`)!;
const sortedHeaders = (el: PeerTable) =>
  [...(el.shadowRoot?.querySelectorAll('th[aria-sort]') ?? [])].map((th) => [
    th.querySelector('button')?.dataset.key,
    th.getAttribute('aria-sort'),
  ]);
const links = (el: PeerTable) => [...(el.shadowRoot?.querySelectorAll<HTMLAnchorElement>('tbody a') ?? [])];

/** Stops any navigation a test's click would start, after recording whether the element already did. */
function guardNavigation(el: PeerTable) {
  const seen: boolean[] = [];
  const listener = (event: Event) => {
    seen.push(event.defaultPrevented);
    event.preventDefault();
  };
  el.addEventListener('click', listener);
  return seen;
}

describe('<peer-table>', () => {
  for (const name of FIXTURES) {
    for (const group of ['industry', 'sector'] as const) {
      it(`shows one row per top peer of ${name}, ${group}`, async () => {
        const raw = await fixture(name);
        const peers = (raw.groups?.[group]?.top_peers ?? []) as { symbol: string }[];
        const el = await tableFor(raw, { group });
        if (!raw.groups?.[group]) {
          expect(el.state).to.equal('empty');
          expect(shownText(el)).to.equal(`No ${group} peers in this report.`);
          return;
        }
        expect(el.state).to.equal('ready');
        if (peers.length === 0) {
          expect(el.shadowRoot?.querySelector('table')).to.equal(null);
          expect(foldKeepNbsp(el.shadowRoot?.querySelector('[part="none"]')?.textContent)).to.equal(
            `No peers listed for this ${group}.`,
          );
        } else {
          expect(bodyRows(el)).to.have.length(peers.length);
          expect(symbols(el)).to.deep.equal(peers.map((p) => p.symbol));
          expect(bodyRows(el).every((tr) => tr.children.length === 9)).to.equal(true);
        }
      });
    }
  }

  it('names the group and its scope in the caption', async () => {
    expect(caption(await table('000657-seed'))).to.equal('Industry peers: CN Other Industrial Metals & Mining (top 5 of 56)');
    expect(caption(await table('000657-seed', { group: 'sector' }))).to.equal('Sector peers: CN Basic Materials (top 5 of 100)');
    const el = await table('us-megacap-downtrend');
    expect(foldKeepNbsp(el.shadowRoot?.querySelector('.title')?.textContent)).to.equal(
      'Industry peers: US Software - Infrastructure (top 5 of 32)',
    );
    const region = el.shadowRoot!.querySelector('[role="region"]')!;
    expect(region.getAttribute('tabindex')).to.equal('0');
    expect(el.shadowRoot!.getElementById(region.getAttribute('aria-labelledby')!)?.localName).to.equal('caption');
  });

  it('shows signed returns with a tone and flags as Yes / No words', async () => {
    const el = await table('000657-seed');
    expect(cells(el)[0]).to.deep.equal([
      '000657 This stock',
      'China Tungsten And Hightech Materials Co.,Ltd',
      'SHZ',
      '+12.7%',
      '+39.9%',
      '+57.7%',
      '✓Yes',
      '✓Yes',
      '✓Yes',
    ]);
    expect(cells(el)[1].slice(6)).to.deep.equal(['✓Yes', '✕No', '✓Yes']);
    const eu = await table('eu-extreme', { group: 'sector' });
    const newp = bodyRows(eu)[2];
    expect(cells(eu)[2].slice(0, 6)).to.deep.equal(['NEWP', 'Tailspin Corp.', 'XETRA', '−3.9%', '−1.1%', '−12.0%']);
    expect([...newp.querySelectorAll('td.num')].map((td) => td.classList.contains('neg'))).to.deep.equal([true, true, true]);
    expect(bodyRows(eu)[0].querySelector('td.num')?.classList.contains('pos')).to.equal(true);
  });

  it('shows the group stats', async () => {
    expect(terms(await table('000657-seed'))).to.deep.equal([
      'Peers: 56',
      'Avg 1W: +2.4%',
      'Avg 4W: −3.6%',
      'Avg 12W: +11.9%',
      'Trend breadth: 50.0%',
      'Positive MD breadth: 28.6%',
      'Positive RS breadth: 58.9%',
      'Rank 1W: 6',
      'Rank 4W: 1',
      'Rank 12W: 3',
    ]);
    const sparse = await table('gb-sparse', { group: 'sector' });
    expect(terms(sparse)).to.include('Avg 4W: −1.7%');
    expect(terms(sparse)).to.include('Rank 1W: 2');
  });

  it("marks the report's own ticker with aria-current", async () => {
    const current = (el: PeerTable) => bodyRows(el).map((tr) => tr.getAttribute('aria-current'));
    const seed = await table('000657-seed');
    expect(current(seed)).to.deep.equal(['true', null, null, null, null]);
    expect(bodyRows(seed)[0].classList.contains('current')).to.equal(true);
    expect(current(await table('000657-seed', { group: 'sector' }))).to.deep.equal([null, null, null, null, null]);
    const jp = await table('jp-flat');
    expect(current(jp)).to.deep.equal([null, null, null, null, 'true']);
    expect(symbols(jp)[4]).to.equal('7799');
    // The same symbol on another exchange is another stock.
    const data = await fixture('000657-seed');
    data.groups.industry.top_peers[0].exchange = 'SHH';
    expect(current(await tableFor(data))).to.deep.equal([null, null, null, null, null]);
  });

  describe('sorting', () => {
    const KEYS = [
      ['symbol', 0, 'ascending'],
      ['name', 1, 'ascending'],
      ['exchange', 2, 'ascending'],
      ['weekly_return', 3, 'descending'],
      ['four_week_return', 4, 'descending'],
      ['twelve_week_return', 5, 'descending'],
      ['trend_active', 6, 'descending'],
      ['positive_md', 7, 'descending'],
      ['positive_rs', 8, 'descending'],
    ] as const;
    const numeric = (text: string) => Number(text.replace('−', '-').replace('%', ''));
    const flag = (text: string) => (text.endsWith('Yes') ? 1 : 0);
    function inOrder(values: string[], index: number, direction: string): boolean {
      const sign = direction === 'ascending' ? 1 : -1;
      const compare = (a: string, b: string) =>
        index >= 6
          ? flag(a) - flag(b)
          : index >= 3
            ? numeric(a) - numeric(b)
            : a.localeCompare(b, 'en-US', { numeric: true, sensitivity: 'base' });
      return values.every((v, i) => i === 0 || compare(values[i - 1], v) * sign <= 0);
    }

    for (const [key, index, first] of KEYS) {
      it(`sorts by ${key} on click, then flips`, async () => {
        const el = await table('eu-extreme', { group: 'sector' });
        expect(sortedHeaders(el)).to.deep.equal([]);
        sortButton(el, key).click();
        await el.updateComplete;
        expect(sortedHeaders(el)).to.deep.equal([[key, first]]);
        expect(inOrder(column(el, index), index, first), column(el, index).join(' ')).to.equal(true);
        sortButton(el, key).click();
        await el.updateComplete;
        const second = first === 'ascending' ? 'descending' : 'ascending';
        expect(sortedHeaders(el)).to.deep.equal([[key, second]]);
        expect(inOrder(column(el, index), index, second), column(el, index).join(' ')).to.equal(true);
      });
    }

    it('orders rows as expected and says so', async () => {
      const el = await table('eu-extreme');
      sortButton(el, 'weekly_return').click();
      await el.updateComplete;
      expect(symbols(el)).to.deep.equal(['ADTM', 'EWA', 'MJC', 'ZT', 'BRXG']);
      expect(column(el, 3)).to.deep.equal(['+40.2%', '+7.6%', '+4.1%', '+0.7%', '−3.8%']);
      expect(foldKeepNbsp(el.shadowRoot?.querySelector('[role="status"]')?.textContent)).to.equal(
        'Sorted by 1-week return, descending.',
      );
      sortButton(el, 'symbol').click();
      await el.updateComplete;
      expect(symbols(el)).to.deep.equal(['ADTM', 'BRXG', 'EWA', 'MJC', 'ZT']);
      expect(sortedHeaders(el)).to.deep.equal([['symbol', 'ascending']]);
      // The current row keeps its mark wherever it goes.
      expect(bodyRows(el)[0].getAttribute('aria-current')).to.equal('true');
    });

    it('sorts with Enter and Space on the sort button', async () => {
      const el = await table('000657-seed');
      sortButton(el, 'twelve_week_return').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(sortedHeaders(el)).to.deep.equal([['twelve_week_return', 'descending']]);
      expect(column(el, 5)).to.deep.equal(['+57.7%', '+53.8%', '+34.7%', '+19.3%', '+2.7%']);
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(sortedHeaders(el)).to.deep.equal([['twelve_week_return', 'ascending']]);
      expect(column(el, 5)).to.deep.equal(['+2.7%', '+19.3%', '+34.7%', '+53.8%', '+57.7%']);
      expect(el.shadowRoot?.activeElement).to.equal(sortButton(el, 'twelve_week_return'));
    });

    it('names each sort button by its column', async () => {
      const el = await table('000657-seed');
      // The name a screen reader gives each button: its text without what is hidden from it.
      const names = [...el.shadowRoot!.querySelectorAll('thead button')].map((b) => foldKeepNbsp(textWithoutAriaHidden(b)));
      expect(names).to.deep.equal([
        'Symbol',
        'Name',
        'Exchange',
        '1-week return',
        '4-week return',
        '12-week return',
        'Trend active',
        'Positive market dynamics',
        'Positive relative strength',
      ]);
    });
  });

  describe('links', () => {
    it("resolves peer links against the report's source (base)", async () => {
      const el = await table('000657-seed');
      expect(links(el).map((a) => a.href)).to.have.length(5);
      expect(links(el)[1].href).to.equal('https://reports.example/terminal/f17c3cf9-bad2-4078-9e1e-492d74312155/report/');
      expect(links(el)[1].textContent).to.equal('600549');
    });

    it('resolves peer links against the URL the report was fetched from', async () => {
      const el = await mount<PeerTable>(html`<peer-table src="/api/report/000657-seed?tag=peer" locale="en-US"></peer-table>`);
      await settled(el);
      expect(el.state).to.equal('ready');
      expect(links(el)[0].href).to.equal(`${location.origin}/terminal/e63dc9d1-1c2d-4130-87b3-114324e9aeb9/report/`);
    });

    it('shows a javascript: or data: link as plain text', async () => {
      const data = await fixture('000657-seed');
      data.groups.industry.top_peers[1].url = 'javascript:alert(1)';
      data.groups.industry.top_peers[2].url = ' java\tscript:alert(1)';
      data.groups.industry.top_peers[3].url = 'data:text/html,<b>x</b>';
      const el = await tableFor(data);
      const rows = bodyRows(el);
      expect([1, 2, 3].map((i) => rows[i].querySelector('a'))).to.deep.equal([null, null, null]);
      expect(symbols(el).slice(1, 4)).to.deep.equal(['600549', '601958', '000688']);
      expect(links(el)).to.have.length(2);
      expect(el.shadowRoot?.innerHTML).not.to.contain('javascript:');
    });

    it('sets the link target, with rel="noopener noreferrer" for _blank', async () => {
      const none = await table('000657-seed');
      expect(links(none).every((a) => !a.hasAttribute('target') && !a.hasAttribute('rel'))).to.equal(true);
      const blank = await table('000657-seed', { linkTarget: '_blank' });
      expect(links(blank).map((a) => [a.target, a.rel])).to.deep.equal(Array(5).fill(['_blank', 'noopener noreferrer']));
      const top = await table('000657-seed', { linkTarget: '_top' });
      expect(links(top).every((a) => a.target === '_top' && !a.hasAttribute('rel'))).to.equal(true);
    });

    it('fires peer-select with the peer; navigation goes on unless it is canceled', async () => {
      const el = await table('000657-seed');
      const seen = guardNavigation(el);
      const heard: CustomEvent<PeerSelectDetail>[] = [];
      document.addEventListener('peer-select', (e) => heard.push(e), { once: true });
      links(el)[1].click();
      expect(heard).to.have.length(1);
      expect(heard[0].detail.symbol).to.equal('600549');
      expect(heard[0].detail.name).to.equal('Xiamen Tungsten Co.,Ltd.');
      expect(heard[0].detail.weekly_return).to.be.closeTo(5.63, 0.01);
      expect(heard[0].bubbles && heard[0].composed && heard[0].cancelable).to.equal(true);
      expect(seen).to.deep.equal([false]);

      el.addEventListener('peer-select', (e) => e.preventDefault(), { once: true });
      links(el)[2].click();
      expect(seen).to.deep.equal([false, true]);
    });

    it('fires peer-select on Enter on a focused link', async () => {
      const el = await table('000657-seed', { group: 'sector' });
      const seen = guardNavigation(el);
      const heard: string[] = [];
      el.addEventListener('peer-select', (e) => {
        heard.push(e.detail.symbol ?? '');
        e.preventDefault();
      });
      links(el)[3].focus();
      await sendKeys({ press: 'Enter' });
      expect(heard).to.deep.equal(['688300']);
      expect(seen).to.deep.equal([true]);
    });

    it('lets modified clicks (open in a new tab) through without peer-select', async () => {
      const el = await table('000657-seed');
      const seen = guardNavigation(el);
      let heard = 0;
      el.addEventListener('peer-select', () => heard++);
      links(el)[1].dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, ctrlKey: true }));
      expect(heard).to.equal(0);
      expect(seen).to.deep.equal([false]);
    });
  });

  it("formats for the locale, in the reader's language", async () => {
    await Promise.all([loadLanguage('de-DE'), loadLanguage('ja-JP')]);
    const de = await table('000657-seed', { locale: 'de-DE' });
    expect(cells(de)[0].slice(3, 6)).to.deep.equal(['+12,7\u00A0%', '+39,9\u00A0%', '+57,7\u00A0%']);
    expect(terms(de)).to.include('Ø 4W: −3,6\u00A0%');
    expect(terms(de)).to.include('Trendbreite: 50,0\u00A0%');
    const ja = await table('jp-flat', { locale: 'ja-JP' });
    expect(cells(ja)[0][3]).to.equal('−3.7%');
    expect(terms(ja)).to.include('平均 4週: +11.2%');
    const count = await fixture('000657-seed');
    count.groups.industry.count = 1234;
    const german = await tableFor(count, { locale: 'de-DE' });
    expect(caption(german)).to.equal('Branchenvergleich: CN Other Industrial Metals & Mining (Top 5 von 1.234)');
    expect(terms(german)).to.include('Ø 4W: −3,6\u00A0%');
    expect(cells(german)[0].at(-1)).to.equal('✓Ja');
  });

  it('shows a dash for missing values, never 0 or NaN', async () => {
    const data = await fixture('000657-seed');
    const peer = data.groups.industry.top_peers[1];
    for (const key of ['name', 'exchange', 'weekly_return', 'weekly_return_label', 'positive_md']) delete peer[key];
    const el = await tableFor(data);
    // Each missing cell: a dash, read as "not available".
    const na = '—not available';
    expect(cells(el)[1]).to.deep.equal(['600549', na, na, na, '+22.1%', '+19.3%', '✓Yes', na, '✓Yes']);
    sortButton(el, 'weekly_return').click();
    await el.updateComplete;
    expect(symbols(el).at(-1)).to.equal('600549');
    sortButton(el, 'weekly_return').click();
    await el.updateComplete;
    expect(symbols(el).at(-1)).to.equal('600549');
  });

  describe('empty state', () => {
    it('is empty for a missing group', async () => {
      const el = await table('gb-sparse');
      expect(el.state).to.equal('empty');
      expect(shownText(el)).to.equal('No industry peers in this report.');
    });

    it('is empty for a group with neither peers nor stats, and for no groups at all', async () => {
      const data = await fixture('000657-seed');
      data.groups.industry = { scope: 'Nothing', top_peers: [] };
      expect((await tableFor(data)).state).to.equal('empty');
      const none = await fixture('000657-seed');
      delete none.groups;
      const el = await tableFor(none, { group: 'sector' });
      expect(el.state).to.equal('empty');
      expect(shownText(el)).to.equal('No sector peers in this report.');
    });

    it('shows the stats of a group without peers', async () => {
      const el = await table('gb-sparse', { group: 'sector' });
      expect(el.state).to.equal('ready');
      expect(terms(el)).to.have.length(10);
      expect(foldKeepNbsp(el.shadowRoot?.querySelector('.title')?.textContent)).to.equal('Sector peers: GB Consumer Cyclical');
      expect(shownText(el)).to.contain('No peers listed for this sector.');
    });

    it('follows the group attribute', async () => {
      const el = await table('gb-sparse');
      expect(el.state).to.equal('empty');
      el.group = 'sector';
      await settled(el);
      expect(el.state).to.equal('ready');
    });
  });

  describe('narrow containers', () => {
    async function seedInBox(width: number) {
      const el = document.createElement('peer-table');
      for (const [name, value] of Object.entries({ locale: 'en-US', theme: 'light', base: BASE })) el.setAttribute(name, value);
      await inBox(el, width);
      el.data = await fixture('000657-seed');
      await settled(el);
      return el;
    }
    const visible = (el: Element | null | undefined) => !!el && getComputedStyle(el).display !== 'none';

    it('scrolls the table inside the card at 360px and moves name and exchange under the symbol', async () => {
      const el = await seedInBox(360);
      expect(el.scrollWidth).to.be.at.most(360);
      const scroller = el.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
      expect(getComputedStyle(scroller).overflowX).to.equal('auto');
      expect(scroller.clientWidth).to.be.at.most(360);
      expect(visible(el.shadowRoot?.querySelector('td.col-name'))).to.equal(false);
      expect(visible(el.shadowRoot?.querySelector('th.col-exchange'))).to.equal(false);
      const sub = el.shadowRoot?.querySelectorAll('tbody .sub')[1];
      expect(visible(sub)).to.equal(true);
      expect(foldKeepNbsp(sub?.textContent)).to.equal('Xiamen Tungsten Co.,Ltd. · SHH');
    });

    it('shows every column at 1000px', async () => {
      const el = await seedInBox(1000);
      const scroller = el.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
      expect(scroller.scrollWidth).to.be.at.most(scroller.clientWidth);
      expect(visible(el.shadowRoot?.querySelector('td.col-name'))).to.equal(true);
      expect(visible(el.shadowRoot?.querySelector('tbody .sub'))).to.equal(false);
    });

    for (const locale of ['en-US', 'de-DE', 'ja-JP']) {
      it(`keeps every column heading inside its cell at 1000px, ${locale}`, async () => {
        await loadLanguage(locale);
        const el = await seedInBox(1000);
        el.locale = locale;
        await settled(el);
        const headings = [...el.shadowRoot!.querySelectorAll<HTMLElement>('thead th')];
        expect(headings.map((th) => th.className)).to.include('col-exchange');
        for (const th of headings) {
          const cell = th.getBoundingClientRect();
          const label = th.querySelector('.sort')!.getBoundingClientRect();
          expect(label.right, `${foldKeepNbsp(th.textContent)} ends inside its cell`).to.be.at.most(cell.right + 0.5);
          expect(label.left, `${foldKeepNbsp(th.textContent)} starts inside its cell`).to.be.at.least(cell.left - 0.5);
        }
      });
    }
  });

  for (const name of FIXTURES) {
    for (const theme of ['light', 'dark']) {
      // (a11y.test.ts covers the default view; this one the sector group and a sorted table.)
      it(`has no axe violations with ${name}, ${theme}, sorted`, async () => {
        const el = await table(name, { theme, group: name === 'gb-sparse' ? 'sector' : 'industry' });
        expect(el.state).to.equal('ready');
        expect(await axeViolations(el)).to.deep.equal([]);
        sortButton(el, 'weekly_return')?.click();
        await el.updateComplete;
        expect(await axeViolations(el)).to.deep.equal([]);
      });
    }
  }
});

describe('sortRows(rows, sort)', () => {
  const row = (index: number, weekly_return?: number, symbol?: string): PeerRow => ({
    index,
    current: false,
    peer: { id: index, symbol, weekly_return } as PeerRow['peer'],
  });

  it('keeps missing values last in both directions, and ties in report order', () => {
    const rows = [row(0, undefined), row(1, 2), row(2, 5), row(3, 2), row(4, -1)];
    const order = (direction: 'ascending' | 'descending') =>
      sortRows(rows, { key: 'weekly_return', direction }).map((r) => r.index);
    expect(order('ascending')).to.deep.equal([4, 1, 3, 2, 0]);
    expect(order('descending')).to.deep.equal([2, 1, 3, 4, 0]);
    expect(sortRows(rows, undefined).map((r) => r.index)).to.deep.equal([0, 1, 2, 3, 4]);
  });

  it('compares symbols with digits as numbers', () => {
    const rows = [row(0, 0, 'A10'), row(1, 0, 'a2'), row(2, 0, 'B1')];
    expect(sortRows(rows, { key: 'symbol', direction: 'ascending' }).map((r) => r.peer.symbol)).to.deep.equal([
      'a2',
      'A10',
      'B1',
    ]);
  });
});
