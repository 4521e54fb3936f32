/**
 * A weekly OHLCV history of SHZ:000657 (and a benchmark) that is consistent with every number the
 * seed report fixes, built deterministically from the seed itself (the widgets' copy of
 * `000657-seed.json`). GOLDEN.md explains each step; in short, oldest week first, week `t` being
 * 2026-06-12 (index LAST):
 *
 * - closes fixed by the seed: the 16 timeline returns chain back from 79.00 to 17 closes
 *   (t-16 .. t, six-decimal prices as the seed's source had them); the 26- and 52-week returns fix C(t-26) and C(t-52); the 14
 *   Trend Lines fix C(t-42) .. C(t-30) (`TL_s - TL_(s-1) = (C_s - C_(s-30)) / 30`) and the sum of
 *   the 30 closes behind TL(t-13); the 14 Fair Values (156-week means) fix C(t-168) .. C(t-156)
 *   and the sum of the 156 closes behind FV(t-13);
 * - the 24 other weekly returns of the 52-week window are solved for (a small Gauss-Newton solver
 *   over their sizes, signs given) so that three stretches between fixed closes chain exactly,
 *   the Trend Line's 30-week sum holds, and the window has 34 up, 16 down and 2 flat weeks with
 *   the seed's average gain, average loss and volatility;
 * - the 103 weeks before the window are a quiet base, scaled so the Fair Value sum holds, that
 *   dips below its Trend Line at t-56 and breaks out at t-55 (the seed's 56-week streak);
 * - highs, lows and volumes are set so the 52-week range and the volume averages come out as the
 *   seed's; the benchmark is solved week by week for the seed's 14 Relative Strength values.
 *
 * Every target is the centre of the interval the seed's rounded string allows (or the intersection
 * of two such intervals), so the engine's output rounds to the seed's strings with room to spare.
 * The builder checks its own constraints long-hand and throws if one fails.
 */
import { readFileSync } from 'node:fs';
import type { BenchmarkSeries, WeeklyBars } from '../../src/types.js';

/** The widgets' copy of the seed (the project must work without /work/shared). */
export const SEED_FILE = new URL('../../../widgets/test/fixtures/000657-seed.json', import.meta.url);

/** The parts of the seed report this history is built from and checked against. */
export interface SeedJson {
  latest_week: string;
  summary: string;
  kpis: { label: string; value: string | null; hint: string; tone?: string }[];
  price: Record<
    'trend_line' | 'fair_value' | 'vs_trend' | 'vs_fair_value' | 'high_52' | 'low_52' | 'drawdown' | 'range_position',
    string
  >;
  momentum: {
    returns: { label: string; value: number; value_label: string; tone: string; width: number }[];
    trend_streak: number;
    active_weeks: number;
    active_breadth: string;
  };
  setup: {
    timeline: {
      week: string;
      return: number;
      return_label: string;
      tone: string;
      trend: boolean;
      buy_signal: boolean;
      positive_md: boolean;
      height: number;
    }[];
  };
  dynamics: Record<'market_dynamics' | 'market_dynamics_tone' | 'md_4_change' | 'relative_strength' | 'rs_4_change', string>;
  volume: Record<'latest' | 'average_13' | 'average_52' | 'ratio_13' | 'ratio_52', string>;
  risk: {
    volatility_13: string;
    volatility_52: string;
    downside_weeks: number;
    upside_weeks: number;
    downside_breadth: string;
    average_gain: string;
    average_loss: string;
  };
  signals: { label: string; value: string; tone: string }[];
  recent_rows: {
    week: string;
    close: string;
    weekly_return: number;
    weekly_return_label: string;
    weekly_return_tone: string;
    trend_line: string;
    fair_value: string;
    market_dynamics: string;
    relative_strength: string;
    volume: string;
    trend_signal: string;
  }[];
}

export function readSeed(): SeedJson {
  return JSON.parse(readFileSync(SEED_FILE, 'utf8')) as SeedJson;
}

/** Weeks in the history: 156 behind the oldest recent row's Fair Value, plus the 13 recent weeks after it. */
export const WEEKS = 169;
/** Index of the as-of week, 2026-06-12. */
export const LAST = WEEKS - 1;
/** The as-of Friday. */
export const LAST_FRIDAY = '2026-06-12';

const TL_WEEKS = 30;
const FV_WEEKS = 156;
const WINDOW = 52;

// ---------------------------------------------------------------------------------------------
// Reading the seed's strings
// ---------------------------------------------------------------------------------------------

/** `"79.00 CNY"` -> 79 */
export function money(text: string): number {
  return Number(text.split(' ')[0].replace(/,/g, ''));
}

/** `"68.0%"` -> 0.68 */
export function percent(text: string): number {
  return Number(text.replace('%', '')) / 100;
}

/** `"571.0M"` -> 571.0e6 */
export function compact(text: string): number {
  const scale: Record<string, number> = { K: 1e3, M: 1e6, B: 1e9, T: 1e12 };
  const unit = text.slice(-1);
  return unit in scale ? Number(text.slice(0, -1)) * scale[unit] : Number(text);
}

/** The values a number printed as `printed` with `decimals` decimals can have had, in units of `printed / scale`. */
export function shown(printed: number, decimals: number, scale = 1): [number, number] {
  const half = 0.5 * 10 ** -decimals;
  return [(printed - half) / scale, (printed + half) / scale];
}

/** `x` rounded to six decimals when it is that within 1e-9 (a price of the seed's source data), else `x`. */
export function sixDecimals(x: number): number {
  const rounded = Math.round(x * 1e6) / 1e6;
  return Math.abs(x - rounded) < 1e-9 ? rounded : x;
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const sum = (xs: ArrayLike<number>, from = 0, to = xs.length - 1) => {
  let s = 0;
  for (let i = from; i <= to; i++) s += xs[i];
  return s;
};

// ---------------------------------------------------------------------------------------------
// The history
// ---------------------------------------------------------------------------------------------

/** What produced each close, for the documentation and the test's messages. */
export type Origin = 'timeline' | 'return' | 'trend-line' | 'fair-value' | 'solved' | 'base';

export interface SeedHistory {
  bars: WeeklyBars;
  benchmark: BenchmarkSeries;
  /** Index of the as-of week (LAST). */
  index: number;
  origin: Origin[];
  /** The unrounded targets, newest last, for weeks LAST-13 .. LAST. */
  targets: { trendLine: number[]; fairValue: number[]; relativeStrength: number[] };
  /** The solver's last residuals (all ~0) and iterations. */
  solver: { residual: number; iterations: number };
}

/** Signs of the 24 solved weekly returns, by stretch between fixed closes (1 up, -1 down, 0 flat). */
const STRETCHES: { from: number; to: number; signs: (1 | -1 | 0)[] }[] = [
  // C(t-52) -> C(t-42): ten returns, the base turning into the advance.
  { from: LAST - 52, to: LAST - 42, signs: [1, 1, 1, 0, 1, -1, 1, 1, -1, 1] },
  // C(t-30) -> C(t-26): four returns, a pause.
  { from: LAST - 30, to: LAST - 26, signs: [1, 0, -1, 1] },
  // C(t-26) -> C(t-16): ten returns, the run into February.
  { from: LAST - 26, to: LAST - 16, signs: [1, 1, -1, 1, 1, 1, -1, 1, 1, 1] },
];

/** Starting sizes of the solved returns (in the order of STRETCHES), spread as a volatile stock's are. */
const START_SIZES = [
  0.04, 0.09, 0.06, 0, 0.12, 0.05, 0.03, 0.15, 0.08, 0.07, 0.05, 0, 0.07, 0.02, 0.2, 0.11, 0.12, 0.06, 0.16, 0.04, 0.12, 0.12,
  0.08, 0.14,
];

/** The friday `weeksBack` weeks before the as-of week, in days since 1970-01-01. */
function friday(weeksBack: number): number {
  return Date.parse(`${LAST_FRIDAY}T00:00:00Z`) / 86_400_000 - 7 * weeksBack;
}

/** Builds the history. Deterministic: the same arrays every call. */
export function seedHistory(seed: SeedJson = readSeed()): SeedHistory {
  const close = new Float64Array(WEEKS).fill(NaN);
  const origin: Origin[] = new Array<Origin>(WEEKS).fill('base');
  const rows = [...seed.recent_rows].reverse(); // oldest first: LAST-13 .. LAST
  const recent = (k: number) => rows[k - (LAST - 13)];

  // 1. The timeline's 16 returns chain 17 closes back from the latest close. They come out as prices with six decimals
  //    (70.099998, 66.220001: single-precision prices printed to six places, the seed's source data), kept as such.
  close[LAST] = money(rows[rows.length - 1].close);
  origin[LAST] = 'timeline';
  const timeline = seed.setup.timeline;
  for (let j = timeline.length - 1; j >= 0; j--) {
    const i = LAST - (timeline.length - 1 - j); // the week of timeline[j]
    close[i - 1] = sixDecimals(close[i] / (1 + timeline[j].return / 100));
    origin[i - 1] = 'timeline';
  }

  // 2. The 26- and 52-week returns (unrounded values) fix C(t-26) = 23.200001 and C(t-52) = 11.830796.
  const horizon = (label: string) => seed.momentum.returns.find((r) => r.label === label)!.value / 100;
  close[LAST - 26] = sixDecimals(close[LAST] / (1 + horizon('26W')));
  close[LAST - 52] = sixDecimals(close[LAST] / (1 + horizon('52W')));
  origin[LAST - 26] = origin[LAST - 52] = 'return';

  // 3. Trend Line targets: the printed values (the centre of their intervals). Each rise fixes the close leaving the window.
  const trendLine = rows.map((r) => money(r.trend_line));
  for (let k = 1; k < trendLine.length; k++) {
    const i = LAST - 13 + k;
    close[i - TL_WEEKS] = close[i] - TL_WEEKS * (trendLine[k] - trendLine[k - 1]);
    origin[i - TL_WEEKS] = 'trend-line';
  }

  // 4. Fair Value targets: within each printed value's interval (kept 0.001 inside), the latest one also within what
  //    vs_fair_value "346.0%" allows; chosen week by week so the closes leaving the 156-week window stay near 10.
  const fairValue: number[] = [money(rows[0].fair_value)];
  const [vfLow, vfHigh] = shown(Number(seed.price.vs_fair_value.replace('%', '')), 1, 100);
  for (let k = 1; k < rows.length; k++) {
    const i = LAST - 13 + k;
    let [lo, hi] = shown(money(rows[k].fair_value), 2);
    if (i === LAST) [lo, hi] = [Math.max(lo, close[LAST] / (1 + vfHigh)), Math.min(hi, close[LAST] / (1 + vfLow))];
    const want = fairValue[k - 1] + (close[i] - 10) / FV_WEEKS;
    fairValue.push(clamp(want, lo + 0.001, hi - 0.001));
    close[i - FV_WEEKS] = close[i] - FV_WEEKS * (fairValue[k] - fairValue[k - 1]);
    origin[i - FV_WEEKS] = 'fair-value';
  }

  // 5. The 24 free returns of the 52-week window.
  const solver = solveWindow(close, origin, seed, 30 * trendLine[0]);

  // 6. The base before the window: a quiet range, a dip below the Trend Line at t-56 and the breakout at t-55, scaled so
  //    the 156 closes behind FV(t-13) sum to 156 * FV(t-13).
  const first = LAST - 168 + 13; // first week after the Fair Value closes
  const shape = new Float64Array(WEEKS);
  for (let i = first; i < LAST - 52; i++) {
    const k = i - first;
    shape[i] = 1 + 0.04 * Math.sin((2 * Math.PI * k) / 23) + 0.025 * Math.sin((2 * Math.PI * k) / 7.3);
  }
  const breakout = [0.97, 0.95, 0.93, 1.05, 1.11, 1.17]; // t-58 .. t-53
  breakout.forEach((s, k) => (shape[LAST - 58 + k] = s));
  const known = sum(close, 0, first - 1) + sum(close, LAST - 52, LAST - 13);
  const level = (FV_WEEKS * fairValue[0] - known) / sum(shape, first, LAST - 53);
  for (let i = first; i < LAST - 52; i++) close[i] = level * shape[i];

  // 7. Bars: open at the last close; highs and lows a little outside, the seed's 52-week high and low on their weeks.
  const high52 = money(seed.price.high_52);
  const low52 = money(seed.price.low_52);
  const bars: WeeklyBars = {
    week: new Int32Array(WEEKS),
    day: new Int32Array(WEEKS),
    open: new Float64Array(WEEKS),
    high: new Float64Array(WEEKS),
    low: new Float64Array(WEEKS),
    close,
    volume: new Float64Array(WEEKS),
  };
  for (let i = 0; i < WEEKS; i++) {
    bars.day[i] = friday(LAST - i);
    bars.week[i] = bars.day[i] - 4;
    const open = i > 0 ? close[i - 1] : close[0];
    bars.open[i] = open;
    const top = Math.max(open, close[i]);
    const bottom = Math.min(open, close[i]);
    bars.high[i] = Math.round(top * (1.01 + 0.02 * Math.abs(Math.sin(1.7 * i))) * 100) / 100;
    bars.low[i] = Math.round(bottom * (0.99 - 0.02 * Math.abs(Math.cos(1.3 * i))) * 100) / 100;
    if (i > LAST - WINDOW) bars.low[i] = Math.max(bars.low[i], low52 + 0.01);
  }
  bars.high[LAST] = high52; // the week of the 84.32 high
  bars.low[LAST - WINDOW + 1] = low52; // the first week of the window dipped to 11.41

  // 8. Volumes: the recent rows' printed volumes; the window's other 38 weeks share what average_52 leaves, in
  //    proportion to 1 + 4 |return| (busier on big weeks); the base is quieter.
  const windowStart = LAST - WINDOW + 1;
  for (let i = LAST - 13; i <= LAST; i++) bars.volume[i] = compact(recent(i).volume);
  const weight = (i: number) => (1 + 4 * Math.abs(close[i] / close[Math.max(0, i - 1)] - 1)) * (1 + 0.2 * Math.sin(1.3 * i));
  const freeVolume = WINDOW * compact(seed.volume.average_52) - sum(bars.volume, LAST - 13, LAST);
  let weights = 0;
  for (let i = windowStart; i < LAST - 13; i++) weights += weight(i);
  let given = 0;
  for (let i = windowStart; i < LAST - 13; i++) {
    bars.volume[i] = i < LAST - 14 ? Math.round((freeVolume * weight(i)) / weights) : freeVolume - given;
    given += bars.volume[i];
  }
  for (let i = 0; i < windowStart; i++) bars.volume[i] = Math.round(120e6 * weight(i));

  // 9. Benchmark. The seed's Relative Strength swings 10-20% a week (124.36, 100.59, 90.90, ...) while the 52-week
  //    mean of R = C / B barely moves, so in the last 14 weeks B must move by the stock's return over the RS change:
  //    RS_s = 100 R_s / mean(R over 52 weeks) gives R_s = RS_s * S / (5200 - RS_s), S the other 51 ratios. Before
  //    that the benchmark is an index that moves with the stock, B = 2000 (C / C_0)^g, g chosen (bisection) so the
  //    benchmark does not jump in the first solved week.
  const relativeStrength = rows.map((r) => Number(r.relative_strength));
  const benchmark: BenchmarkSeries = { week: Int32Array.from(bars.week), close: new Float64Array(WEEKS) };
  const solveBenchmark = (g: number) => {
    const ratio = new Float64Array(WEEKS);
    for (let i = 0; i < LAST - 13; i++) {
      benchmark.close[i] = 2000 * (close[i] / close[0]) ** g;
      ratio[i] = close[i] / benchmark.close[i];
    }
    for (let k = 0; k < rows.length; k++) {
      const i = LAST - 13 + k;
      const others = sum(ratio, i - WINDOW + 1, i - 1);
      ratio[i] = (relativeStrength[k] * others) / (100 * WINDOW - relativeStrength[k]);
      benchmark.close[i] = close[i] / ratio[i];
    }
    return benchmark.close[LAST - 13] / benchmark.close[LAST - 14] - 1;
  };
  let [gLow, gHigh] = [0, 1];
  for (let n = 0; n < 60; n++) {
    const g = (gLow + gHigh) / 2;
    if (solveBenchmark(g) > 0) gLow = g;
    else gHigh = g;
  }
  solveBenchmark(gLow);

  const history: SeedHistory = {
    bars,
    benchmark,
    index: LAST,
    origin,
    targets: { trendLine, fairValue, relativeStrength },
    solver,
  };
  check(history, seed);
  return history;
}

// ---------------------------------------------------------------------------------------------
// The window solver
// ---------------------------------------------------------------------------------------------

/** Weekly returns of the 52-week window from the closes. */
function windowReturns(close: Float64Array): number[] {
  const r: number[] = [];
  for (let i = LAST - WINDOW + 1; i <= LAST; i++) r.push(close[i] / close[i - 1] - 1);
  return r;
}

/**
 * Sizes of the 24 free returns (signs from STRETCHES) such that each stretch chains exactly from its first fixed close
 * to its last, the free closes of t-29 .. t-17 make the Trend Line's 30-week sum, and the window's average gain,
 * average loss and population standard deviation are the centres of the seed's printed values. Seven equations in 22
 * unknowns (the logs of the sizes of the log returns, which keeps every sign and every return above -100%): Gauss-Newton with minimum-norm steps from START_SIZES, so the answer stays near that start.
 */
function solveWindow(close: Float64Array, origin: Origin[], seed: SeedJson, trendSum: number): SeedHistory['solver'] {
  const slots: { index: number; sign: number }[] = [];
  for (const stretch of STRETCHES) stretch.signs.forEach((sign, k) => slots.push({ index: stretch.from + 1 + k, sign }));
  const moving = slots.flatMap((slot, k) => (slot.sign === 0 ? [] : [k]));
  const x = moving.map((k) => Math.log(Math.abs(Math.log1p(slots[k].sign * START_SIZES[k]))));
  const gain = percent(seed.risk.average_gain);
  const loss = percent(seed.risk.average_loss);
  const vol = percent(seed.risk.volatility_52);
  const ends = STRETCHES.map((s) => close[s.to]);

  const apply = (v: number[]) => {
    const r = slots.map((slot) => 0 * slot.sign);
    moving.forEach((k, j) => (r[k] = Math.expm1(slots[k].sign * Math.exp(v[j]))));
    let k = 0;
    for (const stretch of STRETCHES) {
      for (let i = stretch.from + 1; i < stretch.to; i++) close[i] = close[i - 1] * (1 + r[k++]);
      close[stretch.to] = close[stretch.to - 1] * (1 + r[k++]);
    }
  };
  const residuals = (v: number[]) => {
    apply(v);
    const f = STRETCHES.map((s, k) => Math.log(close[s.to] / ends[k]));
    f.push(sum(close, LAST - 42, LAST - 13) / trendSum - 1);
    const r = windowReturns(close);
    const ups = r.filter((x) => x > 0);
    const downs = r.filter((x) => x < 0);
    const mean = sum(r) / r.length;
    f.push(sum(ups) / ups.length - gain, sum(downs) / downs.length - loss);
    f.push(Math.sqrt(r.reduce((a, b) => a + (b - mean) ** 2, 0) / r.length) - vol);
    return f;
  };

  let f = residuals(x);
  let iterations = 0;
  const norm = (v: number[]) => Math.sqrt(sum(v.map((a) => a * a)));
  while (norm(f) > 1e-13 && iterations < 100) {
    iterations++;
    const h = 1e-7;
    const jacobian = x.map((_, j) => {
      const y = [...x];
      y[j] += h;
      return residuals(y).map((v, e) => (v - f[e]) / h); // column j
    });
    // Minimum-norm step: dx = -J^T (J J^T)^-1 f
    const m = f.length;
    const a = Array.from({ length: m }, (_, p) =>
      Array.from({ length: m }, (_, q) => sum(jacobian.map((col) => col[p] * col[q]))),
    );
    const lambda = solveLinear(a, f);
    const step = jacobian.map((col) => -sum(col.map((c, e) => c * lambda[e])));
    let t = 1;
    let next = x.map((v, j) => v + t * step[j]);
    let g = residuals(next);
    while (norm(g) >= norm(f) && t > 1e-6) {
      t /= 2;
      next = x.map((v, j) => v + t * step[j]);
      g = residuals(next);
    }
    if (norm(g) >= norm(f)) break;
    x.splice(0, x.length, ...next);
    f = g;
  }
  f = residuals(x);
  // The stretches' last closes go back to their fixed values exactly (the solver's residual is ~1e-14).
  STRETCHES.forEach((s, k) => (close[s.to] = ends[k]));
  for (const slot of slots) if (!STRETCHES.some((s) => s.to === slot.index)) origin[slot.index] = 'solved';
  return { residual: norm(f), iterations };
}

/** Gaussian elimination with partial pivoting. */
function solveLinear(matrix: number[][], rhs: number[]): number[] {
  const n = rhs.length;
  const a = matrix.map((row, i) => [...row, rhs[i]]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(a[r][c]) > Math.abs(a[p][c])) p = r;
    [a[c], a[p]] = [a[p], a[c]];
    for (let r = c + 1; r < n; r++) {
      const factor = a[r][c] / a[c][c];
      for (let k = c; k <= n; k++) a[r][k] -= factor * a[c][k];
    }
  }
  const out = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = a[r][n];
    for (let k = r + 1; k < n; k++) s -= a[r][k] * out[k];
    out[r] = s / a[r][r];
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Long-hand checks of the construction (independent of the engine)
// ---------------------------------------------------------------------------------------------

function check(h: SeedHistory, seed: SeedJson): void {
  const { close, high, low, open } = h.bars;
  const fail = (what: string) => {
    throw new Error(`seed history: ${what}`);
  };
  if (h.solver.residual > 1e-12) fail(`the window solver did not converge (${h.solver.residual})`);
  for (let i = 0; i < WEEKS; i++) {
    if (!(close[i] > 0) || !(low[i] <= Math.min(open[i], close[i])) || !(high[i] >= Math.max(open[i], close[i]))) {
      fail(`week ${i} is not a bar: O ${open[i]} H ${high[i]} L ${low[i]} C ${close[i]}`);
    }
  }
  const mean = (from: number, to: number) => sum(close, from, to) / (to - from + 1);
  const tl = (i: number) => mean(i - 29, i);
  for (let k = 0; k < 14; k++) {
    const i = LAST - 13 + k;
    if (Math.abs(tl(i) - h.targets.trendLine[k]) > 1e-9) fail(`trend line at ${i}: ${tl(i)}`);
    if (Math.abs(mean(i - 155, i) - h.targets.fairValue[k]) > 1e-9) fail(`fair value at ${i}: ${mean(i - 155, i)}`);
  }
  // Trend Signal: off at t-56 (close below its line), on at t-55 (close above a rising line), never below the line since.
  if (!(close[LAST - 56] < tl(LAST - 56))) fail('week t-56 closes above its trend line');
  if (!(close[LAST - 55] > tl(LAST - 55) && tl(LAST - 55) > tl(LAST - 56))) fail('week t-55 does not break out');
  for (let i = LAST - 54; i <= LAST; i++) if (close[i] < tl(i)) fail(`week ${i} closes below its trend line`);
  const r = windowReturns(close);
  const ups = r.filter((x) => x > 0).length;
  const downs = r.filter((x) => x < 0).length;
  if (ups !== seed.risk.upside_weeks || downs !== seed.risk.downside_weeks) fail(`${ups} up and ${downs} down weeks`);
  for (let i = LAST - WINDOW + 1; i < LAST; i++) if (high[i] >= high[LAST]) fail(`week ${i} is above the 52-week high`);
  for (let i = LAST - WINDOW + 2; i <= LAST; i++)
    if (low[i] <= low[LAST - WINDOW + 1]) fail(`week ${i} is below the 52-week low`);
}
