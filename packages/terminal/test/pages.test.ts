// The site's pages as files: what each says, its structure and links, escaping, CSP hygiene, and a
// crawler that follows every link of every page to a file in DIR.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { parseQuery, queryString, rowCells, runQuery } from '../assets/screener.js';
import { isSynthetic } from '../src/commands/build.js';
import { escapeHtml, html, renderScreenerPage, safeHref, writePages } from '../src/pages/index.js';
import { strictCsp, stylesheets } from '../src/pages/ssr.js';
import { parseScreenerQuery, runScreenerQuery } from '../src/server/query.js';
import { HOSTILE_INDUSTRY, HOSTILE_NAME, buildSite, fileFor, siteFiles, type Site } from './pages-site.js';

let site: Site;
let pages: string[];
const read = (path: string) => readFileSync(join(site.dir, path), 'utf8');

beforeAll(async () => {
  site = await buildSite();
  pages = siteFiles(site.dir).filter((p) => p.endsWith('.html'));
}, 60_000);

/** Every `<tag …>` start tag's attributes, for the pages' markup (not the JSON inside). */
function attributes(markup: string, name: string): string[] {
  return [...markup.matchAll(new RegExp(`\\s${name}="([^"]*)"`, 'g'))].map((m) => m[1]!.replace(/&amp;/g, '&'));
}

/** The attribute names of every start tag (values skipped, so text inside them never counts). */
function attributeNames(markup: string): string[] {
  const names: string[] = [];
  const tag = /<[a-zA-Z][\w-]*((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>/g;
  for (const m of markup.matchAll(tag)) {
    for (const a of m[1]!.matchAll(/\s+([^\s"'>/=]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?/g)) names.push(a[1]!.toLowerCase());
  }
  return names;
}

function tbodyRows(markup: string): string[] {
  const tbody = /<table class="screener"[^]*?<tbody>([^]*?)<\/tbody>/.exec(markup)![1]!;
  return tbody.match(/<tr>/g) ?? [];
}

describe('the built site', () => {
  test('has the screener, a report and a chart page per security, 404.html, site.json and the assets', () => {
    const files = new Set(siteFiles(site.dir));
    for (const path of ['/index.html', '/404.html', '/site.json', '/assets/site.css', '/assets/site.js', '/assets/screener.js']) {
      expect(files.has(path), path).toBe(true);
    }
    expect(files.has('/assets/ticker-widgets.js')).toBe(true);
    for (const row of site.rows) {
      expect(files.has(`/terminal/${row.uuid}/index.html`)).toBe(true);
      expect(files.has(`/terminal/${row.uuid}/report/index.html`)).toBe(true);
    }
    expect(pages).toHaveLength(2 * site.rows.length + 2);
    expect(JSON.parse(read('site.json'))).toEqual({ synthetic: true, as_of: JSON.parse(read('build.json')).as_of });
  });

  test('every page: lang, a title, a skip link to main, the four landmarks, the synthetic note', () => {
    for (const path of pages) {
      const page = read(path);
      expect(page, path).toMatch(/^<!doctype html>\n<html lang="en">/);
      expect(page, path).toMatch(/<title>[^<]+ \(synthetic demo data\) · Ticker Terminal<\/title>/);
      expect(page, path).toContain('<a class="skip-link" href="#main">Skip to content</a>');
      for (const tag of ['<header', '<nav', '<main id="main"', '<footer']) expect(page, path).toContain(tag);
      expect(page, path).toContain('<strong>Synthetic demo data.</strong>');
    }
  });

  test('no inline script, no style element or attribute, no event handler attribute in any page', () => {
    for (const path of pages) {
      const page = read(path);
      for (const script of page.match(/<script\b[^>]*>/g) ?? []) {
        expect(script, path).toMatch(/\bsrc="\/assets\/[\w.-]+\.js"|type="application\/json"/);
      }
      expect(page, path).not.toMatch(/<style\b/);
      const names = attributeNames(page);
      expect(names.length, path).toBeGreaterThan(20);
      expect(
        names.filter((n) => n === 'style' || n.startsWith('on')),
        path,
      ).toEqual([]);
    }
  });

  test('every link, script and stylesheet of every page resolves to a file in DIR (a crawler over the files)', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const path of pages) {
      const page = read(path);
      for (const url of [...attributes(page, 'href'), ...attributes(page, 'src')]) {
        if (url.startsWith('#')) {
          expect(page, `${path} ${url}`).toContain(`id="${url.slice(1)}"`);
          continue;
        }
        expect(url, `${path}: only site paths`).toMatch(/^\/(?!\/)/);
        checked++;
        if (!fileFor(site.dir, url)) broken.push(`${path} -> ${url}`);
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(pages.length * 10);
  });

  test('a hostile name and industry from the securities file are text everywhere, never markup', () => {
    const { hostile } = site;
    const escapedName = escapeHtml(HOSTILE_NAME);
    for (const path of pages) {
      const page = read(path);
      expect(page, path).not.toContain('<img');
      expect(page, path).not.toContain('<b>');
    }
    const report = read(`terminal/${hostile.uuid}/report/index.html`);
    expect(report).toContain(`<span class="name">${escapedName}</span>`);
    expect(report).toContain(
      `<title>${hostile.symbol} ${escapedName}: weekly report (synthetic demo data) · Ticker Terminal</title>`,
    );
    expect(report).toContain(`>${escapeHtml(HOSTILE_INDUSTRY)}</a></li>`);
    const chart = read(`terminal/${hostile.uuid}/index.html`);
    expect(chart).toContain(`<span class="name">${escapedName}</span>`);
  });
});

describe('the screener (/)', () => {
  test('a real table of the default query’s first page: 50 rows, best composite score first, with every column', () => {
    const page = read('index.html');
    const rows = tbodyRows(page);
    expect(rows).toHaveLength(50);
    const expected = runScreenerQuery(site.rows, parseScreenerQuery(new URLSearchParams())).rows;
    const uuids = [...page.matchAll(/<th scope="row" class="security"><a href="\/terminal\/([^/]+)\/report\/"/g)].map(
      (m) => m[1],
    );
    expect(uuids).toEqual(expected.map((r) => r.uuid));
    const headers = [...page.matchAll(/<th scope="col"[^>]*>(.*?)<\/th>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ''));
    expect(headers).toEqual([
      'Symbol / Name',
      'Country',
      'Sector',
      'Industry',
      'Score',
      '1W',
      '4W',
      '12W',
      '26W',
      '52W',
      'Trend',
      'MD',
      'RS',
      'Market cap',
      'Chart',
    ]);
    expect(page).toContain(
      `<th scope="col" class="composite_score num" aria-sort="descending"><a href="/?sort=composite_score&amp;order=asc"`,
    );
    expect(page).toContain(
      `<p id="result-status" class="status" role="status" aria-live="polite">Showing 1–50 of ${site.rows.length} securities</p>`,
    );
    const first = expected[0]!;
    expect(page).toContain(
      `<a href="/terminal/${first.uuid}/">Chart<span class="visually-hidden"> of ${first.symbol}</span></a>`,
    );
  });

  test('a GET form with search, country, sector, industry, signal boxes, sort, order and size, each labelled', () => {
    const page = read('index.html');
    expect(page).toMatch(/<form class="filters" method="get" action="\/" role="search"/);
    for (const name of ['q', 'country', 'sector', 'industry', 'sort', 'order', 'size']) {
      expect(page, name).toMatch(new RegExp(`<label for="f-${name}">[^<]+</label>`));
      expect(page, name).toMatch(new RegExp(`id="f-${name}"[^>]* name="${name}"|name="${name}"[^>]* id="f-${name}"`));
    }
    expect(page.match(/<input type="checkbox" name="signal" value="[a-z-]+">/g)).toHaveLength(3);
    expect(page).toContain('<option value="US">United States (US)</option>');
  });

  test('paging links: next, numbered pages, the current one marked', () => {
    const page = read('index.html');
    expect(page).toContain('<a href="/?page=2" rel="next">Next</a>');
    expect(page).toContain('<span class="current" aria-current="page">1</span>');
    expect(page).toContain('<li class="disabled"><span>Previous</span></li>');
  });

  test('renderScreenerPage for a filtered, sorted, second page keeps every choice in the form and the links', () => {
    const query = parseScreenerQuery(new URLSearchParams('country=US&signal=trend&sort=return_4w&order=asc&size=5&page=2'));
    const result = runScreenerQuery(site.rows, query);
    const page = renderScreenerPage(result, { synthetic: false, asOf: '2026-06-12' });
    expect(page).not.toContain('Synthetic demo data');
    expect(page).toContain('<option value="US" selected>United States (US)</option>');
    expect(page).toContain('<input type="checkbox" name="signal" value="trend" checked>');
    expect(page).toContain('<option value="return_4w" selected>4-week return</option>');
    expect(page).toContain(
      'aria-sort="ascending"><a href="/?country=US&amp;signal=trend&amp;sort=return_4w&amp;order=desc&amp;size=5"',
    );
    expect(page).toContain(
      '<a href="/?country=US&amp;signal=trend&amp;sort=return_4w&amp;order=asc&amp;size=5" rel="prev">Previous</a>',
    );
    expect(tbodyRows(page)).toHaveLength(result.rows.length);
    for (const row of result.rows) expect(row.country).toBe('US');
  });

  test('an empty result says so in the table', () => {
    const result = runScreenerQuery(site.rows, parseScreenerQuery(new URLSearchParams('q=no-such-security')));
    const page = renderScreenerPage(result, { synthetic: true, asOf: '2026-06-12' });
    expect(page).toContain('<tr class="empty"><td colspan="15">No securities match these filters.</td></tr>');
    expect(page).toContain('No securities match these filters.</p>');
  });

  test('the shared query (site.js’s fallback on a static host) gives the server’s rows for the same parameters', () => {
    for (const search of [
      '',
      'q=a',
      'sort=symbol',
      'sort=market_cap&order=asc&size=7&page=3',
      'signal=positive-md&signal=trend',
      'sort=name',
    ]) {
      const server = runScreenerQuery(site.rows, parseScreenerQuery(new URLSearchParams(search)));
      const client = runQuery(site.rows, parseQuery(new URLSearchParams(search)));
      expect(
        client.rows.map((r) => r.uuid),
        search,
      ).toEqual(server.rows.map((r) => r.uuid));
      expect(client.total).toBe(server.total);
      expect(client.facets).toEqual(server.facets);
      expect(queryString(parseQuery(new URLSearchParams(search)))).toBe(queryString(server.query));
    }
  });

  test('row cells: signed returns, a dash for a missing value, the report link first', () => {
    const cells = rowCells({ ...site.rows[0]!, return_1w: -2.46, return_4w: 0, return_52w: null, trend_signal: true });
    const text = cells.map((c) => c.parts.map((p) => p.text ?? p.children!.map((k) => k.text).join('')).join(''));
    expect(text[5]).toBe('\u22122.5%');
    expect(text[6]).toBe('0.0%');
    expect(text[9]).toBe('\u2014');
    expect(text[10]).toBe('On');
    expect(cells[0]!.parts[0]!.href).toBe(`/terminal/${site.rows[0]!.uuid}/report/`);
  });
});

describe('the report page (/terminal/{uuid}/report/)', () => {
  test('breadcrumbs country > sector > industry link to the screener filtered by each', () => {
    const row = site.rows[3]!;
    const page = read(`terminal/${row.uuid}/report/index.html`);
    const crumbs = /<nav class="breadcrumbs" aria-label="Breadcrumb">([^]*?)<\/nav>/.exec(page)![1]!;
    const enc = encodeURIComponent;
    expect(attributes(crumbs, 'href')).toEqual([
      '/',
      `/?country=${enc(row.country)}`,
      `/?country=${enc(row.country)}&sector=${enc(row.sector)}`,
      `/?country=${enc(row.country)}&sector=${enc(row.sector)}&industry=${enc(row.industry)}`,
    ]);
    expect(crumbs).toContain(`<span aria-current="page">${row.symbol} report</span>`);
  });

  test('<ticker-report> rendered on the server: declarative shadow DOM, linked styles, inline JSON, site peer links', () => {
    const row = site.rows[3]!;
    const page = read(`terminal/${row.uuid}/report/index.html`);
    expect(page).toMatch(
      /<ticker-report theme="auto" state="ready"><template shadowroot="open" shadowrootmode="open"><link rel="stylesheet" href="\/assets\/wc\/[0-9a-f]{16}\.css">/,
    );
    expect(page).toContain('<script type="application/json">{');
    expect(page).not.toContain('ticker-terminal.invalid');
    expect(page).not.toContain('<!--');
    const peers = attributes(page, 'href').filter((h) => /^\/terminal\/[^/]+\/report\/$/.test(h));
    expect(peers.length).toBeGreaterThan(1);
    expect(page).toContain('<script type="module" src="/assets/ticker-widgets.js"></script>');
    expect(page).toContain(`<li><a href="/terminal/${row.uuid}/">Weekly chart</a></li>`);
  });

  test('an embed snippet per widget, as escaped text in <pre><code>, with a Copy button for site.js', () => {
    const row = site.rows[3]!;
    const page = read(`terminal/${row.uuid}/report/index.html`);
    const snippets = [...page.matchAll(/<pre><code id="embed-([a-z-]+)" data-embed>([^<]*)<\/code><\/pre>/g)];
    expect(snippets.map((m) => m[1])).toEqual([
      'ticker-report',
      'score-dial',
      'kpi-strip',
      'momentum-bars',
      'setup-scores',
      'price-levels',
      'price-history',
      'weekly-timeline',
      'peer-table',
      'dynamics-panel',
      'signal-list',
      'price-chart',
    ]);
    expect(snippets[0]![2]).toBe(
      `&lt;script type=&quot;module&quot; src=&quot;/assets/ticker-widgets.js&quot;&gt;&lt;/script&gt;\n` +
        `&lt;ticker-report src=&quot;/terminal/${row.uuid}/report/api/&quot;&gt;&lt;/ticker-report&gt;`,
    );
    expect(page).toContain('<button type="button" class="copy" data-copy="embed-momentum-bars" hidden>Copy</button>');
  });
});

describe('the chart page (/terminal/{uuid}/)', () => {
  test('the headline, <price-chart> on the history API and a fallback table of the last 14 weeks', () => {
    const row = site.rows[3]!;
    const page = read(`terminal/${row.uuid}/index.html`);
    const report = JSON.parse(read(`terminal/${row.uuid}/report/api/index.json`));
    const headline = /<dl class="headline">([^]*?)<\/dl>/.exec(page)![1]!;
    expect(headline).toContain(`<dt>Close</dt><dd>${escapeHtml(report.recent_rows[0].close)}</dd>`);
    expect(headline).toContain(`<dt>Composite score</dt><dd>${report.composite_score}</dd>`);
    expect(headline).toContain(`<dt>Setup</dt><dd>${escapeHtml(report.setup_signature)}</dd>`);
    expect(headline).toContain(`<time datetime="${row.latest_week}">${row.latest_week}</time>`);
    expect(page).toContain(`<price-chart src="/terminal/${row.uuid}/history/api/">`);
    const fallback = /<price-chart[^>]*>([^]*?)<\/price-chart>/.exec(page)![1]!;
    expect(fallback.match(/<tr><th scope="row">/g)).toHaveLength(14);
    expect(fallback).toContain(`<a href="/terminal/${row.uuid}/history/api/">the history JSON</a>`);
    expect(page).toContain(`<li><a href="/terminal/${row.uuid}/report/">Full report</a></li>`);
  });
});

describe('helpers and the build', () => {
  test('html`` escapes text and attributes, keeps nested templates, drops null and false', () => {
    const name = `"><script>alert('x')</script>`;
    expect(html`<a title="${name}">${name}</a>${null}${false}${[html`<b>`, 'c&d']}`.value).toBe(
      '<a title="&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;">&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</a><b>c&amp;d',
    );
  });

  test('only site paths and http(s) URLs become links', () => {
    expect(safeHref('/terminal/x/report/')).toBe('/terminal/x/report/');
    expect(safeHref('https://example.com/a')).toBe('https://example.com/a');
    for (const bad of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'data:text/html,x',
      '//evil.example/',
      '/\\evil',
      'vbscript:x',
      '',
    ]) {
      expect(safeHref(bad), bad).toBeNull();
    }
  });

  test('strictCsp: shadow-root styles become linked files, Lit markers and the placeholder base go', () => {
    const sheets = stylesheets();
    const out = strictCsp(
      '<!--lit-part x--><a-b   base="https://ticker-terminal.invalid/"><template shadowrootmode="open"><style>p{color:red}</style><a href="https://ticker-terminal.invalid/terminal/u/report/">p</a></template></a-b><!--/lit-part-->',
      sheets,
    );
    const [name] = [...sheets.files.keys()];
    expect(out).toBe(
      `<a-b><template shadowrootmode="open"><link rel="stylesheet" href="/assets/wc/${name}"><a href="/terminal/u/report/">p</a></template></a-b>`,
    );
    expect(sheets.files.get(name!)).toBe('p{color:red}');
  });

  test('the build knows the demo universe by the README.txt beside the securities file', async () => {
    const demoReadme = join(site.dir, '..', 'in', 'securities.csv');
    expect(await isSynthetic(demoReadme)).toBe(true);
    expect(await isSynthetic(join(site.dir, 'universe.json'))).toBe(false);
  });

  test('the same work folder gives the same pages, byte for byte', async () => {
    const before = ['index.html', `terminal/${site.rows[5]!.uuid}/report/index.html`].map(read);
    await writePages(site.dir, { synthetic: true });
    const after = ['index.html', `terminal/${site.rows[5]!.uuid}/report/index.html`].map(read);
    expect(after).toEqual(before);
  });

  test('a build of real data says nothing about synthetic data', async () => {
    const real = await buildSite(false, 20);
    const page = readFileSync(join(real.dir, 'index.html'), 'utf8');
    expect(page).not.toContain('ynthetic');
    expect(JSON.parse(readFileSync(join(real.dir, 'site.json'), 'utf8')).synthetic).toBe(false);
  }, 60_000);
});
