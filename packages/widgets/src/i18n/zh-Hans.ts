import type { Catalog } from './index.js';

/**
 * Simplified Chinese (简体中文). Keys left out show in English; the keys and their meaning are in `en.ts`.
 * Keep every `{placeholder}` of the English message.
 */
const catalog: Catalog = {
  // ── Every element: states, missing values, the data table, ranks ──
  loading: '正在加载报告…',
  noReport: '没有可显示的报告。',
  noData: '无可显示内容：报告中没有此视图的数据。',
  failed: '无法显示报告。',
  stale: '正在显示 {time} 的报告；最近一次更新失败：{reason}',
  staleUndated: '正在显示上一份报告；最近一次更新失败：{reason}',
  'error.network': '无法加载报告：网络请求失败。',
  'error.http': '无法加载报告（HTTP {status}）。',
  'error.timeout': '加载报告超时。',
  'error.parse': '报告不是有效的 JSON。',
  'error.validation': '报告的格式与预期不符。',
  missing: '无数据',
  missingValue: '{name}：无数据',
  dataTable: '数据表',
  rankOf: '{count} 中第 {rank}',
  weeks: '{n} 周',

  // ── momentum-bars, setup-scores, score-dial ──

  // ── price-levels, price-history, weekly-timeline, price-chart ──

  // ── ticker-report, kpi-strip, peer-table, signal-list, dynamics-panel, report-source ──
};

export default catalog;
