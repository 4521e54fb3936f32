/**
 * Pieces of the elements' views that are not drawings: the stats list under a chart and the
 * data-table disclosure, whose table is built when it opens.
 */
import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import { Directive, directive, type ChildPart } from 'lit/directive.js';

/**
 * The figures under a chart as `<dl class="stats" part="stats">`: one term and value per
 * pair, pairs without a value left out (nothing at all when none has one).
 */
export function statList(pairs: [term: string, value: unknown][]): TemplateResult | typeof nothing {
  const shown = pairs.filter(([, value]) => value !== undefined && value !== null && value !== '');
  return shown.length
    ? html`<dl class="stats" part="stats">${shown.map(([term, value]) => html`<div><dt>${term}</dt><dd>${value}</dd></div>`)}</dl>`
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
export function dataTable(caption: string, head: string[], rows: () => (string | number)[][]): TemplateResult {
  return html`<details class="data" part="table" @toggle=${redraw}>
    <summary>Data table</summary>${whenOpen(() => table(caption, head, rows()))}</details>`;
}

function table(caption: string, head: string[], rows: (string | number)[][]): TemplateResult {
  return html`<table>
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
    </table>`;
}
