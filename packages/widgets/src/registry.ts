/**
 * The elements of the family, in one place: the server renderer, the card, the demo, the
 * tests and the build read this list instead of keeping their own. Plain data (no element is
 * imported), so Node scripts and the build config can read it too.
 */
export interface ElementEntry {
  tag: string;
  /** What it draws: a report, a weekly history (`<price-chart>`), or nothing of its own (`<report-source>` provides reports). */
  input: 'report' | 'history' | 'none';
  /** Its own view is a chart: `toSVG()`, `renderSvg` and `--format svg` export it. */
  chart: boolean;
  /** Composed inside `<ticker-report>`. */
  card: boolean;
}

/** Every element, in the order the demo lists them. */
export const ELEMENTS = [
  { tag: 'ticker-report', input: 'report', chart: false, card: false },
  { tag: 'report-source', input: 'none', chart: false, card: false },
  { tag: 'kpi-strip', input: 'report', chart: false, card: true },
  { tag: 'momentum-bars', input: 'report', chart: true, card: true },
  { tag: 'setup-scores', input: 'report', chart: true, card: true },
  { tag: 'score-dial', input: 'report', chart: true, card: true },
  { tag: 'price-levels', input: 'report', chart: true, card: true },
  { tag: 'price-history', input: 'report', chart: true, card: true },
  { tag: 'price-chart', input: 'history', chart: true, card: false },
  { tag: 'weekly-timeline', input: 'report', chart: true, card: true },
  { tag: 'peer-table', input: 'report', chart: false, card: true },
  { tag: 'dynamics-panel', input: 'report', chart: true, card: true },
  { tag: 'signal-list', input: 'report', chart: false, card: true },
] as const satisfies readonly ElementEntry[];

export type Tag = (typeof ELEMENTS)[number]['tag'];

/** Every tag, in registry order. */
export const TAGS: readonly Tag[] = ELEMENTS.map((entry) => entry.tag);

/** Tags whose element draws from `input`. */
export const tagsFor = (input: ElementEntry['input']): Tag[] =>
  ELEMENTS.filter((entry) => entry.input === input).map((entry) => entry.tag);

/** Tags whose own view is a chart. */
export const CHART_TAGS: readonly Tag[] = ELEMENTS.filter((entry) => entry.chart).map((entry) => entry.tag);

/** Tags `<ticker-report>` composes. */
export const CARD_TAGS: readonly Tag[] = ELEMENTS.filter((entry) => entry.card).map((entry) => entry.tag);
