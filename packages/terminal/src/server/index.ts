// The terminal's HTTP server and the screener query it shares with the pages.
export { createServer, loadUniverse, type ServerOptions, type Universe } from './app.js';
export { parseScreenerQuery, runScreenerQuery, QueryError, hasSignal, fold, type ScreenerParams } from './query.js';
export { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from './headers.js';
export type { RenderScreenerPage } from './screener.js';
export { Site } from './site.js';
