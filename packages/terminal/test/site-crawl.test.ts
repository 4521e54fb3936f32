// A crawler over a built site, served by `ticker-terminal serve`'s server, in Chromium: from the
// screener, every link on every page is followed; every page and JSON file answers 200; every HTML
// page passes axe in light and in dark with no console error, failed request or CSP violation.
import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { renderScreenerPage } from '../src/pages/index.js';
import { createServer } from '../src/server/index.js';
import { axe, launch, open, settled } from './browser.js';
import { buildSite } from './pages-site.js';

let app: FastifyInstance;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  // 12 securities: every kind of page and link, few enough to visit them all in both themes.
  const site = await buildSite(true, 12);
  app = await createServer({ dir: site.dir, renderScreenerPage });
  origin = await app.listen({ port: 0, host: '127.0.0.1' });
  browser = await launch();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** The same-origin links of the page, without fragments, as paths with their query. */
async function links(page: Page): Promise<string[]> {
  const hrefs = await page.evaluate(() => {
    const found: string[] = [];
    const collect = (root: Document | ShadowRoot) => {
      for (const a of root.querySelectorAll('a[href]')) found.push((a as HTMLAnchorElement).href);
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot) collect(el.shadowRoot);
    };
    collect(document);
    return found;
  });
  return hrefs
    .map((h) => new URL(h))
    .filter((u) => u.origin === origin)
    .map((u) => u.pathname + u.search);
}

test('every link on every page resolves; every page passes axe in light and dark, with no console error or CSP violation', async () => {
  const seen = new Set<string>(['/']);
  const queue = ['/'];
  const failures: string[] = [];
  let pages = 0;
  let files = 0;
  while (queue.length > 0) {
    const path = queue.shift()!;
    // JSON APIs and other files: they must answer; only pages are opened in the browser.
    const isPage = path.startsWith('/?') || (path.endsWith('/') && !path.endsWith('/api/'));
    if (!isPage) {
      const res = await fetch(origin + path);
      if (res.status !== 200) failures.push(`${path}: HTTP ${res.status}`);
      files += 1;
      continue;
    }
    pages += 1;
    for (const scheme of ['light', 'dark'] as const) {
      const { page, problems } = await open(browser, origin + path, { scheme });
      await settled(page);
      failures.push(...problems.map((p) => `${path} ${scheme}: ${p}`));
      failures.push(...(await axe(page)).map((v) => `${path} ${scheme}: axe ${v}`));
      if (scheme === 'light') {
        for (const link of await links(page)) {
          // The screener's sort and filter links are many views of one page: visit the first few.
          if (link.startsWith('/?') && [...seen].filter((s) => s.startsWith('/?')).length >= 6) continue;
          if (!seen.has(link)) {
            seen.add(link);
            queue.push(link);
          }
        }
      }
      await page.close();
    }
  }
  expect(failures).toEqual([]);
  // the screener, 11-12 report pages, as many chart pages, their JSON, and some screener views
  expect(pages).toBeGreaterThanOrEqual(20);
  expect(files).toBeGreaterThanOrEqual(20);
}, 600_000);
