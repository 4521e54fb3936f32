import { css, html } from 'lit';
import { ReportElement } from './base.js';
import type { Report } from '../data/validate.js';
import type { Formatter } from '../format/format.js';
import { shownValue } from '../charts/missing.js';
import { NOTE_TITLES, pickNotes, pickSignals } from '../charts/signal-list.js';
import { figureText, toneMark } from '../charts/tone-mark.js';
import { sharedStyles } from '../styles/shared.js';

/**
 * The report's signals and its notes: `signals` as label/value rows with a tone mark, then
 * `opportunities`, `risks` and `watch_points` as bulleted lists under headings.
 *
 * - A signal's value is formatted for the locale from its unit; a percent with a tone is a
 *   change and is shown signed. Words (`Active`) are shown as sent.
 * - Tone is a coloured shape (▲ positive, ▼ negative, ● neutral) plus its word for
 *   assistive technology; never colour alone.
 * - Every string from the report is bound as text, never as markup.
 * - An empty or missing list is left out; the element is empty only when all four are.
 * - One column on a narrow container; two (signals beside the notes) from 560px.
 *
 * @summary Signals, opportunities, risks and watch points.
 * @csspart signals - The signals section.
 * @csspart signal - Each signal row (`<li>`).
 * @csspart mark - A signal's tone mark (shape and hidden word).
 * @csspart notes - Each note section (also `notes-opportunities`, `notes-risks`, `notes-watch_points`).
 * @csspart title - Each section's heading.
 * @cssprop --tkr-positive - Positive marks and opportunity bullets.
 * @cssprop --tkr-negative - Negative marks and risk bullets.
 * @cssprop --tkr-neutral - Neutral marks.
 * @cssprop --tkr-accent - Watch-point bullets.
 * @cssprop --tkr-grid - Row dividers.
 */
export class SignalList extends ReportElement {
  static override styles = [
    ...ReportElement.styles,
    sharedStyles,
    css`
      .layout {
        display: grid;
        grid-template-columns: minmax(0, 1fr);
        gap: 16px;
      }
      .notes-column {
        display: grid;
        align-content: start;
        gap: 16px;
      }
      section {
        display: grid;
        align-content: start;
        gap: 6px;
        min-width: 0;
      }
      ul {
        margin: 0;
        padding: 0;
      }
      .signals {
        list-style: none;
      }
      .signal {
        display: flex;
        flex-wrap: wrap;
        align-items: baseline;
        justify-content: space-between;
        gap: 0 12px;
        padding: 6px 0;
        border-bottom: 1px solid var(--_grid);
      }
      .signal:last-child {
        border-bottom: none;
      }
      .label {
        color: var(--_muted);
      }
      .value {
        margin-inline-start: auto;
        font-weight: 600;
        font-variant-numeric: tabular-nums;
      }
      .mark {
        display: inline-block;
        min-width: 1.2em;
        text-align: center;
        font-size: 0.85em;
      }
      .notes {
        padding-inline-start: 1.3em;
        display: grid;
        gap: 4px;
      }
      .notes li {
        padding-inline-start: 2px;
      }
      .notes li::marker {
        font-weight: 700;
      }
      .opportunities li::marker {
        content: '+  ';
        color: var(--_positive);
      }
      .risks li::marker {
        content: '!  ';
        color: var(--_negative);
      }
      .watch_points li::marker {
        content: '◦  ';
        color: var(--_accent);
      }
      @container (min-width: 560px) {
        .layout {
          grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
          gap: 24px;
        }
        .layout > :only-child {
          grid-column: 1 / -1;
        }
      }
    `,
  ];

  protected override emptyMessage(format: Formatter): string {
    return format.t('signals.empty');
  }

  protected hasContent(report: Report): boolean {
    return pickSignals(report).length > 0 || pickNotes(report).length > 0;
  }

  protected renderReport(report: Report, format: Formatter) {
    const signals = pickSignals(report);
    const notes = pickNotes(report);
    return html`<div class="layout">
      ${
        signals.length
          ? html`<section part="signals" aria-labelledby="title-signals">
            <h4 class="title caps" part="title" id="title-signals">${format.t('signals.signals')}</h4>
            <ul class="signals" role="list">
              ${signals.map(
                (s) => html`<li class="signal" part="signal" data-tone=${s.tone ?? 'none'}>
                  <span class="label">${s.label ?? ''}</span>
                  <span class="value">${shownValue(figureText(s.value, s.tone, format), format)} ${toneMark(s.tone, format)}</span>
                </li>`,
              )}
            </ul>
          </section>`
          : null
      }
      ${
        notes.length
          ? html`<div class="notes-column">
            ${notes.map(
              ({ name, items }) => html`<section part="notes notes-${name}" aria-labelledby="title-${name}" data-list=${name}>
                <h4 class="title caps" part="title" id="title-${name}">${format.t(NOTE_TITLES[name])}</h4>
                <ul class="notes ${name}">
                  ${items.map((item) => html`<li>${item}</li>`)}
                </ul>
              </section>`,
            )}
          </div>`
          : null
      }
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'signal-list': SignalList;
  }
}

customElements.define('signal-list', SignalList);
