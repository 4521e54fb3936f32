import { css, html } from 'lit';
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
import { MISSING } from '../format/format.js';
import { sharedStyles } from '../styles/shared.js';
import { ChartWidth } from './width.js';
import { spokenValue } from '../charts/missing.js';

/**
 * The setup timeline (`setup.timeline`, oldest first): one column per week, rising from
 * the zero line for a gain and hanging below it for a loss, its length proportional to the
 * week's return on one linear scale (percent gridlines on the left). Up and down differ by
 * direction as well as colour.
 *
 * Under the week labels, three rows of markers show the weeks where the trend was active
 * (square), a buy signal fired (triangle) and market dynamics were positive (circle); a
 * week without the flag has no marker. Labels come from each week's resolved `date`
 * (locale short form), falling back to the report's own `week` text, and are thinned so
 * that no two touch, always keeping the newest. A week without a return keeps its slot: a
 * gap with a hollow ring on the zero line, not a zero-height column. A legend names the
 * columns and every marker drawn.
 *
 * The element is empty when the report has no timeline.
 *
 * The chart is laid out for the element's measured width, one unit to one CSS pixel, so it
 * fills its box at any width and its text keeps its size (ticks 11px, row names 12px); its
 * height is fixed. (Before it is measured, and on the server, it is drawn 640 px wide, or 360
 * below 560px; the server's HTML holds both and a container query picks one.)
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
        font-size: 12px;
      }
      .gap {
        fill: var(--_surface);
        stroke: var(--_muted);
        stroke-width: 1.5;
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

  protected override emptyMessage(format: Formatter): string {
    return format.t('timeline.empty');
  }

  protected hasContent(report: Report): boolean {
    return timelineWeeks(report).length > 0;
  }

  protected renderReport(report: Report, format: Formatter) {
    const weeks = timelineWeeks(report);
    const label = timelineName(weeks, format);
    const t = format.t;
    const yes = (v: boolean | undefined) => (v === undefined ? MISSING : t(v ? 'price.yes' : 'price.no'));
    return html`<div class="gauge"></div><div class="frame">
      ${this._width.charts(
        label,
        TIMELINE_WIDTHS,
        (width) => layoutWeeklyTimeline(weeks, format, width),
        (layout) => renderWeeklyTimeline(layout),
      )}
      ${renderTimelineLegend(format, weeks)}
      ${dataTable(
        format,
        t('timeline.table', { symbol: report.ticker.symbol }),
        [t('price.week'), t('timeline.return'), ...FLAGS.map((f) => t(f.name))],
        () =>
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
 * signal 0; positive MD 8". Flat weeks (a return of exactly zero) and weeks without a
 * return are counted when present.
 */
export function timelineName(weeks: TimelineWeek[], format: Formatter): string {
  const t = format.t;
  const count = (test: (w: TimelineWeek) => boolean) => weeks.filter(test).length;
  const n = (v: number) => format.number(v, 0);
  const weeksText = (v: number) => t(v === 1 ? 'timeline.week' : 'timeline.weeks', { n: n(v) });
  const known = (w: TimelineWeek) => w.return !== undefined && Number.isFinite(w.return);
  const up = count((w) => known(w) && w.return! > 0);
  const down = count((w) => known(w) && w.return! < 0);
  const flat = count((w) => w.return === 0);
  const none = count((w) => !known(w));
  const trend = count((w) => w.trend === true);
  const first = weeks[0];
  const last = weeks.at(-1)!;
  const label = (w: TimelineWeek, style: 'short' | 'long') => {
    return spokenValue(weekLabel(w, format, style), format);
  };
  const span =
    weeks.length > 1
      ? t('price.span', { from: label(first, 'short'), to: label(last, 'long') })
      : t('timeline.ending', { week: label(last, 'long') });
  const moves = [
    t('timeline.countUp', { n: n(up) }),
    t('timeline.countDown', { n: n(down) }),
    ...(flat ? [t('timeline.countFlat', { n: n(flat) })] : []),
    ...(none ? [t('timeline.countNone', { n: n(none) })] : []),
  ].join(t('price.sep'));
  return t('timeline.name', {
    weeks: weeksText(weeks.length),
    span,
    moves,
    trend: weeksText(trend),
    buy: n(count((w) => w.buy_signal === true)),
    md: n(count((w) => w.positive_md === true)),
  });
}

declare global {
  interface HTMLElementTagNameMap {
    'weekly-timeline': WeeklyTimeline;
  }
}

customElements.define('weekly-timeline', WeeklyTimeline);
