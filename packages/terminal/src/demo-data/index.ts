// The demo universe generator: synthetic securities, daily prices and benchmarks, deterministic by seed.
export { generate, BENCHMARK_COUNTRIES, DEMO_DEFAULTS, type DemoOptions, type DemoSummary } from './generate.js';
export { HOLIDAYS, isTradingDay } from './calendar.js';
export { COUNTRIES } from './catalog.js';
