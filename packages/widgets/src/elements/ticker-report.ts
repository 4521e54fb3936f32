import { html, isServer, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ReportElement } from './base.js';
import { tickerReportStyles } from './ticker-report.styles.js';
import type { Report } from '../data/validate.js';
import type { Formatter } from '../format/format.js';
import type { MessageKey } from '../i18n/index.js';
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

/**
 * How a section shares a row of a wide card: `third`s three across (two on a medium card),
 * `half`s two across on a wide card, `full` alone. A section with no partner in its run
 * takes the whole row, so a row never has a hole.
 */
type Share = 'full' | 'third' | 'half';

interface SectionSpec {
  /** The catalog key of its heading. */
  title: MessageKey;
  share: Share;
  view: View;
}

const SPECS: Record<SectionName, SectionSpec> = {
  kpis: {
    title: 'report.kpis',
    share: 'full',
    view: (r, l, t) => html`<kpi-strip .data=${r} locale=${l} theme=${t}></kpi-strip>`,
  },
  momentum: {
    title: 'report.momentum',
    share: 'third',
    view: (r, l, t) => html`<momentum-bars .data=${r} locale=${l} theme=${t}></momentum-bars>`,
  },
  scores: {
    title: 'report.scores',
    share: 'third',
    view: (r, l, t) => html`<setup-scores .data=${r} locale=${l} theme=${t}></setup-scores>`,
  },
  levels: {
    title: 'report.levels',
    share: 'third',
    view: (r, l, t) => html`<price-levels .data=${r} locale=${l} theme=${t}></price-levels>`,
  },
  history: {
    title: 'report.history',
    share: 'half',
    view: (r, l, t) => html`<price-history .data=${r} locale=${l} theme=${t}></price-history>`,
  },
  timeline: {
    title: 'report.timeline',
    share: 'half',
    view: (r, l, t) => html`<weekly-timeline .data=${r} locale=${l} theme=${t}></weekly-timeline>`,
  },
  peers: {
    title: 'report.peers',
    share: 'full',
    view: (r, l, t) => html`<peer-table .data=${r} locale=${l} theme=${t} group="industry"></peer-table>`,
  },
  sector: {
    title: 'report.sector',
    share: 'full',
    view: (r, l, t) => html`<peer-table .data=${r} locale=${l} theme=${t} group="sector"></peer-table>`,
  },
  dynamics: {
    title: 'report.dynamics',
    share: 'full',
    view: (r, l, t) => html`<dynamics-panel .data=${r} locale=${l} theme=${t}></dynamics-panel>`,
  },
  signals: {
    title: 'report.signals',
    share: 'full',
    view: (r, l, t) => html`<signal-list .data=${r} locale=${l} theme=${t}></signal-list>`,
  },
  recent: {
    title: 'report.recent',
    share: 'full',
    view: (r, _l, _t, f) =>
      r.recent_rows?.length ? recentWeeksTable(r, f) : html`<p class="state" part="empty">${f.t('report.noRecent')}</p>`,
  },
  about: {
    title: 'report.about',
    share: 'full',
    view: (r, _l, _t, f) =>
      r.description
        ? html`<details class="about" part="description">
            <summary>${f.t('report.aboutShow')}</summary>
            <p>${r.description}</p>
          </details>`
        : html`<p class="state" part="empty">${f.t('report.noAbout')}</p>`,
  },
};

/** Row sizes for a run of `n` sections sharing rows `per` across: full rows first, never a row of one when avoidable (4 in threes: 2 + 2). */
function rowSizes(n: number, per: number): number[] {
  const sizes: number[] = [];
  let left = n;
  while (left > 0) {
    const take = left === per + 1 && per > 2 ? per - 1 : Math.min(per, left);
    sizes.push(take);
    left -= take;
  }
  return sizes;
}

/**
 * The placement classes of each section, in order: `m1` shares a row of two on a medium
 * card; `w2` a row of three and `w3` a row of two on a wide one; `p3` pairs with its
 * neighbour on a very wide card. Runs of sections of one share are packed into rows; a
 * section left alone takes the whole row.
 */
export function placeSections(names: readonly SectionName[]): string[] {
  const out = names.map(() => '');
  let i = 0;
  while (i < names.length) {
    const share = SPECS[names[i]].share;
    let end = i;
    while (end < names.length && SPECS[names[end]].share === share) end++;
    const run = end - i;
    const mark = (sizes: number[], cls: (size: number) => string) => {
      let at = i;
      for (const size of sizes) {
        for (let k = 0; k < size; k++) out[at + k] += `${cls(size)} `;
        at += size;
      }
    };
    if (share === 'third') {
      mark(rowSizes(run, 2), (size) => (size === 2 ? 'm1' : ''));
      mark(rowSizes(run, 3), (size) => (size === 3 ? 'w2' : size === 2 ? 'w3' : ''));
    } else if (share === 'half') {
      mark(rowSizes(run, 2), (size) => (size === 2 ? 'p3' : ''));
    }
    i = end;
  }
  return out.map((cls) => cls.trim());
}

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
 * Sections share rows by container queries on the card's width, and a row never has a
 * hole: one column below 640px; from 640px momentum, scores and levels pair up; from
 * 1000px they run three across; from 1140px price history and the weekly timeline share a
 * row; everything else takes a whole row. Whatever `sections` picks, a section with no
 * partner takes its row alone. No heading says its section's name twice: an element's own
 * headings are parts of the card's (Market activity: Dynamics, Volume, Risk), and the peer
 * tables' group name shows once, in the card's heading. A section whose data the report
 * lacks stays in place and says so in the one empty style (a dashed, muted box). `sections` picks and
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
export class TickerReport extends ReportElement {
  static override properties: PropertyDeclarations = {
    sections: {},
    layout: { reflect: true },
  };

  protected static override provides = true;

  static override styles = [...ReportElement.styles, sharedStyles, tickerReportStyles];

  /** Sections to show, in order, space separated (e.g. `"momentum scores peers"`); default all. */
  sections?: string;

  /** `compact` for a small card: the header, the summary and the first sections only. */
  layout?: 'compact' | 'full';

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
    const places = placeSections(names);
    const name = `${report.ticker.symbol}${report.ticker.name ? ` ${report.ticker.name}` : ''}`;
    // An <article>, so the header is the card's own and not a page banner (cards repeat).
    return html`<article aria-label=${format.t('report.label', { name })}>
      ${this.renderHeader(report, format)}
      ${report.summary ? html`<p class="summary" part="summary">${report.summary}</p>` : nothing}
      <div class="grid">
        ${names.map((name, i) => {
          const spec = SPECS[name];
          return html`<section part="section section-${name}" class=${places[i]} aria-labelledby="h-${name}">
            <h3 class="caps" id="h-${name}">${format.t(spec.title)}</h3>
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
      c?.market_cap !== undefined ? format.t('report.marketCap', { value: format.compact(c.market_cap) }) : undefined,
      ticker.asset_type,
    ].filter(Boolean);
    return html`<header part="header">
      <div class="who">
        <div class="id">
          <h2><span class="symbol">${ticker.symbol}</span>${ticker.name ? html` <span class="name">${ticker.name}</span>` : nothing}</h2>
          ${close ? html`<span class="close" part="close">${format.money(close)}</span>` : nothing}
        </div>
        ${where ? html`<div class="meta">${where}</div>` : nothing}
        ${
          facts.length
            ? html`<div class="meta">${facts.map((fact, i) => html`${i ? ' · ' : ''}<span class="fact">${fact}</span>`)}</div>`
            : nothing
        }
        <div class="meta">
          ${report.latest_week ? format.t('report.weekEnding', { date: format.date(report.latest_week) }) : nothing}
          ${chart ? html` · <a href=${chart} target="_blank" rel="noopener noreferrer">${format.t('report.fullChart')}</a>` : nothing}
        </div>
      </div>
      ${
        // The dial shows a missing score as its dash, beside the signature.
        report.composite_score !== undefined || report.setup_signature
          ? html`<score-dial class="dial" part="score" .data=${report} locale=${format.locale} theme=${this.theme}></score-dial>`
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

customElements.define('ticker-report', TickerReport);
