// The widgets' server rendering, made fit for a strict-CSP static page.
//
// `renderToString` gives the element with its declarative shadow DOM. Three things change here:
// - each shadow root's `<style>` (blocked by `style-src 'self'`) becomes a `<link rel="stylesheet">`
//   to a file in assets/wc/ named by its content's hash (allowed, cached once for every page);
// - Lit's `<!--lit-part …-->` markers go: the live element replaces the server markup rather than
//   hydrating it (ticker-widgets README), and they were half of the bytes;
// - peer and chart links: the renderer only links absolute URLs, so it renders against a
//   placeholder origin that is then cut back to site paths (`/terminal/…/report/`), and the
//   placeholder `base` attribute is removed from the host so the live element resolves links
//   against the page, as it would anyway.
import { createHash } from 'node:crypto';
import { renderToString, type RenderAttributes } from 'ticker-widgets/server';
import { ASSETS } from './layout.js';

const PLACEHOLDER = 'https://ticker-terminal.invalid/';

export interface Stylesheets {
  /** file name in assets/wc/ -> CSS */
  files: Map<string, string>;
}

/** Widget stylesheets by name (`assets/wc/<hash>.css`), collected while rendering. */
export function stylesheets(): Stylesheets {
  return { files: new Map() };
}

export function renderWidget(tag: string, report: unknown, sheets: Stylesheets, attributes: RenderAttributes = {}): string {
  const markup = renderToString(tag, report, { ...attributes, base: PLACEHOLDER });
  return strictCsp(markup, sheets);
}

/** The transformation above, on the markup of `renderToString` (exported for tests). */
export function strictCsp(markup: string, sheets: Stylesheets): string {
  return markup
    .replace(/<style>([^]*?)<\/style>/g, (_, css: string) => {
      const name = `${createHash('sha256').update(css).digest('hex').slice(0, 16)}.css`;
      if (!sheets.files.has(name)) sheets.files.set(name, css);
      return `<link rel="stylesheet" href="${ASSETS}/wc/${name}">`;
    })
    .replace(/<!--[^]*?-->/g, '')
    .replace(/ base="https:\/\/ticker-terminal\.invalid\/"/g, '')
    .replace(/ href="https:\/\/ticker-terminal\.invalid\//g, ' href="/')
    .replace(/(<[a-z][a-z0-9-]*)\s+>/g, '$1>')
    .replace(/(<[a-z][a-z0-9-]*)\s{2,}/g, '$1 ');
}
