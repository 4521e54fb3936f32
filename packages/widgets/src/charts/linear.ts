/**
 * A linear scale: what our charts need of d3-scale's `scaleLinear` (mapping, `nice`,
 * `ticks`) in a few lines. d3-scale's bundle brings d3-interpolate and d3-color along,
 * 10.9 KB gzip for a map from one interval to another; see the README's size notes.
 *
 * Ticks are 1, 2 or 5 times a power of ten, about `count` of them, as in d3.
 */
export interface Linear {
  (value: number): number;
  domain(): [number, number];
  range(): [number, number];
  /** Extends the domain to round tick values (returns a new scale). */
  nice(count?: number): Linear;
  /** About `count` round values inside the domain. */
  ticks(count?: number): number[];
}

const E10 = Math.sqrt(50);
const E5 = Math.sqrt(10);
const E2 = Math.sqrt(2);

/**
 * The tick step for [start, stop] as [first index, last index, increment]. A negative
 * increment means "divide by -increment", which keeps small steps (0.1) exact.
 */
function tickSpec(start: number, stop: number, count: number): [number, number, number] {
  const step = (stop - start) / Math.max(0, count);
  const power = Math.floor(Math.log10(step));
  const error = step / 10 ** power;
  const factor = error >= E10 ? 10 : error >= E5 ? 5 : error >= E2 ? 2 : 1;
  let first: number;
  let last: number;
  let increment: number;
  if (power < 0) {
    increment = 10 ** -power / factor;
    first = Math.round(start * increment);
    last = Math.round(stop * increment);
    if (first / increment < start) first++;
    if (last / increment > stop) last--;
    increment = -increment;
  } else {
    increment = 10 ** power * factor;
    first = Math.round(start / increment);
    last = Math.round(stop / increment);
    if (first * increment < start) first++;
    if (last * increment > stop) last--;
  }
  if (last < first && count >= 0.5 && count < 2) return tickSpec(start, stop, count * 2);
  return [first, last, increment];
}

export function tickStep(start: number, stop: number, count: number): number {
  return tickSpec(start, stop, count)[2];
}

export function ticks(start: number, stop: number, count: number): number[] {
  if (!(count > 0)) return [];
  if (start === stop) return [start];
  const reverse = stop < start;
  const [lo, hi] = reverse ? [stop, start] : [start, stop];
  const [first, last, increment] = tickSpec(lo, hi, count);
  if (!(last >= first)) return [];
  const out: number[] = [];
  for (let i = first; i <= last; i++) out.push(increment < 0 ? i / -increment : i * increment);
  return reverse ? out.reverse() : out;
}

export function linear(domain: [number, number], range: [number, number]): Linear {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  const scale = ((value: number) => {
    const t = span ? (value - d0) / span : 0.5;
    return r0 * (1 - t) + r1 * t;
  }) as Linear;
  scale.domain = () => [d0, d1];
  scale.range = () => [r0, r1];
  scale.ticks = (count = 10) => ticks(d0, d1, count);
  scale.nice = (count = 10) => {
    let start = Math.min(d0, d1);
    let stop = Math.max(d0, d1);
    let previous: number | undefined;
    // Round outwards until the step stops changing; if it never settles, keep the domain.
    for (let i = 0; i < 10; i++) {
      const step = tickStep(start, stop, count);
      if (step === previous) return linear(d1 < d0 ? [stop, start] : [start, stop], range);
      if (step > 0) {
        start = Math.floor(start / step) * step;
        stop = Math.ceil(stop / step) * step;
      } else if (step < 0) {
        start = Math.ceil(start * step) / step;
        stop = Math.floor(stop * step) / step;
      } else break;
      previous = step;
    }
    return scale;
  };
  return scale;
}
