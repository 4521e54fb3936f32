import { css, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { ReportElement } from './base.js';
import type { Report } from '../data/validate.js';
import type { Formatter } from '../format/format.js';
import {
  FLAGS,
  layoutWeeklyTimeline,
  TIMELINE_WIDTHS,
  renderTimelineLegend,
  renderWeeklyTimeline,
  timelineWeeks,
  weekLabel,
  type TimelineWeek,
} from '../charts/weekly-timeline.js';
import { dataTable } from './parts.js';
import { sharedStyles } from '../styles/shared.js';
import { ChartWidth } from './width.js';

/**
 * The setup timeline (`setup.timeline`, oldest first): one column per week, rising from
 * the zero line for a gain and hanging below it for a loss, its length proportional to the
 * week's return on one linear scale (percent gridlines on the left). Up and down differ by
 * direction as well as colour.
 *
 * Under the week labels, three rows of markers show the weeks where the trend was active
 * (square), a buy signal fired (triangle) and market dynamics were positive (circle); a
 * week without the flag has no marker. Labels come from each week's resolved `date`
 * (locale short form), falling back to the report's own `week` text, and are thinned to
 * every other week when the columns are narrow. A legend names columns and markers.
 *
 * The element is empty when the report has no timeline.
 *
 * The chart is laid out 640 units wide, or 360 when the element is narrower than 560px,
 * so labels stay legible on a phone. (Server-rendered HTML holds both drawings and a
 * container query picks one, since the server cannot measure.)
 *
 * @summary Weekly timeline: returns per week with trend, buy-signal and positive-MD markers.
 * @csspart chart - The `<svg role="img">`.
 * @csspart legend - The list naming the columns and markers.
 * @csspart table - The data-table disclosure (Week, Return, Trend, Buy signal, Positive MD).
 * @cssprop --tkr-positive - Up weeks.
 * @cssprop --tkr-negative - Down weeks.
 * @cssprop --tkr-timeline-trend - Trend markers (default `--tkr-text`).
 * @cssprop --tkr-timeline-buy - Buy-signal markers (default `--tkr-accent`).
 * @cssprop --tkr-timeline-md - Positive-MD markers (default `--tkr-neutral`).
 * @cssprop --tkr-grid - Gridlines and marker-row tracks.
 */
@customElement('weekly-timeline')
export class WeeklyTimeline extends ReportElement {
  static override styles = [
    ...ReportElement.styles,
    sharedStyles,
    css`
      :host {
        --_flag-trend: var(--tkr-timeline-trend, var(--_text));
        --_flag-buy: var(--tkr-timeline-buy, var(--_accent));
        --_flag-md: var(--tkr-timeline-md, var(--_neutral));
      }
      .tick {
        font-variant-numeric: tabular-nums;
      }
      .row-name {
        font-size: 10.5px;
      }
      .row-track {
        stroke: var(--_grid);
        stroke-width: 1;
      }
      .flag--trend {
        fill: var(--_flag-trend);
      }
      .flag--buy_signal {
        fill: var(--_flag-buy);
      }
      .flag--positive_md {
        fill: var(--_flag-md);
      }
      .legend .swatch {
        width: 14px;
        height: 14px;
      }
    `,
  ];

  private readonly _width = new ChartWidth(this);

  protected override emptyText = 'No weekly timeline in this report.';

  protected hasContent(report: Report): boolean {
    return timelineWeeks(report).length > 0;
  }

  protected renderReport(report: Report, format: Formatter) {
    const weeks = timelineWeeks(report);
    const label = timelineName(weeks, format);
    const yes = (v: boolean | undefined) => (v === undefined ? '—' : v ? 'Yes' : 'No');
    return html`<div class="gauge"></div><div class="frame">
      ${this._width.charts(
        label,
        TIMELINE_WIDTHS,
        (width) => layoutWeeklyTimeline(weeks, width),
        (layout) => renderWeeklyTimeline(layout, format),
      )}
      ${renderTimelineLegend()}
      ${dataTable(format, `Weekly timeline for ${report.ticker.symbol}`, ['Week', 'Return', ...FLAGS.map((f) => f.name)], () =>
        weeks.map((w) => [
          weekLabel(w, format, 'long'),
          format.percent(w.return, { signed: true }),
          yes(w.trend),
          yes(w.buy_signal),
          yes(w.positive_md),
        ]),
      )}
    </div>`;
  }
}

/**
 * "16 weeks from Feb 27 to Jun 12, 2026: 9 up, 7 down; trend active 16 weeks; buy
 * signal 0; positive MD 8". Flat weeks (a return of exactly zero) are counted when present.
 */
export function timelineName(weeks: TimelineWeek[], format: Formatter): string {
  const count = (test: (w: TimelineWeek) => boolean) => weeks.filter(test).length;
  const n = (v: number) => format.number(v, 0);
  const up = count((w) => (w.return ?? 0) > 0);
  const down = count((w) => (w.return ?? 0) < 0);
  const flat = count((w) => w.return === 0);
  const trend = count((w) => w.trend === true);
  const first = weeks[0];
  const last = weeks.at(-1)!;
  const span =
    weeks.length > 1
      ? `from ${first.date ? format.date(first.date, 'short') : (first.week ?? '—')} to ${weekLabel(last, format, 'long')}`
      : `ending ${weekLabel(last, format, 'long')}`;
  const moves = [`${n(up)} up`, `${n(down)} down`, ...(flat ? [`${n(flat)} flat`] : [])].join(', ');
  return (
    `${n(weeks.length)} ${weeks.length === 1 ? 'week' : 'weeks'} ${span}: ${moves}; ` +
    `trend active ${n(trend)} ${trend === 1 ? 'week' : 'weeks'}; buy signal ${n(count((w) => w.buy_signal === true))}; ` +
    `positive MD ${n(count((w) => w.positive_md === true))}`
  );
}

declare global {
  interface HTMLElementTagNameMap {
    'weekly-timeline': WeeklyTimeline;
  }
}
