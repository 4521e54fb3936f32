/**
 * `<price-chart>`'s drawing: a history's weeks as close line or candles, trend line, fair
 * value, volume, trend-signal bands and buy markers. Pure: history model in, SVG out. Each
 * series is one `<path>` (520 weeks of candles are two paths, not 520 elements), so a long
 * history costs string building, not DOM.
 */
import { svg, type SVGTemplateResult } from 'lit';
import { linear } from './linear.js';
import { fitLabel, priceAxis, renderPriceAxis, thinLabels, TICK_FONT, type PriceTick } from './price-axis.js';
import { linePath } from './paths.js';
import { r } from './common.js';
import { textWidth } from './scale.js';
import type { HistoryWeek } from '../data/history.js';
import type { Formatter } from '../format/format.js';
import { rangeName, type ChartRange } from './price-chart-range.js';

export { PRICE_CHART_WIDTHS, RANGES, rangeName, weeksIn, type ChartRange, type ChartVariant } from './price-chart-range.js';

export interface PriceChartLayout {
  width: number;
  height: number;
  left: number;
  right: number;
  /** Units per week; week `i` is centred at `xs[i]`. */
  step: number;
  xs: number[];
  weeks: HistoryWeek[];
  y(value: number): number;
  yTicks: PriceTick[];
  /** Dates under the axis: x, anchor and text. */
  xLabels: { x: number; anchor: 'start' | 'middle' | 'end'; text: string }[];
  /** Path strings: the close line, candles (hollow up, filled down), the levels, volume, signal bands, buy markers. */
  close: string;
  up: string;
  down: string;
  trend: string;
  fair: string;
  volume: string;
  bands: string;
  buys: string;
}

/**
 * The price pane runs from TOP to BOTTOM, the volume pane from VOLUME_TOP to VOLUME_BOTTOM,
 * dates below; the height is the same at every width.
 */
const TOP = 8;
const BOTTOM = 200;
const VOLUME_TOP = 214;
const VOLUME_BOTTOM = 262;

const ok = (v: number | undefined): v is number => v !== undefined;

/** Geometry for `weeks` (oldest first) at `width` viewBox units; `candles` draws OHLC bars. */
export function layoutPriceChart(
  weeks: HistoryWeek[],
  format: Formatter,
  width: number,
  currency: string | undefined,
  candles: boolean,
): PriceChartLayout {
  const prices = weeks.flatMap((w) => [w.low, w.high, w.close, w.trend_line, w.fair_value]).filter(ok);
  const { y, ticks, left } = priceAxis(prices, [BOTTOM, TOP], format, currency, 36);
  const right = width - 8;
  const n = weeks.length;
  const step = (right - left) / n;
  const xs = weeks.map((_, i) => left + (i + 0.5) * step);
  const v = linear([0, Math.max(1, ...weeks.map((w) => w.volume ?? 0))], [VOLUME_BOTTOM, VOLUME_TOP]);
  const body = Math.max(1, step * 0.6);
  const xLabels: PriceChartLayout['xLabels'] = [];
  const fit = (x: number, text: string) => ({ ...fitLabel(x, textWidth(text, TICK_FONT), 1, width - 1), text });
  // Over more than 60 weeks each year is labelled where it starts (one that would touch the
  // last one printed is left out); else dates thinned to what fits, always the newest.
  if (n <= 60) {
    const dates = weeks.map((w) => format.date(w.week, 'short'));
    for (const i of thinLabels(
      n,
      (i) => xs[i],
      (i) => textWidth(dates[i], TICK_FONT),
    ))
      xLabels.push(fit(r(xs[i]), dates[i]));
  }
  let lastYearEnd = -Infinity;
  const out = { up: '', down: '', volume: '', bands: '', buys: '' };
  let run = -1;
  for (let i = 0; i <= n; i++) {
    const w = weeks[i];
    const x = r(xs[i]);
    // Trend-signal bands: one rectangle per run of weeks with the signal on.
    if (w?.trend_signal && run < 0) run = i;
    if (!w?.trend_signal && run >= 0) {
      const x0 = r(xs[run] - step / 2);
      out.bands += `M${x0},${TOP}H${r(xs[i - 1] + step / 2)}V${BOTTOM}H${x0}Z`;
      run = -1;
    }
    if (!w) break;
    const year = w.week.slice(0, 4);
    if (n > 60 && i && year !== weeks[i - 1].week.slice(0, 4) && x - left > 16 && right - x > 16) {
      const half = textWidth(year, TICK_FONT) / 2;
      if (x - half > lastYearEnd + 8) {
        xLabels.push(fit(x, year));
        lastYearEnd = x + half;
      }
    }
    if (w.volume) out.volume += `M${x},${VOLUME_BOTTOM}V${r(v(w.volume))}`;
    const { open, high, low = w.close, close } = w;
    if (w.buy_signal && ok(low)) out.buys += `M${x},${r(y(low) + 4)}l4,7h-8Z`;
    if (candles && ok(open) && ok(high) && ok(low) && ok(close)) {
      const a = r(y(Math.max(open, close)));
      const b = Math.max(r(y(Math.min(open, close))), a + 1);
      out[close >= open ? 'up' : 'down'] +=
        `M${r(x - body / 2)},${a}h${r(body)}V${b}h${r(-body)}ZM${x},${r(y(high))}V${a}M${x},${b}V${r(y(low))}`;
    }
  }
  const line = (key: 'close' | 'trend_line' | 'fair_value') =>
    linePath(weeks.map((w, i) => (ok(w[key]) ? { x: xs[i], y: y(w[key]) } : undefined)));
  return {
    width,
    height: 290,
    left,
    right,
    step,
    xs,
    weeks,
    y,
    yTicks: ticks,
    xLabels,
    close: candles ? '' : line('close'),
    trend: line('trend_line'),
    fair: line('fair_value'),
    ...out,
  };
}

/** The drawing for an `<svg>` of the layout's size, with the crosshair at week `at`, if any. */
export function renderPriceChart(l: PriceChartLayout, at?: number): SVGTemplateResult {
  const { left, right } = l;
  const x = at === undefined ? undefined : r(l.xs[at]);
  return svg`
    <path class="band" d=${l.bands}></path>
    ${renderPriceAxis(l.yTicks, left, right)}
    <line class="axis-line" x1=${left} x2=${right} y1=${VOLUME_BOTTOM} y2=${VOLUME_BOTTOM}></line>
    <g class="x-axis">
      ${l.xLabels.map((t) => svg`<text class="tick" x=${r(t.x)} y=${VOLUME_BOTTOM + 15} text-anchor=${t.anchor}>${t.text}</text>`)}
    </g>
    <path class="volume" d=${l.volume} stroke-width=${r(Math.max(0.5, l.step * 0.7))}></path>
    <path class="line line--fair" d=${l.fair}></path>
    <path class="line line--trend" d=${l.trend}></path>
    <path class="line line--close" d=${l.close}></path>
    <path class="candle candle--up" d=${l.up}></path>
    <path class="candle candle--down" d=${l.down}></path>
    <path class="buy" d=${l.buys}></path>
    ${x === undefined ? null : svg`<line class="cross" x1=${x} x2=${x} y1=${TOP} y2=${VOLUME_BOTTOM}></line>`}
  `;
}

/**
 * What the crosshair reads for one week: "Jun 12, 2026: open $7.50, high $7.90, low $7.40,
 * close $7.87; volume 1.2M; trend line $7.10; fair value $6.00; trend signal on; buy signal".
 */
export function weekText(w: HistoryWeek, format: Formatter, currency?: string): string {
  const t = format.t;
  const m = (value?: number) => format.money(ok(value) ? { value, currency } : undefined);
  return [
    t('chart.week', {
      date: format.date(w.week),
      open: m(w.open),
      high: m(w.high),
      low: m(w.low),
      close: m(w.close),
      volume: format.compact(w.volume),
      trend: m(w.trend_line),
      fair: m(w.fair_value),
    }),
    ...(w.trend_signal ? [t('chart.signalOn')] : []),
    ...(w.buy_signal ? [t('chart.buySignal')] : []),
  ].join(t('price.sepMajor'));
}

/**
 * The chart's accessible name: "Price chart of OVI, 1Y: close $7.87 on Jun 12, 2026, range
 * $6.68–$9.85, up 12.3% over 52 weeks" (range: lowest low to highest high; change: first to
 * latest close).
 */
export function priceChartName(
  symbol: string,
  weeks: HistoryWeek[],
  range: ChartRange,
  format: Formatter,
  currency?: string,
): string {
  const t = format.t;
  const closes = weeks.filter((w) => ok(w.close));
  const last = closes.at(-1);
  const m = (value: number) => format.money({ value, currency });
  const lows = weeks.map((w) => w.low ?? w.close).filter(ok);
  const highs = weeks.map((w) => w.high ?? w.close).filter(ok);
  const change = last && closes[0].close ? (last.close! / closes[0].close - 1) * 100 : 0;
  const parts = [
    ...(last ? [t('chart.nameClose', { price: m(last.close!), date: format.date(last.week) })] : []),
    ...(lows.length ? [t('chart.nameRange', { low: m(Math.min(...lows)), high: m(Math.max(...highs)) })] : []),
    change ? t(change > 0 ? 'chart.up' : 'chart.down', { value: format.percent(Math.abs(change)) }) : t('chart.unchanged'),
  ];
  return t('chart.name', {
    symbol,
    range: rangeName(range, format),
    summary: parts.join(t('price.sep')),
    weeks: t('timeline.weeks', { n: format.number(weeks.length, 0) }),
  });
}
