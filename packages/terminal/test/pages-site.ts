// A small built site for the page tests: a demo universe of 60 securities, one of them renamed to a
// hostile name, built with `ticker-terminal build` in-process (so the pages come from src/).
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { runBuild } from '../src/commands/build.js';
import { generate } from '../src/demo-data/index.js';
import type { UniverseRow } from '../src/screener-types.js';

export const HOSTILE_NAME = '<img src=x onerror=alert(1)>';
export const HOSTILE_INDUSTRY = 'Tools & "Things" <b>';

export interface Site {
  dir: string;
  rows: UniverseRow[];
  hostile: UniverseRow;
}

/** Generates, poisons and builds; `synthetic` false removes the demo's README.txt first. */
export async function buildSite(synthetic = true, count = 60): Promise<Site> {
  const temp = mkdtempSync(join(tmpdir(), 'ticker-pages-'));
  const input = join(temp, 'in');
  const dir = join(temp, 'site');
  await generate({ out: input, securities: count, years: 3 });
  const csv = join(input, 'securities.csv');
  const lines = readFileSync(csv, 'utf8').split('\n');
  // Row 2 (the first security): a hostile name and industry, quoted as RFC 4180 wants.
  const cells = lines[1]!.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, ''));
  cells[2] = `"${HOSTILE_NAME}"`;
  cells[6] = `"${HOSTILE_INDUSTRY.replace(/"/g, '""')}"`;
  lines[1] = cells.slice(0, 10).join(',');
  writeFileSync(csv, lines.join('\n'));
  if (!synthetic) writeFileSync(join(input, 'README.txt'), 'Real data, honest.\n');
  const prices = readdirSync(join(input, 'prices')).map((f) => join(input, 'prices', f));
  const io = { stdout: () => {}, stderr: () => {} };
  await runBuild(['--securities', csv, '--prices', ...prices, '--benchmarks', join(input, 'benchmarks.csv'), '--out', dir], io);
  const rows = JSON.parse(readFileSync(join(dir, 'universe.json'), 'utf8')) as UniverseRow[];
  const hostile = rows.find((r) => r.name === HOSTILE_NAME);
  if (!hostile) throw new Error('the hostile security did not make it into the build');
  return { dir, rows, hostile };
}

/** Every file under `root`, as site paths (`/terminal/…/index.html`). */
export function siteFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else out.push(`/${relative(root, path).split('\\').join('/')}`);
    }
  };
  walk(root);
  return out.sort();
}

/** The file a static host serves for a site path: `…/` is its index.html, else its index.json. */
export function fileFor(root: string, path: string): string | null {
  const clean = decodeURIComponent(path.split(/[?#]/)[0]!);
  if (clean.endsWith('/')) {
    for (const index of ['index.html', 'index.json']) {
      const file = join(root, clean, index);
      if (existsSync(file)) return file;
    }
    return null;
  }
  const file = join(root, clean);
  return existsSync(file) && statSync(file).isFile() ? file : null;
}
