import { expect, fixture as mount, html } from '@open-wc/testing';
import '../../src/index.js';
import type { TickerReport } from '../../src/elements/ticker-report.js';
import type { ReportElement } from '../../src/elements/base.js';
import { type FIXTURES, fixture } from '../fixtures.js';
import { deepText, requestCount, settled } from '../helpers.js';

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
    const rows = [...el.shadowRoot!.querySelectorAll('table.recent tbody tr')].map((tr) =>
      tr.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(rows).to.have.length(14);
    expect(rows[0]).to.equal('Jun 12, 2026 CN¥79.00 +12.7% CN¥47.01 CN¥17.71 +0.36 112.6 571.0M On');
    expect(rows[13]).to.match(/^Mar 13, 2026 CN¥56.07 −14.6%/);
  });
});
