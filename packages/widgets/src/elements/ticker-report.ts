import { css, html, isServer, nothing, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { ReportElement } from './base.js';
import type { Report } from '../data/validate.js';
import type { Formatter } from '../format/format.js';
import { safeHref } from '../data/links.js';
import { sharedStyles } from '../styles/shared.js';
import { recentWeeksTable } from '../charts/recent-weeks.js';
import './momentum-bars.js';
import './setup-scores.js';
import './peer-table.js';
import './price-levels.js';
import './price-history.js';
import './weekly-timeline.js';
import './score-dial.js';
import './kpi-strip.js';
import './dynamics-panel.js';
import './signal-list.js';

/** Every section the card can show, in the default order. */
export const SECTIONS = [
  'kpis',
  'momentum',
  'scores',
  'levels',
  'history',
  'timeline',
  'peers',
  'sector',
  'dynamics',
  'signals',
  'recent',
  'about',
] as const;
export type SectionName = (typeof SECTIONS)[number];

/** The sections of `layout="compact"` when `sections` is not set. */
export const COMPACT_SECTIONS: SectionName[] = ['kpis', 'momentum', 'scores'];

type View = (report: Report, locale: string, theme: string, format: Formatter) => TemplateResult;

interface SectionSpec {
  title: string;
  /** Spans the whole row in a wide card. */
  wide?: boolean;
  view: View;
}

const SPECS: Record<SectionName, SectionSpec> = {
  kpis: {
    title: 'Key figures',
    wide: true,
    view: (r, l, t) => html`<kpi-strip .data=${r} locale=${l} theme=${t}></kpi-strip>`,
  },
  momentum: {
    title: 'Momentum',
    view: (r, l, t) => html`<momentum-bars .data=${r} locale=${l} theme=${t}></momentum-bars>`,
  },
  scores: {
    title: 'Setup scores',
    view: (r, l, t) => html`<setup-scores .data=${r} locale=${l} theme=${t}></setup-scores>`,
  },
  levels: {
    title: 'Price levels',
    view: (r, l, t) => html`<price-levels .data=${r} locale=${l} theme=${t}></price-levels>`,
  },
  history: {
    title: 'Price history',
    view: (r, l, t) => html`<price-history .data=${r} locale=${l} theme=${t}></price-history>`,
  },
  timeline: {
    title: 'Weekly timeline',
    wide: true,
    view: (r, l, t) => html`<weekly-timeline .data=${r} locale=${l} theme=${t}></weekly-timeline>`,
  },
  peers: {
    title: 'Industry peers',
    wide: true,
    view: (r, l, t) => html`<peer-table .data=${r} locale=${l} theme=${t} group="industry"></peer-table>`,
  },
  sector: {
    title: 'Sector peers',
    wide: true,
    view: (r, l, t) => html`<peer-table .data=${r} locale=${l} theme=${t} group="sector"></peer-table>`,
  },
  dynamics: {
    title: 'Dynamics, volume and risk',
    wide: true,
    view: (r, l, t) => html`<dynamics-panel .data=${r} locale=${l} theme=${t}></dynamics-panel>`,
  },
  signals: {
    title: 'Signals and notes',
    wide: true,
    view: (r, l, t) => html`<signal-list .data=${r} locale=${l} theme=${t}></signal-list>`,
  },
  recent: {
    title: 'Recent weeks',
    wide: true,
    view: (r, _l, _t, f) =>
      r.recent_rows?.length ? recentWeeksTable(r, f) : html`<p class="state" part="empty">No recent weeks in this report.</p>`,
  },
  about: {
    title: 'About',
    wide: true,
    view: (r) =>
      r.description
        ? html`<details class="about" part="description">
            <summary>About ${r.ticker.name ?? r.ticker.symbol}</summary>
            <p>${r.description}</p>
          </details>`
        : html`<p class="state" part="empty">No description in this report.</p>`,
  },
};

/** The sections named in a `sections` attribute that exist, in its order; `fallback` when empty. */
export function pickSections(attribute: string | undefined, fallback: readonly SectionName[] = SECTIONS): SectionName[] {
  const asked = (attribute ?? '').split(/[\s,]+/).filter(Boolean);
  if (!asked.length) return [...fallback];
  return asked.filter((name, i): name is SectionName => name in SPECS && asked.indexOf(name) === i);
}

/**
 * The whole report as one card: a header (symbol, name, exchange, sector and industry,
 * close, composite score, signature, week), the summary, and every other element of the
 * family composed inside it from the card's one report (one fetch for the whole card): the
 * card hands its parsed `report` to each inner element's `data`, which also works on the server.
 *
 * One column in a narrow container, two or three in a wide one (container queries). A
 * section whose data the report lacks stays in place and says so. `sections` picks and
 * orders sections (names: kpis momentum scores levels history timeline peers sector
 * dynamics signals recent about); `layout="compact"` shows the header, key figures, momentum and
 * scores. Printing drops borders, lets tables run full width and prints link targets.
 *
 * @summary The whole weekly report as one card.
 * @csspart header - The card header.
 * @csspart close - The latest close in the header.
 * @csspart score - The composite-score dial in the header.
 * @csspart summary - The summary paragraph.
 * @csspart section - Each section (also `section-<name>`).
 * @csspart recent-table - The recent-weeks table.
 * @csspart description - The collapsible company description.
 * @cssprop --tkr-surface - Card background.
 * @cssprop --tkr-border - Card border and dividers.
 */
@customElement('ticker-report')
export class TickerReport extends ReportElement {
  protected static override provides = true;

  static override styles = [
    ...ReportElement.styles,
    sharedStyles,
    css`
      .root {
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        padding: 16px;
      }
      header {
        display: grid;
        grid-template-columns: minmax(0, 1fr) auto;
        align-items: start;
        gap: 8px 16px;
        padding-bottom: 12px;
        border-bottom: 1px solid var(--_border);
      }
      .who {
        display: grid;
        gap: 4px;
      }
      .dial {
        width: 150px;
      }
      @container (max-width: 420px) {
        .dial {
          width: 110px;
        }
      }
      /* The dial's number is in its accessible name; its table would crowd the header. */
      .dial::part(table) {
        display: none;
      }
      a {
        color: var(--_accent);
      }
      a:focus-visible,
      summary:focus-visible,
      .scroll:focus-visible {
        outline: 2px solid var(--_accent);
        outline-offset: 2px;
      }
      .name {
        font-weight: 500;
      }
      .scroll {
        overflow-x: auto;
      }
      table.recent {
        border-collapse: collapse;
        width: 100%;
        font-size: 0.9em;
        font-variant-numeric: tabular-nums;
      }
      table.recent caption {
        text-align: start;
        color: var(--_muted);
        padding-bottom: 4px;
      }
      table.recent th,
      table.recent td {
        padding: 4px 8px;
        border-bottom: 1px solid var(--_grid);
        text-align: end;
        white-space: nowrap;
      }
      table.recent th[scope='row'],
      table.recent thead th:first-child {
        text-align: start;
      }
      table.recent thead th {
        color: var(--_muted);
        font-weight: 600;
      }
      .about summary {
        cursor: pointer;
      }
      .about p {
        margin: 8px 0 0;
        color: var(--_text);
      }
      :host([layout='compact']) .root {
        padding: 12px;
      }
      :host([layout='compact']) .summary {
        display: none;
      }
      .id {
        display: flex;
        flex-wrap: wrap;
        align-items: baseline;
        gap: 4px 12px;
      }
      h2 {
        margin: 0;
        font-size: 1.35em;
        line-height: 1.2;
      }
      .symbol {
        font-weight: 700;
      }
      .meta {
        color: var(--_muted);
        font-size: 0.9em;
      }
      .close {
        font-size: 1.25em;
        font-weight: 700;
        font-variant-numeric: tabular-nums;
      }
      .summary {
        margin: 12px 0;
      }
      .grid {
        display: grid;
        gap: 16px;
        grid-template-columns: 1fr;
      }
      section {
        min-width: 0;
        display: grid;
        align-content: start;
        gap: 6px;
      }
      h3 {
        margin: 0;
      }
      section > * {
        background: transparent;
      }
      @container (min-width: 640px) {
        .grid {
          grid-template-columns: repeat(2, minmax(0, 1fr));
        }
        .wide {
          grid-column: 1 / -1;
        }
      }
      @container (min-width: 1000px) {
        .grid {
          grid-template-columns: repeat(3, minmax(0, 1fr));
        }
      }
      @media print {
        .root {
          border: none;
          padding: 0;
          color: #000;
          background: #fff;
        }
        section {
          break-inside: avoid;
        }
        .scroll {
          overflow: visible;
        }
        a::after {
          content: ' (' attr(href) ')';
          font-size: 0.8em;
        }
      }
    `,
  ];

  /** Sections to show, in order, space separated (e.g. `"momentum scores peers"`); default all. */
  @property() sections?: string;

  /** `compact` for a small card: the header, the summary and the first sections only. */
  @property({ reflect: true }) layout?: 'compact' | 'full';

  constructor() {
    super();
    // Each inner element announces its own load; the page should hear the card's only.
    const stopInner = (event: Event) => {
      if (event.composedPath()[0] !== this) event.stopImmediatePropagation();
    };
    if (!isServer) {
      this.addEventListener('report-load', stopInner);
      this.addEventListener('report-error', stopInner);
    }
  }

  protected hasContent(): boolean {
    return true;
  }

  protected renderReport(report: Report, format: Formatter) {
    const locale = format.locale;
    const theme = this.theme;
    const compact = this.layout === 'compact';
    const names = pickSections(this.sections, compact ? COMPACT_SECTIONS : SECTIONS);
    // An <article>, so the header is the card's own and not a page banner (cards repeat).
    return html`<article aria-label="Weekly report: ${report.ticker.symbol}${report.ticker.name ? ` ${report.ticker.name}` : ''}">
      ${this.renderHeader(report, format)}
      ${report.summary ? html`<p class="summary" part="summary">${report.summary}</p>` : nothing}
      <div class="grid">
        ${names.map((name) => {
          const spec = SPECS[name];
          return html`<section part="section section-${name}" class=${spec.wide ? 'wide' : ''} aria-labelledby="h-${name}">
            <h3 class="caps" id="h-${name}">${spec.title}</h3>
            ${spec.view(report, locale, theme, format)}
          </section>`;
        })}
      </div>
    </article>`;
  }

  private renderHeader(report: Report, format: Formatter) {
    const { ticker, classification: c } = report;
    const close = report.recent_rows?.[0]?.close ?? closeFromKpis(report);
    const chart = safeHref(report.chart_url, report.source);
    const where = [ticker.exchange ?? c?.exchange, c?.sector, c?.industry].filter(Boolean).join(' · ');
    const facts = [
      c?.country,
      c?.currency,
      c?.market_cap !== undefined ? `Market cap ${format.compact(c.market_cap)}` : undefined,
      ticker.asset_type,
    ].filter(Boolean);
    return html`<header part="header">
      <div class="who">
        <div class="id">
          <h2><span class="symbol">${ticker.symbol}</span>${ticker.name ? html` <span class="name">${ticker.name}</span>` : nothing}</h2>
          ${close ? html`<span class="close" part="close">${format.money(close)}</span>` : nothing}
        </div>
        ${where ? html`<div class="meta">${where}</div>` : nothing}
        ${facts.length ? html`<div class="meta">${facts.join(' · ')}</div>` : nothing}
        <div class="meta">
          ${report.latest_week ? html`Week ending ${format.date(report.latest_week)}` : nothing}
          ${chart ? html` · <a href=${chart} target="_blank" rel="noopener noreferrer">Full chart</a>` : nothing}
        </div>
      </div>
      ${
        report.composite_score !== undefined
          ? html`<score-dial class="dial" part="score" .data=${report} locale=${format.locale} theme=${this.theme}></score-dial>`
          : report.setup_signature
            ? html`<div class="meta">${report.setup_signature}</div>`
            : nothing
      }
    </header>`;
  }
}

/** The close from the "Latest Close" KPI, when the report has no recent rows. */
function closeFromKpis(report: Report) {
  const kpi = report.kpis?.find((k) => k.value?.kind === 'money' && /close/i.test(k.label ?? ''));
  return kpi?.value?.kind === 'money' ? kpi.value : undefined;
}

declare global {
  interface HTMLElementTagNameMap {
    'ticker-report': TickerReport;
  }
}
