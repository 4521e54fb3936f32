// The benchmark page's side: scripts/bench.js loads bench/index.html, then calls these
// through `window.bench` (one call per sample, so variants can be interleaved from Node).
// Every runner prepares untimed (parses the report JSON, makes a container), then times
// with performance.now() from creating the elements to after a forced layout, and returns
// milliseconds. `clear()` removes what a sample left, outside the timing.
/* global window, document, customElements, fetch, performance, NodeFilter, KeyboardEvent -- runs in the benchmark page */
import './baseline.js';

const fixtures = {};
// Called at the start and end of every timed stretch; scripts/bench.js --profile hooks a CPU
// profile and trace marks on them. No-ops otherwise.
const hooks = { start() {}, stop() {} };
let stage;
let charts = [];

const TAGS = { lit: 'momentum-bars', baseline: 'baseline-bars', chart: 'baseline-chart' };

/** Reads the report fixtures once (as text, so every sample can parse fresh copies). */
async function init(names) {
  for (const name of names) fixtures[name] = await (await fetch(`/fixtures/${name}.json`)).text();
  await customElements.whenDefined('momentum-bars');
  await customElements.whenDefined('ticker-report');
  for (const name of names) await sameOutput(name);
}

/**
 * <baseline-bars> must build what <momentum-bars> renders: the same elements, attributes and
 * text (Lit's comment markers and white space between elements aside), before and after the
 * data table opens. Stops the run when they differ.
 */
async function sameOutput(name) {
  const [lit, hand] = ['momentum-bars', 'baseline-bars'].map((tag) => {
    const el = document.createElement(tag);
    el.data = JSON.parse(fixtures[name]);
    document.body.append(el);
    return el;
  });
  const compare = (when) => {
    const [a, b] = [lit, hand].map((el) => tree(el.shadowRoot));
    if (a !== b) throw new Error(`<baseline-bars> differs from <momentum-bars> (${name}, ${when}):\n${a}\n${b}`);
  };
  await lit.updateComplete;
  compare('closed');
  for (const el of [lit, hand]) {
    const details = el.shadowRoot.querySelector('details');
    const toggled = new Promise((resolve) => details.addEventListener('toggle', resolve, { once: true }));
    details.open = true;
    await toggled;
  }
  await lit.updateComplete;
  compare('table open');
  lit.remove();
  hand.remove();
}

/** Each element of a tree, one line each: its name, sorted attributes and own text (white space folded). */
function tree(root) {
  const lines = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    const attrs = [...node.attributes].map((a) => `${a.name}=${a.value}`).sort();
    const text = [...node.childNodes]
      .filter((child) => child.nodeType === 3)
      .map((child) => child.data)
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
    lines.push(`<${[node.localName, ...attrs].join(' ')}>${text}`);
  }
  return lines.join('\n');
}

/** `n` report objects: one parsed copy each (`shared`: one copy, n references). */
function reports(name, n, shared = false) {
  const one = shared ? JSON.parse(fixtures[name]) : undefined;
  return Array.from({ length: n }, () => one ?? JSON.parse(fixtures[name]));
}

function freshStage() {
  clear();
  stage = document.createElement('div');
  stage.className = 'stage';
  document.body.append(stage);
  return stage;
}

function clear() {
  for (const chart of charts) chart.destroy();
  charts = [];
  stage?.remove();
  stage = undefined;
}

/** Lit elements done updating (`updateComplete` is false when another update was queued: wait for that too). */
function done(elements) {
  return Promise.all(
    elements.map(async (el) => {
      while (!(await el.updateComplete));
    }),
  );
}

/** Lit elements and every Lit element inside their shadow roots, recursively, done updating. */
async function settle(elements) {
  let pending = elements;
  while (pending.length) {
    await done(pending);
    const inner = [];
    for (const el of pending) {
      for (const child of el.shadowRoot?.querySelectorAll('*') ?? []) if ('updateComplete' in child) inner.push(child);
    }
    pending = inner;
  }
}

/** Forces style and layout of the whole document (the rect of the last element drawn). */
function layout(elements) {
  return elements.at(-1).getBoundingClientRect().height;
}

/** Chart.js: the same five bars, horizontal, on a 480x158 canvas; no animation, not responsive. */
function chartOf(canvas, report) {
  const returns = (report.momentum?.returns ?? []).filter((r) => typeof r?.value === 'number');
  const colour = (r) =>
    r.tone === 'negative' || (!r.tone && r.value < 0) ? '#c0262d' : r.tone === 'neutral' ? '#6b7380' : '#0b7a3e';
  return new window.Chart(canvas, {
    type: 'bar',
    data: {
      labels: returns.map((r) => r.label),
      datasets: [{ data: returns.map((r) => r.value), backgroundColor: returns.map(colour), borderRadius: 2 }],
    },
    options: {
      indexAxis: 'y',
      animation: false,
      responsive: false,
      events: [],
      plugins: { legend: { display: false }, tooltip: { enabled: false } },
      scales: { x: { grid: { color: (c) => (c.tick.value === 0 ? '#56606d' : '#e7eaee') } } },
    },
  });
}

/** A 480x158 canvas in `where` with a Chart.js chart of the report (kept, to be destroyed by `clear()`). */
function canvasChart(where, report) {
  const canvas = document.createElement('canvas');
  canvas.width = 480;
  canvas.height = 158;
  where.append(canvas);
  charts.push(chartOf(canvas, report));
  return canvas;
}

/** 100 bars charts: `lit` (<momentum-bars>), `baseline` (<baseline-bars>), `chart` (<baseline-chart>) or `chartjs`. */
async function bars(variant, { n = 100, report = '000657-seed', shared = false } = {}) {
  const data = reports(report, n, shared);
  const where = freshStage();
  const made = [];
  const t0 = performance.now();
  hooks.start();
  if (variant === 'chartjs') {
    for (let i = 0; i < n; i++) made.push(canvasChart(where, data[i]));
  } else {
    const tag = TAGS[variant];
    for (let i = 0; i < n; i++) {
      const el = document.createElement(tag);
      el.data = data[i];
      where.append(el);
      made.push(el);
    }
    if (variant === 'lit') await done(made);
  }
  layout(made);
  hooks.stop();
  const ms = performance.now() - t0;
  check(variant, made);
  return ms;
}

/** `n` rendered bars charts get a new report (`to`): time from setting `data` to laid out. */
async function barsUpdate(variant, { n = 100, from = '000657-seed', to = 'jp-flat' } = {}) {
  const before = reports(from, n);
  const after = reports(to, n);
  const where = freshStage();
  const tag = TAGS[variant];
  const made = before.map((data) => {
    const el = document.createElement(tag);
    el.data = data;
    where.append(el);
    return el;
  });
  if (variant === 'lit') await done(made);
  layout(made);
  const t0 = performance.now();
  hooks.start();
  for (let i = 0; i < n; i++) made[i].data = after[i];
  if (variant === 'lit') await done(made);
  layout(made);
  hooks.stop();
  const ms = performance.now() - t0;
  check(variant, made, to);
  return ms;
}

/** `n` <ticker-report> cards from `data`, until every element inside every card is done. */
async function cards({ n = 1, report = '000657-seed' } = {}) {
  const data = reports(report, n);
  const where = freshStage();
  const made = [];
  const t0 = performance.now();
  hooks.start();
  for (let i = 0; i < n; i++) {
    const el = document.createElement('ticker-report');
    el.data = data[i];
    where.append(el);
    made.push(el);
  }
  await settle(made);
  layout(made);
  hooks.stop();
  const ms = performance.now() - t0;
  checkCards(made);
  return ms;
}

/** `n` rendered cards get a new report (`to`), until every inner element is done again. */
async function cardsUpdate({ n = 100, from = '000657-seed', to = 'jp-flat' } = {}) {
  const before = reports(from, n);
  const after = reports(to, n);
  const where = freshStage();
  const made = before.map((data) => {
    const el = document.createElement('ticker-report');
    el.data = data;
    where.append(el);
    return el;
  });
  await settle(made);
  layout(made);
  const t0 = performance.now();
  hooks.start();
  for (let i = 0; i < n; i++) made[i].data = after[i];
  await settle(made);
  layout(made);
  hooks.stop();
  const ms = performance.now() - t0;
  checkCards(made, to);
  return ms;
}

/** Renders and keeps `n` of something (for the heap measurement); returns how many. */
async function keep(what, n) {
  const where = freshStage();
  if (what === 'json') {
    window.kept = reports('000657-seed', n);
    return n;
  }
  const data = reports('000657-seed', n);
  const made = [];
  for (let i = 0; i < n; i++) {
    if (what === 'chartjs') {
      made.push(canvasChart(where, data[i]));
      continue;
    }
    const el = document.createElement(what);
    el.data = data[i];
    where.append(el);
    made.push(el);
  }
  await settle(made.filter((el) => 'updateComplete' in el));
  layout(made);
  // The report objects stay reachable from the elements (`data`), as on a real page.
  return made.length;
}

/** Nodes in an element's shadow tree, nested shadow trees included (for the notes). */
function nodes(tag) {
  const el = stage?.querySelector(tag);
  const count = (root) => {
    let n = 0;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
    while (walker.nextNode()) {
      n++;
      if (walker.currentNode.shadowRoot) n += count(walker.currentNode.shadowRoot);
    }
    return n;
  };
  return el?.shadowRoot ? count(el.shadowRoot) : 0;
}

// Outside the timing: the sample drew what it should, or the run stops.
function check(variant, made, report = '000657-seed') {
  const expected = (JSON.parse(fixtures[report]).momentum?.returns ?? []).length;
  if (variant === 'chartjs') {
    // Chart.js drew synchronously: the first canvas has coloured pixels.
    const { data } = made[0].getContext('2d').getImageData(0, 0, made[0].width, made[0].height);
    let painted = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]) painted++;
    if (painted < 1000) throw new Error(`chartjs: the canvas is blank (${painted} pixels drawn)`);
    return;
  }
  for (const el of made) {
    const bars = el.shadowRoot.querySelectorAll('svg rect.bar').length;
    if (bars !== expected) throw new Error(`${variant}: ${bars} bars drawn, expected ${expected}`);
    if (variant === 'lit' && el.state !== 'ready') throw new Error(`<momentum-bars> is ${el.state}: ${el.error?.message}`);
  }
  if (variant === 'lit') {
    const symbol = JSON.parse(fixtures[report]).ticker.symbol;
    const label = made[0].shadowRoot.querySelector('svg').getAttribute('aria-label');
    if (!label.includes(symbol)) throw new Error(`<momentum-bars> shows "${label}", expected ${symbol}`);
  }
}

function checkCards(made, report = '000657-seed') {
  const symbol = JSON.parse(fixtures[report]).ticker.symbol;
  for (const card of made) {
    if (card.state !== 'ready') throw new Error(`<ticker-report> is ${card.state}: ${card.error?.message}`);
    if (card.report.ticker.symbol !== symbol)
      throw new Error(`<ticker-report> shows ${card.report.ticker.symbol}, expected ${symbol}`);
    const inner = [...card.shadowRoot.querySelectorAll('[state]')];
    if (inner.length < 5) throw new Error(`<ticker-report> has only ${inner.length} inner elements`);
    const stuck = inner.filter((el) => el.getAttribute('state') !== 'ready' && el.getAttribute('state') !== 'empty');
    if (stuck.length) throw new Error(`<${stuck[0].localName}> inside <ticker-report> is ${stuck[0].getAttribute('state')}`);
  }
}

/**
 * A 520-week history (ten years, the engine's default): the 313 real weeks of the OVI fixture
 * repeated back in time, one week apart, so every week has a bar, levels and signals.
 */
let longHistory;
async function history520() {
  if (!longHistory) {
    const real = await (await fetch('/fixtures/history-ovi.json')).json();
    const last = Date.parse(real.weeks.at(-1).week);
    const weeks = Array.from({ length: 520 }, (_, i) => ({
      ...real.weeks[(real.weeks.length - 520 + i + 520 * 2) % real.weeks.length],
      week: new Date(last - (519 - i) * 7 * 864e5).toISOString().slice(0, 10),
    }));
    longHistory = JSON.stringify({ ...real, weeks });
  }
  return JSON.parse(longHistory);
}

/**
 * One <price-chart range="All"> of 520 weeks from `data` (line or candles): from creating the
 * element to the drawing laid out. With `crosshair`, instead: one ArrowLeft on a drawn chart,
 * to the redrawn crosshair and readout.
 */
async function priceChart(variant, { crosshair = false } = {}) {
  const data = await history520();
  const host = freshStage();
  host.style.width = '700px';
  const make = () => {
    const el = document.createElement('price-chart');
    el.setAttribute('range', 'All');
    el.setAttribute('variant', variant);
    el.data = data;
    host.append(el);
    return el;
  };
  if (crosshair) {
    const el = make();
    await settle([el]);
    layout([el]);
    const svg = el.shadowRoot.querySelector('svg[part="chart"]');
    const start = performance.now();
    svg.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true, composed: true }));
    await settle([el]);
    layout([el]);
    return performance.now() - start;
  }
  const start = performance.now();
  hooks.start();
  const el = make();
  await settle([el]);
  layout([el]);
  hooks.stop();
  if (el.shadowRoot.querySelector('svg[part="chart"]').querySelectorAll('path').length < 8) throw new Error('no chart drawn');
  return performance.now() - start;
}

window.bench = { init, bars, barsUpdate, cards, cardsUpdate, keep, clear, hooks, nodes, priceChart };
