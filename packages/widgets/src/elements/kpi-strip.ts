import { css, html } from 'lit';
import { ReportElement } from './base.js';
import type { Report } from '../data/validate.js';
import type { Formatter } from '../format/format.js';
import { shownValue } from '../charts/missing.js';
import { kpiTiles, pickKpis, tileWidth } from '../charts/kpi-strip.js';
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
 *   column below 274px of container width, two up to 416px, three up to 840px, then as
 *   many as fit (six on a wide card); a long value (past about 8 characters) widens every
 *   column (and is a size smaller on a phone), so a value and its mark always share one line. Labels, values and hints line
 *   up across a row of tiles (a subgrid), however many lines a label takes.
 * - A missing value is a dash, read as "not available".
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
export class KpiStrip extends ReportElement {
  static override styles = [
    ...ReportElement.styles,
    sharedStyles,
    css`
      /*
       * Each tile spans three rows of the list's grid (label, figure, hint) through a
       * subgrid, so labels that wrap in one tile push every value in that row down alike:
       * values line up. Columns are never narrower than the longest value and its mark
       * (.wide, .wider); one, two, three, then as many as fit (six on a wide card).
       */
      .tiles {
        --_tile: 9.5em;
        display: grid;
        grid-template-columns: minmax(0, 1fr);
        gap: 8px;
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .tiles.wide {
        --_tile: 11.5em;
      }
      .tiles.wider {
        --_tile: 14em;
      }
      .tile {
        display: grid;
        grid-row: span 3;
        grid-template-rows: subgrid;
        row-gap: 2px;
        min-width: 0;
        padding: 10px 12px;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_surface);
      }
      .label {
        align-self: end;
        color: var(--_muted);
        font-size: 0.8em;
        font-weight: 600;
        letter-spacing: 0.02em;
        text-transform: uppercase;
        overflow-wrap: break-word;
      }
      .figure {
        display: flex;
        align-items: baseline;
        flex-wrap: nowrap;
        gap: 0 6px;
        white-space: nowrap;
      }
      .value {
        font-size: 1.35em;
        font-weight: 700;
        line-height: 1.25;
        font-variant-numeric: tabular-nums;
      }
      .mark {
        font-size: 0.8em;
        line-height: 1;
      }
      .hint {
        color: var(--_muted);
        font-size: 0.82em;
        overflow-wrap: break-word;
      }
      @container (min-width: 19.6em) {
        .tiles {
          grid-template-columns: repeat(2, minmax(0, 1fr));
        }
      }
      @container (min-width: 29.7em) {
        .tiles {
          grid-template-columns: repeat(3, minmax(0, 1fr));
        }
      }
      @container (min-width: 60em) {
        .tiles {
          grid-template-columns: repeat(auto-fit, minmax(var(--_tile), 1fr));
        }
      }
      /* A phone: long values a size smaller, so two columns still hold them. */
      @container (max-width: 23.6em) {
        .tiles.wide .value {
          font-size: 1.2em;
        }
      }
      @container (max-width: 21em) {
        .tiles.wide {
          grid-template-columns: minmax(0, 1fr);
        }
      }
      @container (min-width: 21em) and (max-width: 35.7em) {
        .tiles.wide {
          grid-template-columns: repeat(2, minmax(0, 1fr));
        }
      }
      @container (max-width: 28.6em) {
        .tiles.wider {
          grid-template-columns: minmax(0, 1fr);
        }
      }
      @container (min-width: 28.6em) and (max-width: 43.2em) {
        .tiles.wider {
          grid-template-columns: repeat(2, minmax(0, 1fr));
        }
      }
      @container (min-width: 43.2em) and (max-width: 60em) {
        .tiles.wider {
          grid-template-columns: repeat(3, minmax(0, 1fr));
        }
      }
    `,
  ];

  protected override emptyMessage(format: Formatter): string {
    return format.t('kpi.empty');
  }

  protected hasContent(report: Report): boolean {
    return pickKpis(report).length > 0;
  }

  protected renderReport(report: Report, format: Formatter) {
    const tiles = kpiTiles(report, format);
    return html`<ul class="tiles ${tileWidth(tiles) ?? ''}" part="list" role="list" aria-label=${format.t('kpi.label', { symbol: report.ticker.symbol })}>
      ${tiles.map(
        (tile) => html`<li class="tile" part="tile" data-tone=${tile.tone ?? 'none'}>
          <span class="label" part="label">${tile.label}</span>
          <span class="figure"><span class="value" part="value">${shownValue(tile.value, format)}</span> ${toneMark(tile.tone, format)}</span>
          ${tile.hint ? html`<span class="hint" part="hint">${tile.hint}</span>` : html`<span></span>`}
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

customElements.define('kpi-strip', KpiStrip);
