/**
 * `<price-chart>`'s view once a history is in: the range buttons, the readout, the chart, the
 * legend and the data table. A module of its own, which the element loads the first time it
 * draws (`priceChartView` in price-chart.ts), so a page without a chart does not download it.
 */
import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { History, HistoryWeek } from '../data/history.js';
import { MISSING, type Formatter } from '../format/format.js';
import {
  PRICE_CHART_WIDTHS,
  RANGES,
  priceChartName,
  rangeName,
  renderPriceChart,
  weekText,
  type ChartRange,
  type ChartVariant,
  type PriceChartLayout,
} from '../charts/price-chart.js';
import { sample } from '../charts/price-history.js';
import { dataTable } from './parts.js';
import type { ChartWidth } from './width.js';

export { layoutPriceChart } from '../charts/price-chart.js';

/** What the view reads from its element, and the element's handlers it binds. */
export interface PriceChartHost {
  range: ChartRange;
  variant: ChartVariant;
  /** The range's weeks, oldest first, and the crosshair's week among them. */
  weeks: HistoryWeek[];
  at?: number;
  width: ChartWidth;
  /** The element's memoised layout for a width. */
  layout(width: number, currency?: string): PriceChartLayout;
  pick(range: ChartRange): void;
  move(event: PointerEvent): void;
  leave(): void;
  keydown(event: KeyboardEvent): void;
}

export function renderPriceChartView(host: PriceChartHost, history: History, format: Formatter): TemplateResult {
  const { weeks, range } = host;
  const { currency, symbol } = history;
  const t = format.t;
  const m = (value?: number) => format.money(value === undefined ? undefined : { value, currency });
  return html`<div class="gauge"></div><div class="frame">
    <div class="bar" part="ranges" role="group" aria-label=${t('chart.ranges')}>
      ${RANGES.map(
        (r) =>
          html`<button type="button" part="range" data-range=${r} aria-pressed=${r === range ? 'true' : 'false'} @click=${() => host.pick(r)}>
            ${rangeName(r, format)}
          </button>`,
      )}
    </div>
    <p class="readout" part="readout" role="status" aria-live="polite">${weekText(weeks[host.at ?? weeks.length - 1], format, currency)}</p>
    <div class="plot" @pointermove=${host.move} @pointerleave=${host.leave} @keydown=${host.keydown}>
      ${host.width.charts(
        priceChartName(symbol, weeks, range, format, currency),
        PRICE_CHART_WIDTHS,
        (width) => host.layout(width, currency),
        (layout) => renderPriceChart(layout, host.at),
        0,
        true,
      )}
    </div>
    <ul class="legend" part="legend">
      ${
        host.variant === 'candles'
          ? html`<li>
              ${swatch(svg`<path class="candle candle--up" d="M4.5,2.5h6v5h-6ZM7.5,0V2.5M7.5,7.5V10"></path>
                <path class="candle candle--down" d="M17.5,2.5h6v5h-6ZM20.5,0V2.5M20.5,7.5V10"></path>`)}<span>${t('chart.candles')}</span>
            </li>`
          : html`<li>${sample('close')}<span>${t('price.close')}</span></li>`
      }
      <li>${sample('trend')}<span>${t('price.trend')}</span></li>
      <li>${sample('fair')}<span>${t('price.fair')}</span></li>
      <li>${swatch(svg`<rect class="band" x="0" y="0" width="28" height="10"></rect>`)}<span>${t('history.signalOn')}</span></li>
      <li>${swatch(svg`<path class="buy" d="M14,2l4,7h-8Z"></path>`)}<span>${t('timeline.buy')}</span></li>
      <li>${swatch(svg`<path class="volume" d="M6,10V4M11,10V1M16,10V6M21,10V3" stroke-width="3"></path>`)}<span>${t('chart.volume')}</span></li>
    </ul>
    ${dataTable(
      format,
      t('chart.table', { symbol, range: rangeName(range, format) }),
      [
        t('price.week'),
        t('chart.open'),
        t('chart.high'),
        t('chart.low'),
        t('price.close'),
        t('chart.volume'),
        t('price.trend'),
        t('price.fair'),
        t('chart.signals'),
      ],
      () =>
        [...weeks]
          .reverse()
          .map((w) => [
            format.date(w.week),
            m(w.open),
            m(w.high),
            m(w.low),
            m(w.close),
            format.compact(w.volume),
            m(w.trend_line),
            m(w.fair_value),
            [w.trend_signal && t('timeline.trend'), w.buy_signal && t('chart.buyShort')].filter(Boolean).join(t('price.sep')) ||
              MISSING,
          ]),
    )}
  </div>`;
}

/** A 28×10 legend sample. */
function swatch(content: SVGTemplateResult) {
  return html`<svg class="swatch" viewBox="0 0 28 10" width="28" height="10" aria-hidden="true" focusable="false">${content}</svg>`;
}
