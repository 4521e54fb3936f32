// Hand-written baselines for <momentum-bars>: plain custom elements (no library) that build
// their shadow DOM with document.createElementNS / createElement. Numbers are formatted with
// cached Intl.NumberFormat objects. Neither validates anything, has states or fires events.
//
// - <baseline-bars> builds the same output as <momentum-bars>: the same elements, attributes
//   and text (bench/page.js compares the two trees before it times anything), styled by the
//   same style sheets: the chart, the stats list, the data-table disclosure (its table built
//   when it opens). What is left between the two is what the library costs.
// - <baseline-chart> is the least a person could write for the picture alone: the SVG only,
//   with its own few CSS rules, no stats, no data table.
/* global document, customElements, CSSStyleSheet, HTMLElement -- runs in the benchmark page */
const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 480;
const LABEL = 44;
const VALUE_ROOM = 64;
const ROW = 30;
const BAR = 18;
const MINUS = '\u2212';
const PERIODS = { '1W': '1-week', '4W': '4-week', '12W': '12-week', '26W': '26-week', '52W': '52-week' };

const formats = {};
function nf(key, options) {
  return (formats[key] ??= new Intl.NumberFormat('en-US', options));
}
const typographic = (text) => text.replace(/^-/, MINUS);
/** Percentage points: 12.7 -> "+12.7%" (signed) or "12.7%". */
const percent = (points, signed = true, digits = 1) =>
  typographic(
    nf(`p${signed}${digits}`, {
      style: 'percent',
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      signDisplay: signed ? 'exceptZero' : 'auto',
    }).format(points / 100),
  );
const whole = (n) => nf('n0', { maximumFractionDigits: 0 }).format(n);
/** "100.0%" or 100 -> 100; anything else -> undefined. */
const points = (v) => (typeof v === 'number' ? v : typeof v === 'string' ? parseFloat(v) : undefined);
const round = (v) => Math.round(v * 100) / 100;

function svgEl(name, attrs, text) {
  const node = document.createElementNS(SVG, name);
  for (const key in attrs) node.setAttribute(key, attrs[key]);
  if (text !== undefined) node.textContent = text;
  return node;
}

function htmlEl(name, attrs, ...children) {
  const node = document.createElement(name);
  for (const key in attrs) node.setAttribute(key, attrs[key]);
  node.append(...children);
  return node;
}

/** The bars' geometry: a linear scale from [lo, hi] (zero included, capped) onto [left, right]. */
function layout(returns) {
  const values = returns.map((r) => r.value);
  const magnitudes = values.map(Math.abs).sort((a, b) => a - b);
  const mid = magnitudes.length >> 1;
  const median = magnitudes.length % 2 ? magnitudes[mid] : (magnitudes[mid - 1] + magnitudes[mid]) / 2;
  const cap = Math.max(Math.min(magnitudes.at(-1) ?? 0, 3 * median), 1e-9) || 1;
  const hasNegative = values.some((v) => v < 0);
  const hasPositive = values.some((v) => v > 0) || !hasNegative;
  const left = LABEL + (hasNegative ? VALUE_ROOM : 8);
  const right = WIDTH - (hasPositive ? VALUE_ROOM : 8);
  const lo = Math.max(Math.min(0, ...values), -cap);
  const hi = Math.min(Math.max(0, ...values), cap);
  const [d0, d1] = lo === hi ? [0, 1] : [lo, hi];
  const x = (v) => left + ((Math.min(Math.max(v, lo), hi) - d0) / (d1 - d0)) * (right - left);
  const zero = x(0);
  return {
    zero,
    bars: returns.map((item, i) => {
      const end = x(item.value);
      return {
        label: item.label ?? `#${i + 1}`,
        value: item.value,
        tone: item.tone,
        x: Math.min(zero, end),
        width: Math.abs(end - zero),
        y: i * ROW + (ROW - BAR) / 2,
        capped: Math.abs(item.value) > cap + 1e-9,
      };
    }),
  };
}

function toneClass(tone, value) {
  if (tone === 'positive') return 'pos';
  if (tone === 'negative') return 'neg';
  if (tone === 'neutral') return 'neu';
  return value > 0 ? 'pos' : value < 0 ? 'neg' : 'neu';
}

/** The chart: one row per period (label, bar, break mark when capped, value), the zero line. */
function chart(report, returns) {
  const { zero, bars } = layout(returns);
  const height = bars.length * ROW;
  const names = bars.map((b) => `${PERIODS[b.label] ?? b.label} ${percent(b.value)}`).join(', ');
  const svg = svgEl('svg', {
    class: 'chart',
    part: 'chart',
    role: 'img',
    'aria-label': `Returns for ${report.ticker.symbol}: ${names}.`,
    viewBox: `0 -4 ${WIDTH} ${height + 8}`,
  });
  for (const bar of bars) {
    const positive = bar.value >= 0;
    const cls = toneClass(bar.tone, bar.value);
    const mid = round(bar.y + BAR / 2);
    const g = svgEl('g', { class: 'row', 'data-label': bar.label, 'data-capped': String(bar.capped) });
    g.append(
      svgEl('text', { class: 'period', x: 0, y: mid, dy: '0.35em' }, bar.label),
      svgEl('rect', {
        class: `bar ${cls}`,
        x: round(bar.x),
        y: round(bar.y),
        width: round(Math.max(bar.width, 1)),
        height: BAR,
        rx: 2,
      }),
    );
    if (bar.capped) {
      const at = positive ? bar.x + bar.width - 14 : bar.x + 14;
      const top = round(bar.y - 2);
      const bottom = round(bar.y + BAR + 2);
      g.append(
        svgEl('path', {
          class: 'break',
          d: `M${round(at - 4)} ${bottom} L${round(at + 2)} ${top} M${round(at + 2)} ${bottom} L${round(at + 8)} ${top}`,
        }),
      );
    }
    const valueX = round(positive ? bar.x + bar.width + 6 : bar.x - 6);
    g.append(
      svgEl(
        'text',
        { class: `value ${cls}`, x: valueX, y: mid, dy: '0.35em', 'text-anchor': positive ? 'start' : 'end' },
        percent(bar.value),
      ),
    );
    svg.append(g);
  }
  svg.append(svgEl('line', { class: 'zero', x1: round(zero), x2: round(zero), y1: 0, y2: height }));
  return svg;
}

const returnsOf = (report) => (report?.momentum?.returns ?? []).filter((r) => typeof r?.value === 'number');

/** The stats list under the chart (streak, breadth, peer rank, peers' average week), if any. */
function stats(momentum = {}) {
  const dl = htmlEl('dl', { class: 'stats', part: 'stats' });
  const stat = (term, value) => dl.append(htmlEl('div', {}, htmlEl('dt', {}, term), htmlEl('dd', {}, value)));
  if (momentum.trend_streak != null) stat('Trend streak', `${whole(momentum.trend_streak)} wk`);
  const breadth = points(momentum.active_breadth);
  if (momentum.active_weeks != null || breadth !== undefined) {
    stat('Active', `${whole(momentum.active_weeks)} of 52 wk (${percent(breadth, false)})`);
  }
  const peer = momentum.peer ?? {};
  if (peer.rank != null) {
    const p = peer.percentile;
    const share = (v) => percent(Math.max(1, Math.round(v)), false, 0);
    const standing = p == null ? '' : p >= 50 ? ` (top ${share(100 - p)})` : ` (bottom ${share(p)})`;
    stat(`Peer rank${peer.scope ? ` in ${peer.scope}` : ''}`, `${whole(peer.rank)} of ${whole(peer.count)}${standing}`);
  }
  if (peer.avg_weekly_return != null) stat("Peers' average week", percent(peer.avg_weekly_return));
  return dl.children.length ? [dl] : [];
}

/** The data-table disclosure; its table is built when it first opens. */
function dataTable(report, returns) {
  const details = htmlEl('details', { class: 'data', part: 'table' }, htmlEl('summary', {}, 'Data table'));
  details.addEventListener('toggle', () => {
    if (!details.open || details.querySelector('table')) return;
    const head = htmlEl('tr', {}, htmlEl('th', { scope: 'col' }, 'Period'), htmlEl('th', { scope: 'col' }, 'Return'));
    const body = returns.map((r) =>
      htmlEl('tr', {}, htmlEl('th', { scope: 'row' }, r.label), htmlEl('td', {}, percent(r.value))),
    );
    details.append(
      htmlEl(
        'table',
        {},
        htmlEl('caption', {}, `Returns for ${report.ticker.symbol}`),
        htmlEl('thead', {}, head),
        htmlEl('tbody', {}, ...body),
      ),
    );
  });
  return details;
}

/** What <momentum-bars> renders for a report, built by hand. */
function card(report) {
  const returns = returnsOf(report);
  const frame = htmlEl('div', { class: 'frame' }, chart(report, returns), ...stats(report.momentum), dataTable(report, returns));
  return htmlEl('div', { class: 'root', part: 'root' }, htmlEl('div', { class: 'gauge' }), frame);
}

/** A custom element that draws `build(data)` into its shadow root, when connected and when `data` changes. */
function define(tag, build, sheets) {
  customElements.define(
    tag,
    class extends HTMLElement {
      #data;
      constructor() {
        super();
        this.attachShadow({ mode: 'open' }).adoptedStyleSheets = sheets();
      }
      get data() {
        return this.#data;
      }
      set data(value) {
        this.#data = value;
        if (this.isConnected) this.shadowRoot.replaceChildren(build(value));
      }
      connectedCallback() {
        this.shadowRoot.replaceChildren(build(this.#data));
      }
    },
  );
}

// <momentum-bars>' own style sheets (its static styles), shared by every instance.
let barsSheets;
define('baseline-bars', card, () => (barsSheets ??= customElements.get('momentum-bars').elementStyles.map((s) => s.styleSheet)));

const chartSheet = new CSSStyleSheet();
chartSheet.replaceSync(`
  :host { display: block; font: 14px system-ui, sans-serif; color: #16202c; background: #fff; }
  svg { display: block; width: 100%; height: auto; max-width: 640px; }
  .period { font-size: 12px; font-weight: 600; fill: #56606d; }
  .value { font-size: 12px; font-weight: 600; font-variant-numeric: tabular-nums; }
  .pos { fill: #0b7a3e; } .neg { fill: #c0262d; } .neu { fill: #6b7380; }
  .break { stroke: #fff; stroke-width: 3; fill: none; }
  .zero { stroke: #56606d; stroke-width: 1; }
`);
define(
  'baseline-chart',
  (report) => chart(report, returnsOf(report)),
  () => [chartSheet],
);
