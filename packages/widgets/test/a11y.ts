// Shared by the accessibility files (a11y-*.test.ts): one file per emulated mode, so no file
// runs near the runner's per-file limit, and each resets what it emulates in an after hook.
import { expect, fixture as mount, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import type { ReportElement } from '../src/elements/base.js';
import { FIXTURES, fixture } from './fixtures.js';
import { TAGS, deepQueryAll, settled } from './helpers.js';

interface AxeResult {
  violations: { id: string; impact?: string; help: string; nodes: { target: string[] }[] }[];
}
declare global {
  interface Window {
    axe: { run(context: Element, options?: object): Promise<AxeResult> };
  }
}

/** axe-core's violations for `el` (it looks inside open shadow roots), as readable lines. */
export async function axeViolations(el: Element): Promise<string[]> {
  const result = await window.axe.run(el, { resultTypes: ['violations'] });
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

export type Mode = 'light' | 'dark' | 'forced-colors';

/**
 * Emulates `mode` for the page: forced colours through CDP, which only Chromium has (light and
 * dark are the elements' `theme` attribute, see place()). False when this browser cannot, so
 * the caller skips.
 */
export async function emulate(mode: Mode): Promise<boolean> {
  const forced = await executeServerCommand('emulate-forced-colors', { active: mode === 'forced-colors' });
  return mode !== 'forced-colors' || forced === true;
}

/** Back to the defaults, for after hooks: the next file must not inherit an emulation. */
export async function resetEmulation(): Promise<void> {
  await executeServerCommand('emulate-forced-colors', { active: false });
}

export async function place(tag: string, mode: Mode, setup: (el: ReportElement) => void | Promise<void>): Promise<ReportElement> {
  const host = await mount<HTMLDivElement>(html`<div style="width: 900px"></div>`);
  const el = document.createElement(tag) as ReportElement;
  el.setAttribute('theme', mode === 'dark' ? 'dark' : 'light');
  el.setAttribute('locale', 'en-US');
  await setup(el);
  host.append(el);
  await el.updateComplete;
  return el;
}

export async function ready(el: ReportElement) {
  await settled(el);
  for (const inner of deepQueryAll(el, '[state]') as ReportElement[]) await settled(inner);
}

function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}


/**
 * axe over every element in every state (loading, empty, error, ready with each fixture) in
 * one mode. Needs the elements defined (the test file imports src/index.js).
 */
export function axeEveryState(mode: Mode): void {
  describe(`accessibility in every state, ${mode}`, () => {
    let runs = 0;
    before(async function () {
      if (!(await emulate(mode))) {
        console.log(`a11y ${mode}: this browser cannot emulate it; skipped`);
        this.skip();
      }
    });
    after(async () => {
      await resetEmulation();
      if (runs) console.log(`a11y ${mode}: ${runs} axe runs (elements x states x fixtures), 0 violations`);
    });

    for (const tag of TAGS) {
      it(`<${tag}>: loading, empty, error and ready with every fixture`, async function () {
        this.timeout(60_000);
        const views: [string, ReportElement][] = [];
        views.push([
          'loading',
          await place(tag, mode, (el) => {
            el.src = `/api/report/000657-seed?tag=a11y-${mode}&delay=3000`;
          }),
        ]);
        views.push(['empty', await place(tag, mode, () => undefined)]);
        views.push([
          'error',
          await place(tag, mode, (el) => {
            el.data = { ticker: { symbol: 'BAD' }, momentum: { returns: 'many' } };
          }),
        ]);
        for (const name of FIXTURES) {
          const data = await fixture(name);
          const el = await place(tag, mode, (e) => {
            e.data = data;
          });
          await ready(el);
          views.push([name, el]);
        }
        // Every fixture shows, except the sparse report's missing industry peers (peer-table's default group).
        const shown = FIXTURES.map((name) => (tag === 'peer-table' && name === 'gb-sparse' ? 'empty' : 'ready'));
        expect(views.map(([, el]) => el.state)).to.deep.equal(['loading', 'empty', 'error', ...shown]);
        for (const [what, el] of views) {
          expect(await axeViolations(el), `${tag} ${what} ${mode}`).to.deep.equal([]);
          runs++;
        }
      });
    }
  });
}
