// <price-chart> under axe, in its own file (like a11y-<mode>.test.ts).
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/price-chart.js';
import type { PriceChart } from '../../src/elements/price-chart.js';
import { type Mode, axeViolations, emulate, resetEmulation } from '../a11y.js';
import { inBox, settled } from '../helpers.js';

async function history(name: string): Promise<unknown> {
  return (await fetch(new URL(`../fixtures/history-${name}.json`, import.meta.url))).json();
}

async function place(mode: Mode, setup: (el: PriceChart) => void, width = '900px'): Promise<PriceChart> {
  const el = document.createElement('price-chart');
  el.setAttribute('theme', mode === 'dark' ? 'dark' : 'light');
  el.setAttribute('locale', 'en-US');
  setup(el);
  await inBox(el, width);
  await el.updateComplete;
  return el;
}

describe('<price-chart> accessibility', () => {
  after(() => resetEmulation());

  for (const mode of ['light', 'dark', 'forced-colors'] as Mode[]) {
    it(`is axe clean in every state, ${mode}`, async function () {
      this.timeout(60_000);
      if (!(await emulate(mode))) {
        console.log(`<price-chart> a11y ${mode}: this browser cannot emulate it; skipped`);
        this.skip();
      }
      const views: [string, PriceChart][] = [];
      views.push(['loading', await place(mode, (el) => (el.src = '/api/report/000657-seed?tag=a11y-chart&delay=3000'))]);
      views.push(['empty', await place(mode, (el) => (el.data = { symbol: 'X', weeks: [] }))]);
      views.push(['error', await place(mode, (el) => (el.data = { weeks: 'many' }))]);
      for (const name of ['ovi', 'gaps', 'short']) {
        for (const variant of ['line', 'candles']) {
          const data = await history(name);
          const el = await place(mode, (e) => {
            e.data = data;
            e.variant = variant as 'line';
            e.range = 'All';
          });
          await settled(el as never);
          views.push([`${name} ${variant}`, el]);
        }
      }
      // The crosshair on, the data table open, at phone width.
      const phone = await place(mode, (e) => (e.data = views.at(-1)![1].data), '375px');
      await settled(phone as never);
      phone.shadowRoot!.querySelector<SVGElement>('svg[part="chart"]')!.focus();
      await sendKeys({ press: 'ArrowLeft' });
      phone.shadowRoot!.querySelector('details')!.open = true;
      await new Promise((resolve) => setTimeout(resolve, 50));
      await phone.updateComplete;
      expect(phone.shadowRoot!.querySelector('line.cross')).to.exist;
      expect(phone.shadowRoot!.querySelectorAll('tbody tr').length).to.be.above(0);
      views.push(['crosshair, table, 375px', phone]);
      expect(views.map(([, el]) => el.state)).to.deep.equal(['loading', 'empty', 'error', ...Array(7).fill('ready')]);
      for (const [what, el] of views) expect(await axeViolations(el), `${what} ${mode}`).to.deep.equal([]);
    });
  }

  it('shows a focus ring on the plot and on the range buttons', async () => {
    const el = await place('light', () => undefined);
    el.data = await history('short');
    await settled(el as never);
    const start = document.createElement('button');
    start.textContent = 'start';
    el.before(start);
    start.focus();
    const ringed: string[] = [];
    for (let i = 0; i < 6; i++) {
      await sendKeys({ press: 'Tab' });
      const active = el.shadowRoot!.activeElement;
      if (!active) break;
      const style = getComputedStyle(active);
      if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) ringed.push(active.localName);
    }
    expect(ringed).to.deep.equal(['button', 'button', 'button', 'button', 'svg', 'summary']);
  });
});
