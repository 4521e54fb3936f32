// The screener's rows, links, pager and query, written once for both sides: the build and the
// server render them to HTML strings (src/pages/screener.ts), the page's script (site.js) to DOM
// nodes with textContent. Plain data in, plain data out: no DOM, no Node, no markup.
// Types: screener.d.ts beside this file. The query contract: src/screener-types.ts.

export const SORT_COLUMNS = [
  'symbol',
  'name',
  'composite_score',
  'return_1w',
  'return_4w',
  'return_12w',
  'return_26w',
  'return_52w',
  'trend_signal',
  'market_dynamics',
  'relative_strength',
  'market_cap',
];
export const SIGNALS = ['trend', 'positive-md', 'positive-rs'];
export const SIGNAL_LABELS = {
  trend: 'Trend Signal active',
  'positive-md': 'Market Dynamics above 0',
  'positive-rs': 'Relative Strength above 100',
};
export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;
export const PAGE_SIZES = [25, 50, 100, 200];

/** The query of `/` with no parameters: best composite score first. */
export const DEFAULT_QUERY = Object.freeze({
  q: '',
  country: null,
  sector: null,
  industry: null,
  signals: Object.freeze([]),
  sort: 'composite_score',
  order: 'desc',
  page: 1,
  size: DEFAULT_PAGE_SIZE,
});

/** The table's columns: `sort` is the query's sort key when the column sorts. */
export const COLUMNS = [
  { key: 'security', label: 'Security', sorts: ['symbol', 'name'] },
  { key: 'country', label: 'Country' },
  { key: 'sector', label: 'Sector' },
  { key: 'industry', label: 'Industry' },
  { key: 'composite_score', label: 'Score', sort: 'composite_score', numeric: true },
  { key: 'return_1w', label: '1W', sort: 'return_1w', numeric: true },
  { key: 'return_4w', label: '4W', sort: 'return_4w', numeric: true },
  { key: 'return_12w', label: '12W', sort: 'return_12w', numeric: true },
  { key: 'return_26w', label: '26W', sort: 'return_26w', numeric: true },
  { key: 'return_52w', label: '52W', sort: 'return_52w', numeric: true },
  { key: 'trend_signal', label: 'Trend', sort: 'trend_signal' },
  { key: 'market_dynamics', label: 'MD', sort: 'market_dynamics', numeric: true, title: 'Market Dynamics' },
  { key: 'relative_strength', label: 'RS', sort: 'relative_strength', numeric: true, title: 'Relative Strength' },
  { key: 'market_cap', label: 'Market cap', sort: 'market_cap', numeric: true },
  { key: 'chart', label: 'Chart' },
];

/** Names of sort keys, for the sort control and captions. */
export const SORT_LABELS = {
  symbol: 'Symbol',
  name: 'Name',
  composite_score: 'Composite score',
  return_1w: '1-week return',
  return_4w: '4-week return',
  return_12w: '12-week return',
  return_26w: '26-week return',
  return_52w: '52-week return',
  trend_signal: 'Trend Signal',
  market_dynamics: 'Market Dynamics',
  relative_strength: 'Relative Strength',
  market_cap: 'Market cap',
};

const MINUS = '\u2212';
const DASH = '\u2014';

/** `+9.3%`, `−2.5%`, `0.0%`; a dash for a missing value. */
export function formatPercent(value) {
  if (value === null || value === undefined || !Number.isFinite(value)) return DASH;
  const text = Math.abs(value).toFixed(1);
  if (Number(text) === 0) return `${text}%`;
  return `${value > 0 ? '+' : MINUS}${text}%`;
}

/** A signed number with `digits` decimals (`−2.63`); a dash for a missing value. */
export function formatSigned(value, digits) {
  if (value === null || value === undefined || !Number.isFinite(value)) return DASH;
  const text = Math.abs(value).toFixed(digits);
  return `${value < 0 && Number(text) !== 0 ? MINUS : ''}${text}`;
}

/** `17.9B USD`, `950.0K JPY`; a dash for a missing value. */
export function formatCompact(value, currency) {
  if (value === null || value === undefined || !Number.isFinite(value)) return DASH;
  const units = [
    [1e12, 'T'],
    [1e9, 'B'],
    [1e6, 'M'],
    [1e3, 'K'],
  ];
  const abs = Math.abs(value);
  for (const [size, unit] of units) {
    if (abs >= size) return `${(value / size).toFixed(1)}${unit} ${currency}`;
  }
  return `${value.toFixed(0)} ${currency}`;
}

/** `up`, `down` or `flat`: the class that colours a value (its sign says it too). */
export function tone(value, zero = 0) {
  if (value === null || value === undefined || !Number.isFinite(value) || value === zero) return 'flat';
  return value > zero ? 'up' : 'down';
}

export function reportHref(uuid) {
  return `/terminal/${encodeURIComponent(uuid)}/report/`;
}

export function chartHref(uuid) {
  return `/terminal/${encodeURIComponent(uuid)}/`;
}

/**
 * One table row as cells of text parts. A part is `{ text, className?, href?, children? }`; the
 * first cell is the row's header. Both renderers turn a part with `href` into a link, any other
 * into a span, and never read a string as markup.
 */
export function rowCells(row) {
  const pct = (key) => ({ className: `num ${tone(row[key])}`, parts: [{ text: formatPercent(row[key]) }] });
  return [
    {
      header: true,
      className: 'security',
      parts: [
        {
          href: reportHref(row.uuid),
          children: [{ text: row.symbol, className: 'symbol' }, { text: ' ' }, { text: row.name, className: 'name' }],
        },
      ],
    },
    { className: 'country', parts: [{ text: row.country }] },
    { className: 'sector', parts: [{ text: row.sector }] },
    { className: 'industry', parts: [{ text: row.industry }] },
    {
      className: 'num score',
      parts: [{ text: row.composite_score === null ? DASH : Math.round(row.composite_score).toFixed(0) }],
    },
    pct('return_1w'),
    pct('return_4w'),
    pct('return_12w'),
    pct('return_26w'),
    pct('return_52w'),
    { className: `trend ${row.trend_signal ? 'on' : 'off'}`, parts: [{ text: row.trend_signal ? 'On' : 'Off' }] },
    { className: `num ${tone(row.market_dynamics)}`, parts: [{ text: formatSigned(row.market_dynamics, 2) }] },
    { className: `num ${tone(row.relative_strength, 100)}`, parts: [{ text: formatSigned(row.relative_strength, 2) }] },
    { className: 'num cap', parts: [{ text: formatCompact(row.market_cap, row.currency) }] },
    {
      className: 'chart',
      parts: [
        {
          href: chartHref(row.uuid),
          children: [{ text: 'Chart' }, { text: ` of ${row.symbol}`, className: 'visually-hidden' }],
        },
      ],
    },
  ];
}

/** The order a column sorts in first: text A to Z, numbers highest first. */
export function firstOrder(sort) {
  return sort === 'symbol' || sort === 'name' ? 'asc' : 'desc';
}

/** The query's URL parameters, defaults left out, in one fixed order. */
export function queryParams(query) {
  const params = [];
  if (query.q) params.push(['q', query.q]);
  if (query.country) params.push(['country', query.country]);
  if (query.sector) params.push(['sector', query.sector]);
  if (query.industry) params.push(['industry', query.industry]);
  for (const signal of SIGNALS) if (query.signals.includes(signal)) params.push(['signal', signal]);
  if (query.sort !== DEFAULT_QUERY.sort || query.order !== DEFAULT_QUERY.order) {
    params.push(['sort', query.sort], ['order', query.order]);
  }
  if (query.page !== 1) params.push(['page', String(query.page)]);
  if (query.size !== DEFAULT_QUERY.size) params.push(['size', String(query.size)]);
  return params;
}

/** `?q=a&sort=…` (or '' for the default query), percent-encoded. */
export function queryString(query) {
  const text = queryParams(query)
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join('&');
  return text ? `?${text}` : '';
}

/** The screener's link for `query` changed by `changes`. */
export function screenerHref(query, changes = {}) {
  return `/${queryString({ ...query, ...changes })}`;
}

/** The link a column header points to: this column, its first order, or the other order when it is the sort already. */
export function sortHref(query, sort) {
  const order = query.sort === sort ? (query.order === 'asc' ? 'desc' : 'asc') : firstOrder(sort);
  return screenerHref(query, { sort, order, page: 1 });
}

/** `ascending`, `descending` or null: a column header's aria-sort. */
export function ariaSort(query, column) {
  const sorts = column.sorts ?? (column.sort ? [column.sort] : []);
  if (!sorts.includes(query.sort)) return null;
  return query.order === 'asc' ? 'ascending' : 'descending';
}

/**
 * A query from URL parameters (`URLSearchParams` or a `[key, value][]`), lenient like a form
 * should be: an unknown sort or signal is dropped, numbers are clamped, empty filters are none.
 */
export function parseQuery(params) {
  const entries = typeof params.entries === 'function' ? [...params.entries()] : [...params];
  const get = (key) => {
    const hit = entries.find(([k]) => k === key);
    return hit ? String(hit[1]).trim() : '';
  };
  const int = (key, fallback, max) => {
    const n = Number.parseInt(get(key), 10);
    return Number.isFinite(n) && n >= 1 ? Math.min(n, max) : fallback;
  };
  const sort = SORT_COLUMNS.includes(get('sort')) ? get('sort') : DEFAULT_QUERY.sort;
  const orderText = get('order');
  const order = orderText === 'asc' || orderText === 'desc' ? orderText : get('sort') ? firstOrder(sort) : DEFAULT_QUERY.order;
  const signals = SIGNALS.filter((s) => entries.some(([k, v]) => k === 'signal' && v === s));
  return {
    q: get('q').slice(0, 100),
    country: get('country') || null,
    sector: get('sector') || null,
    industry: get('industry') || null,
    signals,
    sort,
    order,
    page: int('page', 1, 1_000_000),
    size: int('size', DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE),
  };
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Case- and accent-insensitive form of a text, for `q`. */
export function fold(value) {
  return value.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

function sortKey(row, column) {
  const value = row[column];
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  return value ?? null;
}

function facetValues(rows, key) {
  return [...new Set(rows.map((r) => r[key]))].sort(collator.compare);
}

/**
 * Runs `query` over universe rows as the server's runScreenerQuery does (src/server/query.ts): `q`
 * matches symbol or name (case- and accent-insensitive), filters match exactly, every signal must
 * hold; missing values sort last in either order, ties by symbol, exchange, uuid; a page past the
 * last is empty. The facets come from the whole universe.
 */
export function runQuery(rows, query) {
  const needle = query.q ? fold(query.q) : null;
  const matched = rows.filter(
    (r) =>
      (!needle || fold(r.symbol).includes(needle) || fold(r.name).includes(needle)) &&
      (!query.country || r.country === query.country) &&
      (!query.sector || r.sector === query.sector) &&
      (!query.industry || r.industry === query.industry) &&
      (!query.signals.includes('trend') || r.trend_signal) &&
      (!query.signals.includes('positive-md') || (r.market_dynamics !== null && r.market_dynamics > 0)) &&
      (!query.signals.includes('positive-rs') || (r.relative_strength !== null && r.relative_strength > 100)),
  );
  const sign = query.order === 'asc' ? 1 : -1;
  matched.sort((ra, rb) => {
    const a = sortKey(ra, query.sort);
    const b = sortKey(rb, query.sort);
    if (a !== b) {
      if (a === null) return 1;
      if (b === null) return -1;
      const c = typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b));
      if (c !== 0) return sign * c;
    }
    return collator.compare(ra.symbol, rb.symbol) || compareText(ra.exchange, rb.exchange) || compareText(ra.uuid, rb.uuid);
  });
  const start = (query.page - 1) * query.size;
  return {
    query,
    total: matched.length,
    pages: Math.max(1, Math.ceil(matched.length / query.size)),
    rows: matched.slice(start, start + query.size),
    facets: {
      countries: facetValues(rows, 'country'),
      sectors: facetValues(rows, 'sector'),
      industries: facetValues(rows, 'industry'),
    },
  };
}

/** `Showing 1–50 of 800 securities` (or that nothing matched). */
export function statusText(result) {
  if (result.total === 0) return 'No securities match these filters.';
  const first = (result.query.page - 1) * result.query.size + 1;
  const last = first + result.rows.length - 1;
  const noun = result.total === 1 ? 'security' : 'securities';
  return `Showing ${first}\u2013${last} of ${result.total.toLocaleString('en-US')} ${noun}`;
}

/**
 * The pager's items: Previous, the first page, a window around the current one, the last page,
 * Next; `gap` items stand for skipped pages. Items without `href` are not links.
 */
export function pagerItems(result) {
  const { page } = result.query;
  const { pages } = result;
  const items = [];
  const link = (n, text, rel) => ({
    text,
    href: screenerHref(result.query, { page: n }),
    current: n === page,
    ...(rel ? { rel } : {}),
  });
  items.push(page > 1 ? link(page - 1, 'Previous', 'prev') : { text: 'Previous', disabled: true });
  const shown = new Set([1, pages, page - 2, page - 1, page, page + 1, page + 2].filter((n) => n >= 1 && n <= pages));
  let last = 0;
  for (const n of [...shown].sort((a, b) => a - b)) {
    if (n > last + 1) items.push({ text: '\u2026', gap: true });
    const item = link(n, String(n));
    if (n === page) delete item.href;
    items.push(item);
    last = n;
  }
  items.push(page < pages ? link(page + 1, 'Next', 'next') : { text: 'Next', disabled: true });
  return items;
}
