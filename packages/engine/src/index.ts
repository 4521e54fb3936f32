// ticker-engine: securities and prices in, weekly reports out.
export { build, computeCountry, type BuildOptions, type BuildSummary } from './build.js';
export { InputError } from './ingest/errors.js';
export { ingest, type IngestOptions, type IngestResult } from './ingest/index.js';
export { computeSeries, snapshot } from './metrics/index.js';
export { writeReport, writeHistory, universeRow, type ReportJson, type HistoryJson, type UniverseRow } from './report/index.js';
export { scoreSecurity } from './scores/index.js';
export { comparePeers, type Comparison, type PeerEntry } from './universe/peers.js';
export type * from './types.js';
export { METHODOLOGY_VERSION } from './version.js';
