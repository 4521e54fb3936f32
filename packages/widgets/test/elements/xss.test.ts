import { expect, fixture as mount, html, aTimeout } from '@open-wc/testing';
import '../../src/index.js';
import type { ReportElement } from '../../src/elements/base.js';
import { TAGS, deepQueryAll, deepText, settled } from '../helpers.js';

declare global {
  interface Window {
    __xss?: number;
  }
}

const XSS = '/api/report/xss?tag=xss';

async function hostile(tag: string): Promise<ReportElement> {
  const host = await mount<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement(tag) as ReportElement;
  el.src = XSS;
  el.setAttribute('theme', 'light');
  host.append(el);
  await settled(el);
  for (const inner of deepQueryAll(el, '[state]') as ReportElement[]) await settled(inner);
  await aTimeout(50); // let any injected image fail and any handler run
  return el;
}

describe('hostile report text and links (test/fixtures/xss.json)', () => {
  beforeEach(() => {
    delete window.__xss;
  });

  for (const tag of TAGS) {
    it(`<${tag}> runs nothing, creates no element from data, links only http(s)`, async () => {
      const el = await hostile(tag);
      expect(el.state).to.equal('ready');
      expect(window.__xss).to.equal(undefined);
      const injected = deepQueryAll(el, 'img, script, iframe, foreignObject, object, embed, b, style, svg svg');
      expect(injected.map((node) => node.outerHTML.slice(0, 80))).to.deep.equal([]);
      for (const a of deepQueryAll(el, 'a')) {
        const href = a.getAttribute('href') ?? '';
        expect(new URL(href).protocol, href).to.be.oneOf(['http:', 'https:']);
      }
      for (const node of deepQueryAll(el, '*')) {
        for (const attr of node.getAttributeNames()) {
          expect(attr.startsWith('on'), `${node.localName}[${attr}]`).to.equal(false);
        }
      }
    });
  }

  it('shows markup from the report as text', async () => {
    const el = await hostile('ticker-report');
    const text = deepText(el);
    expect(text).to.contain('XSS<img src=x onerror="window.__xss=1">');
    expect(text).to.contain('<script>window.__xss=(window.__xss||0)+1</script>');
  });

  it('keeps a safe link and drops every unsafe scheme to plain text', async () => {
    const el = await hostile('peer-table');
    const hrefs = deepQueryAll(el, 'a').map((a) => a.getAttribute('href'));
    expect(hrefs).to.include('https://example.com/peer/600549');
    expect(hrefs).to.include(new URL('/terminal/relative/report/', location.href).href);
    expect(hrefs.some((href) => /script|data:/i.test(href ?? ''))).to.equal(false);
  });
});
