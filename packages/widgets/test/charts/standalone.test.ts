import { expect } from '@open-wc/testing';
import { standaloneSvg, type Node } from '../../src/charts/standalone.js';
import { measureChart, parse } from '../../src/server/measure.js';
import { textWidth } from '../../src/charts/scale.js';

/** The first element of `markup`, as the server reads it. */
const tree = (markup: string) => parse(markup).kids.find((kid) => typeof kid !== 'string') as Node;

const TOKENS =
  '--_text: var(--tkr-text, #111111); --_muted: var(--tkr-muted, #555555); --_surface: var(--tkr-surface, #fafafa); --_accent: var(--tkr-accent, #2457c5)';
const CSS = `
  :host { --_close: var(--tkr-close, var(--_accent)); container-type: inline-size; color: var(--_text); }
  :host([theme='dark']) { --_text: #eeeeee; }
  .line { stroke: var(--_close); transition: all 1s; }
  .absent { fill: red; }
  svg text { fill: var(--_text); }
  .label:hover, .label { font-size: 12px; fill: var(--_muted); }
  .broken { fill: var(--_nowhere); stroke: var(--_nowhere, #123456); }
  @media (prefers-color-scheme: dark) { .line { stroke: white; } }
  @container (min-width: 560px) { .label { font-size: 40px; } }
  @supports (color: oklch(0 0 0)) { .line { stroke: oklch(0.5 0.1 200); } }
`;
const CHART =
  '<svg class="chart chart--wide" part="chart" role="img" aria-label="Closes &amp; more" tabindex="0" viewBox="0 0 200 100" width="200" height="100">' +
  '<!--lit-part--><path class="line broken" d="M0 50 L200 50"></path><text class="label" x="200" y="50">+567.7%</text></svg>';

describe('standaloneSvg()', () => {
  const file = standaloneSvg({ chart: tree(CHART), css: CSS, tokens: TOKENS, title: 'Momentum · 000657', measure: measureChart });
  const style = /<style>([^]*)<\/style>/.exec(file)![1];

  it('writes every colour out from the theme, recursively, and drops custom properties', () => {
    expect(style).to.contain('.line{stroke:#2457c5}');
    expect(style).to.contain('svg text{fill:#111111}');
    expect(style).not.to.match(/var\(|--|#eeeeee/);
    // A value with no fallback for a missing property is left out; one with a fallback keeps it.
    expect(style).to.contain('.broken{stroke:#123456}');
  });

  it('keeps only rules that can match the drawing: no :host, @media, @container or @supports, no absent class', () => {
    expect(style).not.to.match(/@media|@container|@supports|:host|\.absent|transition|container-type|:hover/);
    expect(style).to.contain('.label{font-size:12px;fill:#555555}');
  });

  it('a page colour (--tkr-*) wins over the theme when given', () => {
    const themed = standaloneSvg({
      chart: tree(CHART),
      css: CSS,
      tokens: TOKENS,
      env: (name) => (name === '--tkr-close' ? '#aa00aa' : undefined),
    });
    expect(themed).to.contain('.line{stroke:#aa00aa}');
  });

  it('writes a <title>, a title line, a background and XML without template markers or page-only attributes', () => {
    expect(file).to.match(
      /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" class="chart" role="img" aria-label="Closes &amp; more" viewBox=/,
    );
    expect(file).to.contain('<title>Closes &amp; more</title>');
    expect(file).to.match(/<text [^>]*font-weight="600"[^>]*>Momentum · 000657<\/text>/);
    expect(file).to.match(/<rect x="-?\d+" y="-?\d+" width="\d+" height="\d+" fill="#fafafa"><\/rect>/);
    expect(file).not.to.match(/<!--|part=|tabindex|chart--wide/);
  });

  it('grows the viewBox to hold a label past the edge, and the title above', () => {
    const [x, y, w, h] = /viewBox="([^"]+)"/.exec(file)![1].split(' ').map(Number);
    // "+567.7%" starts at x = 200, the drawing's right edge: at 12px it needs about 60 more units.
    expect(x + w).to.be.at.least(200 + textWidth('+567.7%', 12) + 12);
    expect(y).to.be.below(-20);
    expect(x).to.be.at.most(-12);
    expect(y + h).to.be.at.least(100 + 12);
  });

  it('draws the legend: each swatch as its own drawing, its text after it', () => {
    const legend = [
      {
        swatch: tree(
          '<svg class="swatch" viewBox="0 0 28 10" width="28" height="10" aria-hidden="true"><line class="line" x1="1" x2="27" y1="5" y2="5"></line></svg>',
        ),
        text: ' Close ',
      },
      { text: 'Trend signal on' },
    ];
    const withLegend = standaloneSvg({ chart: tree(CHART), css: CSS, tokens: TOKENS, legend });
    expect(withLegend).to.match(
      /<svg x="[\d.-]+" y="[\d.-]+" width="28" height="10" viewBox="0 0 28 10" class="swatch" overflow="visible"><line class="line"[^>]*><\/line><\/svg><text [^>]*>Close<\/text>/,
    );
    expect(withLegend).to.match(/<text [^>]*fill="#555555"[^>]*>Trend signal on<\/text>/);
    expect(withLegend).not.to.contain('aria-hidden');
  });
});

describe('measureChart()', () => {
  const box = (chart: string) => {
    const file = standaloneSvg({ chart: tree(chart), css: '', tokens: TOKENS, measure: measureChart });
    const [x, y, w, h] = /viewBox="([^"]+)"/.exec(file)![1].split(' ').map(Number);
    return { left: x + 12, top: y + 12, right: x + w - 12, bottom: y + h - 12 };
  };

  it('reads anchors, tspans on lines of their own, transforms and CJK widths', () => {
    const end = box('<svg viewBox="0 0 100 20"><text x="0" y="15" text-anchor="end">Relative Strength</text></svg>');
    expect(end.left).to.be.below(-textWidth('Relative Strength', 14) + 1);
    const lines = box(
      '<svg viewBox="0 0 100 20"><text x="50" y="10" text-anchor="middle"><tspan x="50" dy="0">A</tspan><tspan x="50" dy="40">B</tspan></text></svg>',
    );
    expect(lines.bottom).to.be.above(50);
    const moved = box(
      '<svg viewBox="0 0 100 20"><g transform="translate(300 0)"><rect x="0" y="0" width="10" height="10"></rect></g></svg>',
    );
    expect(moved.right).to.be.at.least(310);
    expect(textWidth('株価推移', 14)).to.equal(56);
  });

  it('follows an arc around its centre, not just its ends', () => {
    // A half circle of radius 50 below the chord from (0, 50) to (100, 50).
    const arc = box('<svg viewBox="0 0 100 60"><path d="M0 50 A50 50 0 0 0 100 50"></path></svg>');
    expect(arc.bottom).to.be.closeTo(100, 1);
  });
});
