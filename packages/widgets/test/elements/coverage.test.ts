import { expect, fixture as mount, html } from '@open-wc/testing';
import '../../src/index.js';
import type { TickerReport } from '../../src/elements/ticker-report.js';
import type { ReportElement } from '../../src/elements/base.js';
import { parseFigure } from '../../src/data/figure.js';
import { formatter } from '../../src/format/format.js';
import { resolveWeekLabel } from '../../src/data/dates.js';
import { fixture } from '../fixtures.js';
import { collapseSpace, deepQueryAll, deepText, settled, openTables } from '../helpers.js';

/**
 * Fields of the seed that are deliberately not shown as text, and why. Everything else in
 * the report must appear in <ticker-report>'s text or accessible names.
 */
const LEFT_OUT: Record<string, string> = {
  width: "the source site's layout hint for a bar, not data",
  height: "the source site's layout hint for a column, not data",
  uuid: 'an internal identifier; it lives in the links',
  id: 'an internal identifier of a peer',
  url: 'shown as the link of the peer symbol (checked below as an href)',
  chart_url: 'shown as the "Full chart" link (checked below as an href)',
  api_path: "the API's own address of the report: where it came from, not something to show",
  tone: 'drawn as colour plus a shape and a word; element tests check the shapes',
  value_label: "the feed's pre-formatted twin of `value`, shown formatted for the locale instead",
  return_label: 'the twin of `return`, shown formatted for the locale',
  weekly_return_label: 'the twin of `weekly_return`',
  four_week_return_label: 'the twin of `four_week_return`',
  twelve_week_return_label: 'the twin of `twelve_week_return`',
  weekly_return_tone: 'drawn as colour and sign',
  four_week_return_tone: 'drawn as colour and sign',
  twelve_week_return_tone: 'drawn as colour and sign',
  market_dynamics_tone: 'drawn as a shape and a word',
};

/**
 * The element that shows each part of the report: a value is looked for in that element's
 * text only (a rank of 6 in the peer table is not found in a "6 Mar" of the timeline). Parts
 * not listed are looked for in the whole card.
 */
const SHOWN_BY: Record<string, string> = {
  kpis: 'kpi-strip',
  price: 'price-levels',
  momentum: 'momentum-bars',
  'setup.scores': 'setup-scores',
  'setup.timeline': 'weekly-timeline',
  groups: 'peer-table',
  dynamics: 'dynamics-panel',
  volume: 'dynamics-panel',
  risk: 'dynamics-panel',
  signals: 'signal-list',
  opportunities: 'signal-list',
  risks: 'signal-list',
  watch_points: 'signal-list',
  composite_score: 'score-dial',
};

/**
 * Whether `form` stands in `text` as a value of its own: not inside a longer number, so a
 * one-digit value such as "7" is not found in "17.5%" or "2,507".
 */
export function showsValue(text: string, form: string): boolean {
  const escaped = collapseSpace(form).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\d.,])${escaped}(?![\\d]|[.,]\\d)`).test(text);
}

/** How a number of the report may be written on screen (en-US). */
function numberForms(value: number, key: string): string[] {
  const f = formatter('en-US');
  const forms = [f.percent(value), f.number(value, 0), f.number(value, 1), f.number(value, 2)];
  if (/percentile/.test(key)) forms.push(f.percent(Math.round(100 - value), { digits: 0 }));
  return forms;
}

function stringForms(value: string, key: string, latestWeek: string): string[] {
  const f = formatter('en-US');
  // Timeline weeks ("27 Feb") are shown as dates of the report's year.
  if (key === 'week' && !/^\d{4}/.test(value)) return [value, f.date(resolveWeekLabel(value, latestWeek), 'short')];
  if (/^\d{4}-\d\d-\d\d$/.test(value)) return [f.date(value), f.date(value, 'short')];
  const figure = parseFigure(value);
  const forms = [value];
  if (figure && figure.kind !== 'text') forms.push(f.figure(figure));
  if (value === 'On' || value === 'Off') forms.push(value);
  return forms;
}

describe('showsValue', () => {
  it('finds a value only as a value of its own', () => {
    expect(showsValue('streak 7 wk', '7')).to.equal(true);
    expect(showsValue('up 17.5% in 2,507 trades', '7')).to.equal(false);
    expect(showsValue('up 17.5%', '17.5%')).to.equal(true);
    expect(showsValue('up 117.5%', '17.5%')).to.equal(false);
    expect(showsValue('(3.2)', '3.2')).to.equal(true);
  });
});

describe('<ticker-report> shows the whole report', () => {
  it('every value of the seed appears in its text or accessible names', async function () {
    this.timeout(30_000);
    const json = await fixture('000657-seed');
    const el = await mount<TickerReport>(html`<ticker-report .data=${json} locale="en-US" theme="light"></ticker-report>`);
    await settled(el);
    for (const inner of deepQueryAll(el, '[state]') as ReportElement[]) await settled(inner);
    await openTables(el);
    const whole = deepText(el);
    const scoped = new Map<string, string>();
    const textFor = (path: string): string => {
      const part = Object.keys(SHOWN_BY).find((key) => path === key || path.startsWith(`${key}.`) || path.startsWith(`${key}[`));
      if (!part) return whole;
      const tag = SHOWN_BY[part];
      if (!scoped.has(tag))
        scoped.set(
          tag,
          collapseSpace(
            deepQueryAll(el, tag)
              .map((node) => deepText(node))
              .join(' '),
          ),
        );
      return scoped.get(tag)!;
    };
    const missing: string[] = [];
    let checked = 0;
    const visit = (value: unknown, path: string, key: string) => {
      if (key in LEFT_OUT) return;
      if (Array.isArray(value)) return value.forEach((item, i) => visit(item, `${path}[${i}]`, key));
      if (value && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) visit(v, path ? `${path}.${k}` : k, k);
        return;
      }
      if (typeof value === 'boolean') return; // flags: see the test below
      const forms = typeof value === 'number' ? numberForms(value, key) : stringForms(String(value), key, json.latest_week);
      checked++;
      const text = textFor(path);
      if (!forms.some((form) => showsValue(text, form)))
        missing.push(`${path} = ${JSON.stringify(value)} (looked for ${forms.join(' | ')})`);
    };
    visit(json, '', '');
    console.log(
      `coverage: ${checked} values of the seed checked, ${missing.length} missing; ${Object.keys(LEFT_OUT).length} kinds of field left out on purpose`,
    );
    expect(missing).to.deep.equal([]);

    // Links: every peer url and the chart url resolve to an http(s) href.
    const hrefs = deepQueryAll(el, 'a[href]').map((a) => a.getAttribute('href'));
    const urls = [
      json.chart_url,
      ...json.groups.industry.top_peers.map((p: { url: string }) => p.url),
      ...json.groups.sector.top_peers.map((p: { url: string }) => p.url),
    ];
    for (const url of urls) expect(hrefs, url).to.include(new URL(url, document.baseURI).href);
  });

  it('shows every flag of the timeline and the peers as text', async () => {
    const json = await fixture('000657-seed');
    const el = await mount<TickerReport>(html`<ticker-report .data=${json} locale="en-US"></ticker-report>`);
    await settled(el);
    for (const inner of deepQueryAll(el, '[state]') as ReportElement[]) await settled(inner);
    await openTables(el);
    const text = deepText(el);
    const timeline = json.setup.timeline as { trend: boolean; buy_signal: boolean; positive_md: boolean }[];
    const count = (flag: 'trend' | 'buy_signal' | 'positive_md') => timeline.filter((w) => w[flag]).length;
    expect(text).to.match(new RegExp(`trend active ${count('trend')} weeks?`, 'i'));
    expect(text).to.match(new RegExp(`buy signal ${count('buy_signal')}`, 'i'));
    expect(text).to.match(new RegExp(`positive MD ${count('positive_md')}`, 'i'));
    // Peer flags are chips with words: one "Yes" or "No" per flag per peer, in both groups.
    const peers = [...json.groups.industry.top_peers, ...json.groups.sector.top_peers];
    const yes = peers
      .flatMap((p: Record<string, boolean>) => [p.trend_active, p.positive_md, p.positive_rs])
      .filter(Boolean).length;
    const chips = deepQueryAll(el, 'peer-table').flatMap((t) =>
      [...t.shadowRoot!.querySelectorAll('tbody td')].map((td) => td.textContent!.trim()),
    );
    expect(chips.filter((c) => /\bYes$/.test(c))).to.have.length(yes);
    expect(chips.filter((c) => /\bNo$/.test(c))).to.have.length(peers.length * 3 - yes);
  });
});
