// toSVG(): every chart's standalone file, for every fixture and both themes, drawn by this
// browser as an image (an <img> from a blob URL into a canvas, so none of the page's styles
// apply): not blank, in the theme's colours, nothing drawn outside the image.
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { ReportElement } from '../../src/elements/base.js';
import { CHART_TAGS } from '../../src/registry.js';
import { darkTokens, lightTokens } from '../../src/styles/tokens.js';
import { FIXTURES, HISTORIES, fixture } from '../fixtures.js';
import { place } from '../helpers.js';
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

const THEMES = { light: colours(lightTokens.cssText), dark: colours(darkTokens.cssText) };

/** The file drawn as an image at its own size: its pixels, RGBA. */
async function draw(svg: string): Promise<ImageData> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const context = canvas.getContext('2d', { willReadFrequently: true })!;
    context.drawImage(img, 0, 0);
    return context.getImageData(0, 0, canvas.width, canvas.height);
  } finally {
    URL.revokeObjectURL(url);
  }
}

async function check(svg: string, theme: 'light' | 'dark', what: string): Promise<void> {
  expect(svg, what).not.to.match(VAR_USE);
  expect(svg, what).not.to.match(CUSTOM_PROPERTY);
  expect(svg, what).not.to.match(CONDITIONAL_RULE);
  expect(svg, what).to.match(TITLED_SVG);
  const { data } = await draw(svg);
  const { background, painted, found } = themePixels(data, THEMES[theme], 2);
  // Half the image at least (RGBA: four bytes a pixel), as in the librsvg test.
  expect(background, `${what}: the theme's background shows`).to.be.above(data.length / 8);
  expect(painted, `${what}: something is drawn`).to.be.above(500);
  expect(
    INKS.filter((name) => found.has(name)),
    `${what}: a colour of the theme shows (found ${[...found]})`,
  ).not.to.be.empty;

  const m = 200;
  const copy = widened(svg, m);
  expect(svg).to.match(copy.background);
  const wide = await draw(copy.svg);
  const { inside, outside } = marginPixels(wide.data, wide.width, wide.height, m);
  expect(inside, `${what}: the widened copy draws the chart`).to.be.above(500);
  expect(outside, `${what}: pixels drawn outside the viewBox`).to.equal(0);
}

/** Text as an XML file writes it. */
const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The fixtures an element legitimately draws no chart for (the report lacks its section), by tag: none today. */
const NO_CHART: Record<string, readonly string[]> = {};

describe('toSVG(): standalone files drawn as images', () => {
  it('rejects, naming the element and its state, when it shows no chart', async () => {
    const el = document.createElement('momentum-bars') as ReportElement;
    document.body.append(el);
    await el.updateComplete;
    let message = '';
    await el.toSVG().then(
      () => (message = 'resolved'),
      (error: Error) => (message = error.message),
    );
    expect(message).to.equal('<momentum-bars> shows no chart to export (state "empty").');
    el.remove();
  });

  for (const tag of CHART_TAGS) {
    it(`<${tag}>: every fixture, light and dark`, async () => {
      const names = tag === 'price-chart' ? HISTORIES : FIXTURES;
      const without = NO_CHART[tag] ?? [];
      const skipped: string[] = [];
      let files = 0;
      for (const name of names) {
        for (const theme of ['light', 'dark'] as const) {
          const el = await place<ReportElement>(tag, await fixture(name), { theme });
          try {
            if (el.state !== 'ready' || !el.shadowRoot!.querySelector('svg[part~="chart"]')) {
              skipped.push(`${name} ${theme}`);
              continue;
            }
            const svg = await el.toSVG();
            await check(svg, theme, `<${tag}> ${name} ${theme}`);
            // Every label the live chart shows is in the file (not just "something drawn").
            const labels = [...el.shadowRoot!.querySelectorAll('svg[part~="chart"] text')]
              .filter((text) => !text.children.length && text.textContent!.trim())
              .map((text) => text.textContent!.trim());
            expect(labels.length, `<${tag}> ${name}: the live chart's labels`).to.be.above(0);
            for (const label of labels) expect(svg, `<${tag}> ${name} ${theme}`).to.contain(escapeXml(label));
            files++;
          } finally {
            el.remove();
          }
        }
      }
      expect(skipped, `<${tag}>: the fixtures without a chart`).to.deep.equal(
        without.flatMap((name) => [`${name} light`, `${name} dark`]),
      );
      expect(files, `<${tag}> exports every other fixture`).to.equal((names.length - without.length) * 2);
    });
  }

  it('keeps the legend and a title line, and the colours a page sets', async () => {
    const el = await place<ReportElement>('price-history', await fixture('000657-seed'));
    el.style.setProperty('--tkr-accent', '#aa00aa');
    const svg = await el.toSVG();
    expect(svg).to.match(/<text [^>]*font-weight="600"[^>]*>Price history · 000657<\/text>/);
    const legend = [...el.shadowRoot!.querySelectorAll('.legend li')].map((li) => li.textContent!.trim());
    expect(legend.length).to.be.at.least(3);
    for (const text of legend) expect(svg).to.contain(`>${text}</text>`);
    expect(svg).to.contain('#aa00aa');
    await check(svg, 'light', 'price-history with --tkr-accent');
  });
});
