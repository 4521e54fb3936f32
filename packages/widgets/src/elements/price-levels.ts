import { css, html } from 'lit';
import { ReportElement } from './base.js';
import type { Report } from '../data/validate.js';
import type { Formatter } from '../format/format.js';
import { hasLevels, layoutPriceLevels, LEVELS_WIDTHS, priceLevels, renderPriceLevels } from '../charts/price-levels.js';
import { dataTable, statList } from './parts.js';
import { MISSING } from '../format/format.js';
import { sharedStyles } from '../styles/shared.js';
import { ChartWidth } from './width.js';
import { spokenValue } from '../charts/missing.js';

/**
 * The latest close against the trend line and fair value, on the 52-week range.
 *
 * A horizontal bar runs from the 52-week low (left) to the high (right), filled up to the
 * close. The close is a circle on the bar, labelled above it; the trend line (triangle) and
 * fair value (diamond) hang below the bar on leader lines, each labelled with its price and
 * the close's distance from it (`vs_trend`, `vs_fair_value`, signed). Shapes and labels, not
 * colour, tell the levels apart. The fair value's leader passes the trend line's row: that
 * label moves to the marker's other side when it would stand on the leader and there is room,
 * and otherwise the leader breaks behind it.
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
 * A missing level keeps its place: the trend line or fair value has its row with a dash,
 * the 52-week low or high its end with a dash, and the accessible name and the data table
 * say "not available". The drawdown from the 52-week high and the close's position in the
 * range are listed under the chart (a dash when missing). The element is empty when the
 * report has no price levels and no close.
 *
 * The chart is laid out for the element's measured width, one unit to one CSS pixel, so it
 * fills its box and its text keeps its size (labels and values 12px); every label is kept
 * inside the box. Narrower than 560px the 52-week ends move under the bar. (Before it is
 * measured, and on the server, it is drawn 560 px wide, or 360 below 560px; the server's HTML
 * holds both and a container query picks one.)
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
        font-size: 12px;
      }
      .end-value {
        font-size: 12px;
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
        font-size: 12px;
        font-weight: 600;
        font-variant-numeric: tabular-nums;
      }
      .label,
      .detail,
      .end-caption,
      .end-value {
        paint-order: stroke;
        stroke: var(--_surface);
        stroke-width: 3px;
        stroke-linejoin: round;
      }
      .detail {
        fill: var(--_muted);
        font-size: 12px;
        font-variant-numeric: tabular-nums;
      }
      .label--close {
        font-size: 13px;
        font-weight: 650;
      }
    `,
  ];

  private readonly _width = new ChartWidth(this);

  protected override emptyMessage(format: Formatter): string {
    return format.t('levels.empty');
  }

  protected hasContent(report: Report): boolean {
    return hasLevels(priceLevels(report));
  }

  protected renderReport(report: Report, format: Formatter) {
    const t = format.t;
    const levels = priceLevels(report);
    const pct = (v: number | undefined) => format.percent(v, { signed: true });
    const said = (text: string) => spokenValue(text, format);
    const { markers } = layoutPriceLevels(levels, format);
    const closeMoney = levels.close ?? markers.find((m) => m.key === 'close')?.money;
    const parts = [t('levels.a11y.close', { price: said(format.money(closeMoney)) })];
    for (const key of ['trend', 'fair'] as const) {
      const m = markers.find((marker) => marker.key === key);
      let part = t(key === 'trend' ? 'levels.a11y.trend' : 'levels.a11y.fair', {
        price: said(format.money(key === 'trend' ? levels.trend : levels.fair)),
      });
      if (m?.vs !== undefined) part = t('levels.a11y.vs', { level: part, vs: pct(m.vs) });
      if (m && m.placement !== 'in')
        part = t(m.placement === 'below' ? 'levels.a11y.below' : 'levels.a11y.above', { level: part });
      parts.push(part);
    }
    if (levels.low && levels.high) {
      parts.push(t('levels.a11y.range', { low: said(format.money(levels.low)), high: said(format.money(levels.high)) }));
    } else {
      parts.push(t('levels.a11y.low', { price: said(format.money(levels.low)) }));
      parts.push(t('levels.a11y.high', { price: said(format.money(levels.high)) }));
    }
    if (levels.rangePosition !== undefined)
      parts.push(t('levels.a11y.position', { value: format.percent(levels.rangePosition) }));
    parts.push(t('levels.a11y.drawdown', { value: said(pct(levels.drawdown)) }));
    const label = t('levels.name', { symbol: report.ticker.symbol, parts: parts.join(t('price.sepMajor')) });
    return html`<div class="gauge"></div><div class="frame">
      ${this._width.charts(
        label,
        LEVELS_WIDTHS,
        (width) => layoutPriceLevels(levels, format, width),
        (layout) => renderPriceLevels(layout),
      )}
      ${statList(format, [
        [t('levels.drawdown'), levels.drawdown === undefined ? undefined : pct(levels.drawdown)],
        [t('levels.position'), levels.rangePosition === undefined ? undefined : format.percent(levels.rangePosition)],
      ])}
      ${dataTable(
        format,
        t('levels.table', { symbol: report.ticker.symbol }),
        [t('levels.level'), t('levels.price'), t('levels.vs')],
        // A missing value, and the close or the low against itself, is a dash read as "not available", as in every table.
        () => [
          [t('price.close'), format.money(closeMoney), MISSING],
          [t('price.trend'), format.money(levels.trend), pct(levels.vsTrend)],
          [t('price.fair'), format.money(levels.fair), pct(levels.vsFair)],
          [t('levels.low52Long'), format.money(levels.low), MISSING],
          [t('levels.high52Long'), format.money(levels.high), pct(levels.drawdown)],
        ],
      )}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'price-levels': PriceLevels;
  }
}

customElements.define('price-levels', PriceLevels);
