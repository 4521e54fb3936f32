import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import { Directive, directive, type ChildPart } from 'lit/directive.js';
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
