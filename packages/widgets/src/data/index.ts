export * from './values.js';
export * from './dates.js';
export * from './figure.js';
export * from './errors.js';
export * from './links.js';
export { type ReportInput, type ParsedReport, type Tone } from './schema.js';
export { toReport, type Report } from './validate.js';
export { loadReport, absoluteUrl, pendingRequests, type LoadOptions } from './load.js';
