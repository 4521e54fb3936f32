/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The built pages in Chromium, served as a static host would under `Content-Security-Policy:
// default-src 'self'`: no console errors or CSP violations, axe clean in light and dark, readable
// without script, and with script the elements take over and the screener filters as you type.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseScreenerQuery, runScreenerQuery } from '../src/server/query.js';
import { axe, launch, open as openIn, settled } from './browser.js';
import { buildSite, fileFor, type Site } from './pages-site.js';

/** A page of the test host. */
const open = (path: string, options?: Parameters<typeof openIn>[2]) => openIn(browser, origin + path, options);

const CSP = "default-src 'self'";
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};
let site: Site;
let server: Server;
let origin: string;
let browser: Browser;
/** Whether the test host answers the query API (as `ticker-terminal serve` does) or is purely static. */
let withApi = true;

/** A static host: files as they are, `…/` is index.html (or index.json), anything else 404.html. */
function serve(dir: string): Promise<void> {
  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    const path = url.pathname;
    const file = path.includes('..') ? null : fileFor(dir, path);
    response.setHeader('Content-Security-Policy', CSP);
    if (withApi && path === '/api/securities') {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(runScreenerQuery(site.rows, parseScreenerQuery(url.searchParams))));
      return;
    }
    if (!file) {
      response.writeHead(404, { 'content-type': TYPES['.html']! });
      response.end(readFileSync(`${dir}/404.html`));
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address() as { port: number };
      origin = `http://127.0.0.1:${address.port}`;
      resolve();
    }),
  );
}

beforeAll(async () => {
  site = await buildSite(true, 40);
  await serve(site.dir);
  browser = await launch();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

const paths = () => ({
  screener: '/',
  report: `/terminal/${site.hostile.uuid}/report/`,
  chart: `/terminal/${site.rows[2]!.uuid}/`,
  '404': '/404.html',
});

describe('pages in Chromium under CSP default-src self', () => {
  test('no console error, CSP violation or failed request; axe finds nothing, in light and in dark', async () => {
    const failures: string[] = [];
    for (const [name, path] of Object.entries(paths())) {
      for (const scheme of ['light', 'dark'] as const) {
        const { page, problems } = await open(path, { scheme });
        await settled(page);
        const violations = await axe(page);
        failures.push(...problems.map((p) => `${name} ${scheme}: ${p}`), ...violations.map((v) => `${name} ${scheme}: axe ${v}`));
        await page.close();
      }
    }
    expect(failures).toEqual([]);
  }, 60_000);

  test('at 375 px no page is wider than the screen: wide tables scroll inside their own box', async () => {
    const wide: string[] = [];
    for (const [name, path] of Object.entries(paths())) {
      const { page } = await open(path, { width: 375 });
      await settled(page);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 375) wide.push(`${name}: ${width} px`);
      await page.close();
    }
    expect(wide).toEqual([]);
  }, 60_000);

  test("at 375 px the report's peer tables show a fade at the right edge while they have more to scroll", async () => {
    const { page } = await open(paths().report, { width: 375 });
    await settled(page);
    // The card's tables live in the shadow roots of <ticker-report> and its <peer-table>s.
    const fades = await page.evaluate(() => {
      const found: { more: boolean; opacity: number }[] = [];
      const walk = (root: Document | ShadowRoot) => {
        for (const el of root.querySelectorAll('*')) {
          if (el.classList.contains('scroller'))
            found.push({
              more: el.scrollWidth > el.clientWidth + 1,
              opacity: Number(getComputedStyle(el, '::after').opacity),
            });
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(document);
      return found;
    });
    const scrolling = fades.filter((f) => f.more);
    expect(scrolling.length).toBeGreaterThan(0);
    // Before, the minified CSS folded the scroll timeline into the animation shorthand, which
    // Chromium dropped: the fade stayed at opacity 0 and numbers were cut with no sign.
    expect(scrolling.map((f) => f.opacity)).toEqual(scrolling.map(() => 1));
    await page.close();
  }, 60_000);

  test('without script the report is the server-rendered one, and the chart page shows its fallback table', async () => {
    const report = await open(paths().report, { script: false });
    const text = await report.page.$eval('ticker-report', (el) => el.shadowRoot?.textContent ?? '');
    expect(text).toContain(site.hostile.symbol);
    expect(text).toContain('<img src=x onerror=alert(1)>'); // as text
    expect(await report.page.$$eval('ticker-report >>> svg[role="img"]', (els) => els.length)).toBeGreaterThan(3);
    expect(report.problems).toEqual([]);
    await report.page.close();

    const chart = await open(paths().chart, { script: false });
    const rows = await chart.page.$$eval(
      'price-chart table.recent tbody tr',
      (trs) => trs.filter((tr) => tr.getClientRects().length > 0).length,
    );
    expect(rows).toBe(14);
    expect(await chart.page.$eval('price-chart', (el) => el.shadowRoot)).toBeNull();
    await chart.page.close();

    // axe needs script, so for it the pages' own scripts are blocked instead: the same markup.
    for (const path of [paths().report, paths().chart]) {
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', (r) => (r.url().endsWith('.js') ? r.abort() : r.continue()));
      await page.goto(origin + path, { waitUntil: 'networkidle0' });
      expect(await page.evaluate(() => customElements.get('ticker-report'))).toBeUndefined();
      expect(await axe(page), path).toEqual([]);
      await page.close();
    }
  }, 30_000);

  test('with script <ticker-report> takes over from its inline JSON and <price-chart> replaces the fallback', async () => {
    const report = await open(paths().report);
    await settled(report.page);
    const live = await report.page.$eval('ticker-report', (el) => ({
      state: el.getAttribute('state'),
      linked: el.shadowRoot!.querySelectorAll('link[rel="stylesheet"]').length,
      sheets: el.shadowRoot!.adoptedStyleSheets.length,
      hasModel: (el as unknown as { report?: unknown }).report !== undefined,
    }));
    expect(live).toEqual({ state: 'ready', linked: 0, sheets: live.sheets, hasModel: true });
    expect(live.sheets).toBeGreaterThan(0);
    const peer = await report.page.$eval('ticker-report >>> peer-table >>> a[href*="/report/"]', (a) => a.getAttribute('href'));
    expect(new URL(peer!, origin).origin).toBe(origin);
    const copy = await report.page.$eval('button[data-copy="embed-ticker-report"]', (b) => ({ hidden: b.hidden }));
    expect(copy.hidden).toBe(false);
    expect(await report.page.$eval('#embed-ticker-report', (c) => c.textContent)).toContain(
      `src="${origin}/assets/ticker-widgets.js"`,
    );
    await report.page.close();

    const chart = await open(paths().chart);
    await settled(chart.page);
    if (await chart.page.evaluate(() => customElements.get('price-chart') !== undefined)) {
      expect(await chart.page.$eval('price-chart', (el) => el.getAttribute('state'))).toBe('ready');
      expect(await chart.page.$eval('.chart-fallback', (el) => el.getClientRects().length)).toBe(0);
    }
    expect(chart.problems).toEqual([]);
    await chart.page.close();
  }, 30_000);

  test('the screener filters as you type (through the query API), keeps the URL in sync, sorts and pages without reloading', async () => {
    const { page, problems } = await open('/');
    const rowsHtml = () => page.$eval('#screener tbody', (t) => t.innerHTML.replace(/>\s+</g, '><').trim());
    const before = await rowsHtml();
    const target = site.rows[7]!;
    const needle = target.symbol.toLowerCase();
    await page.type('#f-q', needle);
    await page.waitForFunction((q) => location.search === `?q=${q}`, {}, needle);
    await page.waitForFunction(() => document.querySelector('form.filters')!.getAttribute('aria-busy') === null);
    const symbols = await page.$$eval('#screener tbody .symbol', (s) => s.map((e) => e.textContent));
    expect(symbols).toContain(target.symbol);
    const names = await page.$$eval('#screener tbody th', (s) => s.map((e) => e.textContent!.toLowerCase()));
    for (const n of names) expect(n).toContain(needle);
    // Back to the default query: the script's rows are the server's rows, node for node.
    for (let i = 0; i < needle.length; i++) await page.keyboard.press('Backspace');
    await page.waitForFunction(() => location.search === '');
    await page.waitForFunction(() => document.querySelector('form.filters')!.getAttribute('aria-busy') === null);
    expect(await rowsHtml()).toBe(before);
    // Smaller pages, a sortable header, then the next page: same document, new URL.
    await page.select('#f-size', '25');
    await page.waitForFunction(() => location.search === '?size=25');
    await page.click('th.return_1w a');
    await page.waitForFunction(() => document.querySelector('th.return_1w')!.getAttribute('aria-sort') === 'descending');
    expect(await page.evaluate(() => location.search)).toBe('?sort=return_1w&order=desc&size=25');
    await page.click('nav.pager a[rel="next"]');
    await page.waitForFunction(() => location.search === '?sort=return_1w&order=desc&page=2&size=25');
    await page.waitForFunction(() => document.getElementById('result-status')!.textContent!.startsWith('Showing 26'));
    expect(await page.$eval('.pager .current', (s) => s.textContent)).toBe('2');
    expect(problems).toEqual([]);
    await page.close();
  }, 30_000);

  test('a static host serves index.html for /?…: the script runs the URL’s query over universe.json', async () => {
    withApi = false;
    const { page, problems } = await open(`/?country=${site.hostile.country}&sort=symbol`);
    await page.waitForFunction(() => document.querySelector('form.filters')!.getAttribute('aria-busy') === null);
    await page.waitForFunction(
      (c) => [...document.querySelectorAll('#screener tbody td.country')].every((td) => td.textContent === c),
      {},
      site.hostile.country,
    );
    expect(await page.$eval('#f-country', (s) => (s as HTMLSelectElement).value)).toBe(site.hostile.country);
    // the query API is not there on a static host: its 404 (and Chromium's line about it) is expected, nothing else
    expect(problems.filter((p) => p.startsWith('HTTP 404') && p.includes('/api/securities?'))).toHaveLength(1);
    expect(problems.filter((p) => !p.includes('/api/securities?') && !p.includes('status of 404'))).toEqual([]);
    // and it asks the API no more: the next query goes straight to universe.json
    await page.select('#f-country', '');
    await page.waitForFunction(() => location.search === '?sort=symbol&order=asc');
    expect(problems.filter((p) => p.startsWith('HTTP 404'))).toHaveLength(1);
    withApi = true;
    await page.close();
  }, 30_000);
});
