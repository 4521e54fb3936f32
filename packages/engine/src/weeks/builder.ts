// Daily (or weekly) bars -> weekly bars in one pass over rows that come in date order per security
// (what a price file sorted by date gives). The same bars as aggregateWeeks: open = the first day's
// open, high = max, low = min, close = the last day's close, volume = sum (NaN when no day has one),
// labelled by the last trading day. The caller checks the order: `add` expects each security's
// days strictly increasing.
import type { Day, WeeklyBars } from '../types.js';

/** Weeks one security can hold before its arrays grow (by half). */
const FIRST_CAPACITY = 16;

export class WeekBuilder {
  private readonly count: Int32Array;
  private readonly week: (Int32Array | undefined)[];
  private readonly day: (Int32Array | undefined)[];
  private readonly open: Float64Array[] = [];
  private readonly high: Float64Array[] = [];
  private readonly low: Float64Array[] = [];
  private readonly close: Float64Array[] = [];
  private readonly volume: Float64Array[] = [];
  /** The most weeks any security has had when a new one starts: securities tend to have similar histories. */
  private guess = FIRST_CAPACITY;

  constructor(securities: number) {
    this.count = new Int32Array(securities);
    this.week = new Array<Int32Array | undefined>(securities);
    this.day = new Array<Int32Array | undefined>(securities);
  }

  /** Adds one day of security `sid`; its days must come strictly increasing. */
  add(sid: number, day: number, open: number, high: number, low: number, close: number, volume: number): void {
    const monday = day - ((((day + 3) % 7) + 7) % 7);
    const n = this.count[sid]!;
    const weeks = this.week[sid];
    if (weeks !== undefined && n > 0 && weeks[n - 1] === monday) {
      const i = n - 1;
      this.day[sid]![i] = day;
      const h = this.high[sid]!;
      if (high > h[i]!) h[i] = high;
      const l = this.low[sid]!;
      if (low < l[i]!) l[i] = low;
      this.close[sid]![i] = close;
      // SQL sum: NULL (NaN here) days are left out; NaN when no day has a volume.
      if (volume === volume) {
        const v = this.volume[sid]!;
        v[i] = v[i] === v[i] ? v[i]! + volume : volume;
      }
      return;
    }
    if (weeks === undefined || n === weeks.length) this.grow(sid, n);
    this.week[sid]![n] = monday;
    this.day[sid]![n] = day;
    this.open[sid]![n] = open;
    this.high[sid]![n] = high;
    this.low[sid]![n] = low;
    this.close[sid]![n] = close;
    this.volume[sid]![n] = volume;
    this.count[sid] = n + 1;
  }

  private grow(sid: number, n: number): void {
    const capacity = n === 0 ? this.guess : Math.ceil(n * 1.5);
    if (n > this.guess) this.guess = n;
    const grown = <T extends Int32Array | Float64Array>(old: T | undefined, make: (size: number) => T): T => {
      const next = make(capacity);
      if (old) next.set(old.subarray(0, n));
      return next;
    };
    this.week[sid] = grown(this.week[sid], (size) => new Int32Array(size));
    this.day[sid] = grown(this.day[sid], (size) => new Int32Array(size));
    this.open[sid] = grown(this.open[sid], (size) => new Float64Array(size));
    this.high[sid] = grown(this.high[sid], (size) => new Float64Array(size));
    this.low[sid] = grown(this.low[sid], (size) => new Float64Array(size));
    this.close[sid] = grown(this.close[sid], (size) => new Float64Array(size));
    this.volume[sid] = grown(this.volume[sid], (size) => new Float64Array(size));
  }

  /** The first day of security `sid`, or null without any. */
  firstDay(sid: number): Day | null {
    return this.count[sid]! > 0 ? this.day[sid]![0]! : null;
  }

  /**
   * Hands the bars over (the builder is empty afterwards): weeks up to `lastWeek` (a Monday), in
   * arrays of their own sized to fit, keyed by `keys[sid]` in sid order; securities without such a
   * week are left out.
   */
  finish(keys: readonly string[], lastWeek: Day): Map<string, WeeklyBars> {
    const bars = new Map<string, WeeklyBars>();
    for (let sid = 0; sid < this.count.length; sid++) {
      const weeks = this.week[sid];
      if (weeks === undefined) continue;
      let n = this.count[sid]!;
      while (n > 0 && weeks[n - 1]! > lastWeek) n--;
      if (n > 0) {
        const fit = <T extends Int32Array | Float64Array>(a: T): T => (a.length === n ? a : (a.slice(0, n) as T));
        bars.set(keys[sid]!, {
          week: fit(weeks),
          day: fit(this.day[sid]!),
          open: fit(this.open[sid]!),
          high: fit(this.high[sid]!),
          low: fit(this.low[sid]!),
          close: fit(this.close[sid]!),
          volume: fit(this.volume[sid]!),
        });
      }
      this.week[sid] = this.day[sid] = undefined;
      this.open[sid] = this.high[sid] = this.low[sid] = this.close[sid] = this.volume[sid] = EMPTY;
    }
    return bars;
  }
}

const EMPTY = new Float64Array(0);
