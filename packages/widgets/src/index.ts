/**
 * ticker-widgets: importing this module defines every element.
 */
export * from './data/index.js';
export { formatter, type Formatter } from './format/format.js';
export { defineLanguage, loadLanguage, type Catalog, type MessageKey } from './i18n/index.js';
export { ReportElement, type ReportState, type ReportLoadDetail, type ReportErrorDetail, type Theme } from './elements/base.js';
export { ReportSource } from './elements/report-source.js';
export { MomentumBars } from './elements/momentum-bars.js';
export { TickerReport } from './elements/ticker-report.js';
export { KpiStrip } from './elements/kpi-strip.js';
export { DynamicsPanel } from './elements/dynamics-panel.js';
export { SignalList } from './elements/signal-list.js';
export { SetupScores, type SetupScoresVariant } from './elements/setup-scores.js';
export { ScoreDial } from './elements/score-dial.js';
export { PriceLevels } from './elements/price-levels.js';
export { PriceHistory } from './elements/price-history.js';
export { PriceChart, type RangeChangeDetail } from './elements/price-chart.js';
export { toHistory, type History, type HistoryWeek } from './data/history.js';
export { WeeklyTimeline } from './elements/weekly-timeline.js';
export { PeerTable, type PeerSelectDetail } from './elements/peer-table.js';
