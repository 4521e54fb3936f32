import { aTimeout, fixture, html } from '@open-wc/testing';
import type { ReportElement } from '../src/elements/base.js';
import { tagsFor } from '../src/registry.js';

/** Waits until `el.state` is one of `states` (or fails after `ms`). */
export async function settled(el: ReportElement, states = ['ready', 'empty', 'error'], ms = 5000): Promise<string> {
  const start = performance.now();
  while (!states.includes(el.state) || el.isUpdatePending) {
    if (performance.now() - start > ms) throw new Error(`still "${el.state}" after ${ms} ms`);
    await aTimeout(10);
  }
  await el.updateComplete;
  return el.state;
}

/** Text a user sees in the element's shadow root (whitespace folded). */
export function shownText(el: Element): string {
  const root = el.shadowRoot;
  return (root?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The accessible name of the element's chart. */
export function chartName(el: Element): string | null {
  return el.shadowRoot?.querySelector('svg[role="img"]')?.getAttribute('aria-label') ?? null;
}

export async function requestCount(tag: string): Promise<number> {
  const response = await fetch(`/api/count/${tag}`);
  return ((await response.json()) as { count: number }).count;
}

/** `term: value` for every `<dt>`/`<dd>` pair in the element's shadow root. */
export function terms(el: Element): string[] {
  return [...(el.shadowRoot?.querySelectorAll('dt') ?? [])].map((dt) => {
    const dd = dt.nextElementSibling;
    const fold = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
    return `${fold(dt.textContent)}: ${fold(dd?.textContent)}`;
  });
}

/** Every element matching `selector` in `root` and in every shadow root below it. */
export function deepQueryAll(root: Element | ShadowRoot | Document, selector: string): Element[] {
  const found: Element[] = [...root.querySelectorAll(selector)];
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) found.push(...deepQueryAll(el.shadowRoot, selector));
  }
  if (root instanceof Element && root.shadowRoot) found.push(...deepQueryAll(root.shadowRoot, selector));
  return found;
}

/** All text and accessible names (`aria-label`) under `root`, through shadow roots. */
export function deepText(root: Element | ShadowRoot): string {
  const parts: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    if (node instanceof Element) {
      if (node.localName === 'script' || node.localName === 'style') return;
      const label = node.getAttribute('aria-label');
      if (label) parts.push(` ${label} `);
      if (node.shadowRoot) visit(node.shadowRoot);
    }
    for (const child of node.childNodes) visit(child);
  };
  visit(root);
  return parts.join(' ').replace(/\s+/g, ' ');
}

/** Every element that draws a report (not <report-source>, nor <price-chart>, which draws a history), from the registry. */
export const TAGS = tagsFor('report');

export interface PlaceOptions {
  locale?: string;
  theme?: string;
}

/**
 * `<tag>` in the test fixture container with `data` set (en-US, light unless told), once it
 * has settled in ready, empty or error.
 */
export async function place<T extends ReportElement>(tag: string, data: unknown, attrs: PlaceOptions = {}): Promise<T> {
  const el = document.createElement(tag) as T;
  el.setAttribute('locale', attrs.locale ?? 'en-US');
  el.setAttribute('theme', attrs.theme ?? 'light');
  el.data = data;
  await fixtureContainer().then((host) => host.append(el));
  await settled(el);
  return el;
}

async function fixtureContainer(): Promise<HTMLElement> {
  return fixture(html`<div></div>`);
}

/**
 * Opens every data-table disclosure under `root` (through shadow roots), as a user would,
 * and waits until the tables are drawn (they are built when opened).
 */
export async function openTables(root: Element): Promise<void> {
  const closed = (deepQueryAll(root, 'details.data') as HTMLDetailsElement[]).filter((d) => !d.open);
  await Promise.all(
    closed.map(
      (details) =>
        new Promise((resolve) => {
          details.addEventListener('toggle', resolve, { once: true });
          details.open = true;
        }),
    ),
  );
  for (const el of [root, ...deepQueryAll(root, '[state]')] as ReportElement[]) await el.updateComplete;
}

/**
 * Gives the element a CSS width and waits until it has redrawn for it: resize observations
 * arrive in the next rendering step, and the element's update follows.
 */
export async function resizeTo(el: ReportElement, width: string): Promise<void> {
  el.style.width = width;
  for (let i = 0; i < 2; i++) await new Promise(requestAnimationFrame);
  await el.updateComplete;
}

/** The width of the element's chart drawing, in viewBox units. */
export function drawingWidth(el: Element): number {
  const svgs = el.shadowRoot!.querySelectorAll('svg[part="chart"]');
  if (svgs.length !== 1) throw new Error(`expected one chart, found ${svgs.length}`);
  return Number(svgs[0].getAttribute('viewBox')!.split(' ')[2]);
}

/**
 * The body rows of the element's data tables, opened first: each row's cells, template white
 * space folded (a no-break space from Intl stays as it is).
 */
export async function tableCells(el: ReportElement): Promise<string[][]> {
  await openTables(el);
  const fold = (s: string | null) => (s ?? '').replace(/[ \t\n\r]+/g, ' ').trim();
  return [...el.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => fold(c.textContent)));
}
