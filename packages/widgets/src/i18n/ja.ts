import type { Catalog } from './index.js';

/**
 * Japanese (日本語). Keys left out show in English; the keys and their meaning are in `en.ts`.
 * Keep every `{placeholder}` of the English message.
 */
const catalog: Catalog = {
  // ── Every element: states, missing values, the data table, ranks ──
  loading: 'レポートを読み込み中…',
  noReport: '表示するレポートがありません。',
  noData: '表示するものがありません：このビューのデータがレポートにありません。',
  failed: 'レポートを表示できません。',
  stale: '{time} のレポートを表示しています。最新の更新に失敗しました：{reason}',
  staleUndated: '前回のレポートを表示しています。最新の更新に失敗しました：{reason}',
  'error.network': 'レポートを読み込めません：ネットワーク要求に失敗しました。',
  'error.http': 'レポートを読み込めません（HTTP {status}）。',
  'error.timeout': 'レポートの読み込みに時間がかかりすぎました。',
  'error.parse': 'レポートが有効な JSON ではありません。',
  'error.validation': 'レポートの形式が想定と異なります。',
  missing: 'データなし',
  missingValue: '{name}：データなし',
  dataTable: 'データ表',
  rankOf: '{count} 中 {rank} 位',
  weeks: '{n} 週',

  // ── momentum-bars, setup-scores, score-dial ──

  // ── price-levels, price-history, weekly-timeline, price-chart ──

  // ── ticker-report, kpi-strip, peer-table, signal-list, dynamics-panel, report-source ──
};

export default catalog;
