// report/: the writer. Numbers in, the seed's JSON out (reports, weekly histories, universe rows).
export * from './format.js';
export * from './paths.js';
export * from './sentences.js';
export * from './types.js';
export { writeReport, compositeScore } from './write.js';
export { writeHistory, roundPrice, roundTo, type HistoryJson, type HistoryWeekJson } from './history.js';
export { universeRow, type UniverseRow } from './universe.js';
