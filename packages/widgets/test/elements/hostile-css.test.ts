import { expect, fixture as mount, html } from '@open-wc/testing';
import '../../src/index.js';
import type { ReportElement } from '../../src/elements/base.js';
import { fixture } from '../fixtures.js';
import { TAGS, deepQueryAll, settled } from '../helpers.js';

// What third-party pages do to embedded widgets.
const HOSTILE = `
  body * { all: unset !important; }
  svg, table, details { display: none !important; }
  html, body, body * { font-size: 40px !important; font-family: serif !important; line-height: 5 !important;
    color: #ff00ff !important; background: #00ff00 !important; letter-spacing: 3px !important;
    text-transform: uppercase !important; visibility: visible; }
  div { padding: 50px !important; }
`;

async function render(tag: string, width = 420): Promise<ReportElement> {
  const host = await mount<HTMLDivElement>(html`<div></div>`);
  host.setAttribute('style', `width: ${width}px !important; display: block !important`);
  const el = document.createElement(tag) as ReportElement;
  el.setAttribute('theme', 'light');
  el.setAttribute('locale', 'en-US');
  el.data = await fixture('000657-seed');
  host.append(el);
  await settled(el);
  for (const inner of deepQueryAll(el, '[state]') as ReportElement[]) await settled(inner);
  return el;
}

/**
 * Every visible named part of the element (through inner elements' shadow roots) with its
 * rendered size: charts, tables, lists, headers. Elements without a chart are compared by
 * their other parts, so no element is compared as [] with [].
 */
function partSizes(el: Element): string[] {
  return deepQueryAll(el, '[part]')
    .filter((node) => node.checkVisibility())
    .map((node) => {
      const box = node.getBoundingClientRect();
      return `${node.getAttribute('part')} ${Math.round(box.width)}x${Math.round(box.height)}`;
    });
}

describe('a host page with hostile CSS', () => {
  let sheet: HTMLStyleElement;
  const designed = new Map<string, string[]>();

  before(async () => {
    for (const tag of TAGS) designed.set(tag, partSizes(await render(tag)));
    sheet = document.createElement('style');
    sheet.textContent = HOSTILE;
    document.head.append(sheet);
  });
  after(() => sheet.remove());

  for (const tag of TAGS) {
    it(`<${tag}> still renders as designed`, async () => {
      const el = await render(tag);
      expect(el.state).to.equal('ready');
      const root = el.shadowRoot!.querySelector('.root')!;
      const style = getComputedStyle(root);
      expect(style.fontSize).to.equal('14px');
      expect(style.color).to.equal('rgb(22, 32, 44)');
      expect(style.textTransform).to.equal('none');
      expect(partSizes(el)).to.deep.equal(designed.get(tag));
    });
  }

  it('every element was measured, and drawn at a size', () => {
    for (const tag of TAGS) {
      const sizes = designed.get(tag) ?? [];
      expect(sizes, tag).to.not.be.empty;
      expect(
        sizes.some((size) => !/ 0x|x0$/.test(size)),
        tag,
      ).to.equal(true);
    }
    expect(designed.get('momentum-bars')?.find((size) => size.startsWith('chart '))).to.match(/x(\d{3,}|[89]\d)$/);
  });
});
