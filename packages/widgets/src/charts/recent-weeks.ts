import { html, type TemplateResult } from 'lit';
import type { Report } from '../data/validate.js';
import { MISSING, type Formatter } from '../format/format.js';
import type { MessageKey } from '../i18n/index.js';
import { toneClass } from './common.js';
import { shownValue } from './missing.js';
import { mdText, rsText } from './dynamics-panel.js';

/** The catalog keys of the recent-weeks table's columns, in order. */
export const RECENT_COLUMNS: readonly MessageKey[] = [
  'recent.week',
  'recent.close',
  'recent.return',
  'recent.trend',
  'recent.fair',
  'recent.md',
  'recent.rs',
  'recent.volume',
  'recent.signal',
];

/**
 * `recent_rows` as a table, newest first as the feed sends them (a table reads top-down
 * from the latest week, like a statement). Its caption is for assistive technology (the
 * card's section heading already says "Recent weeks"). It scrolls sideways in a focusable
 * region with the week column held; each measure has the card's one precision (market
 * dynamics two decimals signed, relative strength two, volume compact).
 */
export function recentWeeksTable(report: Report, format: Formatter): TemplateResult {
  const rows = report.recent_rows ?? [];
  const caption = format.t('recent.caption', { symbol: report.ticker.symbol });
  return html`<div class="scroller" role="region" aria-label=${caption} tabindex="0">
    <table class="recent" part="recent-table">
      <caption class="visually-hidden">${caption}</caption>
      <thead>
        <tr>
          ${RECENT_COLUMNS.map((key, i) => html`<th scope="col" class=${i === 0 ? 'held' : ''}>${format.t(key)}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${rows.map((row) => {
          const signal = row.trend_signal === undefined ? MISSING : format.t(row.trend_signal ? 'recent.on' : 'recent.off');
          return html`<tr>
            <th scope="row" class="held">${format.date(row.week)}</th>
            <td>${shownValue(format.money(row.close), format)}</td>
            <td class=${toneClass(row.weekly_return_tone, row.weekly_return)}>
              ${shownValue(format.percent(row.weekly_return, { signed: true }), format)}
            </td>
            <td>${shownValue(format.money(row.trend_line), format)}</td>
            <td>${shownValue(format.money(row.fair_value), format)}</td>
            <td>${shownValue(mdText(format, row.market_dynamics), format)}</td>
            <td>${shownValue(rsText(format, row.relative_strength), format)}</td>
            <td>${shownValue(format.compact(row.volume), format)}</td>
            <td>${shownValue(signal, format)}</td>
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
}
