// Every element renders every fixture, light and dark, on a page served with a strict
// Content-Security-Policy (Trusted Types required), with zero policy violations.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launch, serve } from './browser.js';
import { CHART_TAGS, renderableTags } from '../../dist/server.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURES = ['000657-seed', 'eu-extreme', 'jp-flat', 'us-megacap-downtrend', 'gb-sparse', 'xss'];
// Every element tag that draws a report (the server renderer knows them all); <price-chart>,
// which draws a history, gets the history fixtures below.
const TAGS = renderableTags().filter((tag) => tag !== 'price-chart');
const HISTORIES = ['ovi', 'gaps', 'short'];
const THEMES = ['light', 'dark'];
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; " +
  "trusted-types lit-html; object-src 'none'; connect-src 'self'; img-src 'self'; base-uri 'none'";

// Registered before the library loads, so no violation can slip past it.
const WATCH = `window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) =>
  window.__violations.push(e.violatedDirective + ' ' + (e.blockedURI || '') + ' ' + (e.sample || '')));`;

// The page asks for each fixture by src (connect-src 'self'), plus variants on other code paths.
const PAGE_SCRIPT = `
const fixtures = ${JSON.stringify(FIXTURES)}, tags = ${JSON.stringify(TAGS)}, themes = ${JSON.stringify(THEMES)};
for (const theme of themes) for (const name of fixtures) for (const tag of tags) {
  const el = document.createElement(tag);
  el.setAttribute('theme', theme);
  el.setAttribute('src', '/reports/' + name + '.json');
  document.body.append(el);
}
for (const theme of themes) for (const name of ${JSON.stringify(HISTORIES)}) for (const variant of ['line', 'candles']) {
  const el = document.createElement('price-chart');
  el.setAttribute('theme', theme);
  el.setAttribute('variant', variant);
  el.setAttribute('range', 'All');
  el.setAttribute('src', '/histories/' + name + '.json');
  document.body.append(el);
}
const variants = [
  ['setup-scores', { variant: 'radar', src: '/reports/000657-seed.json' }],
  ['peer-table', { group: 'sector', 'link-target': '_blank', src: '/reports/000657-seed.json' }],
  ['ticker-report', { layout: 'compact', src: '/reports/jp-flat.json' }],
  ['momentum-bars', { src: '/reports/missing.json' }],
  ['momentum-bars', { src: '/reports/broken.json' }],
];
for (const [tag, attrs] of variants) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  document.body.append(el);
}
`;

let browser;
let site;
before(async () => {
  const routes = {
    '/': {
      type: 'text/html',
      headers: { 'content-security-policy': CSP },
      body:
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CSP</title>' +
        '<script src="/watch.js"></script><script type="module" src="/ticker-widgets.js"></script>' +
        '<script type="module" src="/page.js"></script></head><body></body></html>',
    },
    '/watch.js': { type: 'text/javascript', body: WATCH },
    '/page.js': { type: 'text/javascript', body: PAGE_SCRIPT },
    '/ticker-widgets.js': { type: 'text/javascript', body: readFileSync(`${root}dist/ticker-widgets.js`) },
    // What the bundle loads on demand, beside it: the radar drawing, the SVG writer, the languages.
    ...Object.fromEntries(
      ['parts', 'locales'].flatMap((dir) =>
        readdirSync(`${root}dist/${dir}`).map((file) => [
          `/${dir}/${file}`,
          { type: 'text/javascript', body: readFileSync(`${root}dist/${dir}/${file}`) },
        ]),
      ),
    ),
    '/reports/broken.json': { type: 'application/json', body: '{"ticker": ' },
  };
  for (const name of HISTORIES) {
    routes[`/histories/${name}.json`] = {
      type: 'application/json',
      body: readFileSync(`${root}test/fixtures/history-${name}.json`),
    };
  }
  for (const name of FIXTURES) {
    routes[`/reports/${name}.json`] = { type: 'application/json', body: readFileSync(`${root}test/fixtures/${name}.json`) };
  }
  site = await serve(routes);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await site?.close();
});

test('strict CSP with Trusted Types: every element x fixture x theme renders with zero violations', async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${site.url}/`);
  await page.waitForFunction(
    () =>
      document.body.children.length > 0 &&
      [...document.body.children].every((el) => ['ready', 'empty', 'error'].includes(el.getAttribute('state') ?? '')),
    { timeout: 30_000 },
  );
  await new Promise((resolve) => setTimeout(resolve, 200));
  // Data tables are built when opened: open every one, so they render under the policy too.
  const opened = await page.evaluate(() => {
    const all = [...document.body.children].flatMap((el) => [...(el.shadowRoot?.querySelectorAll('details.data') ?? [])]);
    for (const details of all) details.open = true;
    return all.length;
  });
  await new Promise((resolve) => setTimeout(resolve, 300));
  const result = await page.evaluate((chartTags) => {
    const states = {};
    for (const el of document.body.children) {
      const state = el.getAttribute('state');
      states[state] = (states[state] ?? 0) + 1;
    }
    const charts = [...document.body.children].reduce(
      (n, el) => n + (el.shadowRoot?.querySelectorAll('svg[role="img"]').length ?? 0),
      0,
    );
    // A chart element showing a report draws its chart.
    const chartless = [...document.body.children]
      .filter((el) => chartTags.includes(el.localName) && el.getAttribute('state') === 'ready')
      .filter((el) => !el.shadowRoot.querySelector('svg[role="img"]'))
      .map((el) => el.localName);
    const tables = [...document.body.children].reduce(
      (n, el) => n + (el.shadowRoot?.querySelectorAll('details.data table').length ?? 0),
      0,
    );
    return { violations: window.__violations, states, charts, chartless, tables, total: document.body.children.length };
  }, CHART_TAGS);
  const combos = FIXTURES.length * TAGS.length * THEMES.length + HISTORIES.length * 2 * THEMES.length;
  console.log(
    `CSP: ${combos} element x fixture x theme renders + 5 variants; states ${JSON.stringify(result.states)}; ` +
      `${result.charts} charts; ${opened} data tables opened, ${result.tables} drawn; violations ${result.violations.length}`,
  );
  assert.deepEqual(result.violations, []);
  assert.deepEqual(errors, []);
  assert.equal(result.total, combos + 5);
  assert.equal(result.states.error, 2); // the missing and the broken report, as intended
  assert.deepEqual(result.chartless, [], 'every chart element that shows a report draws its chart');
  assert.ok(result.charts > 0 && result.tables === opened, `${result.charts} charts, ${result.tables} of ${opened} tables`);
  await page.close();
});
