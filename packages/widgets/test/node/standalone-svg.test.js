// The standalone SVG of every chart (`renderSvg`, `--format svg`), for every fixture and both
// themes, drawn by librsvg (`rsvg-convert`, Debian's librsvg2-bin) as an image viewer or a
// mail client would: not blank, in the theme's colours, nothing drawn outside the image.
// Against the built package (run `npm run build` first; `npm test` does).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { inflateSync } from 'node:zlib';
import {
  CONDITIONAL_RULE,
  CUSTOM_PROPERTY,
  INKS,
  TITLED_SVG,
  VAR_USE,
  colours,
  marginPixels,
  themePixels,
  widened,
} from '../svg-pixels.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { renderSvg, CHART_TAGS } = await import(`${root}dist/server.js`);
const { lightTokens, darkTokens } = await import(`${root}dist/styles/tokens.js`);

const rsvg = spawnSync('rsvg-convert', ['--version'], { encoding: 'utf8' });
if (rsvg.status !== 0) throw new Error('No rsvg-convert: run `apt-get install -y librsvg2-bin` (Debian).');

const fixtures = readdirSync(`${root}test/fixtures`)
  .filter((file) => file.endsWith('.json'))
  .map((file) => file.slice(0, -5));
const HISTORIES = fixtures.filter((name) => name.startsWith('history-'));
const REPORTS = fixtures.filter((name) => !name.startsWith('history-'));
const fixture = (name) => JSON.parse(readFileSync(`${root}test/fixtures/${name}.json`, 'utf8'));

const THEMES = { light: colours(lightTokens.cssText), dark: colours(darkTokens.cssText) };

/** Decodes what rsvg-convert writes: an 8-bit RGB or RGBA, non-interlaced PNG; returns RGBA pixels. */
export function decodePng(png) {
  assert.equal(png.toString('latin1', 1, 4), 'PNG');
  let at = 8;
  let width = 0;
  let height = 0;
  let channels = 4;
  const data = [];
  while (at < png.length) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const body = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      assert.ok(body[8] === 8 && (body[9] === 2 || body[9] === 6) && body[12] === 0, '8-bit RGB(A), not interlaced');
      channels = body[9] === 6 ? 4 : 3;
    } else if (type === 'IDAT') data.push(body);
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const n = channels;
  const stride = width * n;
  const bytes = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= n ? bytes[y * stride + x - n] : 0;
      const b = y ? bytes[(y - 1) * stride + x] : 0;
      const c = x >= n && y ? bytes[(y - 1) * stride + x - n] : 0;
      const p = a + b - c;
      const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
      const predictor = [0, a, b, (a + b) >> 1, pa <= pb && pa <= pc ? a : pb <= pc ? b : c][filter];
      bytes[y * stride + x] = (line[x] + predictor) & 0xff;
    }
  }
  if (n === 4) return { width, height, pixels: bytes };
  const pixels = Buffer.alloc(width * height * 4, 0xff);
  for (let i = 0, j = 0; i < bytes.length; i += 3, j += 4) bytes.copy(pixels, j, i, i + 3);
  return { width, height, pixels };
}

const draw = (svg) => decodePng(execFileSync('rsvg-convert', ['--format', 'png'], { input: svg, maxBuffer: 1 << 28 }));

/** Checks one file as librsvg draws it; returns what it saw. */
function check(svg, theme, what) {
  assert.doesNotMatch(svg, VAR_USE, `${what}: no var()`);
  assert.doesNotMatch(svg, CUSTOM_PROPERTY, `${what}: no custom property declared`);
  assert.doesNotMatch(svg, CONDITIONAL_RULE, `${what}: no conditional rules`);
  assert.match(svg, TITLED_SVG, `${what}: a <title>`);

  const image = draw(svg);
  const { pixels } = image;
  const { background, painted, found } = themePixels(pixels, THEMES[theme], 1);
  // Half the image at least (RGBA: four bytes a pixel), as in the browser test.
  assert.ok(background > pixels.length / 8, `${what}: the theme's background (${THEMES[theme].surface}) shows`);
  assert.ok(painted > 500, `${what}: something is drawn (${painted} pixels)`);
  const wanted = INKS.filter((name) => found.has(name));
  assert.ok(wanted.length, `${what}: a colour of the theme (text, accent, positive or negative) shows; found ${[...found]}`);

  const m = 200;
  const copy = widened(svg, m);
  assert.match(svg, copy.background, 'the file starts with its background');
  const wide = draw(copy.svg);
  const { inside, outside } = marginPixels(wide.pixels, wide.width, wide.height, m);
  assert.ok(inside > 500, `${what}: the widened copy draws the chart`);
  assert.equal(outside, 0, `${what}: ${outside} pixels drawn outside the viewBox`);
  return { width: image.width, height: image.height, found: wanted };
}

/** The fixtures a chart legitimately has no file for (the report lacks its section), by tag: none today. */
const NO_CHART = {};

describe('standalone SVG, drawn by librsvg', () => {
  for (const tag of CHART_TAGS) {
    test(`<${tag}>: every fixture, light and dark`, () => {
      const names = tag === 'price-chart' ? HISTORIES : REPORTS;
      const without = NO_CHART[tag] ?? [];
      const seen = [];
      const skipped = [];
      for (const name of names) {
        for (const theme of ['light', 'dark']) {
          const what = `<${tag}> ${name} ${theme}`;
          let svg;
          try {
            svg = renderSvg(tag, fixture(name), { theme, locale: 'en-US' });
          } catch (error) {
            // A report without this chart's section: no file, and a reason.
            assert.match(error.message, /has nothing to draw|lacks/, `${what}: ${error.message}`);
            skipped.push(`${name} ${theme}`);
            continue;
          }
          const { width, height } = check(svg, theme, what);
          seen.push(`${name} ${theme} ${width}x${height}`);
        }
      }
      assert.deepEqual(
        skipped,
        without.flatMap((name) => [`${name} light`, `${name} dark`]),
        `<${tag}>: the fixtures without a chart`,
      );
      assert.equal(seen.length, (names.length - without.length) * 2, `<${tag}> draws every other fixture: ${seen.join(', ')}`);
      console.log(`<${tag}>: ${seen.length} files: ${seen.join(', ')}`);
    });
  }

  test('the CLI writes the same file, with a title line and the legend', () => {
    const out = execFileSync(
      process.execPath,
      [
        `${root}dist/cli.js`,
        'render',
        `${root}test/fixtures/000657-seed.json`,
        '--element',
        'price-history',
        '--format',
        'svg',
        '--theme',
        'dark',
      ],
      { encoding: 'utf8' },
    );
    assert.equal(out.trim(), renderSvg('price-history', fixture('000657-seed'), { theme: 'dark' }));
    // The title line: the chart's name and the symbol; the legend: each line's name after its swatch.
    assert.match(out, /<text [^>]*font-weight="600"[^>]*>Price history · 000657<\/text>/);
    const legend = [
      ...out.matchAll(/<svg x="[^"]+" y="[^"]+" width="28" height="10"[^>]*>[^]*?<\/svg><text [^>]*>([^<]+)<\/text>/g),
    ];
    assert.ok(legend.length >= 3, `the legend's swatches and names: ${legend.map((m) => m[1])}`);
    check(out, 'dark', 'CLI price-history');
  });

  for (const [locale, lang] of [
    ['de-DE', 'de'],
    ['ja-JP', 'ja'],
    ['zh-CN', 'zh-Hans'],
  ]) {
    test(`lang ${locale}: the title line and legend in that language, every label inside the image`, async () => {
      const { default: words } = await import(`${root}dist/i18n/${lang}.js`);
      const svg = renderSvg('price-history', fixture('000657-seed'), { locale });
      assert.notEqual(words['report.history'], 'Price history');
      assert.match(svg, new RegExp(`^<svg [^>]*\\bxml:lang="${lang}"`), 'the file says its language');
      assert.ok(svg.includes(`>${words['report.history']} · 000657</text>`), `the title line: ${words['report.history']}`);
      assert.doesNotMatch(svg, />Close<\/text>/, 'the legend is translated');
      check(svg, 'light', `price-history ${locale}`);
    });
  }
});
