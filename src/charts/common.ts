import { html, type TemplateResult } from 'lit';
import type { Tone } from '../data/schema.js';

/** The CSS class for a tone, or for the sign of a value when there is no tone. */
export function toneClass(tone: Tone | undefined, value?: number): 'pos' | 'neg' | 'neu' {
  if (tone === 'positive') return 'pos';
  if (tone === 'negative') return 'neg';
  if (tone === 'neutral') return 'neu';
  if (value === undefined || value === 0) return 'neu';
  return value > 0 ? 'pos' : 'neg';
}

/** Rounds for SVG attributes: short path strings, stable across engines. */
export function r(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * The data table behind a chart, in a `<details>`: the same numbers as the picture, for
 * screen readers, keyboard users and anyone who wants to copy them.
 */
export function dataTable(caption: string, head: string[], rows: (string | number)[][]): TemplateResult {
  return html`<details class="data" part="table">
    <summary>Data table</summary>
    <table>
      <caption>${caption}</caption>
      <thead>
        <tr>${head.map((h) => html`<th scope="col">${h}</th>`)}</tr>
      </thead>
      <tbody>
        ${rows.map(
          ([first, ...rest]) => html`<tr>
            <th scope="row">${first}</th>
            ${rest.map((cell) => html`<td>${cell}</td>`)}
          </tr>`,
        )}
      </tbody>
    </table>
  </details>`;
}
