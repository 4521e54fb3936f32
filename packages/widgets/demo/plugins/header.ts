// The header every demo page shares, a vite plugin (vite.config.ts uses it for `vite`, the dev server).
import type { Plugin } from 'vite';
// The elements in the navigation, in the registry's order.
import { TAGS } from '../../src/registry.js';

const DEMO_PAGES: [string, string][] = [
  ['', 'Home'],
  ['playground.html', 'Playground'],
  ['cms.html', 'CMS example'],
  ['dashboard.html', 'Dashboard'],
];

/** Below every element page's stage: the snippet with Copy and Download SVG, and the state log. */
const ELEMENT_PANELS = `<div class="below-stage">
        <section class="panel" aria-labelledby="code-title">
          <div class="panel-head">
            <h2 id="code-title">HTML</h2>
            <div class="actions">
              <button type="button" class="button" id="demo-copy">Copy</button>
              <button type="button" class="button" id="demo-download" hidden>Download SVG</button>
            </div>
          </div>
          <pre class="code"><code id="demo-snippet"></code></pre>
        </section>
        <section class="panel" aria-labelledby="state-title">
          <div class="panel-head"><h2 id="state-title">State</h2></div>
          <ul class="states" id="demo-states"></ul>
          <p class="last-event" id="demo-last-event" role="status"></p>
        </section>
      </div>`;

/** The header every demo page shares (site links, element links, the settings slot), and the element pages' panels. */
export function demoHeader(): Plugin {
  return {
    name: 'ticker-widgets-demo-header',
    transformIndexHtml(html, ctx) {
      const path = ctx.path.replace(/index\.html$/, '');
      const up = path.split('/').length > 2 ? '../' : './';
      const link = (href: string, text: string, here = `/${href}` === path) =>
        `<a href="${up}${href}"${here ? ' aria-current="page"' : ''}>${text}</a>`;
      const header = `<header class="site-header">
      <div class="site-bar">
        <span class="brand"><span class="brand-mark" aria-hidden="true"></span>ticker-widgets</span>
        <nav class="site-nav" aria-label="Demo pages">${DEMO_PAGES.map(([href, text]) => link(href, text)).join('')}</nav>
        <div class="site-settings" id="demo-settings" aria-label="Display settings" role="group"></div>
      </div>
      <nav class="element-nav" aria-label="Elements">
        <span class="element-nav-label" aria-hidden="true">Elements</span>
        <ul>${TAGS.map((tag) => `<li>${link(`elements/${tag}.html`, tag)}</li>`).join('')}</ul>
      </nav>
    </header>`;
      return html.replace(/<!-- site-header:[^>]*-->/, header).replace(/<!-- element-panels:[^>]*-->/, ELEMENT_PANELS);
    },
  };
}
