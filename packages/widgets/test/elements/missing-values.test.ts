// Issue 16: a value the report lacks is shown in its place with a dash, and read as "not
// available" (the catalog's `missing`), never dropped and never shown as 0. The fixture is
// the seed with one value missing in each area (test/fixtures/missing-values.json; the
// vitest test test/data/catalogs.test.ts proves the parser loads it).
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { ReportElement } from '../../src/elements/base.js';
import en from '../../src/i18n/en.js';
import { toReport } from '../../src/data/validate.js';
import { fixture } from '../fixtures.js';
import {
  deepQueryAll,
  fold,
  inBox,
  openTables,
  placeInBody,
  settledDeep,
  spokenText,
  tableCellsSeenAndHeard,
  unseen,
} from '../helpers.js';

const DASH = '—';
const NOT_AVAILABLE = en.missing;
/** A number that reads as zero: 0, 0.0, +0.0%, 0,00 … */
const ZERO = /(^|\s)[+−-]?0([.,]0+)?\s?%?(\s|$)/;

/** `<tag>` 720px wide (en-US, light) drawing the missing-values fixture, settled and measured. */
async function show(tag: string, attrs: Record<string, string> = {}): Promise<ReportElement> {
  const el = document.createElement(tag) as ReportElement;
  for (const [name, value] of Object.entries({ locale: 'en-US', theme: 'light', ...attrs })) el.setAttribute(name, value);
  el.data = await fixture('missing-values');
  await inBox(el, 720);
  await settledDeep(el);
  expect(el.state, `<${tag}> state`).to.equal('ready');
  return el;
}

/** The text a user sees in `node` (visually hidden and unrendered text left out), through shadow roots. */
function seen(node: Node, stop: Element): string {
  const parts: string[] = [];
  const visit = (n: Node) => {
    if (n instanceof Text) {
      if (n.parentElement && !unseen(n.parentElement, stop)) parts.push(n.textContent ?? '');
      return;
    }
    if (n instanceof Element && ['style', 'script', 'title', 'desc'].includes(n.localName)) return;
    if (n instanceof Element && n.shadowRoot) visit(n.shadowRoot);
    for (const child of n.childNodes) visit(child);
  };
  visit(node);
  return fold(parts.join(' '));
}

/** The chart `<svg>`s of `el` (`part~=chart`), through nested shadow roots. */
const charts = (el: Element) => deepQueryAll(el, 'svg[part~="chart"]') as SVGSVGElement[];

const center = (r: DOMRect) => ({ x: r.left + r.width / 2, y: r.top + r.height / 2 });

/**
 * In one of `el`'s charts, the drawn text matching `label` with a dash beside it: on the
 * same row (centres within 10px vertically) or in the same column (within 40px across and
 * 40px down). Returns the chart, or fails naming what it found.
 */
function dashBesideInChart(el: Element, label: RegExp): SVGSVGElement {
  const found: string[] = [];
  for (const chart of charts(el)) {
    const texts = [...chart.querySelectorAll<SVGGraphicsElement>('text, tspan')].filter((t) => !unseen(t, el));
    const labels = texts.filter(
      (t) => label.test(fold(t.textContent)) && ![...t.children].some((c) => label.test(fold(c.textContent))),
    );
    const dashes = texts.filter((t) => fold(t.textContent) === DASH);
    for (const l of labels) {
      const a = center(l.getBoundingClientRect());
      found.push(`"${fold(l.textContent)}"`);
      const near = (t: SVGGraphicsElement) => {
        const b = center(t.getBoundingClientRect());
        const dx = Math.abs(a.x - b.x);
        const dy = Math.abs(a.y - b.y);
        return dy <= 10 || (dx <= 40 && dy <= 40);
      };
      if (dashes.some(near)) {
        const row = texts.filter((t) => t !== l && Math.abs(center(t.getBoundingClientRect()).y - a.y) <= 10);
        const zero = row.find((t) => ZERO.test(fold(t.textContent)));
        expect(zero, `<${el.localName}>: "${fold(zero?.textContent)}" beside "${fold(l.textContent)}"`).to.equal(undefined);
        return chart;
      }
    }
  }
  throw new Error(
    `<${el.localName}>: no dash beside a chart label matching ${label} (labels found: ${found.join(', ') || 'none'}; ` +
      `chart text: ${charts(el)
        .map((c) => [...c.querySelectorAll('text')].map((t) => `"${fold(t.textContent)}"`).join(' '))
        .join(' | ')})`,
  );
}

/** Every element under `el` (through shadow roots) whose seen text matches `label`, smallest first. */
function labelled(el: Element, label: RegExp): Element[] {
  const all = deepQueryAll(el, '*').filter((e) => !(e instanceof SVGElement) && label.test(seen(e, el)));
  return all.filter((e) => !all.some((other) => other !== e && e.contains(other)));
}

/**
 * The place of the value labelled `label` in HTML: a term's `<dd>`, a row header's `<tr>`,
 * else the nearest ancestor that shows more than the label.
 */
function placeOf(el: Element, label: RegExp): Element {
  const [first] = labelled(el, label);
  if (!first) throw new Error(`<${el.localName}>: nothing shows ${label}`);
  const term = first.closest('dt');
  if (term?.nextElementSibling) return term.nextElementSibling;
  const row = first.closest('tr');
  if (row) return row;
  let place: Element = first;
  while (place.parentElement && seen(place, el) === seen(first, el)) place = place.parentElement;
  return place;
}

/** Asserts `place` shows a dash, says "not available", and shows no zero. */
function expectMissing(place: Element, what: string, host: Element): void {
  const shown = seen(place, host);
  expect(shown, `${what}: shown`).to.contain(DASH);
  expect(shown, `${what}: shown`).not.to.match(ZERO);
  expect(spokenText(place), `${what}: read aloud`).to.contain(NOT_AVAILABLE);
}

/** The cell of `table` in the row whose header matches `row` and the column whose header matches `column`. */
function cell(table: HTMLTableElement, row: RegExp, column: RegExp): HTMLTableCellElement {
  const heads = [...table.querySelectorAll('thead th')].map((th) => fold(th.textContent));
  const index = heads.findIndex((h) => column.test(h));
  if (index < 0) throw new Error(`no column matching ${column} in ${heads.join(' | ')}`);
  const rows = [...table.querySelectorAll('tbody tr')];
  const tr = rows.find((r) => row.test(fold(r.children[0]?.textContent)));
  if (!tr) throw new Error(`no row matching ${row} in ${rows.map((r) => fold(r.children[0]?.textContent)).join(' | ')}`);
  return tr.children[index] as HTMLTableCellElement;
}

/**
 * A data-table cell of `el` for a missing value: seen as the dash alone, heard as "not
 * available" alone (the dash hidden from screen readers), never a zero.
 */
async function expectMissingCell(el: Element, td: Element, what: string): Promise<void> {
  expect(fold(td.textContent), what).not.to.match(ZERO);
  const rows = [...el.shadowRoot!.querySelectorAll('tbody tr')];
  const row = rows.indexOf(td.parentElement as HTMLTableRowElement);
  expect(row, `${what}: a row of <${el.localName}>'s own tables`).to.be.at.least(0);
  const column = [...td.parentElement!.children].indexOf(td);
  const { seen, heard } = await tableCellsSeenAndHeard(el);
  expect(seen[row][column], `${what}: seen`).to.equal(DASH);
  expect(heard[row][column], `${what}: heard`).to.equal(NOT_AVAILABLE);
}

const tableOf = (el: Element, match: RegExp): HTMLTableElement => {
  const tables = deepQueryAll(el, 'table') as HTMLTableElement[];
  const table = tables.find((t) => match.test(fold(t.querySelector('caption')?.textContent) + ' ' + fold(t.tHead?.textContent)));
  if (!table) throw new Error(`<${el.localName}>: no table matching ${match}`);
  return table;
};

describe('missing values (issue 16)', () => {
  it('the fixture loads, with each chosen value missing', async () => {
    const report = toReport(await fixture('missing-values'));
    expect(report.momentum?.returns?.map((r) => r.label)).to.deep.equal(['1W', '4W', '12W', '26W', '52W']);
    expect(report.momentum?.returns?.[4].value).to.equal(undefined);
    expect(report.price?.fair_value).to.equal(undefined);
  });

  it('<momentum-bars>: the 52W row keeps its place with a dash, named "not available"', async () => {
    const el = await show('momentum-bars');
    const chart = dashBesideInChart(el, /^(52W|52-week|52 ?wk)$/i);
    expect(chart.getAttribute('aria-label')).to.contain(NOT_AVAILABLE);
    // Five periods drawn, not four.
    const periods = [...chart.querySelectorAll('text')].filter((t) => /^\d+ ?W$/i.test(fold(t.textContent)));
    expect(periods.length).to.equal(5);
    await openTables(el);
    await expectMissingCell(el, cell(tableOf(el, /./), /^(52W|52-week)/i, /return/i), 'data table, 52W');
  });

  it('<setup-scores>: the Dynamics score keeps its place with a dash, named "not available"', async () => {
    const el = await show('setup-scores');
    const chart = dashBesideInChart(el, /^Dynamics$/);
    expect(chart.getAttribute('aria-label')).to.contain(NOT_AVAILABLE);
    await openTables(el);
    await expectMissingCell(el, cell(tableOf(el, /./), /^Dynamics/, /value/i), 'data table, Dynamics');
  });

  it('<score-dial>: a missing composite score is a dash on the dial, named "not available"', async () => {
    const el = await show('score-dial');
    const [chart] = charts(el);
    expect(chart, 'the dial is drawn').to.exist;
    const score = chart.querySelectorAll('text.score');
    expect(score, 'one score text on the dial').to.have.length(1);
    expect(fold(score[0].textContent), 'the score is a dash').to.equal(DASH);
    // The scale's ticks read 0 on purpose; no other text on the dial reads as a zero.
    const texts = [...chart.querySelectorAll('text, tspan')].filter((t) => !t.closest('.tick')).map((t) => fold(t.textContent));
    expect(
      texts.filter((t) => ZERO.test(t)),
      `no zero score in ${texts.join(' | ')}`,
    ).to.deep.equal([]);
    expect(chart.getAttribute('aria-label')).to.contain(NOT_AVAILABLE);
  });

  it('<ticker-report>: the header keeps its dial, with the dash, when the composite score is missing', async () => {
    const el = await show('ticker-report', { sections: 'kpis' });
    const dial = el.shadowRoot!.querySelector('score-dial') as ReportElement | null;
    expect(dial, 'the dial in the header').to.exist;
    await settledDeep(dial!);
    const [chart] = charts(dial!);
    expect([...chart.querySelectorAll('text, tspan')].map((t) => fold(t.textContent))).to.include(DASH);
    expect(chart.getAttribute('aria-label')).to.contain(NOT_AVAILABLE);
  });

  it('<dynamics-panel>: without up and down weeks the counts keep their place, each a dash read as "not available"', async () => {
    const report = structuredClone(await fixture('missing-values'));
    report.risk.upside_weeks = null;
    const el = await placeInBody('dynamics-panel', report);
    expect(el.shadowRoot!.querySelector('[part~="chart-risk"]'), 'no split bar without both counts').to.equal(null);
    expectMissing(placeOf(el, /^up weeks$/i), '<dynamics-panel> up weeks', el);
    expect(fold(placeOf(el, /^down weeks$/i).textContent)).to.match(/^\d+$/);
    el.remove();
  });

  it('<kpi-strip>: the Trend Breadth tile shows a dash read as "not available"', async () => {
    const el = await show('kpi-strip');
    const tile = placeOf(el, /^Trend Breadth$/i);
    expectMissing(tile, '<kpi-strip> Trend Breadth', el);
    expect(el.shadowRoot!.querySelectorAll('[part~="tile"]').length).to.equal(6);
  });

  it('<price-levels>: the fair value and the 52-week high show a dash, named "not available"', async () => {
    const el = await show('price-levels');
    // Each of the two, on its own. The 52-week high: a dash under its caption at the bar's end.
    const chart = dashBesideInChart(el, /^high$|52.{0,3}(wk|week) high/i);
    // The fair value: its row says "Fair value —" with "not available" under it.
    const fair = [...chart.querySelectorAll('text')].filter((t) => /fair value/i.test(fold(t.textContent)));
    expect(
      fair.map((t) => [fold(t.textContent), fold(t.nextElementSibling?.textContent)]),
      'the fair value row',
    ).to.deep.equal([[`Fair value ${DASH}`, NOT_AVAILABLE]]);
    expect(unseen(fair[0], el), 'the fair value row is seen').to.equal(false);
    // The drawing's name says each is not available.
    expect(chart.getAttribute('aria-label')).to.contain(`fair value ${NOT_AVAILABLE};`);
    expect(chart.getAttribute('aria-label')).to.contain(`52-week high ${NOT_AVAILABLE};`);
    // Each of the two has its own dash in the drawing or the figures under it.
    const shown = seen(el.shadowRoot!, el);
    expect(shown.split(DASH).length - 1, `dashes in "${shown}"`).to.be.at.least(2);
    await openTables(el);
    const table = tableOf(el, /level/i);
    await expectMissingCell(el, cell(table, /^fair value/i, /price/i), 'data table, fair value');
    await expectMissingCell(el, cell(table, /52.{0,3}(wk|week) high/i, /price/i), 'data table, 52-week high');
  });

  it('<dynamics-panel>: relative strength shows a dash read as "not available", not 0', async () => {
    const el = await show('dynamics-panel');
    expectMissing(placeOf(el, /^relative strength$/i), '<dynamics-panel> relative strength', el);
  });

  it('<dynamics-panel>: the 13-week average volume keeps its column with a dash, named "not available"', async () => {
    const el = await show('dynamics-panel');
    const chart = dashBesideInChart(el, /^13.{0,3}(wk|week).{0,3}av/i);
    expect(chart.getAttribute('aria-label')).to.contain(NOT_AVAILABLE);
  });

  it('<ticker-report>: the recent-weeks table shows a dash for the missing relative strength of Jun 5, 2026', async () => {
    const el = await show('ticker-report', { sections: 'recent' });
    const table = tableOf(el, /recent/i);
    expect(table.querySelectorAll('tbody tr').length).to.equal(14);
    const td = cell(table, /^Jun 5, 2026$/, /rel.*strength|^RS$/i);
    expectMissing(td, 'recent weeks, Jun 5, 2026, relative strength', el);
    expect(fold(cell(table, /^Jun 12, 2026$/, /rel.*strength|^RS$/i).textContent)).to.match(/^112\.6/);
  });

  it('<peer-table>: a peer without a 1W return shows a dash read as "not available", and keeps its row', async () => {
    const el = await show('peer-table', { group: 'industry' });
    const table = el.shadowRoot!.querySelector('table')!;
    expect(table.querySelectorAll('tbody tr').length).to.equal(5);
    const td = cell(table, /^600549/, /^1W/);
    expectMissing(td, '<peer-table> 600549, 1W', el);
  });
});
