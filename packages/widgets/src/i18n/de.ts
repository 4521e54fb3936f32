import type { Catalog } from './index.js';

/**
 * German (Deutsch). Keys left out show in English; the keys and their meaning are in `en.ts`.
 * Keep every `{placeholder}` of the English message.
 */
const catalog: Catalog = {
  // ── Every element: states, missing values, the data table, ranks ──
  loading: 'Bericht wird geladen…',
  noReport: 'Kein Bericht vorhanden.',
  noData: 'Nichts anzuzeigen: Der Bericht enthält keine Daten für diese Ansicht.',
  failed: 'Der Bericht kann nicht angezeigt werden.',
  stale: 'Angezeigt wird der Bericht von {time}; die letzte Aktualisierung ist fehlgeschlagen: {reason}',
  staleUndated: 'Angezeigt wird der letzte Bericht; die letzte Aktualisierung ist fehlgeschlagen: {reason}',
  'error.network': 'Der Bericht konnte nicht geladen werden: Die Netzwerkanfrage ist fehlgeschlagen.',
  'error.http': 'Der Bericht konnte nicht geladen werden (HTTP {status}).',
  'error.timeout': 'Das Laden des Berichts hat zu lange gedauert.',
  'error.parse': 'Der Bericht ist kein gültiges JSON.',
  'error.validation': 'Der Bericht hat nicht die erwartete Form.',
  missing: 'nicht verfügbar',
  missingValue: '{name}: nicht verfügbar',
  dataTable: 'Datentabelle',
  rankOf: '{rank} von {count}',
  weeks: '{n} Wo.',

  // ── momentum-bars, setup-scores, score-dial ──

  // ── price-levels, price-history, weekly-timeline, price-chart ──

  // ── ticker-report, kpi-strip, peer-table, signal-list, dynamics-panel, report-source ──
};

export default catalog;
