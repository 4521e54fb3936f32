// A security's two pages: the report page (`/terminal/{uuid}/report/`, <ticker-report> rendered on
// the server) and the chart page (`/terminal/{uuid}/`, <price-chart> over a no-script summary).
import { DEFAULT_QUERY, chartHref, reportHref, screenerHref } from '../../assets/screener.js';
import type { UniverseRow } from '../screener-types.js';
import { html, type Html } from './html.js';
import { ASSETS, countryName, page, type SiteMeta } from './layout.js';

/** The parts of a report (the seed's JSON) these pages read; everything else goes to the widgets. */
export interface ReportJson {
  ticker: { uuid?: string; symbol: string; name?: string; exchange?: string };
  latest_week?: string;
  summary?: string;
  setup_signature?: string | null;
  composite_score?: string | null;
  kpis?: { label: string; value: string | null; tone?: string; hint?: string }[];
  classification?: { currency?: string };
  recent_rows?: RecentRow[];
}

export interface RecentRow {
  week: string;
  close: string | null;
  weekly_return_label?: string | null;
  weekly_return_tone?: string | null;
  trend_line: string | null;
  fair_value: string | null;
  market_dynamics: string | null;
  relative_strength: string | null;
  volume: string | null;
  trend_signal: string | null;
}

const DASH = '\u2014';
const text = (v: string | null | undefined): string => (v === null || v === undefined || v === '' ? DASH : v);

export const reportApi = (uuid: string) => `${reportHref(uuid)}api/`;
export const historyApi = (uuid: string) => `${chartHref(uuid)}history/api/`;

/** Country > sector > industry, each a link to the screener filtered by it, then this page. */
function breadcrumbs(row: UniverseRow, here: string): Html {
  const country = { country: row.country };
  const sector = { ...country, sector: row.sector };
  const industry = { ...sector, industry: row.industry };
  return html`<nav class="breadcrumbs" aria-label="Breadcrumb">
<ol>
<li><a href="/">Screener</a></li>
<li><a href="${screenerHref(DEFAULT_QUERY, country)}">${countryName(row.country)}</a></li>
<li><a href="${screenerHref(DEFAULT_QUERY, sector)}">${row.sector}</a></li>
<li><a href="${screenerHref(DEFAULT_QUERY, industry)}">${row.industry}</a></li>
<li><span aria-current="page">${row.symbol} ${here}</span></li>
</ol>
</nav>`;
}

function title(row: UniverseRow, what: string): Html {
  return html`<h1><span class="symbol">${row.symbol}</span> <span class="name">${row.name}</span> <span class="what">${what}</span></h1>`;
}

/** The elements a page can embed, with what each shows (CONTRACT.md). */
const EMBEDS: [tag: string, shows: string][] = [
  ['ticker-report', 'the whole report as one card'],
  ['score-dial', 'the composite score as a dial, with the setup signature'],
  ['kpi-strip', 'the key figures as tiles'],
  ['momentum-bars', 'the 1W to 52W returns as bars, with streak, breadth and peer rank'],
  ['setup-scores', 'the six setup scores'],
  ['price-levels', 'close against trend line, fair value and the 52-week range'],
  ['price-history', 'the last weeks’ close, trend line and fair value'],
  ['weekly-timeline', 'the last 16 weeks’ signals'],
  ['peer-table', 'the industry’s top peers'],
  ['dynamics-panel', 'market dynamics, volume and risk'],
  ['signal-list', 'signals, opportunities, risks and watch points'],
];

function snippet(id: string, code: string): Html {
  return html`<div class="snippet">
<pre><code id="${id}" data-embed>${code}</code></pre>
<button type="button" class="copy" data-copy="${id}" hidden>Copy</button>
</div>`;
}

function embedSection(uuid: string): Html {
  const script = `<script type="module" src="${ASSETS}/ticker-widgets.js"></script>`;
  const api = reportApi(uuid);
  const [first, ...rest] = EMBEDS;
  const element = (tag: string) => `<${tag} src="${api}"></${tag}>`;
  return html`<section class="embed" aria-labelledby="embed-heading">
<h2 id="embed-heading">Embed this report</h2>
<p>Paste the script tag once on your page, then any of the elements. Each fetches this report’s JSON and draws itself; they work on pages with a strict Content Security Policy. Addresses in the snippets are on <span class="origin">this site</span>.</p>
<h3>${first![0]}: ${first![1]}</h3>
${snippet('embed-ticker-report', `${script}\n${element(first![0])}`)}
<details class="more-embeds">
<summary>Embed a single widget</summary>
${rest.map(([tag, shows]) => html`<h3>${tag}: ${shows}</h3>\n${snippet(`embed-${tag}`, element(tag))}`)}
<h3>price-chart: the whole weekly history</h3>
${snippet('embed-price-chart', `<price-chart src="${historyApi(uuid)}"></price-chart>`)}
</details>
</section>`;
}

/** The report page: headline, breadcrumbs, the server-rendered <ticker-report>, embed snippets. */
export function renderReportPage(report: ReportJson, row: UniverseRow, meta: SiteMeta, reportHtml: Html): string {
  const uuid = row.uuid;
  const main = html`${breadcrumbs(row, 'report')}
<div class="page-head">
${title(row, 'weekly report')}
<p class="meta">${row.exchange} · ${row.currency} · week ending <time datetime="${row.latest_week}">${row.latest_week}</time></p>
<ul class="page-links">
<li><a href="${chartHref(uuid)}">Weekly chart</a></li>
<li><a href="${reportApi(uuid)}">Report JSON</a></li>
<li><a href="${historyApi(uuid)}">History JSON</a></li>
</ul>
</div>
<section class="report" aria-label="${row.symbol} report">
${reportHtml}
</section>
${embedSection(uuid)}`;
  return page({
    title: `${row.symbol} ${row.name}: weekly report`,
    description: report.summary ?? `${row.symbol} weekly report`,
    meta,
    section: 'security',
    widgets: true,
    bodyClass: 'report-page',
    main,
  });
}

function headline(report: ReportJson, row: UniverseRow): Html {
  const close = report.recent_rows?.[0]?.close ?? report.kpis?.find((k) => k.label === 'Latest Close')?.value ?? null;
  const w4 = report.kpis?.find((k) => k.label === '4W Return');
  const items: [string, Html][] = [
    ['Close', html`${text(close)}`],
    ['Week ending', html`<time datetime="${row.latest_week}">${row.latest_week}</time>`],
    ['Composite score', html`${text(report.composite_score)}`],
    ['Setup', html`${text(report.setup_signature)}`],
    ['4-week return', html`${text(w4?.value)}`],
    ['Trend Signal', html`${row.trend_signal ? 'Active' : 'Inactive'}`],
  ];
  return html`<dl class="headline">${items.map(([k, v]) => html`<div><dt>${k}</dt><dd>${v}</dd></div>`)}</dl>`;
}

function recentTable(report: ReportJson, row: UniverseRow): Html {
  const rows = report.recent_rows ?? [];
  if (rows.length === 0) return html`<p>No weekly rows in this report.</p>`;
  return html`<div class="table-wrap" role="region" aria-labelledby="recent-caption" tabindex="0">
<table class="recent">
<caption id="recent-caption">${row.symbol}: the last ${rows.length} weeks, newest first</caption>
<thead><tr><th scope="col">Week</th><th scope="col" class="num">Close</th><th scope="col" class="num">Week’s return</th><th scope="col" class="num">Trend Line</th><th scope="col" class="num">Fair Value</th><th scope="col" class="num"><abbr title="Market Dynamics">MD</abbr></th><th scope="col" class="num"><abbr title="Relative Strength">RS</abbr></th><th scope="col" class="num">Volume</th><th scope="col">Trend</th></tr></thead>
<tbody>
${rows.map(
  (r) =>
    html`<tr><th scope="row">${r.week}</th><td class="num">${text(r.close)}</td><td class="num ${r.weekly_return_tone === 'positive' ? 'up' : r.weekly_return_tone === 'negative' ? 'down' : 'flat'}">${text(r.weekly_return_label)}</td><td class="num">${text(r.trend_line)}</td><td class="num">${text(r.fair_value)}</td><td class="num">${text(r.market_dynamics)}</td><td class="num">${text(r.relative_strength)}</td><td class="num">${text(r.volume)}</td><td>${text(r.trend_signal)}</td></tr>\n`,
)}</tbody>
</table>
</div>`;
}

/** The chart page: the report's headline and <price-chart> over a table of recent weeks for readers without script. */
export function renderChartPage(report: ReportJson, row: UniverseRow, meta: SiteMeta): string {
  const uuid = row.uuid;
  const main = html`${breadcrumbs(row, 'chart')}
<div class="page-head">
${title(row, 'weekly chart')}
<p class="meta">${row.exchange} · ${row.currency}${report.setup_signature ? html` · ${report.setup_signature}` : ''}</p>
<ul class="page-links">
<li><a href="${reportHref(uuid)}">Full report</a></li>
<li><a href="${historyApi(uuid)}">History JSON</a></li>
</ul>
</div>
${headline(report, row)}
${report.summary ? html`<p class="summary">${report.summary}</p>` : ''}
<section class="chart" aria-labelledby="chart-heading">
<h2 id="chart-heading">Weekly history</h2>
<price-chart src="${historyApi(uuid)}">
<div class="chart-fallback">
<p>The interactive chart needs script. Here are the latest weeks; the whole weekly history is in <a href="${historyApi(uuid)}">the history JSON</a>.</p>
${recentTable(report, row)}
</div>
</price-chart>
</section>`;
  return page({
    title: `${row.symbol} ${row.name}: weekly chart`,
    description: report.summary ?? `${row.symbol} weekly chart`,
    meta,
    section: 'security',
    widgets: true,
    bodyClass: 'chart-page',
    main,
  });
}

/** The 404 page. */
export function renderNotFoundPage(meta: SiteMeta): string {
  return page({
    title: 'Page not found',
    meta,
    section: 'none',
    main: html`<div class="page-head">
<h1>Page not found</h1>
<p class="lede">There is no page at this address. Securities may leave the universe from one week to the next.</p>
</div>
<p><a href="/">Back to the screener</a> to find a security by symbol or name.</p>`,
  });
}
