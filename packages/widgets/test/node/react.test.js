// dist/index.js through a bundler, in a React 19 app (run `npm run build` first; `npm test` does).
//
// test/consumer/ is the app. It is copied to a temporary directory and given the node_modules
// that `npm install` would make from its package.json: `ticker-widgets` (`file:../..`) is a
// link to this package, so the import goes through our package.json (`exports`, `sideEffects`)
// exactly as in a user's app. Vite builds it; Chromium opens the result, served on loopback.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { moduleDir } from '../../scripts/modules.js';
import { launch, serve } from './browser.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
if (!existsSync(join(root, 'dist', 'index.js'))) throw new Error('dist/ is missing: run `npm run build` first');
const consumer = join(root, 'test', 'consumer');
const seedText = readFileSync(join(root, 'test', 'fixtures', '000657-seed.json'), 'utf8');

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

let temp;
let site;
let browser;
let built; // { ms, files, js, jsGzip }

before(async () => {
  temp = mkdtempSync(join(tmpdir(), 'ticker-widgets-react-'));
  const app = join(temp, 'app');
  const out = join(temp, 'out');
  cpSync(consumer, app, { recursive: true, filter: (path) => !/[\\/](node_modules|dist)$/.test(path) });

  // What `npm install` in test/consumer would link: this package (file:../..) and React.
  const pkg = JSON.parse(readFileSync(join(app, 'package.json'), 'utf8'));
  mkdirSync(join(app, 'node_modules'));
  for (const name of Object.keys(pkg.dependencies)) {
    const target = name === 'ticker-widgets' ? root : moduleDir(name);
    symlinkSync(target, join(app, 'node_modules', name), 'junction');
  }

  const started = performance.now();
  await build({
    configFile: false,
    root: app,
    base: './',
    mode: 'production',
    logLevel: 'error',
    cacheDir: join(temp, 'vite-cache'),
    oxc: { jsx: { runtime: 'automatic' } },
    build: { outDir: out, emptyOutDir: true, target: 'es2022', reportCompressedSize: false },
  });
  const files = walk(out);
  const js = files.filter((file) => file.endsWith('.js')).map((file) => readFileSync(file));
  built = {
    ms: Math.round(performance.now() - started),
    files: files.length,
    js: js.reduce((n, code) => n + code.length, 0),
    jsGzip: js.reduce((n, code) => n + gzipSync(code, { level: 9 }).length, 0),
  };

  const routes = { '/report.json': { type: 'application/json; charset=utf-8', body: seedText } };
  for (const file of files) {
    const path = `/${relative(out, file).split(sep).join('/')}`;
    routes[path] = { type: TYPES[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) };
  }
  routes['/'] = routes['/index.html'];
  site = await serve(routes);
  browser = await launch();
});

after(async () => {
  await browser?.close(); // first: its keep-alive sockets would hold the server open
  await site?.close();
  if (temp) rmSync(temp, { recursive: true, force: true });
});

test('a React 19 app built by Vite: properties, custom events, cancelable peer-select, locale', async () => {
  const tab = await browser.newPage();
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  tab.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn') errors.push(`${message.type()}: ${message.text()}`);
  });
  let navigations = 0;
  tab.on('framenavigated', (frame) => {
    if (frame === tab.mainFrame()) navigations += 1;
  });
  site.requests.length = 0;
  await tab.goto(`${site.url}/`);
  const start = tab.url();
  await tab.waitForFunction(
    () =>
      document.querySelector('#status')?.textContent !== 'waiting for the report' &&
      document.querySelector('#card-status')?.textContent !== 'card waiting',
    { timeout: 20_000 },
  );
  // The card's German words arrive in a chunk the app's bundler split off (src/i18n/de.js).
  await tab.waitForFunction(
    () =>
      document
        .querySelector('#card')
        ?.shadowRoot?.querySelector('momentum-bars')
        ?.shadowRoot?.querySelector('svg[role="img"]')
        ?.getAttribute('aria-label')
        ?.startsWith('Renditen'),
    { timeout: 10_000 },
  );

  const seen = await tab.evaluate(() => {
    const bars = document.querySelector('#bars');
    const peers = document.querySelector('#peers');
    const card = document.querySelector('#card');
    const cardBars = card.shadowRoot?.querySelector('momentum-bars');
    return {
      status: document.querySelector('#status').textContent,
      cardStatus: document.querySelector('#card-status').textContent,
      barsState: bars.getAttribute('state'),
      dataIsObject: typeof bars.data === 'object' && bars.data !== null && !Array.isArray(bars.data),
      dataAttribute: bars.getAttribute('data'),
      symbol: bars.report?.ticker?.symbol,
      barsLabel: bars.shadowRoot.querySelector('svg[role="img"]')?.getAttribute('aria-label'),
      peersState: peers.getAttribute('state'),
      peerLinks: peers.shadowRoot.querySelectorAll('a[part~="link"]').length,
      cardState: card.getAttribute('state'),
      cardLocale: card.resolvedLocale,
      cardLocaleAttribute: card.getAttribute('locale'),
      cardBarsLocale: cardBars?.resolvedLocale,
      cardBarsLabel: cardBars?.shadowRoot?.querySelector('svg[role="img"]')?.getAttribute('aria-label'),
      defined: ['ticker-report', 'momentum-bars', 'peer-table', 'report-source', 'kpi-strip'].every((t) => customElements.get(t)),
    };
  });

  // `data={report}` became the property (React 19 sets properties the element has), not an attribute.
  assert.equal(seen.dataIsObject, true);
  assert.equal(seen.dataAttribute, null);
  assert.equal(seen.barsState, 'ready');
  assert.equal(seen.symbol, '000657');
  assert.match(seen.barsLabel, /^Returns for 000657: 1-week \+12\.7%, 4-week \+39\.9%/);
  // `onreport-load` was added as a listener for report-load, and React state shows it.
  assert.equal(seen.status, 'loaded 000657');
  assert.equal(seen.cardStatus, 'card loaded 000657');
  assert.equal(seen.defined, true, 'importing ticker-widgets defines every element (sideEffects kept it)');

  // locale="de-DE" on the card: its words and its numbers, down to the charts inside.
  assert.equal(seen.cardState, 'ready');
  assert.equal(seen.cardLocale, 'de-DE');
  assert.equal(seen.cardBarsLocale, 'de-DE');
  assert.match(seen.cardBarsLabel, /^Renditen für 000657: 1 Woche \+12,7\s?%/u);

  // A click on a peer: `onpeer-select` runs, calls preventDefault, the page stays.
  assert.equal(seen.peersState, 'ready');
  assert.ok(seen.peerLinks > 0, 'the peer table has links');
  // A peer other than the report's own ticker (its row carries aria-current).
  const link = await tab.evaluateHandle(() =>
    document.querySelector('#peers').shadowRoot.querySelector('tr:not([aria-current]) a[part~="link"]'),
  );
  const { symbol: peerSymbol, href } = await link.evaluate((a) => ({ symbol: a.textContent.trim(), href: a.href }));
  assert.match(href, /^http:\/\/127\.0\.0\.1:\d+\/terminal\/[0-9a-f-]+\/report\/$/);
  const before = navigations;
  await link.click();
  await tab.waitForFunction(
    (text) => document.querySelector('#picked')?.textContent === text,
    { timeout: 5_000 },
    `picked ${peerSymbol}`,
  );
  await new Promise((resolve) => setTimeout(resolve, 300)); // time for a navigation, were one to start
  assert.equal(tab.url(), start);
  assert.equal(navigations, before, 'no navigation');
  assert.equal(
    await tab.evaluate(() => document.querySelector('#status').textContent),
    'loaded 000657',
    'the app is still there',
  );
  const asked = site.requests.filter((path) => path !== '/favicon.ico');
  assert.ok(!asked.some((path) => path.startsWith('/terminal/')), `the peer page was not requested: ${asked.join(' ')}`);
  assert.deepEqual(errors, []);

  console.log(
    `React 19 consumer: vite build ${built.ms} ms, ${built.files} files, JS ${built.js} bytes (${built.jsGzip} gzip -9); ` +
      `requests ${asked.join(' ')}; peer-select ${peerSymbol} handled without navigating`,
  );
  await link.dispose();
  await tab.close();
});
