// The screener page (`/`): a GET form, a real table of the page's rows, sortable headers and a
// pager, all links, so every control works without script. site.js adds filtering as you type.
import {
  COLUMNS,
  PAGE_SIZES,
  SIGNAL_LABELS,
  SIGNALS,
  SORT_COLUMNS,
  SORT_LABELS,
  ariaSort,
  pagerItems,
  queryString,
  rowCells,
  screenerHref,
  sortHref,
  statusText,
  type Part,
} from '../../assets/screener.js';
import type { ScreenerResult } from '../screener-types.js';
import { html, safeHref, type Html } from './html.js';
import { countryName, page, type SiteMeta } from './layout.js';

function partHtml(part: Part): Html {
  const inner = html`${part.text ?? ''}${(part.children ?? []).map(partHtml)}`;
  const cls = part.className ? html` class="${part.className}"` : html``;
  const href = safeHref(part.href);
  if (href) return html`<a href="${href}"${cls}>${inner}</a>`;
  return part.className ? html`<span${cls}>${inner}</span>` : inner;
}

/** The tbody's rows (site.js builds the same rows from the same cells). */
export function screenerRows(result: ScreenerResult): Html {
  if (result.rows.length === 0) {
    return html`<tr class="empty"><td colspan="${COLUMNS.length}">No securities match these filters.</td></tr>`;
  }
  return html`${result.rows.map(
    (row) =>
      html`<tr>${rowCells(row).map((cell) =>
        cell.header
          ? html`<th scope="row" class="${cell.className}">${cell.parts.map(partHtml)}</th>`
          : html`<td class="${cell.className}">${cell.parts.map(partHtml)}</td>`,
      )}</tr>\n`,
  )}`;
}

function headerCells(result: ScreenerResult): Html {
  const q = result.query;
  return html`${COLUMNS.map((column) => {
    const sort = ariaSort(q, column);
    const cls = html` class="${column.key}${column.numeric ? ' num' : ''}"`;
    const attrs = html`${cls}${sort ? html` aria-sort="${sort}"` : ''}`;
    const label = column.title ? html`<abbr title="${column.title}">${column.label}</abbr>` : html`${column.label}`;
    if (column.sorts) {
      return html`<th scope="col"${attrs}>${column.sorts.map(
        (s, i) => html`${i > 0 ? ' / ' : ''}<a href="${sortHref(q, s)}" data-sort="${s}">${SORT_LABELS[s]}</a>`,
      )}</th>`;
    }
    if (column.sort) {
      return html`<th scope="col"${attrs}><a href="${sortHref(q, column.sort)}" data-sort="${column.sort}">${label}</a></th>`;
    }
    return html`<th scope="col"${attrs}>${label}</th>`;
  })}`;
}

export function pager(result: ScreenerResult): Html {
  return html`<ul>${pagerItems(result).map((item) => {
    if (item.gap) return html`<li class="gap" aria-hidden="true">${item.text}</li>`;
    if (item.disabled) return html`<li class="disabled"><span>${item.text}</span></li>`;
    if (item.current) return html`<li><span class="current" aria-current="page">${item.text}</span></li>`;
    const label = item.rel ? html`` : html` aria-label="Page ${item.text}"`;
    return html`<li><a href="${item.href ?? '/'}"${item.rel ? html` rel="${item.rel}"` : ''}${label}>${item.text}</a></li>`;
  })}</ul>`;
}

function select(
  name: string,
  label: string,
  values: string[],
  selected: string | null,
  show: (v: string) => string = (v) => v,
): Html {
  return html`<div class="field">
<label for="f-${name}">${label}</label>
<select id="f-${name}" name="${name}">
<option value="">All</option>
${values.map((v) => html`<option value="${v}"${v === selected ? ' selected' : ''}>${show(v)}</option>`)}
</select>
</div>`;
}

function form(result: ScreenerResult): Html {
  const q = result.query;
  const { facets } = result;
  return html`<form class="filters" method="get" action="/" role="search" aria-label="Securities" data-rendered="${queryString(q)}">
<div class="field field-q">
<label for="f-q">Symbol or name</label>
<input id="f-q" type="search" name="q" value="${q.q}" autocomplete="off" spellcheck="false">
</div>
${select('country', 'Country', facets.countries, q.country, (c) => `${countryName(c)} (${c})`)}
${select('sector', 'Sector', facets.sectors, q.sector)}
${select('industry', 'Industry', facets.industries, q.industry)}
<fieldset class="field signals">
<legend>Signals</legend>
${SIGNALS.map(
  (s) =>
    html`<label class="check"><input type="checkbox" name="signal" value="${s}"${q.signals.includes(s) ? ' checked' : ''}> ${SIGNAL_LABELS[s]}</label>`,
)}
</fieldset>
<div class="field">
<label for="f-sort">Sort by</label>
<select id="f-sort" name="sort">
${SORT_COLUMNS.map((s) => html`<option value="${s}"${s === q.sort ? ' selected' : ''}>${SORT_LABELS[s]}</option>`)}
</select>
</div>
<div class="field">
<label for="f-order">Order</label>
<select id="f-order" name="order">
<option value="desc"${q.order === 'desc' ? ' selected' : ''}>Descending</option>
<option value="asc"${q.order === 'asc' ? ' selected' : ''}>Ascending</option>
</select>
</div>
<div class="field">
<label for="f-size">Rows per page</label>
<select id="f-size" name="size">
${[...new Set([...PAGE_SIZES, q.size])]
  .sort((a, b) => a - b)
  .map((n) => html`<option value="${n}"${n === q.size ? ' selected' : ''}>${n}</option>`)}
</select>
</div>
<div class="actions">
<button type="submit">Apply filters</button>
<a href="/" class="reset">Clear all</a>
</div>
</form>`;
}

function caption(result: ScreenerResult): string {
  const q = result.query;
  const order = q.order === 'asc' ? 'ascending' : 'descending';
  return `Securities, sorted by ${SORT_LABELS[q.sort].toLowerCase()}, ${order}; page ${q.page} of ${result.pages}`;
}

/** The screener's HTML for one query's result (the build writes the default query's first page as /index.html). */
export function renderScreenerPage(result: ScreenerResult, meta: { synthetic: boolean; asOf: string }): string {
  const siteMeta: SiteMeta = { synthetic: meta.synthetic, asOf: meta.asOf };
  const main = html`<div class="page-head">
<h1>Screener</h1>
<p class="lede">Every security in the universe with its weekly setup as of <time datetime="${meta.asOf}">${meta.asOf}</time>. Filter, sort, and open a report or a chart.</p>
</div>
${form(result)}
<p id="result-status" class="status" role="status" aria-live="polite">${statusText(result)}</p>
<div class="table-wrap" role="region" aria-labelledby="screener-caption" tabindex="0">
<table class="screener" id="screener">
<caption id="screener-caption">${caption(result)}</caption>
<thead><tr>${headerCells(result)}</tr></thead>
<tbody>
${screenerRows(result)}</tbody>
</table>
</div>
<nav class="pager" aria-label="Pages">${pager(result)}</nav>
<p class="hint">The same query as JSON (from <code>ticker-terminal serve</code>): <code class="api-url">/api/securities${queryString(result.query)}</code>. The whole universe: <a href="/universe.json">universe.json</a>.</p>`;
  const filtered =
    result.query.q || result.query.country || result.query.sector || result.query.industry || result.query.signals.length > 0;
  return page({
    title: filtered || result.query.page > 1 ? `Screener: ${statusText(result)}` : 'Screener',
    description: 'Weekly stock screener: composite setup score, returns, trend, market dynamics and relative strength.',
    meta: siteMeta,
    section: 'screener',
    bodyClass: 'screener-page',
    main,
  });
}

export { screenerHref };
