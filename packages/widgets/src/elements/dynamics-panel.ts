import { css, html, nothing, svg, type TemplateResult } from 'lit';
import { ReportElement } from './base.js';
import { chartFrame } from './chart-frame.js';
import type { Report } from '../data/validate.js';
import type { Formatter } from '../format/format.js';
import {
  layoutUpDown,
  layoutVolume,
  mdText,
  pickDynamics,
  renderUpDown,
  renderVolume,
  rsText,
  type SplitLayout,
  type VolumeLayout,
} from '../charts/dynamics-panel.js';
import { dataTable, missingValue } from './parts.js';
import { shownValue, spokenValue } from '../charts/missing.js';
import { ChartWidth } from './width.js';
import { toneMark } from '../charts/tone-mark.js';
import { sharedStyles } from '../styles/shared.js';

type Group = 'dynamics' | 'volume' | 'risk';
const TITLES = { dynamics: 'dyn.dynamics', volume: 'dyn.volume', risk: 'dyn.risk' } as const;
const NONE = { dynamics: 'dyn.noDynamics', volume: 'dyn.noVolume', risk: 'dyn.noRisk' } as const;

/** Server drawings of the two charts (the browser draws them for the group's measured width). */
const WIDTHS = [320, 280] as const;

/**
 * Market dynamics, volume and risk in three groups. On a container 560px wide and up the
 * dynamics run as one row of three figures across the top, with volume and risk side by
 * side below (boxes of about the same height, none mostly empty); stacked when narrower.
 *
 * - Dynamics: market dynamics (two decimals, signed, with its tone mark) and relative
 *   strength (two decimals), each with its 4-week change, and the expectation with its
 *   probability. No chart: three numbers read better as text.
 * - Volume: the latest week, the 13-week and the 52-week average as three columns on one
 *   baseline (heights proportional to volume, compact values above), then the ratios.
 * - Risk: up and down weeks as one split bar (▲ up from the left, ▼ down from the right,
 *   widths proportional to the counts, both counts written on it), then volatility (13 and
 *   52 weeks), downside breadth and the average gain and loss, signed.
 *
 * Both charts are `<svg role="img">` named with their numbers and laid out for the group's
 * measured width. The volume chart has its numbers in a data table too; the split bar,
 * whose two counts are written on it, has none. A missing figure shows a dash read as "not
 * available". A group whose section is missing (or has no values) says so ("No dynamics
 * data") and the others render; the element is empty only when all three are missing.
 *
 * @summary Market dynamics, volume against its averages, and risk.
 * @csspart group - Each of the three groups (also `group-dynamics`, `group-volume`, `group-risk`).
 * @csspart title - A group's heading.
 * @csspart facts - A group's list of figures (`<dl>`).
 * @csspart mark - The tone mark of market dynamics.
 * @csspart chart - Each `<svg role="img">` (also `chart-volume`, `chart-risk`).
 * @csspart table - The volume chart's data-table disclosure.
 * @csspart group-empty - The message of a group whose section is missing.
 * @cssprop --tkr-accent - The latest week's volume column.
 * @cssprop --tkr-neutral - The average volume columns and the neutral mark.
 * @cssprop --tkr-positive - Up weeks and the positive mark.
 * @cssprop --tkr-negative - Down weeks and the negative mark.
 * @cssprop --tkr-border - Group borders.
 */
export class DynamicsPanel extends ReportElement {
  static override styles = [
    ...ReportElement.styles,
    sharedStyles,
    css`
      .groups {
        display: grid;
        grid-template-columns: minmax(0, 1fr);
        gap: 12px;
      }
      .group {
        display: grid;
        align-content: start;
        gap: 10px;
        min-width: 0;
        padding: 12px;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
      }
      /* The gauge measures the group's content width, out of the group's grid flow. */
      .group {
        position: relative;
      }
      .group > .gauge {
        position: absolute;
        top: 0;
        inset-inline: 12px;
      }
      .facts {
        display: grid;
        gap: 6px;
        margin: 0;
      }
      .facts div {
        display: flex;
        flex-wrap: wrap;
        justify-content: space-between;
        align-items: baseline;
        gap: 0 12px;
        padding-bottom: 6px;
        border-bottom: 1px solid var(--_grid);
      }
      .facts div:last-child {
        padding-bottom: 0;
        border-bottom: none;
      }
      .facts dt {
        color: var(--_muted);
      }
      .facts dd {
        margin: 0;
        margin-inline-start: auto;
        text-align: end;
        font-weight: 600;
        font-variant-numeric: tabular-nums;
      }
      .facts .sub {
        color: var(--_muted);
        font-weight: 400;
        font-size: 0.9em;
      }
      .mark {
        font-size: 0.85em;
      }
      .bar.latest {
        fill: var(--_accent);
      }
      .bar.avg {
        fill: var(--_neutral);
      }
      .value,
      .split-label,
      .tick {
        font-size: 12px;
        font-variant-numeric: tabular-nums;
      }
      .value,
      .split-label {
        font-weight: 600;
      }
      .split-label tspan.pos {
        fill: var(--_positive);
      }
      .split-label tspan.neg {
        fill: var(--_negative);
      }
      @container (min-width: 560px) {
        .groups {
          grid-template-columns: repeat(2, minmax(0, 1fr));
        }
        .group[data-group='dynamics'] {
          grid-column: 1 / -1;
        }
        /* The three dynamics figures as one row: term above value. */
        .group[data-group='dynamics'] .facts {
          grid-template-columns: repeat(3, minmax(0, 1fr));
          gap: 12px 24px;
        }
        .group[data-group='dynamics'] .facts div {
          display: grid;
          align-content: start;
          gap: 2px;
          padding: 0;
          border: none;
        }
        .group[data-group='dynamics'] .facts dd {
          margin: 0;
          text-align: start;
        }
      }
    `,
  ];

  private _width = new ChartWidth(this);

  protected override emptyMessage(format: Formatter): string {
    return format.t('dyn.empty');
  }

  protected hasContent(report: Report): boolean {
    const { dynamics, volume, risk } = pickDynamics(report);
    return Boolean(dynamics || volume || risk);
  }

  protected renderReport(report: Report, format: Formatter) {
    const { dynamics, volume, risk } = pickDynamics(report);
    const symbol = report.ticker.symbol;
    // The volume group measures the width both charts are laid out for (volume and risk
    // share a row on a wide container, and each takes the whole width on a narrow one).
    return html`<div class="groups">
      ${this.group('dynamics', format, dynamics && this.dynamics(dynamics, format))}
      ${this.group('volume', format, volume && this.volume(volume, symbol, format), true)}
      ${this.group('risk', format, risk && this.risk(risk, symbol, format))}
    </div>`;
  }

  private group(name: Group, format: Formatter, body: TemplateResult | undefined, gauge = false) {
    const id = `title-${name}`;
    return html`<section class="group" part="group group-${name}" aria-labelledby=${id} data-group=${name}>
      ${gauge ? html`<div class="gauge"></div>` : nothing}
      <h4 class="title caps" part="title" id=${id}>${format.t(TITLES[name])}</h4>
      ${body ?? html`<p class="state" part="group-empty">${format.t(NONE[name])}</p>`}
    </section>`;
  }

  /** A chart laid out for the measured width (on the server: a wide and a narrow drawing). */
  private chart<L extends VolumeLayout | SplitLayout>(
    label: string,
    part: string,
    layout: (width: number) => L | undefined,
    draw: (layout: L) => ReturnType<typeof svg>,
  ) {
    return this._width.each(WIDTHS, (width, className) => {
      const drawing = layout(width);
      return drawing ? chartFrame(label, drawing, draw(drawing), { part, className }) : nothing;
    });
  }

  private dynamics(d: NonNullable<Report['dynamics']>, format: Formatter) {
    const change = (v: number | undefined) =>
      v === undefined
        ? nothing
        : html` <span class="sub">${format.t('dyn.in4', { change: format.percent(v, { signed: true }) })}</span>`;
    return html`<dl class="facts" part="facts">
      <div>
        <dt>${format.t('dyn.md')}</dt>
        <dd>${shownValue(mdText(format, d.market_dynamics), format)} ${toneMark(d.market_dynamics_tone, format)}${change(d.md_4_change)}</dd>
      </div>
      <div>
        <dt>${format.t('dyn.rs')}</dt>
        <dd>${shownValue(rsText(format, d.relative_strength), format)}${change(d.rs_4_change)}</dd>
      </div>
      <div>
        <dt>${format.t('dyn.expectation')}</dt>
        <dd>
          ${d.expectation ?? missingValue(format)}${
            d.expectation_probability !== undefined
              ? html` <span class="sub">${format.t('dyn.probability', { p: format.percent(d.expectation_probability) })}</span>`
              : nothing
          }
        </dd>
      </div>
    </dl>`;
  }

  private volume(v: NonNullable<Report['volume']>, symbol: string, format: Formatter) {
    const named = (text: string) => spokenValue(text, format);
    const [latest, avg13, avg52] = layoutVolume(v).bars.map((b) => format.compact(b.value));
    const ratios =
      v.ratio_13 !== undefined || v.ratio_52 !== undefined
        ? format.t('dyn.volumeRatios', { r13: named(format.ratio(v.ratio_13)), r52: named(format.ratio(v.ratio_52)) })
        : '';
    const label = format.t('dyn.volumeLabel', {
      symbol,
      latest: named(latest),
      avg13: named(avg13),
      avg52: named(avg52),
      ratios,
    });
    return html`${this.chart(
      label,
      'chart chart-volume',
      (width) => layoutVolume(v, width),
      (layout) => svg`${renderVolume(layout, format)}`,
    )}
      <dl class="facts" part="facts">
        <div><dt>${format.t('dyn.ratio13')}</dt><dd>${shownValue(format.ratio(v.ratio_13), format)}</dd></div>
        <div><dt>${format.t('dyn.ratio52')}</dt><dd>${shownValue(format.ratio(v.ratio_52), format)}</dd></div>
      </dl>
      ${dataTable(format, format.t('dyn.volumeCaption', { symbol }), [format.t('dyn.week'), format.t('dyn.volume')], () => [
        [format.t('dyn.latest'), latest],
        [format.t('dyn.avg13Long'), avg13],
        [format.t('dyn.avg52Long'), avg52],
      ])}`;
  }

  private risk(k: NonNullable<Report['risk']>, symbol: string, format: Formatter) {
    const split = layoutUpDown(k);
    const pct = (v: number | undefined) => shownValue(format.percent(v), format);
    const signed = (v: number | undefined) => shownValue(format.percent(v, { signed: true }), format);
    const label = split
      ? format.t('dyn.splitLabel', {
          symbol,
          up: format.number(split.up, 0),
          down: format.number(split.down, 0),
          total: format.number(split.total, 0),
        })
      : '';
    return html`${
      split
        ? this.chart(
            label,
            'chart chart-risk',
            (width) => layoutUpDown(k, width),
            (layout) => svg`${renderUpDown(layout, format)}`,
          )
        : nothing
    }
      <dl class="facts" part="facts">
        ${
          // No split bar without both counts: the counts keep their place, each with its dash.
          split
            ? nothing
            : html`<div><dt>${format.t('dyn.upWeeks')}</dt><dd>${shownValue(format.number(k.upside_weeks, 0), format)}</dd></div>
                <div><dt>${format.t('dyn.downWeeks')}</dt><dd>${shownValue(format.number(k.downside_weeks, 0), format)}</dd></div>`
        }
        <div><dt>${format.t('dyn.vol13')}</dt><dd>${pct(k.volatility_13)}</dd></div>
        <div><dt>${format.t('dyn.vol52')}</dt><dd>${pct(k.volatility_52)}</dd></div>
        <div><dt>${format.t('dyn.downside')}</dt><dd>${pct(k.downside_breadth)}</dd></div>
        <div><dt>${format.t('dyn.gain')}</dt><dd>${signed(k.average_gain)}</dd></div>
        <div><dt>${format.t('dyn.loss')}</dt><dd>${signed(k.average_loss)}</dd></div>
      </dl>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dynamics-panel': DynamicsPanel;
  }
}

customElements.define('dynamics-panel', DynamicsPanel);
