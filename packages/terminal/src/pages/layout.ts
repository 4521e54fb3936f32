// The frame every page shares: head, skip link, header with the site's navigation, the
// synthetic-data notice, main, footer. No inline script or style anywhere (CSP `default-src 'self'`).
import { html, type Html, type Interpolation } from './html.js';

/** What every page says about the data it shows. */
export interface SiteMeta {
  /** The demo universe: every page says the data is made up. */
  synthetic: boolean;
  /** `YYYY-MM-DD`, the build's as-of day. */
  asOf: string;
}

export const SITE_NAME = 'Ticker Terminal';
export const ASSETS = '/assets';

export interface PageOptions {
  title: string;
  description?: string;
  meta: SiteMeta;
  /** Which top-level section the page is in, for aria-current in the navigation. */
  section?: 'screener' | 'security' | 'none';
  /** Load the widgets bundle (pages with elements on them). */
  widgets?: boolean;
  main: Interpolation;
  /** Extra class on <body> (page-specific layout). */
  bodyClass?: string;
}

export function syntheticNotice(meta: SiteMeta): Html {
  if (!meta.synthetic) return html``;
  return html`<p class="notice" id="synthetic-note">
      <strong>Synthetic demo data.</strong> Every company, price and volume on this site was made up by
      <code>ticker-terminal demo</code>; none of it is real market data. Do not use it for any decision.
    </p>`;
}

export function page(options: PageOptions): string {
  const { meta } = options;
  const current = (section: PageOptions['section']) => (options.section === section ? html` aria-current="page"` : html``);
  const doc = html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${options.title}${meta.synthetic ? ' (synthetic demo data)' : ''} · ${SITE_NAME}</title>
${options.description ? html`<meta name="description" content="${options.description}">` : ''}
<link rel="stylesheet" href="${ASSETS}/site.css">
<link rel="icon" href="${ASSETS}/favicon.svg" type="image/svg+xml">
<script type="module" src="${ASSETS}/site.js"></script>
${options.widgets ? html`<script type="module" src="${ASSETS}/ticker-widgets.js"></script>` : ''}
</head>
<body${options.bodyClass ? html` class="${options.bodyClass}"` : ''}>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
<div class="bar">
<a class="brand" href="/">${SITE_NAME}</a>
<nav aria-label="Site">
<ul>
<li><a href="/"${current('screener')}>Screener</a></li>
<li><a href="/universe.json">Universe JSON</a></li>
<li><a href="/build.json">Build</a></li>
</ul>
</nav>
</div>
</header>
<main id="main" tabindex="-1">
${syntheticNotice(meta)}
${options.main}
</main>
<footer class="site-footer">
<p>Weekly reports as of <time datetime="${meta.asOf}">${meta.asOf}</time>.${meta.synthetic ? ' Synthetic demo data, not real market data.' : ''}
Built by <code>ticker-terminal build</code>; every page works without script.</p>
</footer>
</body>
</html>
`;
  return doc.value;
}

/** Country name in English (`US` → `United States`), the code itself when unknown. */
const regions = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
export function countryName(code: string): string {
  try {
    return regions.of(code) ?? code;
  } catch {
    return code;
  }
}
