import { css, html, svg } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ReportElement } from './base.js';
import { chartFrame } from './chart-frame.js';
import type { Report } from '../data/validate.js';
import type { Formatter } from '../format/format.js';
import {
  descId,
  layoutScoreBars,
  layoutScoreRadar,
  pickScores,
  renderScoreBars,
  renderScoreRadar,
  scoreText,
} from '../charts/setup-scores.js';
import { dataTable } from './parts.js';
import { sharedStyles } from '../styles/shared.js';

export type SetupScoresVariant = 'bars' | 'radar';

/**
 * The six setup scores (`setup.scores`, each 0-100) as labelled bars or as a radar.
 *
 * `variant="bars"` (default): one row per score, the bar's length proportional to the value
 * on a fixed 0-100 track with gridlines at 0/25/50/75/100; the bar takes the score's tone
 * (positive, neutral, negative) as colour, and the number is always printed beside it.
 * `variant="radar"`: one spoke per score, clockwise from the top, rings at 25/50/75/100, and
 * the scores joined as a filled polygon; each spoke is labelled with name and number.
 *
 * Each score is a focusable group (`tabindex="0"`) named "Trend 100" and described
 * (`aria-describedby`) by the report's description of that score. The description also
 * appears in the line under the chart (`part="description"`) while the score is hovered or
 * focused (the hovered one wins); the hovered/focused score is highlighted. Values
 * outside 0-100 are clamped for drawing, never for the number. A score without a value
 * shows `—` and no bar (radar: no vertex; the polygon joins the scores that have one).
 * The element is empty when the report has no score with a value.
 *
 * @summary Setup scores: six 0-100 scores as bars or a radar.
 * @csspart chart - The `<svg role="img">`.
 * @csspart description - The line under the chart with the hovered or focused score's description.
 * @csspart table - The data-table disclosure (Score, Value, Description).
 * @cssprop --tkr-positive - Colour of bars with a positive tone.
 * @cssprop --tkr-neutral - Colour of bars with a neutral tone (or none).
 * @cssprop --tkr-negative - Colour of bars with a negative tone.
 * @cssprop --tkr-accent - Radar polygon and focus ring.
 * @cssprop --tkr-grid - Tracks, gridlines, rings and spokes.
 */
@customElement('setup-scores')
export class SetupScores extends ReportElement {
  static override styles = [
    ...ReportElement.styles,
    sharedStyles,
    css`
      svg {
        max-width: 640px;
      }
      .label {
        font-size: 12px;
        font-weight: 600;
      }
      .value {
        font-size: 12px;
        font-weight: 650;
        font-variant-numeric: tabular-nums;
      }
      .label .value {
        fill: var(--_text);
      }
      .bars .label {
        fill: var(--_muted);
      }
      .track {
        fill: var(--_grid);
      }
      .hit {
        fill: transparent;
        stroke: none;
      }
      .score {
        cursor: default;
        outline: none;
      }
      .focus-ring {
        fill: none;
        stroke: none;
      }
      .score.active .hit {
        fill: var(--_accent);
        fill-opacity: 0.08;
      }
      .score:focus-visible .focus-ring,
      .bars .score:focus-visible .hit {
        stroke: var(--_accent);
        stroke-width: 2;
      }
      .tip {
        margin: 0;
        min-height: 2.8em;
        font-size: 0.9em;
        color: var(--_text);
      }
      .tip .hint {
        color: var(--_muted);
      }
      .ring,
      .spoke {
        fill: none;
        stroke: var(--_grid);
        stroke-width: 1;
      }
      .ring[data-value='100'] {
        stroke: var(--_border);
      }
      .ring-label {
        font-size: 10px;
        paint-order: stroke;
        stroke: var(--_surface);
        stroke-width: 3px;
        stroke-linejoin: round;
      }
      svg.radar {
        max-width: 520px;
      }
      .area {
        fill: var(--_accent);
        fill-opacity: 0.18;
        stroke: var(--_accent);
        stroke-width: 2;
        stroke-linejoin: round;
      }
      details.data td:last-child {
        text-align: start;
      }
      .vertex {
        stroke: var(--_surface);
        stroke-width: 1.5;
      }
    `,
  ];

  /** `bars` (default) or `radar`. */
  @property({ reflect: true }) variant: SetupScoresVariant = 'bars';

  /** The score under the pointer, and the one with keyboard focus (the pointer wins). */
  @state() private _hovered?: number;
  @state() private _focused?: number;

  protected override emptyText = 'No setup scores in this report.';

  protected hasContent(report: Report): boolean {
    return pickScores(report).some((s) => s.value !== undefined);
  }

  protected renderReport(report: Report, format: Formatter) {
    const scores = pickScores(report);
    const label = `Setup scores for ${report.ticker.symbol}: ${scores.map((s) => `${s.label} ${scoreText(s.value, format)}`).join(', ')}.`;
    const active = this._hovered ?? this._focused;
    const radar = this.variant === 'radar';
    const layout = radar ? layoutScoreRadar(scores) : layoutScoreBars(scores);
    const shown = active === undefined ? undefined : scores[active];
    return html`<div class="frame">
      ${chartFrame(
        label,
        layout,
        svg`${'axes' in layout ? renderScoreRadar(layout, format, active) : renderScoreBars(layout, format, active)}`,
        {
          className: radar ? 'radar' : 'bars',
          pad: 2,
          padX: 6,
          on: {
            pointerover: this._onPointer,
            pointerleave: this._onPointerLeave,
            focusin: this._onFocus,
            focusout: this._onBlur,
          },
        },
      )}
      <p class="tip" part="description" aria-hidden="true">
        ${
          shown
            ? html`<strong>${shown.label} ${scoreText(shown.value, format)}</strong>${shown.description ? ` · ${shown.description}` : ''}`
            : html`<span class="hint">Hover over or focus a score to see what it measures.</span>`
        }
      </p>
      <div hidden>${scores.map((s, i) => (s.description ? html`<span id=${descId(i)}>${s.description}</span>` : null))}</div>
      ${dataTable(format, `Setup scores for ${report.ticker.symbol} (0-100)`, ['Score', 'Value', 'Description'], () =>
        scores.map((s) => [s.label, scoreText(s.value, format), s.description ?? '—']),
      )}
    </div>`;
  }

  private _index(event: Event): number | undefined {
    const group = (event.target as Element | null)?.closest?.('g.score');
    const index = group ? Number(group.getAttribute('data-index')) : NaN;
    return Number.isInteger(index) ? index : undefined;
  }

  private _onPointer = (event: PointerEvent) => {
    this._hovered = this._index(event);
  };

  private _onPointerLeave = () => {
    this._hovered = undefined;
  };

  private _onFocus = (event: FocusEvent) => {
    this._focused = this._index(event);
  };

  private _onBlur = (event: FocusEvent) => {
    const next = event.relatedTarget as Element | null;
    if (!next?.closest?.('g.score')) this._focused = undefined;
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'setup-scores': SetupScores;
  }
}
