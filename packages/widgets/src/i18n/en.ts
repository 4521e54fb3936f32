/**
 * English: the reference catalog. Every key the elements use is here, and English is what
 * any other language shows for a key it leaves out.
 *
 * A message may hold `{name}` placeholders, filled from the caller's values; a translation
 * may reorder them freely. Numbers and dates arrive already formatted for the locale.
 *
 * Keys are grouped by the elements that use them; add a key to its group.
 */
const en = {
  // ── Every element: states, missing values, the data table, ranks ──
  loading: 'Loading report…',
  noReport: 'No report to show.',
  noData: 'Nothing to show: the report has no data for this view.',
  failed: 'The report could not be shown.',
  stale: 'Showing the report from {time}; the latest update failed: {reason}',
  staleUndated: 'Showing the last report; the latest update failed: {reason}',
  'error.network': 'The report could not be loaded: the network request failed.',
  'error.http': 'The report could not be loaded (HTTP {status}).',
  'error.timeout': 'The report took too long to load.',
  'error.parse': 'The report is not valid JSON.',
  'error.validation': 'The report does not have the expected shape.',
  missing: 'not available',
  missingValue: '{name}: not available',
  dataTable: 'Data table',
  rankOf: '{rank} of {count}',
  weeks: '{n} wk',

  // ── momentum-bars, setup-scores, score-dial ──

  // ── price-levels, price-history, weekly-timeline, price-chart ──

  // ── ticker-report, kpi-strip, peer-table, signal-list, dynamics-panel, report-source ──
};

/** Every message key. */
export type MessageKey = keyof typeof en;

export default en;
