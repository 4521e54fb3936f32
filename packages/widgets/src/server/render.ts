/**
 * Server rendering: an element's HTML with its declarative shadow DOM, readable with no
 * script at all. The report travels along as inline JSON, so when the element's script
 * does load, it takes over from that JSON without fetching again.
 */
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { nothing } from 'lit';
import { html, unsafeStatic, type StaticValue } from 'lit/static-html.js';
import type { LitElement } from 'lit';
import { chartTitle, standaloneSvg, symbolOf, type Node } from '../charts/standalone.js';
import { legendOf, measureChart, parse } from './measure.js';
import { messages } from '../i18n/index.js';
import { elementCss, type ReportElement } from '../elements/base.js';
import { darkTokens, lightTokens } from '../styles/tokens.js';
import { ReportError } from '../data/errors.js';
import { CHART_TAGS as REGISTRY_CHART_TAGS, ELEMENTS } from '../registry.js';
import '../index.js';
import { LANGUAGES, loadLanguage } from '../i18n/index.js';
import { radarDrawing } from '../elements/setup-scores.js';
import { priceChartView } from '../elements/price-chart.js';

// Rendering is synchronous: every language, and every drawing the browser loads on demand,
// is at hand on the server.
await Promise.all([...LANGUAGES.map((tag) => loadLanguage(tag)), radarDrawing.load(), priceChartView.load()]);

/** Tag -> its name as a static template value (from the registry, never built from input). */
const TAGS: Record<string, StaticValue> = Object.fromEntries(
  ELEMENTS.filter((entry) => entry.input !== 'none').map((entry) => [entry.tag, unsafeStatic(entry.tag)]),
);

/** Elements whose own view is a chart (`renderSvg` and `--format svg` take its first one). */
export const CHART_TAGS: string[] = [...REGISTRY_CHART_TAGS];

/** The attributes a caller may set, for every tag (an element ignores those it has not). */
export const ATTRIBUTES = [
  'locale',
  'theme',
  'variant',
  'range',
  'group',
  'periods',
  'sections',
  'layout',
  'link-target',
  'base',
] as const;
export type RenderAttributes = Partial<Record<(typeof ATTRIBUTES)[number], string>>;

/** Tags `renderToString` can render. */
export function renderableTags(): string[] {
  return Object.keys(TAGS);
}

/** JSON that can sit inside `<script>`: no `</script>`, no `<!--`. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * Renders `<tag>` for `report` (the JSON object; for `<price-chart>`, a history) to an HTML string with declarative shadow
 * DOM. Throws a `ReportError` (`validation`) for a bad report and a `TypeError` for an
 * unknown tag or attribute.
 */
export function renderToString(tag: string, report: unknown, attributes: RenderAttributes = {}): string {
  const name = TAGS[tag];
  if (!name) throw new TypeError(`Unknown element "${tag}": expected one of ${renderableTags().join(', ')}.`);
  for (const key of Object.keys(attributes)) {
    if (!(ATTRIBUTES as readonly string[]).includes(key)) {
      throw new TypeError(`Unknown attribute "${key}": expected one of ${ATTRIBUTES.join(', ')}.`);
    }
  }
  // Throws a ReportError naming the failing paths (`<price-chart>` reads a history, not a report).
  (customElements.get(tag) as unknown as typeof ReportElement).parse(report);
  const a = attributes;
  const template = html`<${name}
    .data=${report}
    locale=${a.locale ?? nothing}
    theme=${a.theme ?? nothing}
    variant=${a.variant ?? nothing}
    range=${a.range ?? nothing}
    group=${a.group ?? nothing}
    periods=${a.periods ?? nothing}
    sections=${a.sections ?? nothing}
    layout=${a.layout ?? nothing}
    link-target=${a['link-target'] ?? nothing}
    base=${a.base ?? nothing}
  ></${name}>`;
  const markup = collectResultSync(render(template));
  const close = `</${tag}>`;
  const at = markup.lastIndexOf(close);
  const script = `<script type="application/json">${scriptJson(report)}</script>`;
  return at < 0 ? markup : `${markup.slice(0, at)}${script}${markup.slice(at)}`;
}

/**
 * Renders a chart element for `report` as a standalone SVG document, styles inlined for
 * `attributes.theme` (`light` unless `dark`). Throws a `TypeError` for an element that
 * draws no chart, or one whose report lacks the data to draw it.
 */
export function renderSvg(tag: string, report: unknown, attributes: RenderAttributes = {}): string {
  const markup = renderToString(tag, report, attributes);
  if (!CHART_TAGS.includes(tag)) {
    throw new TypeError(`<${tag}> draws no chart of its own; use --format html (charts: ${CHART_TAGS.join(', ')}).`);
  }
  const chart = chartOf(markup);
  if (!chart) {
    const state = /\bstate="(\w+)"/.exec(markup)?.[1];
    throw new TypeError(`<${tag}> has nothing to draw: its state is "${state}".`);
  }
  const element = customElements.get(tag) as typeof LitElement;
  const tokens = attributes.theme === 'dark' ? darkTokens : lightTokens;
  const t = messages(attributes.locale);
  return standaloneSvg({
    chart: parse(chart).kids.find((kid) => typeof kid !== 'string' && kid.tag === 'svg') as Node,
    css: elementCss(element),
    tokens: tokens.cssText,
    title: chartTitle(tag, t, symbolOf(report)),
    lang: t.lang,
    legend: legendOf(markup),
    measure: measureChart,
  });
}

/**
 * The first chart in server-rendered markup: its `<svg part="chart">` up to the `</svg>` that
 * closes it (the wide drawing: the server writes it before the narrow one).
 */
function chartOf(markup: string): string | undefined {
  const start = /<svg\b[^>]*\bpart="chart(?:\s[^"]*)?"[^>]*>/.exec(markup);
  if (!start) return undefined;
  let depth = 0;
  for (const tag of markup.slice(start.index).matchAll(/<(\/?)svg\b[^>]*>/g)) {
    depth += tag[1] ? -1 : 1;
    if (!depth) return markup.slice(start.index, start.index + tag.index + tag[0].length);
  }
  return undefined;
}

export { ReportError };
