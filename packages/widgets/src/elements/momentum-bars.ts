import { css, html, type PropertyDeclarations } from 'lit';
import { ReportElement } from './base.js';
import type { Report } from '../data/validate.js';
import type { Formatter } from '../format/format.js';
import {
  MOMENTUM_WIDTHS,
  layoutMomentumBars,
  percentileText,
  periodName,
  pickReturns,
  renderMomentumBars,
  returnText,
} from '../charts/momentum-bars.js';
import { dataTable, statList } from './parts.js';
import { sharedStyles } from '../styles/shared.js';
import { ChartWidth } from './width.js';

/**
 * Returns over 1 to 52 weeks as diverging bars around zero, with the trend streak, its
 * breadth and the stock's rank among its peers.
 *
 * Scale: linear, capped at three times the median absolute return; a longer bar is drawn
 * to the cap with a break mark and keeps its true value in the label. So +12.7% stays a
 * readable bar beside +567.7%, and no bar is drawn longer than its share of the cap.
 *
 * Laid out for the element's measured width, one unit to one CSS pixel, with labels and
 * values at 12px: the period labels and the values take the room their longest text needs,
 * so an extreme value ("+6,504.9%") fits inside the box. A period without a value keeps its
 * row with a dash, and the accessible name says "52-week: not available". (Server-rendered
 * HTML holds a 480 and a 320 px drawing and a container query picks one.)
 *
 * @summary Momentum: returns by period as diverging bars.
 * @csspart chart - The `<svg role="img">`.
 * @csspart stats - The streak, breadth and peer-rank list.
 * @csspart table - The data-table disclosure.
 * @cssprop --tkr-positive - Colour of gains.
 * @cssprop --tkr-negative - Colour of losses.
 */
export class MomentumBars extends ReportElement {
  static override properties: PropertyDeclarations = {
    periods: {},
  };

  static override styles = [
    ...ReportElement.styles,
    sharedStyles,
    css`
      /* 12px: MOMENTUM_FONT in charts/momentum-bars.ts reserves room for text of this size. */
      .period {
        font-size: 12px;
        font-weight: 600;
        fill: var(--_muted);
      }
      .value {
        font-size: 12px;
        font-weight: 600;
        font-variant-numeric: tabular-nums;
      }
      .value.missing {
        fill: var(--_muted);
      }
      .break {
        stroke: var(--_surface);
        stroke-width: 3;
        fill: none;
      }
    `,
  ];

  /** Periods to show, space separated (`"1W 4W 12W"`); default: all in the report. */
  periods?: string;

  private readonly _width = new ChartWidth(this);

  protected override emptyMessage(format: Formatter): string {
    return format.t('momentum.empty');
  }

  protected hasContent(report: Report): boolean {
    return pickReturns(report).some((item) => item.value !== undefined);
  }

  protected renderReport(report: Report, format: Formatter) {
    const t = format.t;
    const returns = pickReturns(report, this.periods?.split(/[\s,]+/).filter(Boolean));
    if (!returns.length)
      return html`<div class="state" part="empty">${t('momentum.noPeriods', { periods: this.periods ?? '' })}</div>`;
    const m = report.momentum;
    const peer = m?.peer;
    const pct = (v: number) => format.percent(v, { signed: true });
    const symbol = report.ticker.symbol;
    const spoken = returns.map((item) => {
      const name = periodName(item.label, format);
      return item.value === undefined ? t('missingValue', { name }) : `${name} ${pct(item.value)}`;
    });
    const label = t('momentum.name', { symbol, returns: spoken.join(', ') });
    const rank = peer?.rank !== undefined ? format.rank(peer.rank, peer.count) : undefined;
    const standing = percentileText(peer?.percentile, format);
    const weeks = (n: number | undefined) => t('weeks', { n: format.number(n, 0) });
    return html`<div class="gauge"></div><div class="frame">
      ${this._width.charts(label, MOMENTUM_WIDTHS, (width) => layoutMomentumBars(returns, width, format), renderMomentumBars, 4)}
      ${statList(format, [
        [t('momentum.streak'), m?.trend_streak === undefined ? undefined : weeks(m.trend_streak)],
        [
          t('momentum.active'),
          m?.active_weeks === undefined && m?.active_breadth === undefined
            ? undefined
            : t('momentum.activeValue', { weeks: format.number(m?.active_weeks, 0), share: format.percent(m?.active_breadth) }),
        ],
        [
          peer?.scope ? t('momentum.peerRankIn', { scope: peer.scope }) : t('momentum.peerRank'),
          rank && (standing ? `${rank} (${standing})` : rank),
        ],
        [t('momentum.peerAverage'), peer?.avg_weekly_return === undefined ? undefined : pct(peer.avg_weekly_return)],
      ])}
      ${dataTable(format, t('momentum.caption', { symbol }), [t('momentum.period'), t('momentum.return')], () =>
        returns.map((item) => [item.label, returnText(item.value, format)]),
      )}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'momentum-bars': MomentumBars;
  }
}

customElements.define('momentum-bars', MomentumBars);
