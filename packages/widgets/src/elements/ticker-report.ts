import { html, isServer, nothing, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { ReportElement } from './base.js';
import { tickerReportStyles } from './ticker-report.styles.js';
import type { Report } from '../data/validate.js';
import type { Formatter } from '../format/format.js';
import { safeHref } from '../data/links.js';
import { sharedStyles } from '../styles/shared.js';
import { recentWeeksTable } from '../charts/recent-weeks.js';
import { latestClose } from '../charts/price-levels.js';
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

  static override styles = [...ReportElement.styles, sharedStyles, tickerReportStyles];

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
    const close = latestClose(report);
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

declare global {
  interface HTMLElementTagNameMap {
    'ticker-report': TickerReport;
  }
}
