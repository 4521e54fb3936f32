import { css, html, isServer, nothing, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { ReportElement } from './base.js';
import type { Report } from '../data/validate.js';
import type { Formatter } from '../format/format.js';
import { safeHref } from '../data/links.js';
import { sharedStyles } from '../styles/shared.js';
import './momentum-bars.js';

/** Every section the card can show, in the default order. */
export const SECTIONS = ['momentum'] as const;
export type SectionName = (typeof SECTIONS)[number];

interface SectionSpec {
  title: string;
  /** The child element, bound to the card's locale and theme. */
  view(report: Report, locale: string, theme: string): TemplateResult;
}

const SPECS: Record<SectionName, SectionSpec> = {
  momentum: {
    title: 'Momentum',
    view: (report, locale, theme) => html`<momentum-bars .data=${report} locale=${locale} theme=${theme}></momentum-bars>`,
  },
};

/** The sections named in a `sections` attribute that exist, in its order; all when empty. */
export function pickSections(attribute: string | undefined): SectionName[] {
  const asked = (attribute ?? '').split(/[\s,]+/).filter(Boolean);
  if (!asked.length) return [...SECTIONS];
  return asked.filter((name, i): name is SectionName => name in SPECS && asked.indexOf(name) === i);
}

/**
 * The whole report as one card: a header (symbol, name, exchange, sector and industry,
 * close, composite score, signature, week), the summary, and every other element of the
 * family composed inside it from the card's one report (one fetch for the whole card): the
 * card hands its parsed `report` to each inner element's `data`, which also works on the server.
 *
 * One column in a narrow container, two or three in a wide one (container queries).
 *
 * @summary The whole weekly report as one card.
 * @csspart header - The card header.
 * @csspart summary - The summary paragraph.
 * @csspart section - Each section (also `section-<name>`).
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
      :host {
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        padding: 16px;
      }
      header {
        display: grid;
        gap: 4px;
        padding-bottom: 12px;
        border-bottom: 1px solid var(--_border);
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
        font-size: 0.8em;
        font-weight: 700;
        letter-spacing: 0.06em;
        text-transform: uppercase;
        color: var(--_muted);
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
        :host {
          border: none;
          padding: 0;
        }
        section {
          break-inside: avoid;
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
    const names = pickSections(this.sections);
    return html`${this.renderHeader(report, format)}
      ${report.summary ? html`<p class="summary" part="summary">${report.summary}</p>` : nothing}
      <div class="grid">
        ${names.map(
          (name) => html`<section part="section section-${name}" aria-label=${SPECS[name].title}>
            <h3>${SPECS[name].title}</h3>
            ${SPECS[name].view(report, locale, theme)}
          </section>`,
        )}
      </div>`;
  }

  private renderHeader(report: Report, format: Formatter) {
    const { ticker, classification: c } = report;
    const close = report.recent_rows?.[0]?.close;
    const chart = safeHref(report.chart_url, report.source);
    const where = [ticker.exchange ?? c?.exchange, c?.sector, c?.industry].filter(Boolean).join(' · ');
    return html`<header part="header">
      <div class="id">
        <h2><span class="symbol">${ticker.symbol}</span>${ticker.name ? html` ${ticker.name}` : nothing}</h2>
        ${close ? html`<span class="close">${format.money(close)}</span>` : nothing}
      </div>
      ${where ? html`<div class="meta">${where}</div>` : nothing}
      <div class="meta">
        ${report.latest_week ? html`Week of ${format.date(report.latest_week)}` : nothing}
        ${report.composite_score !== undefined ? html` · Composite score ${format.number(report.composite_score, 0)}` : nothing}
        ${report.setup_signature ? html` · ${report.setup_signature}` : nothing}
        ${chart ? html` · <a href=${chart} target="_blank" rel="noopener noreferrer">Chart</a>` : nothing}
      </div>
    </header>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ticker-report': TickerReport;
  }
}
