import { css, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { ReportElement } from './base.js';
import type { Report } from '../data/validate.js';
import type { Formatter } from '../format/format.js';
import { hasLevels, layoutPriceLevels, LEVELS_WIDTHS, priceLevels, renderPriceLevels } from '../charts/price-levels.js';
import { dataTable, statList } from './parts.js';
import { sharedStyles } from '../styles/shared.js';
import { ChartWidth } from './width.js';

/**
 * The latest close against the trend line and fair value, on the 52-week range.
 *
 * A horizontal bar runs from the 52-week low (left) to the high (right), filled up to the
 * close. The close is a circle on the bar, labelled above it; the trend line (triangle) and
 * fair value (diamond) hang below the bar on leader lines, each labelled with its price and
 * the close's distance from it (`vs_trend`, `vs_fair_value`, signed). Shapes and labels, not
 * colour, tell the levels apart.
 *
 * The close is `recent_rows[0].close`, else the KPI labelled "Latest Close"; its position is
 * computed from the price on the low..high scale (it matches `range_position`), and only
 * falls back to `range_position` when no close price is in the report.
 *
 * A level outside the 52-week range (a fair value of 0.63 beside a range of 7.73..465.35)
 * is pinned to the nearer end of the bar, with an arrow pointing off the bar and the words
 * "off scale" in its label; its true price is always printed. Stretching the scale to reach
 * it would squash the range into a sliver. Without a low and a high, the bar spans the levels
 * that are known.
 *
 * The drawdown from the 52-week high and the close's position in the range are listed
 * under the chart. The element is empty when the report has no price levels and no close.
 *
 * The chart is laid out 560 units wide, or 360 when the element is narrower than 560px,
 * so labels stay legible on a phone. (Server-rendered HTML holds both drawings and a
 * container query picks one, since the server cannot measure.)
 *
 * @summary Price levels: close vs trend line and fair value on the 52-week range.
 * @csspart chart - The `<svg role="img">`.
 * @csspart stats - The drawdown and range-position list.
 * @csspart table - The data-table disclosure (Level, Price, Close vs level).
 * @cssprop --tkr-price-close - Colour of the close marker and the filled part of the range (default `--tkr-accent`).
 * @cssprop --tkr-price-trend - Colour of the trend-line marker (default `--tkr-text`).
 * @cssprop --tkr-price-fair - Colour of the fair-value marker (default `--tkr-neutral`).
 * @cssprop --tkr-accent - Default colour of the close.
 * @cssprop --tkr-grid - The range track.
 * @cssprop --tkr-muted - End captions and leader lines.
 */
@customElement('price-levels')
export class PriceLevels extends ReportElement {
  static override styles = [
    ...ReportElement.styles,
    sharedStyles,
    css`
      :host {
        --_close: var(--tkr-price-close, var(--_accent));
        --_trend: var(--tkr-price-trend, var(--_text));
        --_fair: var(--tkr-price-fair, var(--_neutral));
      }
      .track {
        fill: var(--_grid);
        stroke: var(--_border);
        stroke-width: 1;
      }
      .fill {
        fill: var(--_close);
        opacity: 0.35;
      }
      .end-caption {
        fill: var(--_muted);
        font-size: 10px;
      }
      .end-value {
        font-size: 11px;
        font-weight: 600;
        font-variant-numeric: tabular-nums;
      }
      .leader {
        stroke: var(--_muted);
        stroke-width: 1;
        stroke-dasharray: 2 2;
      }
      .mark {
        stroke: var(--_surface);
        stroke-width: 1.5;
      }
      .mark--close {
        fill: var(--_close);
        stroke-width: 2;
      }
      .mark--trend {
        fill: var(--_trend);
      }
      .mark--fair {
        fill: var(--_fair);
      }
      .arrow {
        fill: var(--_muted);
      }
      .label {
        font-size: 11px;
        font-weight: 600;
        font-variant-numeric: tabular-nums;
      }
      .label,
      .detail {
        paint-order: stroke;
        stroke: var(--_surface);
        stroke-width: 3px;
        stroke-linejoin: round;
      }
      .detail {
        fill: var(--_muted);
        font-size: 10.5px;
        font-variant-numeric: tabular-nums;
      }
      .label--close {
        font-size: 12px;
        font-weight: 650;
      }
    `,
  ];

  private readonly _width = new ChartWidth(this);

  protected override emptyText = 'No price levels in this report.';

  protected hasContent(report: Report): boolean {
    return hasLevels(priceLevels(report));
  }

  protected renderReport(report: Report, format: Formatter) {
    const levels = priceLevels(report);
    const layout = layoutPriceLevels(levels);
    const pct = (v: number | undefined) => format.percent(v, { signed: true });
    const byKey = (key: string) => layout.markers.find((m) => m.key === key);
    const close = byKey('close');
    const parts = [`close ${format.money(levels.close)}`];
    for (const m of layout.markers.filter((m) => m.key !== 'close')) {
      const vs = m.vs !== undefined ? ` (close ${pct(m.vs)})` : '';
      const off = m.placement === 'in' ? '' : `, ${m.placement} the 52-week range, off scale`;
      parts.push(`${m.name.toLowerCase()} ${format.money(m.money)}${vs}${off}`);
    }
    if (levels.low || levels.high) {
      parts.push(`52-week range ${format.money(levels.low)} to ${format.money(levels.high)}`);
    }
    if (levels.rangePosition !== undefined) parts.push(`close at ${format.percent(levels.rangePosition)} of the range`);
    if (levels.drawdown !== undefined) parts.push(`drawdown ${pct(levels.drawdown)}`);
    const label = `Price levels for ${report.ticker.symbol}: ${parts.join('; ')}.`;
    return html`<div class="gauge"></div><div class="frame">
      ${this._width.charts(
        label,
        LEVELS_WIDTHS,
        (width) => layoutPriceLevels(levels, width),
        (layout) => renderPriceLevels(layout, levels, format),
      )}
      ${statList(format, [
        ['Drawdown from 52-week high', levels.drawdown === undefined ? undefined : pct(levels.drawdown)],
        ['Position in 52-week range', levels.rangePosition === undefined ? undefined : format.percent(levels.rangePosition)],
      ])}
      ${dataTable(format, `Price levels for ${report.ticker.symbol}`, ['Level', 'Price', 'Close vs level'], () => [
        ['Close', format.money(levels.close ?? close?.money), '—'],
        ['Trend line', format.money(levels.trend), pct(levels.vsTrend)],
        ['Fair value', format.money(levels.fair), pct(levels.vsFair)],
        ['52-week low', format.money(levels.low), '—'],
        ['52-week high', format.money(levels.high), pct(levels.drawdown)],
      ])}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'price-levels': PriceLevels;
  }
}
