import { css, html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import { ReportElement } from './base.js';
import type { Report } from '../data/validate.js';
import type { Formatter } from '../format/format.js';
import { kpiTiles, pickKpis } from '../charts/kpi-strip.js';
import { toneMark } from '../charts/tone-mark.js';
import { sharedStyles } from '../styles/shared.js';

/**
 * The report's headline figures (`kpis`) as a wrapping grid of tiles: label, value, tone
 * and hint.
 *
 * - The value is formatted for the locale from its unit (money, percent, ratio, compact,
 *   number); a percent with a tone is a change and is shown signed (`+12.7%`).
 * - Tone is a coloured shape (▲ positive, ▼ negative, ● neutral) plus the tone's word for
 *   assistive technology; never colour alone. A KPI without a tone has no mark.
 * - A hint that is a bare ISO date is shown as a locale date; other hints as sent, muted.
 * - The tiles are a `<ul role="list">` named "Key figures for SYMBOL". The grid has one
 *   column below 280px of container width, two up to 540px, three up to 760px, then as
 *   many as fit (up to six) on wide containers.
 *
 * @summary Key figures as tiles.
 * @csspart list - The `<ul>` of tiles.
 * @csspart tile - Each tile (`<li>`).
 * @csspart label - A tile's label.
 * @csspart value - A tile's value.
 * @csspart mark - The tone mark (shape and hidden word).
 * @csspart hint - A tile's hint.
 * @cssprop --tkr-positive - Colour of the positive mark.
 * @cssprop --tkr-negative - Colour of the negative mark.
 * @cssprop --tkr-neutral - Colour of the neutral mark.
 * @cssprop --tkr-border - Tile border.
 * @cssprop --tkr-muted - Labels and hints.
 */
@customElement('kpi-strip')
export class KpiStrip extends ReportElement {
  static override styles = [
    ...ReportElement.styles,
    sharedStyles,
    css`
      .tiles {
        display: grid;
        grid-template-columns: minmax(0, 1fr);
        gap: 8px;
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .tile {
        display: grid;
        align-content: start;
        gap: 2px;
        min-width: 0;
        padding: 10px 12px;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_surface);
      }
      .label {
        color: var(--_muted);
        font-size: 0.8em;
        font-weight: 600;
        letter-spacing: 0.02em;
        text-transform: uppercase;
        overflow-wrap: anywhere;
      }
      .figure {
        display: flex;
        align-items: baseline;
        flex-wrap: wrap;
        gap: 0 6px;
      }
      .value {
        font-size: 1.35em;
        font-weight: 700;
        line-height: 1.25;
        font-variant-numeric: tabular-nums;
        white-space: nowrap;
      }
      .mark {
        font-size: 0.8em;
        line-height: 1;
      }
      .hint {
        color: var(--_muted);
        font-size: 0.82em;
        overflow-wrap: anywhere;
      }
      @container (min-width: 280px) {
        .tiles {
          grid-template-columns: repeat(2, minmax(0, 1fr));
        }
      }
      @container (min-width: 540px) {
        .tiles {
          grid-template-columns: repeat(3, minmax(0, 1fr));
        }
      }
      @container (min-width: 760px) {
        .tiles {
          grid-template-columns: repeat(auto-fit, minmax(max(120px, calc((100% - 40px) / 6)), 1fr));
        }
      }
    `,
  ];

  protected override emptyText = 'No key figures in this report.';

  protected hasContent(report: Report): boolean {
    return pickKpis(report).length > 0;
  }

  protected renderReport(report: Report, format: Formatter) {
    const tiles = kpiTiles(report, format);
    return html`<ul class="tiles" part="list" role="list" aria-label="Key figures for ${report.ticker.symbol}">
      ${tiles.map(
        (tile) => html`<li class="tile" part="tile" data-tone=${tile.tone ?? 'none'}>
          <span class="label" part="label">${tile.label}</span>
          <span class="figure"><span class="value" part="value">${tile.value}</span> ${toneMark(tile.tone)}</span>
          ${tile.hint ? html`<span class="hint" part="hint">${tile.hint}</span>` : nothing}
        </li>`,
      )}
    </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kpi-strip': KpiStrip;
  }
}
