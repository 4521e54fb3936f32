import { css, html, type PropertyValues, type PropertyDeclarations } from 'lit';
import { ReportElement } from './base.js';
import { toHistory, type History, type HistoryWeek } from '../data/history.js';
import type { Formatter } from '../format/format.js';
import { weeksIn, type ChartRange, type ChartVariant } from '../charts/price-chart-range.js';
import type { PriceChartLayout } from '../charts/price-chart.js';
import { priceLineStyles, sharedStyles } from '../styles/shared.js';
import { ChartWidth } from './width.js';
import { OnDemand } from './on-demand.js';

/**
 * The chart's view (layout, drawing, readout, legend, table), a module of its own (2 KB gzip of
 * the bundle), fetched the first time a chart is drawn. If it cannot be, the frame stays empty.
 */
export const priceChartView = new OnDemand(() => import('./price-chart-view.js'));

/** Weeks that PageUp / PageDown move the crosshair: a quarter. */
const PAGE = 13;

/** `detail` of `range-change`. */
export interface RangeChangeDetail {
  range: ChartRange;
}

/**
 * A security's whole weekly history (the history JSON that `ticker-terminal build` writes
 * beside each report, `terminal/{uuid}/history/api/`), given by `src`, `data` or inline JSON
 * like a report; it does not take a report from an enclosing `<report-source>`. The close as
 * a line or as candles (up weeks hollow, down weeks filled: told apart by shape, not only
 * colour), the trend line (dashed), the fair value (dotted), weekly volume in a pane below,
 * shaded bands over the weeks whose trend signal is on, and a triangle under each buy signal.
 *
 * `range` picks how much is drawn, by the calendar from the newest week: `1Y` (the default:
 * a year of candles stays legible at phone width), `3Y`, `5Y` or `All`; the buttons above
 * the chart (`aria-pressed`) switch it and fire `range-change`.
 *
 * Crosshair: moving a pointer over the plot, or focusing it and pressing ArrowLeft /
 * ArrowRight (a week), PageDown / PageUp (13 weeks back / on, as on a slider), Home / End
 * (first / newest week), moves a crosshair; the readout above the plot (a polite live
 * region) says that week's date, open, high, low, close, volume, trend line and fair value.
 * Without a crosshair it shows the newest week. The accessible name states the range's
 * latest close, low-high range and change; the data table lists the range's weeks.
 *
 * The chart is laid out for the element's measured width, one unit to one CSS pixel, so it
 * fills its box and its text keeps its size (ticks 11px; readout and buttons 12px); its height
 * is fixed. Price ticks carry decimals only when a tick needs them; dates are thinned to what
 * fits. The price scale spans every price drawn, so no line leaves the price pane. The
 * legend names every series and marker drawn, each beside a sample of it.
 *
 * @summary Price chart: a security's weekly history, line or candles, with ranges and a crosshair.
 * @fires range-change - The user chose a range with the buttons. `detail.range` is `1Y`, `3Y`, `5Y` or `All`.
 * @csspart chart - The `<svg role="img">` (focusable, for the crosshair).
 * @csspart ranges - The group of range buttons.
 * @csspart range - Each range button (`aria-pressed="true"` on the current one).
 * @csspart readout - The crosshair readout (a live region).
 * @csspart legend - The list naming the series.
 * @csspart table - The data-table disclosure (Week, Open, High, Low, Close, Volume, Trend line, Fair value, Signals).
 * @cssprop --tkr-history-close - Colour of the close line (default `--tkr-accent`).
 * @cssprop --tkr-history-trend - Colour of the trend line (default `--tkr-text`).
 * @cssprop --tkr-history-fair - Colour of the fair-value line (default `--tkr-neutral`).
 * @cssprop --tkr-positive - Up candles, trend-signal bands and buy markers.
 * @cssprop --tkr-negative - Down candles.
 * @cssprop --tkr-neutral - Volume bars.
 */
export class PriceChart extends ReportElement<History> {
  static override properties: PropertyDeclarations = {
    range: { reflect: true },
    variant: {},
    _at: { state: true, attribute: false },
  };

  static override parse = toHistory;

  static override styles = [
    ...ReportElement.styles,
    sharedStyles,
    priceLineStyles,
    css`
      .band {
        fill: var(--_positive);
        opacity: 0.12;
      }
      .volume {
        stroke: var(--_neutral);
        opacity: 0.6;
      }
      .candle--up {
        fill: var(--_surface);
        stroke: var(--_positive);
      }
      .candle--down {
        fill: var(--_negative);
        stroke: var(--_negative);
      }
      .buy {
        fill: var(--_positive);
      }
      .cross {
        stroke: var(--_text);
        stroke-dasharray: 3 3;
      }
      .plot {
        touch-action: pan-y;
      }
      details.data {
        overflow-x: auto;
      }
      .chart:focus-visible,
      button:focus-visible {
        outline: 2px solid var(--_accent);
        outline-offset: 2px;
      }
      .bar {
        display: flex;
        flex-wrap: wrap;
        gap: 4px;
      }
      button {
        font: inherit;
        font-size: 12px;
        color: var(--_text);
        background: var(--_surface);
        border: 1px solid var(--_border);
        border-radius: 4px;
        padding: 2px 10px;
      }
      button[aria-pressed='true'] {
        color: var(--_surface);
        background: var(--_accent);
        font-weight: 700;
      }
      .readout {
        margin: 0;
        font-size: 12px;
        font-variant-numeric: tabular-nums;
        min-height: 2.8em;
      }
    `,
  ];

  /** `1Y` (default), `3Y`, `5Y` or `All`: the weeks drawn, counted back from the newest. */
  range: ChartRange = '1Y';

  /** `line` (default): the close as a line; `candles`: each week's open, high, low and close. */
  variant: ChartVariant = 'line';

  /** The crosshair's week, an index into the range's weeks. */
  private _at?: number;

  private readonly _width = new ChartWidth(this);
  /** The range's weeks, and the layouts drawn for them (by width, variant and locale). */
  private _all?: HistoryWeek[];
  private _weeks: HistoryWeek[] = [];
  /** The layout last drawn, and what it was drawn for (width, variant, locale). */
  private _drawn?: PriceChartLayout;
  private _drawnFor = '';

  protected override emptyMessage(format: Formatter): string {
    return format.t('chart.empty');
  }

  protected hasContent(history: History): boolean {
    return history.weeks.length > 0;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const weeks = this.report?.weeks;
    if (changed.has('range') || weeks !== this._all) {
      this._all = weeks;
      this._weeks = weeksIn(weeks ?? [], this.range);
      this._drawnFor = '';
      this._at = undefined;
    }
  }

  protected override awaitedModule() {
    return priceChartView;
  }

  protected renderReport(history: History, format: Formatter) {
    // Until the drawing's module arrives (one request, the first time), the frame is empty;
    // the element redraws then. A module that cannot load leaves the frame empty.
    const view = priceChartView.use(this);
    if (!view) {
      return html`<div class="gauge"></div><div class="frame"></div>`;
    }
    return view.renderPriceChartView(
      {
        range: this.range,
        variant: this.variant,
        weeks: this._weeks,
        at: this._at,
        width: this._width,
        layout: (width, currency) => this._layout(width, format, currency),
        pick: (range) => this._pick(range),
        move: this._move,
        leave: this._leave,
        keydown: this._keydown,
      },
      history,
      format,
    );
  }

  private _layout(width: number, format: Formatter, currency?: string): PriceChartLayout {
    // Memoised: moving the crosshair redraws the chart without laying it out again.
    const key = `${width} ${this.variant} ${format.locale}`;
    if (key !== this._drawnFor) {
      this._drawnFor = key;
      this._drawn = priceChartView.module!.layoutPriceChart(this._weeks, format, width, currency, this.variant === 'candles');
    }
    return this._drawn!;
  }

  private _pick(range: ChartRange): void {
    if (range === this.range) return;
    this.range = range;
    this.dispatchEvent(new CustomEvent<RangeChangeDetail>('range-change', { bubbles: true, composed: true, detail: { range } }));
  }

  private _move(event: PointerEvent): void {
    const layout = this._drawn;
    const box = (event.currentTarget as Element).querySelector('svg')?.getBoundingClientRect();
    if (!layout || !box?.width) return;
    const x = ((event.clientX - box.left) / box.width) * layout.width;
    this._at = Math.max(0, Math.min(this._weeks.length - 1, Math.floor((x - layout.left) / layout.step)));
  }

  private _leave(): void {
    this._at = undefined;
  }

  private _keydown(event: KeyboardEvent): void {
    const last = this._weeks.length - 1;
    const at = this._at ?? last;
    const to = { ArrowLeft: at - 1, ArrowRight: at + 1, PageDown: at - PAGE, PageUp: at + PAGE, Home: 0, End: last }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    this._at = Math.max(0, Math.min(last, to));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'price-chart': PriceChart;
  }
  interface GlobalEventHandlersEventMap {
    'range-change': CustomEvent<RangeChangeDetail>;
  }
}

customElements.define('price-chart', PriceChart);
