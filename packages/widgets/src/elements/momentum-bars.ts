import { css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
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
 * Laid out 480 units wide, or 320 when the element is narrower than 560px, so labels stay
 * legible on a phone. (Server-rendered HTML holds both drawings and a container query
 * picks one, since the server cannot measure.)
 *
 * @summary Momentum: returns by period as diverging bars.
 * @csspart chart - The `<svg role="img">`.
 * @csspart stats - The streak, breadth and peer-rank list.
 * @csspart table - The data-table disclosure.
 * @cssprop --tkr-positive - Colour of gains.
 * @cssprop --tkr-negative - Colour of losses.
 */
@customElement('momentum-bars')
export class MomentumBars extends ReportElement {
  static override styles = [
    ...ReportElement.styles,
    sharedStyles,
    css`
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
      .break {
        stroke: var(--_surface);
        stroke-width: 3;
        fill: none;
      }
    `,
  ];

  /** Periods to show, space separated (`"1W 4W 12W"`); default: all in the report. */
  @property() periods?: string;

  protected override emptyText = 'No momentum data in this report.';

  private readonly _width = new ChartWidth(this);

  protected hasContent(report: Report): boolean {
    return pickReturns(report).length > 0;
  }

  protected renderReport(report: Report, format: Formatter) {
    const returns = pickReturns(report, this.periods?.split(/[\s,]+/).filter(Boolean));
    if (!returns.length)
      return html`<div class="state" part="empty">None of the periods "${this.periods}" is in this report.</div>`;
    const layout = layoutMomentumBars(returns);
    const m = report.momentum;
    const peer = m?.peer;
    const pct = (v: number) => format.percent(v, { signed: true });
    const label = `Returns for ${report.ticker.symbol}: ${layout.bars.map((b) => `${periodName(b.label)} ${pct(b.value)}`).join(', ')}.`;
    const rank = peer?.rank !== undefined ? format.rank(peer.rank, peer.count) : undefined;
    const standing = percentileText(peer?.percentile, format);
    return html`<div class="gauge"></div><div class="frame">
      ${this._width.charts(
        label,
        MOMENTUM_WIDTHS,
        (width) => layoutMomentumBars(returns, width),
        (drawing) => renderMomentumBars(drawing, format),
        4,
      )}
      ${statList(format, [
        ['Trend streak', m?.trend_streak === undefined ? undefined : `${format.number(m.trend_streak, 0)} wk`],
        [
          'Active',
          m?.active_weeks === undefined && m?.active_breadth === undefined
            ? undefined
            : `${format.number(m?.active_weeks, 0)} of 52 wk (${format.percent(m?.active_breadth)})`,
        ],
        [`Peer rank${peer?.scope ? ` in ${peer.scope}` : ''}`, rank && `${rank}${standing ? ` (${standing})` : ''}`],
        ["Peers' average week", peer?.avg_weekly_return === undefined ? undefined : pct(peer.avg_weekly_return)],
      ])}
      ${dataTable(format, `Returns for ${report.ticker.symbol}`, ['Period', 'Return'], () =>
        layout.bars.map((b) => [b.label, pct(b.value)]),
      )}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'momentum-bars': MomentumBars;
  }
}
