import { css, html, nothing, svg, type TemplateResult } from 'lit';
import { customElement } from 'lit/decorators.js';
import { ReportElement } from './base.js';
import { chartFrame } from './chart-frame.js';
import type { Report } from '../data/validate.js';
import type { Formatter } from '../format/format.js';
import { layoutUpDown, layoutVolume, pickDynamics, renderUpDown, renderVolume } from '../charts/dynamics-panel.js';
import { dataTable } from './parts.js';
import { toneMark } from '../charts/tone-mark.js';
import { sharedStyles } from '../styles/shared.js';

type Group = 'dynamics' | 'volume' | 'risk';
const TITLES: Record<Group, string> = { dynamics: 'Dynamics', volume: 'Volume', risk: 'Risk' };

/**
 * Market dynamics, volume and risk in three groups, side by side on a wide container
 * (640px and up) and stacked on a narrow one.
 *
 * - Dynamics: market dynamics (with its tone mark) and relative strength, each with its
 *   4-week change, and the expectation with its probability. No chart: three numbers read
 *   better as text.
 * - Volume: the latest week, the 13-week and the 52-week average as three columns on one
 *   baseline (heights proportional to volume, compact values above), then the ratios.
 * - Risk: up and down weeks as one split bar (▲ up from the left, ▼ down from the right,
 *   widths proportional to the counts), then volatility (13 and 52 weeks), downside
 *   breadth and the average gain and loss, signed.
 *
 * Each chart is an `<svg role="img">` named with its numbers, with the same numbers in a
 * data table. A group whose section is missing (or has no values) says so ("No dynamics
 * data") and the others render; the element is empty only when all three are missing.
 *
 * @summary Market dynamics, volume against its averages, and risk.
 * @csspart group - Each of the three groups (also `group-dynamics`, `group-volume`, `group-risk`).
 * @csspart title - A group's heading.
 * @csspart facts - A group's list of figures (`<dl>`).
 * @csspart mark - The tone mark of market dynamics.
 * @csspart chart - Each `<svg role="img">` (also `chart-volume`, `chart-risk`).
 * @csspart table - Each data-table disclosure.
 * @csspart group-empty - The message of a group whose section is missing.
 * @cssprop --tkr-accent - The latest week's volume column.
 * @cssprop --tkr-neutral - The average volume columns and the neutral mark.
 * @cssprop --tkr-positive - Up weeks and the positive mark.
 * @cssprop --tkr-negative - Down weeks and the negative mark.
 * @cssprop --tkr-border - Group borders.
 */
@customElement('dynamics-panel')
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
      .none {
        margin: 0;
        color: var(--_muted);
      }
      svg {
        max-width: 360px;
      }
      .bar.latest {
        fill: var(--_accent);
      }
      .bar.avg {
        fill: var(--_neutral);
      }
      .value,
      .split-label {
        font-size: 12px;
        font-weight: 600;
        font-variant-numeric: tabular-nums;
      }
      .tick {
        font-size: 11px;
      }
      .split-label tspan.pos {
        fill: var(--_positive);
      }
      .split-label tspan.neg {
        fill: var(--_negative);
      }
      @container (min-width: 640px) {
        .groups {
          grid-template-columns: repeat(3, minmax(0, 1fr));
        }
      }
    `,
  ];

  protected override emptyText = 'No dynamics, volume or risk data in this report.';

  protected hasContent(report: Report): boolean {
    const { dynamics, volume, risk } = pickDynamics(report);
    return Boolean(dynamics || volume || risk);
  }

  protected renderReport(report: Report, format: Formatter) {
    const { dynamics, volume, risk } = pickDynamics(report);
    const symbol = report.ticker.symbol;
    return html`<div class="groups">
      ${this.group('dynamics', dynamics && this.dynamics(dynamics, format))}
      ${this.group('volume', volume && this.volume(volume, symbol, format))}
      ${this.group('risk', risk && this.risk(risk, symbol, format))}
    </div>`;
  }

  private group(name: Group, body: TemplateResult | undefined) {
    const id = `title-${name}`;
    return html`<section class="group" part="group group-${name}" aria-labelledby=${id} data-group=${name}>
      <h4 class="title caps" part="title" id=${id}>${TITLES[name]}</h4>
      ${body ?? html`<p class="none" part="group-empty">No ${name} data</p>`}
    </section>`;
  }

  private dynamics(d: NonNullable<Report['dynamics']>, format: Formatter) {
    const change = (v: number | undefined) =>
      v === undefined ? nothing : html` <span class="sub">${format.percent(v, { signed: true })} in 4 wk</span>`;
    return html`<dl class="facts" part="facts">
      <div>
        <dt>Market dynamics</dt>
        <dd>${format.number(d.market_dynamics)} ${toneMark(d.market_dynamics_tone)}${change(d.md_4_change)}</dd>
      </div>
      <div>
        <dt>Relative strength</dt>
        <dd>${format.number(d.relative_strength)}${change(d.rs_4_change)}</dd>
      </div>
      <div>
        <dt>Expectation</dt>
        <dd>
          ${d.expectation ?? '—'}${
            d.expectation_probability !== undefined
              ? html` <span class="sub">${format.percent(d.expectation_probability)} probability</span>`
              : nothing
          }
        </dd>
      </div>
    </dl>`;
  }

  private volume(v: NonNullable<Report['volume']>, symbol: string, format: Formatter) {
    const layout = layoutVolume(v);
    const [latest, avg13, avg52] = layout.bars.map((b) => format.compact(b.value));
    const ratios =
      v.ratio_13 !== undefined || v.ratio_52 !== undefined
        ? `; latest is ${format.ratio(v.ratio_13)} the 13-week and ${format.ratio(v.ratio_52)} the 52-week average`
        : '';
    const label = `Volume for ${symbol}: latest ${latest}, 13-week average ${avg13}, 52-week average ${avg52}${ratios}.`;
    return html`${chartFrame(label, layout, svg`${renderVolume(layout, format)}`, { part: 'chart chart-volume' })}
      <dl class="facts" part="facts">
        <div><dt>Latest vs 13-wk avg</dt><dd>${format.ratio(v.ratio_13)}</dd></div>
        <div><dt>Latest vs 52-wk avg</dt><dd>${format.ratio(v.ratio_52)}</dd></div>
      </dl>
      ${dataTable(format, `Volume for ${symbol}`, ['Week', 'Volume'], () => [
        ['Latest', latest],
        ['13-week average', avg13],
        ['52-week average', avg52],
      ])}`;
  }

  private risk(k: NonNullable<Report['risk']>, symbol: string, format: Formatter) {
    const split = layoutUpDown(k);
    const pct = (v: number | undefined) => format.percent(v);
    const signed = (v: number | undefined) => format.percent(v, { signed: true });
    const label = split
      ? `Up and down weeks for ${symbol}: ${format.number(split.up, 0)} up, ${format.number(split.down, 0)} down, of ${format.number(split.total, 0)} weeks.`
      : '';
    return html`${split ? chartFrame(label, split, svg`${renderUpDown(split, format)}`, { part: 'chart chart-risk' }) : nothing}
      <dl class="facts" part="facts">
        <div><dt>Volatility 13 wk</dt><dd>${pct(k.volatility_13)}</dd></div>
        <div><dt>Volatility 52 wk</dt><dd>${pct(k.volatility_52)}</dd></div>
        <div><dt>Downside breadth</dt><dd>${pct(k.downside_breadth)}</dd></div>
        <div><dt>Average gain</dt><dd>${signed(k.average_gain)}</dd></div>
        <div><dt>Average loss</dt><dd>${signed(k.average_loss)}</dd></div>
      </dl>
      ${
        split
          ? dataTable(format, `Up and down weeks for ${symbol}`, ['Weeks', 'Count'], () => [
              ['Up', format.number(split.up, 0)],
              ['Down', format.number(split.down, 0)],
            ])
          : nothing
      }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dynamics-panel': DynamicsPanel;
  }
}
