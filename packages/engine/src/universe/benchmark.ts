import type { BenchmarkSeries, WeeklyBars } from '../types.js';

/**
 * The equal-weight index of a group of securities (a country's, when no benchmark is given).
 *
 * Its weeks are every week in which any of the securities has a bar, oldest first. It starts at
 * 100 on the first week; each later week multiplies it by 1 + the mean weekly return
 * `close_t / close_(t-1) - 1` of the securities that have a bar both in that week and in the
 * index's previous week. A week in which no security has both stays at the previous level.
 */
export function equalWeightIndex(members: Iterable<WeeklyBars>): BenchmarkSeries {
  const list = [...members];
  const allWeeks = new Set<number>();
  for (const bars of list) for (const week of bars.week) allWeeks.add(week);
  const week = Int32Array.from([...allWeeks].sort((a, b) => a - b));
  const position = new Map<number, number>();
  week.forEach((w, i) => position.set(w, i));

  const sum = new Float64Array(week.length);
  const count = new Uint32Array(week.length);
  for (const bars of list) {
    for (let i = 1; i < bars.week.length; i++) {
      const at = position.get(bars.week[i]) ?? 0;
      if (position.get(bars.week[i - 1]) !== at - 1) continue;
      const r = bars.close[i] / bars.close[i - 1] - 1;
      if (!Number.isFinite(r)) continue;
      sum[at] += r;
      count[at]++;
    }
  }

  const close = new Float64Array(week.length);
  for (let i = 0; i < week.length; i++) {
    close[i] = i === 0 ? 100 : close[i - 1] * (count[i] > 0 ? 1 + sum[i] / count[i] : 1);
  }
  return { week, close };
}
