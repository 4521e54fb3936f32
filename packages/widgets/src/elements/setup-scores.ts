import { css, html, nothing, type PropertyDeclarations } from 'lit';
import { ReportElement } from './base.js';
import { chartFrame } from './chart-frame.js';
import { ChartWidth, NARROW_BELOW } from './width.js';
import type { Report } from '../data/validate.js';
import { MISSING, type Formatter } from '../format/format.js';
import {
  descId,
  layoutScoreBars,
  pickScores,
  renderScoreBars,
  SCORE_WIDTHS,
  scoreName,
  scoreText,
} from '../charts/setup-scores.js';
import { dataTable } from './parts.js';
import { OnDemand } from './on-demand.js';
import { sharedStyles } from '../styles/shared.js';

/** The radar drawing, a module of its own, fetched the first time a radar is asked for (the bars if it cannot be). */
export const radarDrawing = new OnDemand(() => import('../charts/score-radar.js'));

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
 * Laid out for the element's measured width, one unit to one CSS pixel, with labels and
 * values at 12px. Below 560px the narrow drawing: bars put each label on its own line above
 * its bar; the radar uses a smaller circle (smaller still if a label's longest word would not
 * fit beside it) and breaks a side label over two lines. A label is cut with "…" only when
 * even that cannot hold it; its group's name keeps it whole.
 *
 * Each score is a focusable group (`tabindex="0"`) named "Trend 100" and described
 * (`aria-describedby`) by the report's description of that score. The description also
 * appears in the line under the chart (`part="description"`) while the score is hovered or
 * focused (the hovered one wins); the hovered/focused score is highlighted. Values
 * outside 0-100 are clamped for drawing, never for the number. A score without a value
 * shows `—` and no bar (radar: no vertex; the polygon joins the scores that have one), and
 * is named "Dynamics: not available".
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
export class SetupScores extends ReportElement {
  static override properties: PropertyDeclarations = {
    variant: { reflect: true },
    _hovered: { state: true, attribute: false },
    _focused: { state: true, attribute: false },
  };

  static override styles = [
    ...ReportElement.styles,
    sharedStyles,
    css`
      /* 12px: SCORE_FONT in charts/setup-scores.ts reserves room for text of this size. */
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
        font-size: 11px;
        paint-order: stroke;
        stroke: var(--_surface);
        stroke-width: 3px;
        stroke-linejoin: round;
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
  variant: SetupScoresVariant = 'bars';

  /** The score under the pointer, and the one with keyboard focus (the pointer wins). */
  private _hovered?: number;
  private _focused?: number;

  private readonly _width = new ChartWidth(this);

  protected override emptyMessage(format: Formatter): string {
    return format.t('scores.empty');
  }

  protected override awaitedModule() {
    return this.variant === 'radar' ? radarDrawing : undefined;
  }

  protected hasContent(report: Report): boolean {
    return (report.setup?.scores ?? []).some((s) => s.value !== undefined && Number.isFinite(s.value));
  }

  protected renderReport(report: Report, format: Formatter) {
    const t = format.t;
    const scores = pickScores(report, format);
    const symbol = report.ticker.symbol;
    const label = t('scores.name', { symbol, scores: scores.map((s) => scoreName(s, format)).join(', ') });
    const active = this._hovered ?? this._focused;
    const radar = this.variant === 'radar' && !radarDrawing.failed;
    const shown = active === undefined ? undefined : scores[active];
    const on = {
      pointerover: this._onPointer,
      pointerleave: this._onPointerLeave,
      focusin: this._onFocus,
      focusout: this._onBlur,
    };
    // Laid out for the measured width like every chart (ChartWidth), drawn with the
    // hover and focus listeners the shared frame takes.
    const chart = (width: number, className: string) => {
      // The radar's labels need room around the circle below 560px; the bars decide for
      // themselves (only where their label column would squeeze the tracks).
      const options = { className: `${className} ${radar ? 'radar' : 'bars'}`, pad: 2, on };
      if (radar) {
        // Until the radar's module arrives, nothing is drawn; the element redraws then.
        const drawing = radarDrawing.use(this);
        if (!drawing) return nothing;
        const layout = drawing.layoutScoreRadar(scores, width, format, width < NARROW_BELOW);
        return chartFrame(label, layout, drawing.renderScoreRadar(layout, format, active), options);
      }
      const layout = layoutScoreBars(scores, width, format);
      return chartFrame(label, layout, renderScoreBars(layout, format, active), options);
    };
    return html`<div class="gauge"></div><div class="frame">
      ${this._width.each(SCORE_WIDTHS, chart)}
      <p class="tip" part="description" aria-hidden="true">
        ${
          shown
            ? html`<strong>${scoreName(shown, format)}</strong>${shown.description ? ` · ${shown.description}` : ''}`
            : html`<span class="hint">${t('scores.hint')}</span>`
        }
      </p>
      <div hidden>${scores.map((s, i) => (s.description ? html`<span id=${descId(i)}>${s.description}</span>` : null))}</div>
      ${dataTable(format, t('scores.caption', { symbol }), [t('scores.score'), t('scores.value'), t('scores.description')], () =>
        scores.map((s) => [s.label, scoreText(s.value, format), s.description ?? MISSING]),
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

customElements.define('setup-scores', SetupScores);
