// Server rendering and the CLI, in Node, against the built package (run `npm run build` first;
// `npm test` does). No browser: what a mail client or a no-script reader would get.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixture = (name) => JSON.parse(readFileSync(`${root}test/fixtures/${name}.json`, 'utf8'));
const { renderToString, renderSvg } = await import(`${root}dist/server.js`);
const cli = (...args) => spawnSync(process.execPath, [`${root}dist/cli.js`, ...args], { encoding: 'utf8' });

test('renderToString(tag, report) gives declarative shadow DOM with the chart and its numbers', () => {
  const html = renderToString('momentum-bars', fixture('000657-seed'), { locale: 'de-DE', theme: 'dark' });
  assert.match(html, /^<!--lit-part[^>]*-->(<!--[^>]*-->)?<momentum-bars\b/);
  assert.match(html, /<template shadowroot="open" shadowrootmode="open">/);
  assert.match(html, /\bstate="ready"/);
  assert.match(html, /\btheme="dark"/);
  // German words and numbers, at once: the server has every catalog.
  assert.match(html, /aria-label="Renditen für 000657: 1 Woche \+12,7\u00A0%, 4 Wochen \+39,9\u00A0%/);
  // The report rides along, so the element takes over in the browser without fetching.
  const json = /<script type="application\/json">(.*?)<\/script><\/momentum-bars>/s.exec(html)?.[1];
  assert.equal(JSON.parse(json).ticker.symbol, '000657');
});

test("the server has every language the package ships: each catalog's words show at once", async () => {
  const { readdirSync } = await import('node:fs');
  const tags = readdirSync(`${root}dist/i18n`)
    .filter((file) => file.endsWith('.js') && !['en.js', 'index.js'].includes(file))
    .map((file) => file.slice(0, -3));
  assert.ok(
    ['de', 'ja', 'zh-Hans'].every((tag) => tags.includes(tag)),
    tags.join(' '),
  );
  for (const tag of tags) {
    const { default: words } = await import(`${root}dist/i18n/${tag}.js`);
    const html = renderToString('momentum-bars', fixture('000657-seed'), { locale: tag });
    assert.ok(html.includes(`>${words.dataTable}<`), `${tag}: "${words.dataTable}" in the server's HTML`);
  }
});

test('renderToString escapes report text and keeps it out of markup', () => {
  const report = fixture('gb-sparse');
  report.summary = '</script><img src=x onerror=alert(1)>';
  const html = renderToString('ticker-report', report);
  assert.ok(!html.includes('<img src=x'));
  assert.ok(html.includes('&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;'));
  assert.ok(html.includes('\\u003c/script>\\u003cimg'));
});

test('renderToString rejects a bad report naming the path, and unknown tags or attributes', () => {
  assert.throws(() => renderToString('momentum-bars', { ticker: { symbol: 'X' }, momentum: { returns: 'lots' } }), {
    name: 'ReportError',
    message: /momentum\.returns: expected an array, got string/,
  });
  assert.throws(() => renderToString('marquee-text', fixture('000657-seed')), /Unknown element "marquee-text"/);
  assert.throws(() => renderToString('momentum-bars', fixture('000657-seed'), { onclick: 'x' }), /Unknown attribute "onclick"/);
});

test('renderSvg(tag, report) gives a standalone SVG with the theme inlined', () => {
  const svg = renderSvg('momentum-bars', fixture('us-megacap-downtrend'), { theme: 'dark' });
  assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*\brole="img"/);
  assert.match(svg, /<title>Returns for NWND: 1-week −0\.4%/);
  // The dark theme's colours, written out: its background, its text, its negative bars.
  assert.match(svg, /<rect [^>]*fill="#131a22"/);
  assert.match(svg, /\bfill:#e8edf3\b/);
  assert.match(svg, /\.neg\{fill:#ff7b72\b/);
  assert.doesNotMatch(svg, /var\(|--_/);
  assert.ok(!svg.includes('<!--'), 'no template markers left');
  assert.equal((svg.match(/<rect class="bar/g) ?? []).length, 5);
});

test('CLI: render prints HTML, or SVG with --format svg', () => {
  const html = cli('render', `${root}test/fixtures/jp-flat.json`, '--locale', 'ja-JP');
  assert.equal(html.status, 0, html.stderr);
  assert.match(html.stdout, /<ticker-report\b[^>]*locale="ja-JP"/);
  const svg = cli('render', `${root}test/fixtures/jp-flat.json`, '--element', 'momentum-bars', '--format', 'svg');
  assert.equal(svg.status, 0, svg.stderr);
  assert.match(svg.stdout, /^<svg xmlns=/);
});

test('CLI: bad input exits non-zero with a one-line reason', () => {
  const cases = [
    [['render', `${root}no-such.json`], /cannot read .*no-such\.json: no such file/],
    [['render', `${root}package.json`], /The report is not valid: ticker: expected an object, got nothing/],
    [['render', `${root}test/fixtures/jp-flat.json`, '--format', 'pdf'], /--format must be html or svg, not "pdf"/],
    [['render', `${root}test/fixtures/jp-flat.json`, '--element', 'nope'], /unknown element "nope"/],
    [['render', `${root}test/fixtures/jp-flat.json`, '--format', 'svg'], /<ticker-report> draws no chart of its own/],
    [['draw'], /unknown command "draw"/],
  ];
  for (const [args, reason] of cases) {
    const run = cli(...args);
    assert.notEqual(run.status, 0, args.join(' '));
    assert.equal(run.stdout, '');
    const lines = run.stderr.trimEnd().split('\n');
    assert.equal(lines.length, 1, run.stderr);
    assert.match(lines[0], reason);
  }
});

test('CLI: --help prints usage', () => {
  const out = execFileSync(process.execPath, [`${root}dist/cli.js`, '--help'], { encoding: 'utf8' });
  assert.match(out, /^usage: ticker-widgets render REPORT\.json/);
});

test('every element renders on the server, and every chart as a standalone SVG, for every fixture', async () => {
  const { renderableTags, CHART_TAGS } = await import(`${root}dist/server.js`);
  const names = ['000657-seed', 'eu-extreme', 'jp-flat', 'us-megacap-downtrend', 'gb-sparse'];
  let count = 0;
  for (const name of names) {
    for (const tag of renderableTags().filter((t) => t !== 'price-chart')) {
      const html = renderToString(tag, fixture(name), { locale: 'en-US' });
      assert.match(html, new RegExp(`<${tag}\\b[^>]*state="(ready|empty)"`), `${tag} ${name}`);
      count++;
    }
    for (const tag of CHART_TAGS.filter((t) => t !== 'price-chart')) {
      const report = fixture(name);
      if (name === 'gb-sparse' && tag === 'dynamics-panel') delete report.volume; // still has risk
      const svg = renderSvg(tag, report, { theme: 'light' });
      assert.match(
        svg,
        /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*\brole="img"[^>]*\baria-label="[^"]+"/,
        `${tag} ${name}`,
      );
      assert.match(svg, /<title>[^<]+<\/title><style>/, `${tag} ${name}`);
      count++;
    }
  }
  console.log(`server-rendered ${count} element x fixture combinations`);
});

test('<price-chart> renders a history on the server, as HTML and as a standalone SVG, and refuses a report', () => {
  const history = fixture('history-ovi');
  const html = renderToString('price-chart', history, { locale: 'en-US', range: 'All', variant: 'candles' });
  assert.match(html, /<price-chart\b[^>]*state="ready"/);
  assert.match(html, /aria-label="Price chart of OVI, All: close \$30\.43 on Jun 12, 2026, range [^"]+ over 313 weeks"/);
  assert.equal((html.match(/<svg[^>]*part="chart"/g) ?? []).length, 2, 'a wide and a narrow drawing');
  const svg = renderSvg('price-chart', history, { theme: 'dark' });
  assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*role="img"/);
  assert.match(
    svg,
    /<title>Price chart of OVI, 1Y: close \$30\.43 on Jun 12, 2026, range \$14\.78–\$31\.96, up 91\.9% over 52 weeks<\/title>/,
  );
  assert.doesNotMatch(svg, /tabindex/);
  assert.throws(
    () => renderToString('price-chart', fixture('000657-seed')),
    /The history is not valid: symbol: expected text, got nothing/,
  );
  const out = execFileSync(
    process.execPath,
    [`${root}dist/cli.js`, 'render', `${root}test/fixtures/history-short.json`, '--element', 'price-chart', '--format', 'svg'],
    { encoding: 'utf8' },
  );
  assert.match(out, /<title>Price chart of VORA, 1Y: /);
});
