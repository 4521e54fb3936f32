/**
 * Pieces of the elements' views that are not drawings: the stats list under a chart and the
 * data-table disclosure, whose table is built when it opens.
 */
import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import { Directive, directive, type ChildPart } from 'lit/directive.js';
import { MISSING, type Formatter } from '../format/format.js';
import { missingValue, shownValue } from '../charts/missing.js';

export { missingValue };

/**
 * The figures under a chart as `<dl class="stats" part="stats">`: one term and value per
 * pair, in order. A pair whose value is missing (`undefined`, `null`, `''` or the dash)
 * keeps its place with a dash, read as "not available".
 */
export function statList(format: Formatter, pairs: [term: string, value: unknown][]): TemplateResult | typeof nothing {
  return pairs.length
    ? html`<dl class="stats" part="stats">${pairs.map(
        ([term, value]) =>
          html`<div><dt>${term}</dt><dd>${value === undefined || value === null || value === '' || value === MISSING ? missingValue(format) : value}</dd></div>`,
      )}</dl>`
    : nothing;
}

/**
 * Renders its content only while the `<details>` it sits in is open: a closed table is
 * neither seen nor read aloud, and building it for every chart on a page costs a third of
 * the render. On the server it always renders (no script will open it later).
 */
class WhenOpen extends Directive {
  render(content: () => unknown): unknown {
    return content();
  }

  override update(part: ChildPart, [content]: [() => unknown]): unknown {
    return (part.parentNode as HTMLDetailsElement).open ? content() : nothing;
  }
}
const whenOpen = directive(WhenOpen);

/** `toggle` listener: Lit calls it with the element that rendered the template as `this`. */
function redraw(this: ReactiveElement): void {
  this.requestUpdate();
}

/**
 * The data table behind a chart, in a `<details>`: the same numbers as the picture, for
 * screen readers, keyboard users and anyone who wants to copy them. The table is built
 * when the disclosure opens, and so are its `rows`.
 */
export function dataTable(format: Formatter, caption: string, head: string[], rows: () => (string | number)[][]): TemplateResult {
  return html`<details class="data" part="table" @toggle=${redraw}>
    <summary>${format.t('dataTable')}</summary>${whenOpen(() => table(format, caption, head, rows()))}</details>`;
}

function table(format: Formatter, caption: string, head: string[], rows: (string | number)[][]): TemplateResult {
  return html`<table>
      <caption>${caption}</caption>
      <thead>
        <tr>${head.map((h) => html`<th scope="col">${h}</th>`)}</tr>
      </thead>
      <tbody>
        ${rows.map(
          ([first, ...rest]) => html`<tr>
            <th scope="row">${first}</th>
            ${rest.map((value) => html`<td>${shownValue(value, format)}</td>`)}
          </tr>`,
        )}
      </tbody>
    </table>`;
}
