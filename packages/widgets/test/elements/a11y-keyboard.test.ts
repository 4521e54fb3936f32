// Contrast of the data colours and keyboard reach with visible focus, for the card.
import { expect, aTimeout } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import { type Mode, contrast, place, ready, resetEmulation } from '../a11y.js';
import { fixture } from '../fixtures.js';
import { deepQueryAll } from '../helpers.js';

before(() => resetEmulation());
after(() => resetEmulation());

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
    this.timeout(60_000);
    const el = await place('ticker-report', 'light', async (e) => {
      e.data = await fixture('000657-seed');
    });
    await ready(el);
    const interactive = deepQueryAll(el, 'a[href], button, summary, [tabindex="0"]').filter((node) => node.checkVisibility());
    const start = document.createElement('button');
    start.textContent = 'start';
    el.before(start);
    // A stop after the card: tabbing past the page's last control would move focus out of the
    // document (Firefox's toolbar), and the next test file would start without it.
    const end = document.createElement('button');
    end.textContent = 'end';
    el.after(end);
    start.focus();
    const reached = new Set<Element>();
    const unringed: string[] = [];
    for (let i = 0; i < interactive.length + 5; i++) {
      await sendKeys({ press: 'Tab' });
      const active = deepActive();
      if (active === end) break;
      if (!active || !el.shadowRoot || active === start) continue;
      if (!interactive.includes(active)) continue;
      reached.add(active);
      const style = getComputedStyle(active);
      const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
      const shadow = style.boxShadow !== 'none';
      // An SVG group cannot take an outline in every engine: it draws its own focus shape, a
      // stroke on one of its children that shows only while it has focus.
      const drawn =
        active instanceof SVGElement &&
        [...active.querySelectorAll('*')].some((child) => {
          const s = getComputedStyle(child);
          return s.stroke !== 'none' && parseFloat(s.strokeWidth) > 0 && child.matches('.focus-ring, .hit');
        });
      if (!ring && !shadow && !drawn) unringed.push(`${active.localName}.${active.getAttribute('class')}`);
    }
    await aTimeout(0);
    console.log(`keyboard: ${reached.size} of ${interactive.length} interactive pieces reached by Tab`);
    const missed = interactive.filter((node) => !reached.has(node)).map((node) => node.outerHTML.slice(0, 120));
    expect(missed).to.deep.equal([]);
    expect(reached.size).to.equal(interactive.length);
    expect(unringed).to.deep.equal([]);
  });
});
