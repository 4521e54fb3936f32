// The hand-written baseline for <momentum-bars>: a plain custom element (no library) that
// draws the same picture into its shadow root with document.createElementNS: one row per
// return period (period label, bar, value label, a break mark on bars beyond the cap) and
// the zero line, on the same geometry (480 units wide, 30 per row, bars 18 high, scale
// capped at three times the median magnitude). Numbers are formatted with a cached
// Intl.NumberFormat, colours come from one shared constructed stylesheet.
//
// It is what "the least a person could write by hand" costs, so it validates nothing, draws
// one SVG (the element draws a wide and a narrow one), and has no stats, no data table, no
// states, no events and no theming.
/* global document, customElements, CSSStyleSheet, HTMLElement -- runs in the benchmark page */
const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 480;
const LABEL = 44;
const VALUE_ROOM = 64;
const ROW = 30;
const BAR = 18;

const sheet = new CSSStyleSheet();
sheet.replaceSync(`
  :host { display: block; font: 14px system-ui, sans-serif; color: #16202c; background: #fff; }
  svg { display: block; width: 100%; height: auto; max-width: 640px; }
  .period { font-size: 12px; font-weight: 600; fill: #56606d; }
  .value { font-size: 12px; font-weight: 600; font-variant-numeric: tabular-nums; }
  .pos { fill: #0b7a3e; } .neg { fill: #c0262d; } .neu { fill: #6b7380; }
  .break { stroke: #fff; stroke-width: 3; fill: none; }
  .zero { stroke: #56606d; stroke-width: 1; }
`);

let percent;
const MINUS = '\u2212';
function formatPercent(points) {
  percent ??= new Intl.NumberFormat('en-US', {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  });
  return percent.format(points / 100).replace(/^-/, MINUS);
}

const round = (v) => Math.round(v * 100) / 100;

function el(name, attrs, text) {
  const node = document.createElementNS(SVG, name);
  for (const key in attrs) node.setAttribute(key, attrs[key]);
  if (text !== undefined) node.textContent = text;
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

function draw(report) {
  const returns = (report?.momentum?.returns ?? []).filter((r) => typeof r?.value === 'number');
  const { zero, bars } = layout(returns);
  const height = bars.length * ROW;
  const svg = el('svg', {
    role: 'img',
    viewBox: `0 -4 ${WIDTH} ${height + 8}`,
    'aria-label': `Returns for ${report?.ticker?.symbol}: ${bars.map((b) => `${b.label} ${formatPercent(b.value)}`).join(', ')}.`,
  });
  for (const bar of bars) {
    const positive = bar.value >= 0;
    const cls = toneClass(bar.tone, bar.value);
    const mid = round(bar.y + BAR / 2);
    const g = el('g', { class: 'row' });
    g.append(
      el('text', { class: 'period', x: 0, y: mid, dy: '0.35em' }, bar.label),
      el('rect', {
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
        el('path', {
          class: 'break',
          d: `M${round(at - 4)} ${bottom} L${round(at + 2)} ${top} M${round(at + 2)} ${bottom} L${round(at + 8)} ${top}`,
        }),
      );
    }
    const valueX = round(positive ? bar.x + bar.width + 6 : bar.x - 6);
    g.append(
      el(
        'text',
        { class: `value ${cls}`, x: valueX, y: mid, dy: '0.35em', 'text-anchor': positive ? 'start' : 'end' },
        formatPercent(bar.value),
      ),
    );
    svg.append(g);
  }
  svg.append(el('line', { class: 'zero', x1: round(zero), x2: round(zero), y1: 0, y2: height }));
  return svg;
}

/** `<baseline-bars>`: set `data`; draws when connected, redraws when `data` changes. */
export class BaselineBars extends HTMLElement {
  #data;
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).adoptedStyleSheets = [sheet];
  }
  get data() {
    return this.#data;
  }
  set data(value) {
    this.#data = value;
    if (this.isConnected) this.#render();
  }
  connectedCallback() {
    this.#render();
  }
  #render() {
    this.shadowRoot.replaceChildren(draw(this.#data));
  }
}
customElements.define('baseline-bars', BaselineBars);
