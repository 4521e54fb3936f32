// The built files, each used the way the README tells an embedder to use it (run `npm run build`
// first; `npm test` does):
//
//   - dist/ticker-widgets.js, from a plain <script type="module">: inline JSON and `src`; on an
//     English page it is the one file loaded, on a German one it also loads its German words
//     from dist/locales/de.js, found relative to its own URL;
//   - every dist/elements/<name>.js alone: `import 'ticker-widgets/elements/<name>'` bundled by
//     Vite into one file, as a user's app would, loaded as the only script of a page holding
//     only that element. It must define its own tag and no tag it does not need.
//
// dist/index.js through a bundler and React is test/node/react.test.js.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { launch, serve } from './browser.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
if (!existsSync(join(root, 'dist', 'index.js'))) throw new Error('dist/ is missing: run `npm run build` first');
const seedText = readFileSync(`${root}test/fixtures/000657-seed.json`, 'utf8');
const seed = JSON.parse(seedText);
const API = `/terminal/${seed.ticker.uuid}/report/api/`;

// `<` written as \u003c, as a CMS must, so the JSON cannot end its <script>.
const inlineJson = `<script type="application/json">${seedText.trim().replace(/</g, '\\u003c')}</script>`;
// <price-chart> draws a weekly history, not a report.
const historyJson = `<script type="application/json">${readFileSync(`${root}test/fixtures/history-short.json`, 'utf8').trim()}</script>`;
const page = (title, head, body, lang = 'en') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title>` +
  `<link rel="icon" href="data:,">${head}</head>` +
  `<body>${body}</body></html>`;

/** Files of dist/elements: the tag each one defines (file name = tag), or none for helpers. */
const elementsDir = `${root}dist/elements/`;
const entries = readdirSync(elementsDir)
  .filter((file) => file.endsWith('.js'))
  .sort()
  .map((file) => {
    const code = readFileSync(elementsDir + file, 'utf8');
    const defines = [...code.matchAll(/\bcustomElements\.define\(\s*["']([a-z][a-z0-9]*-[a-z0-9-]*)["']/g)].map((m) => m[1]);
    return { file, name: file.slice(0, -3), defines };
  });
const TAGS = entries.flatMap((entry) => entry.defines).sort();
// <ticker-report> is the whole card: it composes the elements the registry marks `card`.
const { CARD_TAGS } = await import(`${root}dist/registry.js`);
const COMPOSED = [...CARD_TAGS].sort();
const NEEDS = { 'ticker-report': COMPOSED };

/** What to find in each element's shadow root once it shows the seed report. */
const CONTENT = {
  'kpi-strip': '[part~="tile"]',
  'signal-list': '[part~="signal"]',
  'peer-table': 'table',
  'ticker-report': '[part~="header"]',
};

/** Runs in the page: the element's state, what it shows, and which tags the page has defined. */
function inspect(selector, tags, content) {
  const el = document.querySelector(selector);
  const shadow = el?.shadowRoot;
  const chart = shadow?.querySelector('svg[role="img"]');
  const inner = shadow ? [...shadow.querySelectorAll('*')].filter((node) => tags.includes(node.localName)) : [];
  return {
    state: el?.getAttribute('state') ?? null,
    symbol: el?.report?.ticker?.symbol ?? el?.report?.symbol ?? null,
    charts: shadow?.querySelectorAll('svg[role="img"]').length ?? 0,
    // A table, or a data-table disclosure (its table is built when opened).
    tables: shadow?.querySelectorAll('table, details[part~="table"]').length ?? 0,
    content: content ? (shadow?.querySelectorAll(content).length ?? 0) : null,
    label: chart?.getAttribute('aria-label') ?? null,
    inner: [...new Set(inner.map((node) => `${node.localName}:${node.getAttribute('state')}`))].sort(),
    innerCount: inner.length,
    defined: tags.filter((tag) => customElements.get(tag)),
  };
}

const settled = (selectors) =>
  `${JSON.stringify(selectors)}.every((s) => ['ready', 'empty', 'error'].includes(document.querySelector(s)?.getAttribute('state')))`;

/** The language files beside the bundle (dist/locales/<tag>.js) and the German words. */
const LOCALE_FILES = existsSync(`${root}dist/locales`) ? readdirSync(`${root}dist/locales`).sort() : [];
const { default: GERMAN } = await import(`${root}dist/i18n/de.js`);

/** Charts of one number, with no data table under them (issue 16). */
const SINGLE_NUMBER = new Set(['score-dial']);

const RETURNS_LABEL =
  /^Returns for 000657: 1-week \+12\.7%, 4-week \+39\.9%, 12-week \+57\.7%, 26-week \+240\.5%, 52-week \+567\.7%/;

let browser;
let site;
let temp;
const bundles = {}; // name -> { code, files, bytes, gzip, modules }

before(async () => {
  // Each entry is bundled as a user's bundler would: a module that only says
  // `import 'ticker-widgets/elements/<name>'`, the package linked into node_modules as
  // `npm install` links a `file:` dependency, so the `exports` map and `sideEffects` apply.
  // Vite builds one file per entry, nothing split off, minified.
  temp = mkdtempSync(join(tmpdir(), 'ticker-widgets-dist-'));
  const app = join(temp, 'app');
  mkdirSync(join(app, 'node_modules'), { recursive: true });
  symlinkSync(root, join(app, 'node_modules', 'ticker-widgets'), 'junction');
  const distDir = realpathSync(join(root, 'dist'));
  await Promise.all(
    entries.map(async (entry) => {
      writeFileSync(join(app, `${entry.name}.js`), `import 'ticker-widgets/elements/${entry.name}';\n`);
      const outDir = join(temp, 'out', entry.name);
      const result = await build({
        configFile: false,
        root: app,
        mode: 'production',
        logLevel: 'error',
        cacheDir: join(temp, 'vite-cache'),
        build: {
          outDir,
          emptyOutDir: true,
          target: 'es2022',
          minify: true,
          reportCompressedSize: false,
          copyPublicDir: false,
          rolldownOptions: {
            input: join(app, `${entry.name}.js`),
            output: { entryFileNames: '[name].js', codeSplitting: false },
          },
        },
      });
      const files = [result].flat().flatMap((output) => output.output);
      const chunk = files.find((file) => file.type === 'chunk' && file.isEntry);
      const code = readFileSync(join(outDir, chunk.fileName));
      bundles[entry.name] = {
        code,
        files: files.length,
        bytes: code.length,
        gzip: gzipSync(code, { level: 9 }).length,
        modules: Object.keys(chunk.modules).filter((id) => id.startsWith(distDir)),
      };
    }),
  );

  const routes = {
    '/ticker-widgets.js': { type: 'text/javascript', body: readFileSync(`${root}dist/ticker-widgets.js`) },
    // The bundle and its language files in a folder of their own, as a site copies them.
    '/lib/ticker-widgets.js': { type: 'text/javascript', body: readFileSync(`${root}dist/ticker-widgets.js`) },
    ...Object.fromEntries(
      LOCALE_FILES.map((file) => [
        `/lib/locales/${file}`,
        { type: 'text/javascript', body: readFileSync(`${root}dist/locales/${file}`) },
      ]),
    ),
    '/de.html': {
      type: 'text/html',
      body: page(
        'Bundle, German page',
        '<script type="module" src="/lib/ticker-widgets.js"></script>',
        `<momentum-bars>${inlineJson}</momentum-bars><score-dial></score-dial>`,
        'de-DE',
      ),
    },
    [API]: { type: 'application/json; charset=utf-8', body: seedText },
    '/inline.html': {
      type: 'text/html',
      body: page(
        'Bundle, inline JSON',
        '<script type="module" src="/ticker-widgets.js"></script>',
        `<ticker-report>${inlineJson}</ticker-report><momentum-bars>${inlineJson}</momentum-bars>`,
      ),
    },
    '/src.html': {
      type: 'text/html',
      body: page(
        'Bundle, src',
        '<script type="module" src="/ticker-widgets.js"></script>',
        `<ticker-report src="${API}"></ticker-report><momentum-bars src="${API}"></momentum-bars>`,
      ),
    },
  };
  for (const entry of entries) {
    const tag = entry.defines[0];
    routes[`/elements/${entry.name}.js`] = { type: 'text/javascript', body: bundles[entry.name].code };
    routes[`/elements/${entry.name}.html`] = {
      type: 'text/html',
      body: page(
        entry.name,
        `<script type="module" src="/elements/${entry.name}.js"></script>`,
        tag ? `<${tag}>${tag === 'price-chart' ? historyJson : inlineJson}</${tag}>` : '<p>helper module</p>',
      ),
    };
  }
  site = await serve(routes);
  browser = await launch();
});

after(async () => {
  // The browser first: it holds keep-alive sockets that would keep the server from closing.
  await browser?.close();
  await site?.close();
  if (temp) rmSync(temp, { recursive: true, force: true });
});

/** Opens `path`, collecting uncaught errors and console errors. */
async function open(path, ready) {
  const tab = await browser.newPage();
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  tab.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  site.requests.length = 0;
  await tab.goto(`${site.url}${path}`);
  if (ready) await tab.waitForFunction(ready, { timeout: 20_000 });
  return { tab, errors, requests: () => site.requests.filter((p) => p !== '/favicon.ico') };
}

describe('dist/ticker-widgets.js from a plain <script type="module">', () => {
  test('inline JSON: <ticker-report> and <momentum-bars> render, and nothing else is fetched', async () => {
    const { tab, errors, requests } = await open('/inline.html', settled(['ticker-report', 'momentum-bars']));
    const bars = await tab.evaluate(inspect, 'momentum-bars', TAGS, null);
    const card = await tab.evaluate(inspect, 'ticker-report', TAGS, CONTENT['ticker-report']);
    assert.equal(bars.state, 'ready');
    assert.equal(bars.symbol, '000657');
    assert.match(bars.label, RETURNS_LABEL);
    assert.equal(card.state, 'ready');
    assert.equal(card.content, 1, 'the card has its header');
    // The card's inner elements have their report too.
    assert.deepEqual(card.inner, COMPOSED.map((tag) => `${tag}:ready`).sort());
    assert.deepEqual(bars.defined, TAGS, 'the bundle defines every element');
    assert.deepEqual(requests(), ['/inline.html', '/ticker-widgets.js']);
    assert.deepEqual(errors, []);
    console.log(`bundle, inline JSON: ${card.innerCount} elements inside the card; ${bars.label}`);
    await tab.close();
  });

  test('src: both elements fetch the report, with one shared request', async () => {
    const { tab, errors, requests } = await open('/src.html', settled(['ticker-report', 'momentum-bars']));
    const bars = await tab.evaluate(inspect, 'momentum-bars', TAGS, null);
    const card = await tab.evaluate(inspect, 'ticker-report', TAGS, CONTENT['ticker-report']);
    assert.equal(bars.state, 'ready');
    assert.match(bars.label, RETURNS_LABEL);
    assert.equal(card.state, 'ready');
    assert.equal(card.symbol, '000657');
    assert.deepEqual(card.inner, COMPOSED.map((tag) => `${tag}:ready`).sort());
    assert.deepEqual(requests(), ['/src.html', '/ticker-widgets.js', API]);
    assert.deepEqual(errors, []);
    await tab.close();
  });
});

test('the minified CSS keeps each scroll timeline out of the animation shorthand (Chromium drops such a shorthand whole)', () => {
  const code = readFileSync(`${root}dist/ticker-widgets.js`, 'utf8');
  const shorthands = code.match(/animation:[^;}]*/g) ?? [];
  assert.ok(shorthands.length >= 2, 'the table scroller still animates its fade and shadow');
  assert.deepEqual(
    shorthands.filter((rule) => /--[\w-]/.test(rule)),
    [],
  );
  assert.match(code, /animation-timeline:--tkr-scroller/);
});

describe("the bundle's language files", () => {
  test('dist/ holds the bundle, one file per language and the SVG writer beside it, and nothing else of the bundle', () => {
    // One per catalog of src/i18n but English, the one in the bundle.
    const catalogs = readdirSync(`${root}src/i18n`)
      .filter((file) => file.endsWith('.ts') && !['en.ts', 'index.ts'].includes(file))
      .map((file) => file.replace(/\.ts$/, '.js'))
      .sort();
    assert.ok(catalogs.includes('de.js') && catalogs.includes('ja.js') && catalogs.includes('zh-Hans.js'));
    assert.deepEqual(LOCALE_FILES, catalogs);
    const code = readFileSync(`${root}dist/ticker-widgets.js`, 'utf8');
    const loads = [...code.matchAll(/\bimport\s*\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]).sort();
    // The languages, the radar drawing of <setup-scores> and the standalone SVG writer that
    // toSVG() loads on its first call.
    assert.deepEqual(loads, [
      ...catalogs.map((file) => `./locales/${file}`),
      './parts/price-chart-view.js',
      './parts/score-radar.js',
      './parts/standalone.js',
    ]);
    assert.deepEqual(readdirSync(`${root}dist/parts`).sort(), ['price-chart-view.js', 'score-radar.js', 'standalone.js']);
  });

  test('under lang="de-DE" the bundle loads its German words from beside itself and shows them', async () => {
    const { tab, errors, requests } = await open('/de.html', settled(['momentum-bars', 'score-dial']));
    // The elements draw in English first and again once the German words arrive.
    await tab.waitForFunction(
      (words) => words.every(([tag, word]) => document.querySelector(tag).shadowRoot.textContent.includes(word)),
      { timeout: 10_000 },
      [
        ['momentum-bars', GERMAN.dataTable],
        ['score-dial', GERMAN.noReport],
      ],
    );
    const text = await tab.evaluate(() =>
      ['momentum-bars', 'score-dial'].map((tag) => document.querySelector(tag).shadowRoot.textContent),
    );
    assert.ok(text[0].includes(GERMAN.dataTable), text[0]);
    assert.ok(!text[0].includes('Data table'), 'no English left where German is shown');
    assert.ok(text[1].includes(GERMAN.noReport), text[1]);
    assert.deepEqual(requests(), ['/de.html', '/lib/ticker-widgets.js', '/lib/locales/de.js'], 'only German is loaded, once');
    assert.deepEqual(errors, []);
    await tab.close();
  });
});

describe('each dist/elements/<tag>.js, bundled alone, on a page that loads only it', () => {
  test('the entries are one per element', () => {
    const helpers = entries.filter((entry) => !entry.defines.length).map((entry) => entry.name);
    for (const entry of entries.filter((e) => e.defines.length)) {
      assert.deepEqual(entry.defines, [entry.name], `dist/elements/${entry.file} defines <${entry.name}> only`);
    }
    assert.ok(TAGS.includes('ticker-report') && TAGS.includes('momentum-bars') && TAGS.length >= 12, TAGS.join(' '));
    console.log(`dist/elements: ${TAGS.length} elements, helpers: ${helpers.join(', ') || 'none'}`);
  });

  for (const entry of entries) {
    const tag = entry.defines[0];
    const label = tag ? `<${tag}>` : `${entry.file} (a helper)`;
    test(`${label} works alone and defines only what it needs`, async () => {
      const ready = tag ? settled([tag]) : `document.readyState === 'complete'`;
      const { tab, errors, requests } = await open(`/elements/${entry.name}.html`, ready);
      // Let every module finish evaluating before reading the registry.
      await tab.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
      const seen = await tab.evaluate(inspect, tag ?? 'p', TAGS, tag ? CONTENT[tag] : null);
      const { files, bytes, gzip, modules } = bundles[entry.name];
      assert.equal(files, 1, 'the build is one file (no CSS, assets or chunks beside it)');
      assert.deepEqual(requests(), [`/elements/${entry.name}.html`, `/elements/${entry.name}.js`]);
      assert.deepEqual(errors, []);
      const extra = seen.defined.filter((t) => t !== tag);
      console.log(
        `${label}: ${bytes} bytes (${gzip} gzip -9), ${modules.length} dist modules; ` +
          `defines ${seen.defined.join(', ') || 'nothing'}; state ${seen.state ?? '-'}; ` +
          `${seen.charts} charts, ${seen.tables} tables`,
      );
      if (!tag) {
        assert.deepEqual(seen.defined, [], 'a helper defines no element');
        return tab.close();
      }
      assert.deepEqual(extra.sort(), [...(NEEDS[tag] ?? [])].sort(), `<${tag}> pulls in only what it needs`);
      assert.equal(seen.state, 'ready');
      assert.equal(seen.symbol, tag === 'price-chart' ? 'VORA' : '000657');
      if (tag === 'report-source') {
        // Draws nothing: it holds the report for the elements inside it.
        assert.equal(seen.charts + seen.tables, 0);
      } else if (CONTENT[tag]) {
        assert.ok(seen.content > 0, `<${tag}> shows ${CONTENT[tag]}`);
      } else {
        assert.ok(seen.charts > 0, `<${tag}> draws a chart`);
        // Every chart has its data as a table too, except a single number (the dial: its name says it).
        if (SINGLE_NUMBER.has(tag)) assert.equal(seen.tables, 0, `<${tag}> draws one number, with no data table`);
        else assert.ok(seen.tables > 0, `<${tag}> has the data as a table`);
        assert.match(seen.label, /\d/, `the chart's name states numbers: ${seen.label}`);
      }
      if (tag === 'ticker-report') assert.deepEqual(seen.inner, COMPOSED.map((t) => `${t}:ready`).sort());
      if (tag === 'momentum-bars') assert.match(seen.label, RETURNS_LABEL);
      await tab.close();
    });
  }
});
