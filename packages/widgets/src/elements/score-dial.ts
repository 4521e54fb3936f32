import { css, html, svg } from 'lit';
import { customElement } from 'lit/decorators.js';
import { ReportElement } from './base.js';
import { chartFrame } from './chart-frame.js';
import type { Report } from '../data/validate.js';
import type { Formatter } from '../format/format.js';
import { layoutScoreDial, renderScoreDial } from '../charts/score-dial.js';
import { dataTable } from './parts.js';
import { sharedStyles } from '../styles/shared.js';

function compositeScore(report: Report): number | undefined {
  const score = report.composite_score;
  return score !== undefined && Number.isFinite(score) ? score : undefined;
}

/**
 * The composite score as a 0-100 gauge: a 240° track with the value arc drawn from its
 * left end, the number in the middle, "Composite score" under it, and the setup
 * signature below the dial.
 *
 * The number keeps up to one decimal (`82`, `82.5`) in the element's locale; the arc is
 * clamped to 0-100 but the number is the report's. The value arc uses the accent colour:
 * the report gives the score no tone, so the dial does not invent one. Empty when
 * `composite_score` is missing.
 *
 * @summary Composite score: a 0-100 dial with the setup signature.
 * @csspart chart - The `<svg role="img">` dial.
 * @csspart signature - The setup signature under the dial.
 * @csspart table - The data-table disclosure.
 * @cssprop --tkr-accent - Colour of the value arc.
 * @cssprop --tkr-grid - Colour of the track.
 * @cssprop --tkr-text - Colour of the number and the signature.
 * @cssprop --tkr-muted - Colour of the caption and the 0/100 ticks.
 */
@customElement('score-dial')
export class ScoreDial extends ReportElement {
  static override styles = [
    ...ReportElement.styles,
    sharedStyles,
    css`
      .frame {
        justify-items: center;
      }
      svg {
        max-width: 260px;
      }
      .track {
        fill: var(--_grid);
      }
      .value-arc {
        fill: var(--_accent);
      }
      .score {
        font-size: 44px;
        font-weight: 650;
        font-variant-numeric: tabular-nums;
        letter-spacing: -0.02em;
      }
      .caption {
        font-size: 12px;
        fill: var(--_muted);
      }
      .signature {
        margin: 0;
        font-weight: 600;
        text-align: center;
      }
      details.data {
        justify-self: stretch;
      }
    `,
  ];

  protected override emptyText = 'No composite score in this report.';

  protected hasContent(report: Report): boolean {
    return compositeScore(report) !== undefined;
  }

  protected renderReport(report: Report, format: Formatter) {
    const score = compositeScore(report) ?? 0;
    const layout = layoutScoreDial(score);
    const text = format.number(score, 1);
    const signature = report.setup_signature;
    const label = `Composite score ${text} of ${format.number(100, 0)}${signature ? `: ${signature}` : ''}`;
    return html`<div class="frame">
      ${chartFrame(label, layout, svg`${renderScoreDial(layout, format, 'Composite score')}`)}
      ${signature ? html`<p class="signature" part="signature">${signature}</p>` : null}
      ${dataTable(format, `Composite score for ${report.ticker.symbol}`, ['Measure', 'Value'], () => [
        ['Composite score (0-100)', text],
        ['Setup signature', signature ?? '—'],
      ])}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'score-dial': ScoreDial;
  }
}
