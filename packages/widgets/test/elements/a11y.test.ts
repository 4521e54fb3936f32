import { expect, fixture as mount, html, aTimeout } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { ReportElement } from '../../src/elements/base.js';
import { FIXTURES, fixture } from '../fixtures.js';
import { axeViolations } from '../a11y.js';
import { TAGS, deepQueryAll, settled } from '../helpers.js';

type Mode = 'light' | 'dark' | 'forced-colors';
const MODES: Mode[] = ['light', 'dark', 'forced-colors'];

async function place(tag: string, mode: Mode, setup: (el: ReportElement) => void | Promise<void>): Promise<ReportElement> {
  const host = await mount<HTMLDivElement>(html`<div style="width: 900px"></div>`);
  const el = document.createElement(tag) as ReportElement;
  el.setAttribute('theme', mode === 'dark' ? 'dark' : 'light');
  el.setAttribute('locale', 'en-US');
  await setup(el);
  host.append(el);
  await el.updateComplete;
  return el;
}

async function ready(el: ReportElement) {
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

describe('accessibility in every state', () => {
  let runs = 0;
  after(() => console.log(`a11y: ${runs} axe runs (elements x states x fixtures x modes), 0 violations`));

  for (const mode of MODES) {
    describe(mode, () => {
      before(() => executeServerCommand('emulate-forced-colors', { active: mode === 'forced-colors' }));
      after(() => executeServerCommand('emulate-forced-colors', { active: false }));

      for (const tag of TAGS) {
        it(`<${tag}>: loading, empty, error and ready with every fixture`, async function () {
          this.timeout(60_000);
          const views: [string, ReportElement][] = [];
          views.push([
            'loading',
            await place(tag, mode, (el) => {
              el.src = '/api/report/000657-seed?tag=a11y&delay=3000';
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
});

describe('graphics contrast against the surface', () => {
  for (const theme of ['light', 'dark']) {
    it(`data colours are at least 3:1 in ${theme}`, async () => {
      const el = await place('momentum-bars', theme as Mode, async (e) => {
        e.data = await fixture('us-megacap-downtrend');
      });
      await ready(el);
      const root = el.shadowRoot!.querySelector('.root')!;
      const surface = getComputedStyle(root).backgroundColor;
      const probe = document.createElement('span');
      root.append(probe);
      const ratios: Record<string, number> = {};
      for (const token of ['--_text', '--_muted', '--_positive', '--_negative', '--_neutral', '--_accent', '--_border']) {
        probe.style.color = `var(${token})`;
        ratios[token] = Math.round(contrast(getComputedStyle(probe).color, surface) * 10) / 10;
      }
      probe.remove();
      for (const rect of el.shadowRoot!.querySelectorAll('svg[part="chart"] rect.bar')) {
        ratios[`bar ${rect.getAttribute('class')}`] = Math.round(contrast(getComputedStyle(rect).fill, surface) * 10) / 10;
      }
      for (const [name, ratio] of Object.entries(ratios)) {
        const floor = name === '--_text' || name === '--_muted' ? 4.5 : name === '--_border' ? 1.2 : 3;
        expect(ratio, `${name} ${theme}`).to.be.at.least(floor);
      }
    });
  }
});

describe('keyboard', () => {
  /** The focused element, looking into shadow roots. */
  function deepActive(): Element | null {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active;
  }

  it('Tab reaches every interactive piece of the card, each with a visible focus ring', async function () {
    await executeServerCommand('emulate-forced-colors', { active: false });
    this.timeout(60_000);
    const el = await place('ticker-report', 'light', async (e) => {
      e.data = await fixture('000657-seed');
    });
    await ready(el);
    const interactive = deepQueryAll(el, 'a[href], button, summary, [tabindex="0"]').filter((node) => node.checkVisibility());
    const start = document.createElement('button');
    start.textContent = 'start';
    el.before(start);
    start.focus();
    const reached = new Set<Element>();
    const unringed: string[] = [];
    for (let i = 0; i < interactive.length + 5; i++) {
      await sendKeys({ press: 'Tab' });
      const active = deepActive();
      if (!active || !el.shadowRoot || active === start) continue;
      if (!interactive.includes(active)) continue;
      reached.add(active);
      const style = getComputedStyle(active);
      const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
      const shadow = style.boxShadow !== 'none';
      const svgFocus = active.closest('svg') !== null; // SVG groups draw their own focus shape
      if (!ring && !shadow && !svgFocus) unringed.push(`${active.localName}.${active.getAttribute('class')}`);
    }
    await aTimeout(0);
    console.log(`keyboard: ${reached.size} of ${interactive.length} interactive pieces reached by Tab`);
    const missed = interactive.filter((node) => !reached.has(node)).map((node) => node.outerHTML.slice(0, 120));
    expect(missed).to.deep.equal([]);
    expect(reached.size).to.equal(interactive.length);
    expect(unringed).to.deep.equal([]);
  });
});
