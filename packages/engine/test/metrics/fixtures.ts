// Shared test inputs for the metrics tests: deterministic price paths and weekly bars built from them.
import { type WeeklyBars } from '../../src/types.js';

/** A seeded uniform generator (mulberry32), so every test sees the same numbers. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A geometric random walk of `length` weekly closes starting at `start`, weekly moves up to ±`step`. */
export function walk(length: number, seed = 1, start = 50, step = 0.08): Float64Array {
  const next = random(seed);
  const close = new Float64Array(length);
  let price = start;
  for (let i = 0; i < length; i++) {
    close[i] = price;
    price *= 1 + (next() * 2 - 1) * step;
  }
  return close;
}

/** Monday 2016-01-04 in days since the epoch. */
export const FIRST_MONDAY = 16804;

/** Weekly bars around the given closes: consecutive weeks, highs and lows 2% either side, volume 1000 + week. */
export function barsFrom(close: ArrayLike<number>, firstMonday = FIRST_MONDAY): WeeklyBars {
  const n = close.length;
  const bars: WeeklyBars = {
    week: new Int32Array(n),
    day: new Int32Array(n),
    open: new Float64Array(n),
    high: new Float64Array(n),
    low: new Float64Array(n),
    close: Float64Array.from(close),
    volume: new Float64Array(n),
  };
  for (let i = 0; i < n; i++) {
    bars.week[i] = firstMonday + 7 * i;
    bars.day[i] = firstMonday + 7 * i + 4;
    bars.open[i] = i > 0 ? close[i - 1] : close[i];
    bars.high[i] = Math.max(bars.open[i], close[i]) * 1.02;
    bars.low[i] = Math.min(bars.open[i], close[i]) * 0.98;
    bars.volume[i] = 1000 + i;
  }
  return bars;
}

/**
 * The seed report's recent rows (close, trend line, Market Dynamics, Relative Strength), oldest first: copied by hand
 * from the seed's `recent_rows` (000657, weeks 2026-03-13 .. 2026-06-12), which are listed newest first.
 */
export function seedRows(): { close: number[]; trendLine: number[]; marketDynamics: number[]; relativeStrength: number[] } {
  const rows: [number, number, number, number][] = [
    [79.0, 47.01, 0.36, 112.6],
    [70.1, 45.2, 0.05, 90.39],
    [68.0, 43.65, -0.08, 86.78],
    [62.38, 42.01, -0.26, 75.91],
    [56.46, 40.48, -0.23, 63.57],
    [60.47, 39.22, -0.03, 79.23],
    [58.19, 37.82, -0.08, 82.43],
    [55.18, 36.5, -0.11, 79.66],
    [56.12, 35.26, -0.12, 88.28],
    [48.98, 34.05, -0.18, 75.76],
    [46.27, 33.06, 0.18, 82.39],
    [48.62, 32.2, 0.67, 90.9],
    [50.09, 31.21, 1.03, 100.59],
    [56.07, 30.13, 1.32, 124.36],
  ];
  const oldestFirst = rows.slice().reverse();
  return {
    close: oldestFirst.map((r) => r[0]),
    trendLine: oldestFirst.map((r) => r[1]),
    marketDynamics: oldestFirst.map((r) => r[2]),
    relativeStrength: oldestFirst.map((r) => r[3]),
  };
}

/** Mean of a plain array (the tests' independent arithmetic). */
export function mean(values: number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}
