// The site's pages, rendered at build time (and the screener per query by the server).
export { renderScreenerPage, screenerRows } from './screener.js';
export { renderChartPage, renderNotFoundPage, renderReportPage, type ReportJson } from './security.js';
export { readSiteMeta, writePages, type SiteJson, type WritePagesOptions, type WritePagesSummary } from './write.js';
export { escapeHtml, html, safeHref, Html } from './html.js';
export type { SiteMeta } from './layout.js';
export { DEFAULT_QUERY, parseQuery, queryString, runQuery } from '../../assets/screener.js';
