import { css, html } from 'lit';
import { ReportElement } from './base.js';

/**
 * Fetches or holds one report and hands it to every ticker-widgets element inside it, so a
 * dashboard makes one request for many views. Renders its children, and no chart.
 *
 * @summary Shares one report with the elements inside it.
 * @slot - The elements that show the report.
 */
export class ReportSource extends ReportElement {
  static override styles = [...ReportElement.styles, css`:host { display: contents; }`];
  protected static override provides = true;

  protected hasContent(): boolean {
    return true;
  }

  protected renderReport() {
    return html`<slot></slot>`;
  }

  protected override render(): unknown {
    // The children show loading, error and empty views themselves, each where it stands.
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'report-source': ReportSource;
  }
}

customElements.define('report-source', ReportSource);
