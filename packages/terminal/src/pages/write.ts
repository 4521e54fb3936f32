// writePages: the site's HTML and assets, written into a build's work folder (engine's addFiles).
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { UniverseRow } from '../screener-types.js';
import { parseScreenerQuery, runScreenerQuery } from '../server/query.js';
import { trusted } from './html.js';
import type { SiteMeta } from './layout.js';
import { renderScreenerPage } from './screener.js';
import { renderChartPage, renderNotFoundPage, renderReportPage, type ReportJson } from './security.js';
import { renderWidget, stylesheets, type Stylesheets } from './ssr.js';

/** The static sources of assets/: site.css, site.js, screener.js (shared with the pages), favicon.svg. */
export const ASSET_SOURCES = fileURLToPath(new URL('../../assets/', import.meta.url));
const STATIC_ASSETS = ['site.css', 'site.js', 'screener.js', 'favicon.svg'];

/** Below this many securities the pages render in this thread: starting workers costs more. */
const WORKER_THRESHOLD = 300;

export interface WritePagesOptions {
  synthetic: boolean;
  /** Threads rendering security pages; default: the machine's parallelism (in-process below 300 securities). */
  concurrency?: number;
}

export interface WritePagesSummary {
  pages: number;
  threads: number;
  ms: number;
}

/** The site's facts beside the pages (`site.json`), for the server's screener pages. */
export interface SiteJson {
  synthetic: boolean;
  as_of: string;
}

/** Both pages of each security in `rows`, written beside its JSON. Returns how many pages. */
export async function writeSecurityPages(
  work: string,
  rows: readonly UniverseRow[],
  meta: SiteMeta,
  sheets: Stylesheets,
): Promise<number> {
  let pages = 0;
  for (const row of rows) {
    const folder = join(work, 'terminal', row.uuid);
    const report = JSON.parse(await readFile(join(folder, 'report', 'api', 'index.json'), 'utf8')) as ReportJson;
    const card = renderWidget('ticker-report', report, sheets);
    await mkdir(join(folder, 'report'), { recursive: true });
    await Promise.all([
      writeFile(join(folder, 'report', 'index.html'), renderReportPage(report, row, meta, trusted(card))),
      writeFile(join(folder, 'index.html'), renderChartPage(report, row, meta)),
    ]);
    pages += 2;
  }
  return pages;
}

interface WorkerResult {
  pages: number;
  sheets: [string, string][];
}

function runWorker(script: URL, work: string, rows: UniverseRow[], meta: SiteMeta): Promise<WorkerResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: { work, rows, meta } });
    let result: WorkerResult | undefined;
    worker.once('message', (message: WorkerResult) => (result = message));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (result) resolve(result);
      else reject(new Error(`a page-rendering thread exited with code ${code} before it finished`));
    });
  });
}

/** The bundle of every element (ticker-widgets/bundle), resolved through the package's exports. */
export function widgetsBundle(): string {
  return createRequire(import.meta.url).resolve('ticker-widgets/bundle');
}

/**
 * The files the bundle loads on demand from beside itself: its language files (German,
 * Japanese, Chinese words) in `./locales/` and the standalone SVG writer (`toSVG()`) in
 * `./parts/`. Their paths, each with its path relative to the bundle.
 */
export async function widgetsOnDemand(): Promise<{ from: string; name: string }[]> {
  const files: { from: string; name: string }[] = [];
  for (const folder of ['locales', 'parts']) {
    const dir = join(dirname(widgetsBundle()), folder);
    if (!existsSync(dir)) continue;
    const names = (await readdir(dir)).filter((name) => name.endsWith('.js')).sort();
    files.push(...names.map((name) => ({ from: join(dir, name), name: `${folder}/${name}` })));
  }
  return files;
}

/**
 * Writes the site into a build's work folder, from its universe.json, build.json and reports:
 * index.html (the screener's default first page), 404.html, site.json, assets/, and for every
 * security terminal/{uuid}/report/index.html and terminal/{uuid}/index.html.
 */
export async function writePages(work: string, options: WritePagesOptions): Promise<WritePagesSummary> {
  const started = performance.now();
  const rows = JSON.parse(await readFile(join(work, 'universe.json'), 'utf8')) as UniverseRow[];
  const build = JSON.parse(await readFile(join(work, 'build.json'), 'utf8')) as { as_of: string };
  const meta: SiteMeta = { synthetic: options.synthetic, asOf: build.as_of };

  const assets = join(work, 'assets');
  await Promise.all(['wc', 'locales', 'parts'].map((dir) => mkdir(join(assets, dir), { recursive: true })));
  await Promise.all([
    ...STATIC_ASSETS.map((name) => copyFile(join(ASSET_SOURCES, name), join(assets, name))),
    copyFile(widgetsBundle(), join(assets, 'ticker-widgets.js')),
    // Beside the bundle, in the layout it expects: it imports ./locales/<tag>.js and ./parts/standalone.js.
    ...(await widgetsOnDemand()).map(({ from, name }) => copyFile(from, join(assets, name))),
  ]);

  const site: SiteJson = { synthetic: meta.synthetic, as_of: meta.asOf };
  await Promise.all([
    writeFile(join(work, 'site.json'), `${JSON.stringify(site, null, 2)}\n`),
    writeFile(
      join(work, 'index.html'),
      renderScreenerPage(runScreenerQuery(rows, parseScreenerQuery(new URLSearchParams())), meta),
    ),
    writeFile(join(work, '404.html'), renderNotFoundPage(meta)),
  ]);

  const script = new URL('./render-worker.js', import.meta.url);
  const wanted = Math.max(1, Math.min(options.concurrency ?? availableParallelism(), 16));
  const threads = rows.length < WORKER_THRESHOLD || !existsSync(fileURLToPath(script)) ? 1 : wanted;
  const sheets = stylesheets();
  let pages = 3;
  if (threads === 1) {
    pages += await writeSecurityPages(work, rows, meta, sheets);
  } else {
    const shares = Array.from({ length: threads }, (_, i) => rows.filter((_, j) => j % threads === i));
    const results = await Promise.all(shares.map((share) => runWorker(script, work, share, meta)));
    for (const result of results) {
      pages += result.pages;
      for (const [name, css] of result.sheets) sheets.files.set(name, css);
    }
  }
  await Promise.all([...sheets.files].map(([name, css]) => writeFile(join(assets, 'wc', name), css)));
  return { pages, threads, ms: performance.now() - started };
}

/** Reads a built DIR's site.json (the server's screener pages need `synthetic` and `as_of`). */
export async function readSiteMeta(dir: string): Promise<SiteMeta> {
  const site = JSON.parse(await readFile(join(dir, 'site.json'), 'utf8')) as SiteJson;
  return { synthetic: site.synthetic, asOf: site.as_of };
}
