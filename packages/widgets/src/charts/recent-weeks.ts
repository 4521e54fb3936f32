import { html, type TemplateResult } from 'lit';
import type { Report } from '../data/validate.js';
import type { Formatter } from '../format/format.js';
import { toneClass } from './common.js';

/** The columns of the recent-weeks table, in order. */
export const RECENT_COLUMNS = [
  'Week',
  'Close',
  'Return',
  'Trend line',
  'Fair value',
  'Market dynamics',
  'Rel. strength',
  'Volume',
  'Trend signal',
];

/**
 * `recent_rows` as a table, newest first as the feed sends them (a table reads top-down
 * from the latest week, like a statement).
 */
export function recentWeeksTable(report: Report, format: Formatter): TemplateResult {
  const rows = report.recent_rows ?? [];
  return html`<div class="scroll" role="region" aria-label="Recent weeks for ${report.ticker.symbol}" tabindex="0">
    <table class="recent" part="recent-table">
      <caption>
        Recent weeks for ${report.ticker.symbol}, newest first
      </caption>
      <thead>
        <tr>
          ${RECENT_COLUMNS.map((name) => html`<th scope="col">${name}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${rows.map((row) => {
          const signal = row.trend_signal === undefined ? '—' : row.trend_signal ? 'On' : 'Off';
          return html`<tr>
            <th scope="row">${format.date(row.week)}</th>
            <td>${format.money(row.close)}</td>
            <td class=${toneClass(row.weekly_return_tone, row.weekly_return)}>
              ${format.percent(row.weekly_return, { signed: true })}
            </td>
            <td>${format.money(row.trend_line)}</td>
            <td>${format.money(row.fair_value)}</td>
            <td>${format.number(row.market_dynamics, 2, { signed: true })}</td>
            <td>${format.number(row.relative_strength, 2)}</td>
            <td>${format.compact(row.volume)}</td>
            <td>${signal}</td>
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
}
