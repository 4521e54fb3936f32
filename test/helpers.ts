import { aTimeout, oneEvent } from '@open-wc/testing';
import type { ReportElement } from '../src/elements/base.js';

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

export { oneEvent };

/** `term: value` for every `<dt>`/`<dd>` pair in the element's shadow root. */
export function terms(el: Element): string[] {
  return [...(el.shadowRoot?.querySelectorAll('dt') ?? [])].map((dt) => {
    const dd = dt.nextElementSibling;
    const fold = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
    return `${fold(dt.textContent)}: ${fold(dd?.textContent)}`;
  });
}
