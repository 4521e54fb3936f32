#!/usr/bin/env node
// Render benchmarks in Chromium, run after `npm run build`:
//
//   node scripts/bench.js                 every benchmark, 30 rounds, a markdown table
//   node scripts/bench.js --rounds 50     more rounds (--warmup N: untimed rounds first, default 3)
//   node scripts/bench.js --only bars,update   some benchmarks (names in the table's first column)
//   node scripts/bench.js --json          the samples and summaries as JSON
//   node scripts/bench.js --bundle FILE   benchmark another build of dist/ticker-widgets.js (say, a
//                                         branch's, to compare before and after a change)
//   node scripts/bench.js --profile       where <momentum-bars> spends its time (CPU profile and
//                                         trace, on an unminified build), beside the baseline
//
// Method: one headless Chromium (test/node/browser.js), pages served on loopback. Variants
// run interleaved in one page, one sample each per round, the order flipping every round
// (A B, B A, ...), after untimed warm-up rounds; a garbage collection (CDP) runs before every
// sample. Each sample is timed in the page with performance.now() from creating the elements
// to after the render completed (Lit: `updateComplete` of every element, and of every element
// inside them) and a forced layout (getBoundingClientRect). Reported: medians, quartiles,
// and the median of the per-round ratios with a bootstrap 95% interval.
/* global window -- inside page.evaluate() callbacks, which run in the page */
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { launch, serve } from '../test/node/browser.js';
import { moduleDir } from './modules.js';
import { measure } from './size.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const at = (...parts) => join(root, ...parts);
const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;

const SEED = '000657-seed';
const OTHER = 'jp-flat';
const TARGET = 1.6;

const options = parseArgs(process.argv.slice(2));

function parseArgs(argv) {
  const opts = { rounds: 30, warmup: 3, only: undefined, json: false, profile: false, bundle: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (v === undefined) fail(`${arg} needs a value`);
      return v;
    };
    if (arg.startsWith('--rounds')) opts.rounds = positive(value(), '--rounds');
    else if (arg.startsWith('--warmup')) opts.warmup = positive(value(), '--warmup', true);
    else if (arg.startsWith('--only')) opts.only = new Set(value().split(','));
    else if (arg.startsWith('--bundle')) opts.bundle = value();
    else if (arg === '--json') opts.json = true;
    else if (arg === '--profile') opts.profile = true;
    else fail(`unknown option ${arg} (use --rounds N, --warmup N, --only a,b, --bundle FILE, --json, --profile)`);
  }
  return opts;
}

function positive(text, name, zero = false) {
  const n = Number(text);
  if (!Number.isInteger(n) || n < (zero ? 0 : 1)) fail(`${name} wants a whole number${zero ? '' : ' above 0'}, got ${text}`);
  return n;
}

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(1);
}

// ---------------------------------------------------------------- statistics

function quantile(sorted, q) {
  if (!sorted.length) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}
const sortNum = (values) => [...values].sort((a, b) => a - b);
const median = (values) => quantile(sortNum(values), 0.5);

function summary(samples) {
  const sorted = sortNum(samples);
  return {
    n: sorted.length,
    median: quantile(sorted, 0.5),
    p25: quantile(sorted, 0.25),
    p75: quantile(sorted, 0.75),
    min: sorted[0],
  };
}

/** Median of paired ratios a[i]/b[i], with a percentile-bootstrap 95% interval (seeded, so stable). */
function ratio(a, b) {
  const ratios = a.map((x, i) => x / b[i]);
  let seed = 42;
  const random = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const medians = [];
  for (let k = 0; k < 2000; k++) medians.push(median(ratios.map(() => ratios[Math.floor(random() * ratios.length)])));
  const sorted = sortNum(medians);
  return {
    median: median(ratios),
    low: quantile(sorted, 0.025),
    high: quantile(sorted, 0.975),
    ofMedians: median(a) / median(b),
  };
}

// ---------------------------------------------------------------- the page

function routes(bundle) {
  const file = (path, type) => ({ body: readFileSync(at(path)), type });
  const js = 'text/javascript; charset=utf-8';
  const table = {
    '/': file('bench/index.html', 'text/html; charset=utf-8'),
    '/page.js': file('bench/page.js', js),
    '/baseline.js': file('bench/baseline.js', js),
    '/ticker-widgets.js': { body: bundle, type: js },
    '/chart.umd.min.js': { body: readFileSync(join(moduleDir('chart.js'), 'dist/chart.umd.min.js')), type: js },
  };
  for (const name of [SEED, OTHER, 'history-ovi'])
    table[`/fixtures/${name}.json`] = file(`test/fixtures/${name}.json`, 'application/json');
  return table;
}

async function openPage(browser, url) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${message.text()} ${message.location()?.url ?? ''}`.trim());
  });
  await page.goto(`${url}/`, { waitUntil: 'load' });
  await page.evaluate((names) => window.bench.init(names), [SEED, OTHER]);
  if (errors.length) throw new Error(`the benchmark page failed: ${errors.join('; ')}`);
  const cdp = await page.createCDPSession();
  const gc = () => cdp.send('HeapProfiler.collectGarbage');
  return { page, cdp, gc, errors };
}

/**
 * Runs `variants` ({ name: (page) => ms }) interleaved: warm-up rounds untimed, then `rounds`
 * rounds of one sample each, the order reversed every other round, a GC before each sample.
 */
async function interleaved(ctx, variants, { rounds = options.rounds, warmup = options.warmup } = {}) {
  const names = Object.keys(variants);
  const samples = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = -warmup; round < rounds; round++) {
    const order = round % 2 ? [...names].reverse() : names;
    for (const name of order) {
      await ctx.page.evaluate(() => window.bench.clear());
      await ctx.gc();
      const ms = await variants[name](ctx.page);
      if (round >= 0) samples[name].push(ms);
    }
  }
  await ctx.page.evaluate(() => window.bench.clear());
  return samples;
}

// ---------------------------------------------------------------- benchmarks

const BENCHMARKS = [
  {
    id: 'bars',
    title: '100 `<momentum-bars>` from `data` (one parsed report each)',
    baseline: 'baseline',
    // The chart-only baseline's row gives ticker-widgets ÷ it: what the whole element costs
    // against the bare picture.
    inverse: ['chart'],
    target: { variant: 'lit', against: 'baseline', at: TARGET },
    run: (ctx) =>
      interleaved(ctx, {
        lit: (page) => page.evaluate(() => window.bench.bars('lit')),
        baseline: (page) => page.evaluate(() => window.bench.bars('baseline')),
        chart: (page) => page.evaluate(() => window.bench.bars('chart')),
        chartjs: (page) => page.evaluate(() => window.bench.bars('chartjs')),
      }),
  },
  {
    id: 'bars-shared',
    title: '100 `<momentum-bars>`, one report object shared by all 100',
    baseline: 'baseline',
    run: (ctx) =>
      interleaved(ctx, {
        lit: (page) => page.evaluate(() => window.bench.bars('lit', { shared: true })),
        baseline: (page) => page.evaluate(() => window.bench.bars('baseline', { shared: true })),
      }),
  },
  {
    id: 'update',
    title: `new \`data\` (${OTHER}) on 100 rendered \`<momentum-bars>\` (${SEED})`,
    baseline: 'baseline',
    run: (ctx) =>
      interleaved(ctx, {
        lit: (page) => page.evaluate(() => window.bench.barsUpdate('lit')),
        baseline: (page) => page.evaluate(() => window.bench.barsUpdate('baseline')),
      }),
  },
  {
    id: 'card-first',
    title: 'first render of one `<ticker-report>`, fresh page per sample',
    // A new page each sample: nothing is warm (templates, styles, formatters, compiled code).
    run: async (ctx) => {
      const samples = { lit: [] };
      for (let round = -Math.min(options.warmup, 1); round < options.rounds; round++) {
        const fresh = await openPage(ctx.browser, ctx.url);
        await fresh.gc();
        const ms = await fresh.page.evaluate(() => window.bench.cards({ n: 1 }));
        await fresh.page.close();
        if (round >= 0) samples.lit.push(ms);
      }
      return samples;
    },
  },
  {
    id: 'card',
    title: 'one more `<ticker-report>` on a warm page',
    run: (ctx) => interleaved(ctx, { lit: (page) => page.evaluate(() => window.bench.cards({ n: 1 })) }),
  },
  {
    id: 'price-chart',
    title: 'one `<price-chart range="All">` of 520 weeks from `data`, line and candles (budget: 50 ms)',
    run: (ctx) =>
      interleaved(ctx, {
        line: (page) => page.evaluate(() => window.bench.priceChart('line')),
        candles: (page) => page.evaluate(() => window.bench.priceChart('candles')),
        crosshair: (page) => page.evaluate(() => window.bench.priceChart('candles', { crosshair: true })),
      }),
  },
  {
    id: 'cards',
    title: '100 `<ticker-report>` from `data`',
    run: (ctx) => interleaved(ctx, { lit: (page) => page.evaluate(() => window.bench.cards({ n: 100 })) }),
  },
  {
    id: 'cards-update',
    title: `new \`data\` (${OTHER}) on 100 rendered \`<ticker-report>\` (${SEED})`,
    run: (ctx) => interleaved(ctx, { lit: (page) => page.evaluate(() => window.bench.cardsUpdate({ n: 100 })) }),
  },
];

/** Heap per rendered item: V8's heap plus Blink's (DOM) heap, after GC, before and after keeping N. */
async function heap(ctx, what, n, repeats = 3) {
  const perItem = [];
  for (let i = 0; i < repeats; i++) {
    const fresh = await openPage(ctx.browser, ctx.url);
    const usage = async () => {
      await fresh.gc();
      await fresh.gc();
      const u = await fresh.cdp.send('Runtime.getHeapUsage');
      return { js: u.usedSize, dom: u.embedderHeapUsedSize ?? 0 };
    };
    const before = await usage();
    await fresh.page.evaluate((w, count) => window.bench.keep(w, count), what, n);
    const after = await usage();
    perItem.push({ js: (after.js - before.js) / n, dom: (after.dom - before.dom) / n });
    await fresh.page.close();
  }
  const js = median(perItem.map((p) => p.js));
  const dom = median(perItem.map((p) => p.dom));
  return { what, n, repeats, js, dom, total: js + dom };
}

// ---------------------------------------------------------------- bytes

/** Bytes side by side: the bundle being benchmarked, <momentum-bars> as size.js bundles it, Chart.js. */
async function bytes(served, label) {
  const sizes = await measure();
  const bars = sizes.entries.find((e) => e.name === '<momentum-bars>');
  const umd = readFileSync(join(moduleDir('chart.js'), 'dist/chart.umd.min.js'));
  // Chart.js tree-shaken to what a bar chart needs, bundled the way size.js bundles ours.
  const shaken = await build({
    stdin: {
      contents: `import { Chart, BarController, BarElement, CategoryScale, LinearScale } from 'chart.js';
Chart.register(BarController, BarElement, CategoryScale, LinearScale);
export { Chart };`,
      resolveDir: root,
      loader: 'js',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    conditions: ['production'],
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
  });
  const version = JSON.parse(readFileSync(join(moduleDir('chart.js'), 'package.json'), 'utf8')).version;
  return [
    { what: `ticker-widgets, every element (\`${label}\`)`, bytes: served.length, gzip: gzip(served) },
    ...(bars
      ? [
          {
            what: '`<momentum-bars>` with its dependencies (`dist/elements/momentum-bars.js`, bundled)',
            bytes: bars.bytes,
            gzip: bars.gzip,
          },
        ]
      : []),
    { what: `Chart.js ${version}, everything (\`chart.umd.min.js\`)`, bytes: umd.length, gzip: gzip(umd) },
    {
      what: `Chart.js ${version}, bar chart only (tree-shaken: Chart, BarController, BarElement, CategoryScale, LinearScale)`,
      bytes: shaken.outputFiles[0].contents.length,
      gzip: gzip(shaken.outputFiles[0].contents),
    },
  ];
}

// ---------------------------------------------------------------- profile

/**
 * Where the time of 100 <momentum-bars> goes, beside the baseline: a Chrome trace (script,
 * style, layout, GC, HTML parsing) and a V8 CPU profile (self time by function and module),
 * on an unminified bundle of dist/index.js, so names are readable.
 */
async function profile(browser, samples = 10) {
  const unminified = await build({
    entryPoints: [at('dist/index.js')],
    bundle: true,
    minify: false,
    keepNames: true,
    format: 'esm',
    target: 'es2022',
    conditions: ['production'],
    write: false,
    logLevel: 'silent',
  });
  const code = unminified.outputFiles[0].text;
  // esbuild writes `// <path>` before each module's code: map line numbers to modules.
  const starts = [];
  code.split('\n').forEach((line, i) => {
    const m = /^\/\/ (\S+\.js)$/.exec(line);
    if (m) starts.push({ line: i, module: m[1].replace(/^node_modules\//, '') });
  });
  const moduleAt = (line) => {
    let found = '(bundle)';
    for (const s of starts) {
      if (s.line > line) break;
      found = s.module;
    }
    return found;
  };

  const site = await serve(routes(Buffer.from(code)));
  const ctx = await openPage(browser, site.url);
  // Only the timed stretch of each sample: trace marks and a console.profile() around it.
  await ctx.page.evaluate(() => {
    window.bench.hooks.start = () => {
      performance.mark('bench:start');
      console.profile('bench');
    };
    window.bench.hooks.stop = () => {
      console.profileEnd('bench');
      performance.mark('bench:end');
    };
  });
  let profiles = [];
  ctx.cdp.on('Profiler.consoleProfileFinished', (event) => profiles.push(event.profile));
  await ctx.cdp.send('Profiler.enable');
  await ctx.cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  const out = {};
  const run = async (variant) => {
    await ctx.page.evaluate(() => window.bench.clear());
    await ctx.gc();
    return ctx.page.evaluate((v) => window.bench.bars(v), variant);
  };
  for (const variant of ['lit', 'baseline']) {
    for (let i = 0; i < 3; i++) await run(variant); // warm up, as the timed runs do
    profiles = [];
    await ctx.page.tracing.start({
      categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink', 'blink.user_timing'],
    });
    const times = [];
    for (let i = 0; i < samples; i++) times.push(await run(variant));
    const trace = JSON.parse(new TextDecoder().decode(await ctx.page.tracing.stop()));
    const nodes = await ctx.page.evaluate(
      (tag) => window.bench.nodes(tag),
      variant === 'lit' ? 'momentum-bars' : 'baseline-bars',
    );
    out[variant] = {
      median: median(times),
      nodes,
      trace: traceTotals(trace, samples),
      cpu: selfTimes(profiles, moduleAt, samples),
    };
  }
  await ctx.cdp.send('Profiler.disable');
  await ctx.page.close();
  await site.close();
  return out;
}

/** Milliseconds per sample in the trace events that tell script, style, layout and GC apart. */
function traceTotals(trace, samples) {
  const names = {
    UpdateLayoutTree: 'style recalculation',
    Layout: 'layout',
    ParseHTML: 'HTML parsing',
    MinorGC: 'GC (minor)',
    MajorGC: 'GC (major)',
    'V8.GC_SCAVENGER': 'GC (minor)',
    'V8.GC_MARK_COMPACTOR': 'GC (major)',
    FunctionCall: 'script (FunctionCall)',
    RunMicrotasks: 'script (microtasks)',
    EvaluateScript: 'script (evaluate)',
    'v8.compile': 'compile',
    'V8.CompileLazy': 'compile',
  };
  // Only the page's main thread: the busiest thread called CrRendererMain.
  const events = trace.traceEvents ?? [];
  const mains = new Set(
    events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const busy = new Map();
  for (const e of events) {
    const thread = `${e.pid}:${e.tid}`;
    if (mains.has(thread) && e.ph === 'X' && typeof e.dur === 'number') busy.set(thread, (busy.get(thread) ?? 0) + e.dur);
  }
  const main = [...busy].sort((a, b) => b[1] - a[1])[0]?.[0];
  // The timed stretches, between the page's bench:start and bench:end marks.
  const marks = events.filter((e) => e.name === 'bench:start' || e.name === 'bench:end').sort((a, b) => a.ts - b.ts);
  const windows = [];
  for (let i = 0; i < marks.length - 1; i++) {
    if (marks[i].name === 'bench:start' && marks[i + 1].name === 'bench:end') windows.push([marks[i].ts, marks[i + 1].ts]);
  }
  const timed = (e) => windows.some(([from, to]) => e.ts >= from && e.ts + e.dur <= to);
  const totals = {};
  for (const event of events) {
    if (`${event.pid}:${event.tid}` !== main) continue;
    const label = names[event.name];
    if (!label || event.ph !== 'X' || typeof event.dur !== 'number' || !timed(event)) continue;
    totals[label] = (totals[label] ?? 0) + event.dur / 1000 / samples;
  }
  return totals;
}

/**
 * Self time per function and per module, and total (inclusive) time per function of ours and
 * of the native calls that cost most, over CPU profiles; milliseconds per sample.
 */
function selfTimes(profiles, moduleAt, samples) {
  const fns = new Map();
  const modules = new Map();
  const inclusive = new Map();
  for (const cpu of profiles) addTimes(cpu, moduleAt, { fns, modules, inclusive });
  const top = (map, k) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, k)
      .map(([name, ms]) => ({ name, ms: ms / samples }));
  return { profiles: profiles.length, functions: top(fns, 25), modules: top(modules, 20), inclusive: top(inclusive, 30) };
}

function addTimes(cpu, moduleAt, { fns, modules, inclusive }) {
  const byId = new Map(cpu.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of cpu.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const where = (callFrame) => {
    const isBundle = callFrame.url.endsWith('/ticker-widgets.js');
    // Code puppeteer evaluates (the profile hooks) is named after the caller's file: leave it out.
    const injected = callFrame.url.startsWith('pptr:');
    const module = isBundle
      ? moduleAt(callFrame.lineNumber)
      : injected
        ? '(benchmark hooks)'
        : callFrame.url
          ? callFrame.url.replace(/^https?:\/\/[^/]+\//, '')
          : callFrame.functionName || '(native)';
    // Lines in the bundle are not lines of the module: name the module only.
    const at = isBundle ? module : `${module}:${callFrame.lineNumber + 1}`;
    const fn = callFrame.url && !injected ? `${callFrame.functionName || '(anonymous)'} (${at})` : module;
    return { module, fn, ours: isBundle && module.startsWith('dist/'), native: !callFrame.url };
  };
  // Each sample's time is the delta to the next one (timeDeltas[i + 1]); the last gets the average.
  const deltas = cpu.timeDeltas ?? [];
  for (let i = 0; i < cpu.samples.length; i++) {
    const dt = (deltas[i + 1] ?? (cpu.endTime - cpu.startTime) / cpu.samples.length) / 1000;
    const leaf = where(byId.get(cpu.samples[i]).callFrame);
    fns.set(leaf.fn, (fns.get(leaf.fn) ?? 0) + dt);
    modules.set(leaf.module, (modules.get(leaf.module) ?? 0) + dt);
    // Inclusive: every function of ours on the stack (once per sample), and the native leaf.
    const onStack = new Set();
    if (leaf.native) onStack.add(leaf.fn);
    for (let id = cpu.samples[i]; id !== undefined; id = parent.get(id)) {
      const frame = where(byId.get(id).callFrame);
      if (frame.ours) onStack.add(frame.fn);
    }
    for (const fn of onStack) inclusive.set(fn, (inclusive.get(fn) ?? 0) + dt);
  }
}

// ---------------------------------------------------------------- output

const ms = (v) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));
const kb = (v) => `${(v / 1024).toFixed(1)} KB`;
const fmt = (n) => Math.round(n).toLocaleString('en-US');
const VARIANT = {
  lit: 'ticker-widgets (Lit)',
  baseline: 'hand-written, same output (createElementNS, shadow root)',
  chart: 'hand-written, the chart alone (SVG only, own CSS)',
  chartjs: 'Chart.js (100 canvases)',
};

function timingTable(results) {
  const lines = [
    '| benchmark | variant | median ms | p25–p75 ms | ratio to baseline (median of rounds, 95% CI) | target |',
    '| --- | --- | ---: | ---: | ---: | --- |',
  ];
  for (const r of results) {
    const bench = BENCHMARKS.find((b) => b.id === r.id);
    for (const [variant, s] of Object.entries(r.summaries)) {
      let vs = '';
      let target = '';
      if (bench.baseline && variant !== bench.baseline) {
        const q = r.ratios[variant];
        vs = `${q.median.toFixed(2)}× (${q.low.toFixed(2)}–${q.high.toFixed(2)})`;
        if (bench.inverse?.includes(variant)) vs = `ticker-widgets ÷ this: ${vs}`;
        if (bench.target?.variant === variant) {
          target = `≤ ${bench.target.at} ${q.median <= bench.target.at ? 'met' : '**missed**'}`;
        }
      }
      lines.push(
        `| \`${r.id}\`: ${bench.title} | ${VARIANT[variant] ?? variant} | ${ms(s.median)} | ${ms(s.p25)}–${ms(s.p75)} | ${vs} | ${target} |`,
      );
    }
  }
  return lines.join('\n');
}

function heapTable(rows) {
  const label = {
    'ticker-report': 'one rendered `<ticker-report>` (its report object included)',
    'momentum-bars': 'one rendered `<momentum-bars>` (its report object included)',
    'baseline-bars': 'one hand-written `<baseline-bars>`, same output (its report object included)',
    chartjs: 'one Chart.js bar chart (canvas, its report object included)',
    json: 'the parsed report object alone (seed fixture)',
  };
  const lines = ['| heap per item | n | JS heap | DOM (Blink) heap | total |', '| --- | ---: | ---: | ---: | ---: |'];
  for (const r of rows) lines.push(`| ${label[r.what]} | ${r.n} | ${kb(r.js)} | ${kb(r.dom)} | ${kb(r.total)} |`);
  return lines.join('\n');
}

function bytesTable(rows) {
  const lines = ['| code | minified | gzip -9 |', '| --- | ---: | ---: |'];
  for (const r of rows) lines.push(`| ${r.what} | ${fmt(r.bytes)} B | ${fmt(r.gzip)} B |`);
  return lines.join('\n');
}

function machineLine(m) {
  m.loadAfter ??= loadavg()[0];
  const load = `load average ${m.loadBefore.toFixed(1)} before, ${m.loadAfter.toFixed(1)} after`;
  return `Machine: ${m.cpu} (${m.cores} cores), ${m.memory} RAM, ${m.os}; ${m.chromium} headless; Node ${m.node}; ${load}. ${m.rounds} rounds after ${m.warmup} warm-up rounds.`;
}

const METHOD = `How it was measured:
- One headless Chromium (the one the tests use, found by test/node/browser.js), pages served on loopback;
  the library is \`dist/ticker-widgets.js\` as built, Chart.js is its own \`chart.umd.min.js\`.
- Each sample is timed inside the page with \`performance.now()\`: from creating the first element to
  after the render completed (Lit: \`await updateComplete\` on every element, and on every element inside
  a card, until none is pending) and a forced style and layout (\`getBoundingClientRect()\`). Paint and
  compositing are not included, for any variant.
- Variants run interleaved in one page, one sample each per round, the order reversed every round;
  warm-up rounds are not counted; a full garbage collection (CDP \`HeapProfiler.collectGarbage\`) runs
  before every sample. A GC that happens during a sample counts.
- Report JSON is parsed before the clock starts (one parsed copy per element, as 100 different reports
  would be; \`bars-shared\` hands one object to all 100, so the library validates it once).
- The ratio is the median of the per-round ratios (library ÷ baseline), with a bootstrap 95% interval;
  on the chart-alone row it is ticker-widgets ÷ that row.
- The baseline (bench/baseline.js, \`<baseline-bars>\`) is a plain custom element that builds the same
  output as \`<momentum-bars>\` with \`createElementNS\`/\`createElement\` into its shadow root: the same
  SVG (bars, period and value labels, break marks, zero line, same geometry and number format), stats
  list and data-table disclosure (its table built when opened), the same elements, attributes and text
  (the page checks this before timing, with the table closed and open), styled by the element's own
  style sheets. It does not validate, has no states, no events, no theming logic and does not measure
  its width. \`chart\` (\`<baseline-chart>\`) is the least one could write for the picture alone: the SVG
  only, a few CSS rules of its own; its ratio shows what the stats list and data table cost on top.
- Chart.js draws the same five bars on a 480×158 canvas each: \`animation: false\`, \`responsive: false\`,
  no legend, no tooltip, no events.
- \`card-first\` opens a new page per sample (modules loaded, nothing rendered yet), so it includes
  first-use costs: template preparation, style sheets, Intl formatters, lazy compilation.
- Heap: V8's used heap plus Blink's DOM heap (CDP \`Runtime.getHeapUsage\`, \`usedSize\` +
  \`embedderHeapUsedSize\`), each after two forced GCs, before and after rendering N items on a fresh page,
  divided by N; the median of 3 pages. The items keep their report objects (\`data\`), as on a real page.`;

// ---------------------------------------------------------------- main

async function main() {
  const bundlePath = options.bundle ? resolve(options.bundle) : at('dist/ticker-widgets.js');
  if (!existsSync(bundlePath))
    fail(`${options.bundle ?? 'dist/ticker-widgets.js'} is missing${options.bundle ? '' : ': run `npm run build` first'}`);
  if (options.only) {
    const known = new Set([...BENCHMARKS.map((b) => b.id), 'heap', 'bytes']);
    for (const id of options.only) if (!known.has(id)) fail(`unknown benchmark ${id} (known: ${[...known].join(', ')})`);
  }
  const wanted = (id) => !options.only || options.only.has(id);

  const browser = await launch();
  const m = {
    cpu: cpus()[0]?.model?.trim() ?? 'unknown CPU',
    cores: cpus().length,
    memory: `${Math.round(totalmem() / 2 ** 30)} GB`,
    os: `${platform()} ${release()}`,
    chromium: await browser.version(),
    node: process.version,
    rounds: options.rounds,
    warmup: options.warmup,
    loadBefore: loadavg()[0],
  };
  try {
    if (options.profile) {
      const p = await profile(browser);
      if (options.json) console.log(JSON.stringify({ machine: m, profile: p }, null, 2));
      else printProfile(p, m);
      return;
    }
    const served = readFileSync(bundlePath);
    // Measured before the run, so the bytes are those of the build that is timed.
    const byteRows = wanted('bytes') || wanted('bars') ? await bytes(served, options.bundle ?? 'dist/ticker-widgets.js') : [];
    const site = await serve(routes(served));
    const ctx = { browser, url: site.url, ...(await openPage(browser, site.url)) };
    const results = [];
    for (const bench of BENCHMARKS) {
      if (!wanted(bench.id)) continue;
      const started = performance.now();
      const samples = await bench.run(ctx);
      const summaries = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, summary(v)]));
      const ratios = {};
      if (bench.baseline) {
        for (const variant of Object.keys(samples)) {
          if (bench.inverse?.includes(variant)) ratios[variant] = ratio(samples.lit, samples[variant]);
          else if (variant !== bench.baseline) ratios[variant] = ratio(samples[variant], samples[bench.baseline]);
        }
      }
      results.push({
        id: bench.id,
        title: bench.title,
        samples,
        summaries,
        ratios,
        seconds: (performance.now() - started) / 1000,
      });
      if (!options.json)
        process.stderr.write(`bench: ${bench.id} done in ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
    }
    if (ctx.errors.length) throw new Error(`the benchmark page reported errors: ${ctx.errors.join('; ')}`);
    await ctx.page.close();

    const heapRows = [];
    if (wanted('heap')) {
      heapRows.push(await heap(ctx, 'ticker-report', 50));
      heapRows.push(await heap(ctx, 'momentum-bars', 200));
      heapRows.push(await heap(ctx, 'baseline-bars', 200));
      heapRows.push(await heap(ctx, 'chartjs', 200));
      heapRows.push(await heap(ctx, 'json', 200));
    }
    await site.close();

    m.loadAfter = loadavg()[0];
    if (options.json) {
      console.log(JSON.stringify({ machine: m, results, heap: heapRows, bytes: byteRows }, null, 2));
      return;
    }
    console.log(machineLine(m));
    console.log('');
    if (results.length) console.log(timingTable(results));
    if (heapRows.length) console.log(`\n${heapTable(heapRows)}`);
    if (byteRows.length) console.log(`\n${bytesTable(byteRows)}`);
    console.log(`\n${METHOD}`);
  } finally {
    await browser.close();
  }
}

function printProfile(p, m) {
  console.log(machineLine(m).replace(/ \d+ rounds after \d+ warm-up rounds\.$/, ''));
  console.log('\n100 <momentum-bars> vs the hand-written baseline, unminified build, 10 samples each (ms per sample):\n');
  const labels = [...new Set([...Object.keys(p.lit.trace), ...Object.keys(p.baseline.trace)])].sort();
  console.log('| trace event (summed, nested events overlap) | Lit | baseline |');
  console.log('| --- | ---: | ---: |');
  console.log(`| sample time (median) | ${ms(p.lit.median)} | ${ms(p.baseline.median)} |`);
  console.log(`| nodes in one element's shadow tree | ${p.lit.nodes} | ${p.baseline.nodes} |`);
  for (const label of labels) console.log(`| ${label} | ${ms(p.lit.trace[label] ?? 0)} | ${ms(p.baseline.trace[label] ?? 0)} |`);
  for (const variant of ['lit', 'baseline']) {
    console.log(`\nCPU profile, ${variant}: self time by module (ms per sample)\n`);
    console.log('| module | ms |');
    console.log('| --- | ---: |');
    for (const row of p[variant].cpu.modules) console.log(`| ${row.name} | ${ms(row.ms)} |`);
    if (variant === 'lit') {
      console.log(
        `\nCPU profile, ${variant}: total time (self and callees) of our functions, and native calls (ms per sample)\n`,
      );
      console.log('| function | ms |');
      console.log('| --- | ---: |');
      for (const row of p[variant].cpu.inclusive) console.log(`| ${row.name.replace(/\|/g, '\\|')} | ${ms(row.ms)} |`);
    }
    console.log(`\nCPU profile, ${variant}: self time by function (ms per sample)\n`);
    console.log('| function | ms |');
    console.log('| --- | ---: |');
    for (const row of p[variant].cpu.functions) console.log(`| ${row.name.replace(/\|/g, '\\|')} | ${ms(row.ms)} |`);
  }
}

await main();
