// Server-rendered HTML opened in Chromium: readable with scripting off (declarative shadow
// DOM), and taken over by the elements with scripting on, with no request for the report.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { launch, serve } from './browser.js';
import { moduleDir } from '../../scripts/modules.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const seed = JSON.parse(readFileSync(`${root}test/fixtures/000657-seed.json`, 'utf8'));
const { renderToString } = await import(`${root}dist/server.js`);

const page = (body, script = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SSR</title>${script}</head><body>${body}</body></html>`;

/** @lit-labs/ssr-client's hydrate support as one file for the browser. */
async function hydrateSupport() {
  const out = await build({
    entryPoints: [`${moduleDir('@lit-labs/ssr-client')}/lit-element-hydrate-support.js`],
    bundle: true,
    format: 'esm',
    conditions: ['production'],
    write: false,
    logLevel: 'silent',
  });
  return out.outputFiles[0].contents;
}

let browser;
let site;
before(async () => {
  const bars = renderToString('momentum-bars', seed, { theme: 'light' });
  const card = renderToString('ticker-report', seed, { theme: 'light' });
  const dials = [120, 300, 700]
    .map((width) => `<div style="width: ${width}px">${renderToString('score-dial', seed, { theme: 'light' })}</div>`)
    .join('');
  const bundle = '<script type="module" src="/ticker-widgets.js"></script>';
  site = await serve({
    '/static.html': { type: 'text/html', body: page(bars + card) },
    '/dials.html': { type: 'text/html', body: page(dials) },
    '/live.html': { type: 'text/html', body: page(bars + card, bundle) },
    // Lit's hydrate support, loaded before the elements are defined, as its docs ask.
    '/hydrated.html': {
      type: 'text/html',
      body: page(bars + card, `<script type="module" src="/hydrate.js"></script>${bundle}`),
    },
    '/hydrate.js': { type: 'text/javascript', body: await hydrateSupport() },
    '/ticker-widgets.js': { type: 'text/javascript', body: readFileSync(`${root}dist/ticker-widgets.js`) },
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await site?.close();
});

const readChart = (tag) =>
  `(() => {
    const el = document.querySelector('${tag}');
    const svg = el?.shadowRoot?.querySelector('svg[role="img"]');
    return { state: el?.getAttribute('state'), name: svg?.getAttribute('aria-label') ?? null,
             bars: svg?.querySelectorAll('rect.bar').length ?? 0,
             defined: !!customElements.get('${tag}') };
  })()`;

test('with scripting disabled the server HTML shows the chart', async () => {
  const tab = await browser.newPage();
  await tab.setJavaScriptEnabled(false);
  await tab.goto(`${site.url}/static.html`);
  const chart = await tab.evaluate(readChart('momentum-bars'));
  assert.equal(chart.defined, false);
  assert.equal(chart.state, 'ready');
  assert.equal(chart.bars, 5);
  assert.match(chart.name, /^Returns for 000657: 1-week \+12\.7%/);
  const header = await tab.evaluate(
    `document.querySelector('ticker-report').shadowRoot.querySelector('[part="header"]').textContent`,
  );
  assert.match(header.replace(/\s+/g, ' '), /000657 China Tungsten/);
  const box = await tab.evaluate(
    `(() => { const r = document.querySelector('momentum-bars').getBoundingClientRect(); return r.height; })()`,
  );
  assert.ok(box > 100, `the chart takes room on the page (${box}px)`);
  await tab.close();
});

test('with scripting disabled a server-rendered dial shows the drawing the browser would: compact under 200px, full from there', async () => {
  const tab = await browser.newPage();
  await tab.setJavaScriptEnabled(false);
  await tab.goto(`${site.url}/dials.html`);
  const shown = await tab.evaluate(() =>
    [...document.querySelectorAll('score-dial')].map((dial) =>
      [...dial.shadowRoot.querySelectorAll('svg[part~="chart"]')]
        .filter((svg) => getComputedStyle(svg).display !== 'none')
        .map((svg) => svg.getAttribute('width')),
    ),
  );
  // The full dial is 200 wide, the compact one 110 (charts/score-dial.ts).
  assert.deepEqual(shown, [['110'], ['200'], ['200']]);
  await tab.close();
});

test('with scripting on the elements take over from the inline JSON without fetching', async () => {
  const tab = await browser.newPage();
  site.requests.length = 0;
  await tab.goto(`${site.url}/live.html`);
  await tab.waitForFunction(`customElements.get('ticker-report') && document.querySelector('ticker-report').report`);
  const chart = await tab.evaluate(readChart('momentum-bars'));
  assert.equal(chart.defined, true);
  assert.equal(chart.state, 'ready');
  assert.equal(chart.bars, 5);
  const symbol = await tab.evaluate(`document.querySelector('momentum-bars').report.ticker.symbol`);
  assert.equal(symbol, '000657');
  assert.deepEqual(
    site.requests.filter((path) => path !== '/favicon.ico'),
    ['/live.html', '/ticker-widgets.js'],
  );
  await tab.close();
});

test("with Lit's hydrate support loaded the elements render fresh, without errors", async () => {
  const tab = await browser.newPage();
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  // (Chromium's own favicon request may 404; that is not the page's error.)
  tab.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && errors.push(m.text()));
  await tab.goto(`${site.url}/hydrated.html`);
  await tab.waitForFunction(`customElements.get('ticker-report') && document.querySelector('ticker-report').report`);
  await tab.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)));
  assert.equal(await tab.evaluate('typeof globalThis.litElementHydrateSupport'), 'function');
  const chart = await tab.evaluate(readChart('momentum-bars'));
  assert.equal(chart.state, 'ready');
  assert.equal(chart.bars, 5);
  const shown = await tab.evaluate(
    `document.querySelector('momentum-bars').shadowRoot.querySelectorAll('svg[part="chart"]').length`,
  );
  assert.equal(shown, 1, 'one drawing, for the width it has');
  const styled = await tab.evaluate(
    `getComputedStyle(document.querySelector('momentum-bars').shadowRoot.querySelector('.root')).fontSize`,
  );
  assert.equal(styled, '14px', 'the element styles apply');
  assert.deepEqual(errors, []);
  await tab.close();
});
