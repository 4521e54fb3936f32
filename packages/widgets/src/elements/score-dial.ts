import { css, html, isServer } from 'lit';
import { ReportElement } from './base.js';
import { chartFrame } from './chart-frame.js';
import { ChartWidth } from './width.js';
import type { Report } from '../data/validate.js';
import type { Formatter } from '../format/format.js';
import { DIAL_WIDTH, layoutScoreDial, renderScoreDial } from '../charts/score-dial.js';
import { sharedStyles } from '../styles/shared.js';

function compositeScore(report: Report): number | undefined {
  const score = report.composite_score;
  return score !== undefined && Number.isFinite(score) ? score : undefined;
}

/** The compact dial's width: the report card's header gives the dial 110px. */
const COMPACT_WIDTH = 110;

/**
 * The composite score as a 0-100 gauge: a 240° track with the value arc drawn from its
 * left end, the number in the middle, "Composite score" under it, and the setup
 * signature below the dial.
 *
 * The number is a whole number in the element's locale, like every score; the arc is
 * clamped to 0-100 but the number is the report's. The value arc uses the accent colour:
 * the report gives the score no tone, so the dial does not invent one. Without a score (but
 * with a signature) the dial shows a dash, named "Composite score not available"; empty
 * when the report has neither.
 *
 * Drawn one unit to one CSS pixel: 200px wide from a 200px box, else a compact 110px dial
 * with its caption under the ring, so its text keeps its size (11px at the least) in the
 * report card's header. A single number needs no data table: the accessible name states
 * it and the signature.
 *
 * @summary Composite score: a 0-100 dial with the setup signature.
 * @csspart chart - The `<svg role="img">` dial.
 * @csspart signature - The setup signature under the dial.
 * @cssprop --tkr-accent - Colour of the value arc.
 * @cssprop --tkr-grid - Colour of the track.
 * @cssprop --tkr-text - Colour of the number and the signature.
 * @cssprop --tkr-muted - Colour of the caption and the 0/100 ticks.
 */
export class ScoreDial extends ReportElement {
  static override styles = [
    ...ReportElement.styles,
    sharedStyles,
    css`
      .frame {
        justify-items: center;
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
      .score.missing {
        fill: var(--_muted);
      }
      .tick,
      .caption {
        font-size: 12px;
        fill: var(--_muted);
      }
      .compact .score {
        font-size: 28px;
      }
      .compact .tick {
        font-size: 11px;
      }
      .signature {
        margin: 0;
        font-weight: 600;
        text-align: center;
      }
    `,
    // Server-rendered markup carries both drawings (styles/host.ts shows the wide one from
    // 560px); the dial is full from 200px, as the browser draws it.
    ...(isServer
      ? [
          css`
            @container (min-width: 200px) {
              .chart--narrow {
                display: none;
              }
              .chart--wide {
                display: block;
              }
            }
          `,
        ]
      : []),
  ];

  private readonly _width = new ChartWidth(this);

  protected override emptyMessage(format: Formatter): string {
    return format.t('dial.empty');
  }

  protected hasContent(report: Report): boolean {
    return compositeScore(report) !== undefined || !!report.setup_signature;
  }

  protected renderReport(report: Report, format: Formatter) {
    const t = format.t;
    const score = compositeScore(report);
    const signature = report.setup_signature;
    const caption = t('dial.caption');
    const name =
      score === undefined ? t('dial.missing') : t('dial.name', { score: format.number(score, 0), max: format.number(100, 0) });
    const label = signature ? t('dial.signed', { name, signature }) : name;
    const chart = (width: number, className: string) => {
      const layout = layoutScoreDial(score, width);
      return chartFrame(label, layout, renderScoreDial(layout, format, caption), {
        className: layout.compact ? `${className} compact` : className,
      });
    };
    return html`<div class="gauge"></div><div class="frame">
      ${
        // The dial draws in any box, however small (the card header gives it 110px).
        this._width.each([DIAL_WIDTH, COMPACT_WIDTH], chart, 0)
      }
      ${signature ? html`<p class="signature" part="signature">${signature}</p>` : null}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'score-dial': ScoreDial;
  }
}

customElements.define('score-dial', ScoreDial);
