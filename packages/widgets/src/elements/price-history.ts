import { css, html } from 'lit';
import { ReportElement } from './base.js';
import type { Report } from '../data/validate.js';
import type { Formatter } from '../format/format.js';
import {
  hasHistory,
  HISTORY_WIDTHS,
  historyRows,
  layoutPriceHistory,
  renderHistoryLegend,
  renderPriceHistory,
} from '../charts/price-history.js';
import { MISSING } from '../format/format.js';
import { dataTable } from './parts.js';
import { priceLineStyles, sharedStyles } from '../styles/shared.js';
import { ChartWidth } from './width.js';
import { spokenValue } from '../charts/missing.js';

/**
 * The recent weeks (`recent_rows`) as three price lines: the weekly close (solid), the
 * trend line (dashed) and the fair value (dotted), oldest week on the left (the report
 * lists them newest first). Weeks are evenly spaced; the price axis is linear over all
 * three series (niced), so a fair value far below the closes still shows, near the bottom.
 * The newest close is marked with a dot and its price, kept inside the drawing. Price ticks
 * carry decimals only when a tick needs them (`CN¥80`, not `CN¥80.00`); the lowest gridline
 * sits a little above the date axis and the scale spans every price drawn, so no line is
 * drawn over the axis.
 *
 * A row of squares under the plot marks the weeks whose `trend_signal` is On; a short dash
 * marks Off; nothing marks a week without the flag. Dates under the axis are thinned to
 * what fits at the drawing's width, always keeping the newest. A week without a price keeps
 * its place: a gap in that line, and a dash (read "not available") in the table.
 *
 * The legend shows each line's dash pattern as well as its colour, and each signal marker
 * drawn. The element is empty when the report has no recent week with a price.
 *
 * The chart is laid out for the element's measured width, one unit to one CSS pixel, so its
 * text keeps its size (ticks 11px, the close's label 12px); its height is fixed. (Before it
 * is measured, and on the server, it is drawn 640 px wide, or 360 below 560px; the server's
 * HTML holds both and a container query picks one.)
 *
 * @summary Price history: close, trend line and fair value over the recent weeks.
 * @csspart chart - The `<svg role="img">`.
 * @csspart legend - The list naming the lines and the trend-signal marker.
 * @csspart table - The data-table disclosure (Week, Close, Trend line, Fair value, Weekly return, Trend signal).
 * @cssprop --tkr-history-close - Colour of the close line (default `--tkr-accent`).
 * @cssprop --tkr-history-trend - Colour of the trend line (default `--tkr-text`).
 * @cssprop --tkr-history-fair - Colour of the fair-value line (default `--tkr-neutral`).
 * @cssprop --tkr-positive - Trend-signal markers.
 * @cssprop --tkr-grid - Gridlines.
 * @cssprop --tkr-muted - Axis labels.
 */
export class PriceHistory extends ReportElement {
  static override styles = [
    ...ReportElement.styles,
    sharedStyles,
    priceLineStyles,
    css`
      .last {
        fill: var(--_close);
        stroke: var(--_surface);
        stroke-width: 1.5;
      }
      .last-label {
        font-size: 12px;
        font-weight: 650;
        font-variant-numeric: tabular-nums;
      }
      .signal-track {
        stroke: var(--_grid);
        stroke-width: 1;
      }
      .signal--on {
        fill: var(--_positive);
      }
      .signal--off {
        stroke: var(--_muted);
        stroke-width: 1.5;
      }
    `,
  ];

  private readonly _width = new ChartWidth(this);

  protected override emptyMessage(format: Formatter): string {
    return format.t('history.empty');
  }

  protected hasContent(report: Report): boolean {
    return hasHistory(historyRows(report));
  }

  protected renderReport(report: Report, format: Formatter) {
    const rows = historyRows(report);
    const t = format.t;
    const label = historyName(report.ticker.symbol, rows, format);
    return html`<div class="gauge"></div><div class="frame">
      ${this._width.charts(
        label,
        HISTORY_WIDTHS,
        (width) => layoutPriceHistory(rows, format, width),
        (layout) => renderPriceHistory(layout, format),
      )}
      ${renderHistoryLegend(format, rows)}
      ${dataTable(
        format,
        t('history.table', { symbol: report.ticker.symbol }),
        [t('price.week'), t('price.close'), t('price.trend'), t('price.fair'), t('history.return'), t('history.signal')],
        () =>
          [...rows]
            .reverse()
            .map((row) => [
              format.date(row.week),
              format.money(row.close),
              format.money(row.trend_line),
              format.money(row.fair_value),
              format.percent(row.weekly_return, { signed: true }),
              row.trend_signal === undefined ? MISSING : t(row.trend_signal ? 'price.on' : 'price.off'),
            ]),
      )}
    </div>`;
  }
}

/**
 * "Weekly closes for 000657 from Mar 13 to Jun 12, 2026: CN¥56.07 to CN¥79.00; trend line
 * CN¥47.01; fair value CN¥17.71": the first and latest close, then the latest levels.
 */
export function historyName(symbol: string, rows: ReturnType<typeof historyRows>, format: Formatter): string {
  const t = format.t;
  const said = (text: string) => spokenValue(text, format);
  const first = rows[0];
  const last = rows.at(-1);
  const closes = rows.filter((row) => row.close && Number.isFinite(row.close.value));
  const span =
    rows.length > 1
      ? t('price.span', { from: said(format.date(first?.week, 'short')), to: said(format.date(last?.week)) })
      : t('history.spanOne', { week: said(format.date(last?.week)) });
  const closeText =
    closes.length > 1
      ? t('history.closes', { first: format.money(closes[0].close), last: format.money(closes.at(-1)!.close) })
      : said(format.money(closes[0]?.close));
  return t('history.name', {
    symbol,
    span,
    closes: closeText,
    trend: said(format.money(last?.trend_line)),
    fair: said(format.money(last?.fair_value)),
  });
}

declare global {
  interface HTMLElementTagNameMap {
    'price-history': PriceHistory;
  }
}

customElements.define('price-history', PriceHistory);
