// A thread of writePages: renders and writes the pages of its share of the securities.
import { parentPort, workerData } from 'node:worker_threads';
import type { UniverseRow } from '../screener-types.js';
import type { SiteMeta } from './layout.js';
import { stylesheets } from './ssr.js';
import { writeSecurityPages } from './write.js';

const { work, rows, meta } = workerData as { work: string; rows: UniverseRow[]; meta: SiteMeta };
const sheets = stylesheets();
const pages = await writeSecurityPages(work, rows, meta, sheets);
parentPort!.postMessage({ pages, sheets: [...sheets.files] });
