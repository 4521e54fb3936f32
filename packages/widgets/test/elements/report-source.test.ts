import { expect, fixture as mount, html, aTimeout, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import type { MomentumBars } from '../../src/elements/momentum-bars.js';
import type { ReportSource } from '../../src/elements/report-source.js';
import { pendingRequests } from '../../src/data/load.js';
import { fixture } from '../fixtures.js';
import { chartName, requestCount, settled, shownText } from '../helpers.js';

const SEED_URL = (tag: string, delay = 0) => `/api/report/000657-seed?tag=${tag}&delay=${delay}`;

describe('giving an element its report', () => {
  it('renders from the data property and exposes the parsed report', async () => {
    const el = await mount<MomentumBars>(html`<momentum-bars .data=${await fixture('000657-seed')}></momentum-bars>`);
    expect(await settled(el)).to.equal('ready');
    expect(el.getAttribute('state')).to.equal('ready');
    expect(el.report?.ticker.symbol).to.equal('000657');
    expect(chartName(el)).to.contain('1-week +12.7%');
  });

  it('renders from src and fires report-load with the model', async () => {
    const el = document.createElement('momentum-bars');
    const loaded = oneEvent(el, 'report-load');
    el.src = SEED_URL('src-basic', 100);
    document.body.append(el);
    await el.updateComplete;
    expect(el.state).to.equal('loading');
    expect(el.shadowRoot?.querySelector('[part="loading"]')?.textContent).to.equal('Loading report…');
    const event = await loaded;
    expect(event.detail.report.ticker.symbol).to.equal('000657');
    expect(event.bubbles && event.composed).to.equal(true);
    await settled(el);
    expect(chartName(el)).to.contain('52-week +567.7%');
    el.remove();
  });

  it('renders from an inline <script type="application/json">', async () => {
    const json = JSON.stringify(await fixture('jp-flat'));
    const host = await mount(html`<div></div>`);
    const el = document.createElement('momentum-bars');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = json;
    el.append(script);
    host.append(el);
    expect(await settled(el)).to.equal('ready');
    expect(el.report?.ticker.symbol).to.equal('7799');
  });

  it('renders from the nearest <report-source>, one request for all its children', async () => {
    const source = await mount<ReportSource>(html`<report-source src=${SEED_URL('source-children')}>
      <section><momentum-bars></momentum-bars></section>
      <momentum-bars periods="1W 4W"></momentum-bars>
    </report-source>`);
    const bars = [...source.querySelectorAll('momentum-bars')];
    for (const el of bars) expect(await settled(el)).to.equal('ready');
    expect(chartName(bars[0])).to.contain('26-week');
    expect(chartName(bars[1])).not.to.contain('26-week');
    expect(await requestCount('source-children')).to.equal(1);
  });

  it('data wins over src, src over inline JSON', async () => {
    const el = await mount<MomentumBars>(html`<momentum-bars src=${SEED_URL('precedence')}
      ><script type="application/json">
        {"ticker": {"symbol": "INLINE"}}
      </script></momentum-bars
    >`);
    await settled(el);
    expect(el.report?.ticker.symbol).to.equal('000657');
    el.data = await fixture('gb-sparse');
    await settled(el);
    expect(el.report?.ticker.symbol).to.equal('TLSP');
  });

  it('with no report at all shows the empty view', async () => {
    const el = await mount<MomentumBars>(html`<momentum-bars></momentum-bars>`);
    expect(el.state).to.equal('empty');
    expect(shownText(el)).to.equal('No report to show.');
  });

  it('shows the empty state when its section is missing, while others render', async () => {
    const json = await fixture('gb-sparse');
    delete json.momentum;
    const el = await mount<MomentumBars>(html`<momentum-bars .data=${json}></momentum-bars>`);
    expect(el.state).to.equal('empty');
    expect(shownText(el)).to.equal('No momentum data in this report.');
    expect(el.shadowRoot?.querySelector('[part="empty"]')).to.exist;
  });
});

describe('src requests', () => {
  it('20 elements on one src make one request', async () => {
    const src = SEED_URL('twenty', 50);
    const host = await mount<HTMLDivElement>(html`<div></div>`);
    const els = Array.from({ length: 20 }, () => {
      const el = document.createElement('momentum-bars');
      el.src = src;
      host.append(el);
      return el;
    });
    for (const el of els) expect(await settled(el)).to.equal('ready');
    expect(await requestCount('twenty')).to.equal(1);
    expect(new Set(els.map((el) => el.report)).size).to.equal(1);
  });

  it('after 5 quick src changes only the last report is ever shown', async () => {
    const el = await mount<MomentumBars>(html`<momentum-bars></momentum-bars>`);
    const seen: string[] = [];
    el.addEventListener('report-load', (e) => seen.push(e.detail.report.ticker.symbol));
    const names = ['000657-seed', 'eu-extreme', 'jp-flat', 'us-megacap-downtrend', 'gb-sparse'];
    for (const [i, name] of names.entries()) {
      // Earlier answers are slower, so they would arrive after the last one.
      el.src = `/api/report/${name}?tag=quick-${i}&delay=${(names.length - 1 - i) * 120}`;
      await el.updateComplete;
    }
    await settled(el);
    await aTimeout(650);
    expect(el.report?.ticker.symbol).to.equal('TLSP');
    expect(seen).to.deep.equal(['TLSP']);
  });

  it('removing an element aborts its request', async () => {
    const signals: AbortSignal[] = [];
    const original = window.fetch;
    window.fetch = (input, init) => {
      if (init?.signal) signals.push(init.signal);
      return original(input, init);
    };
    try {
      const el = document.createElement('momentum-bars');
      el.src = SEED_URL('removed', 2000);
      document.body.append(el);
      await el.updateComplete;
      expect(pendingRequests()).to.equal(1);
      expect(signals).to.have.length(1);
      el.remove();
      expect(signals[0].aborted).to.equal(true);
      expect(pendingRequests()).to.equal(0);
    } finally {
      window.fetch = original;
    }
  });

  it('resolves relative peer links against the URL the report came from', async () => {
    const el = await mount<MomentumBars>(html`<momentum-bars src=${SEED_URL('source-url')}></momentum-bars>`);
    await settled(el);
    expect(el.report?.source).to.equal(new URL(SEED_URL('source-url'), document.baseURI).href);
  });
});

describe('errors', () => {
  async function failing(src: string, timeout = 15000) {
    const el = document.createElement('momentum-bars');
    el.timeout = timeout;
    el.src = src;
    const failed = oneEvent(el, 'report-error');
    document.body.append(el);
    const event = await failed;
    await settled(el);
    const alert = el.shadowRoot?.querySelector('[part="error"]');
    expect(alert?.getAttribute('role')).to.equal('alert');
    expect(el.getAttribute('state')).to.equal('error');
    el.remove();
    return { error: event.detail.error, text: alert?.textContent ?? '' };
  }

  it('http: names the status', async () => {
    const { error, text } = await failing('/api/status/404');
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(404);
    expect(text).to.contain('404');
  });

  it('network: when the server cannot be reached', async () => {
    const { error, text } = await failing('http://127.0.0.1:9/report.json');
    expect(error.kind).to.equal('network');
    expect(text).to.contain('Could not reach http://127.0.0.1:9/report.json');
  });

  it('timeout: after the timeout attribute', async () => {
    const { error, text } = await failing('/api/hang', 300);
    expect(error.kind).to.equal('timeout');
    expect(text).to.contain('within 300 ms');
  });

  it('parse: an HTML page says what arrived', async () => {
    const { error, text } = await failing('/api/html');
    expect(error.kind).to.equal('parse');
    expect(text).to.contain('text/html');
    expect(text).to.contain('it begins "<!DOCTYPE html>');
  });

  it('parse: a truncated body', async () => {
    const { error } = await failing('/api/truncated');
    expect(error.kind).to.equal('parse');
    expect(error.message).to.contain('is not JSON');
  });

  it('validation: lists the failing paths', async () => {
    const { error, text } = await failing('/api/invalid');
    expect(error.kind).to.equal('validation');
    expect(error.issues).to.deep.equal([{ path: 'momentum.returns', message: 'expected an array, got string' }]);
    expect(text).to.contain('momentum.returns: expected an array, got string');
  });

  it('validation from the data property, and the page keeps working', async () => {
    const bad = await mount<MomentumBars>(html`<momentum-bars .data=${{ ticker: 'nope' }}></momentum-bars>`);
    const good = await mount<MomentumBars>(html`<momentum-bars .data=${await fixture('eu-extreme')}></momentum-bars>`);
    expect(bad.state).to.equal('error');
    expect(shownText(bad)).to.contain('ticker: expected an object, got string');
    expect(good.state).to.equal('ready');
  });

  it('error slot replaces the default message', async () => {
    const el = await mount<MomentumBars>(html`<momentum-bars .data=${42}><p slot="error">Custom failure</p></momentum-bars>`);
    expect(el.state).to.equal('error');
    const slot = el.shadowRoot?.querySelector<HTMLSlotElement>('slot[name="error"]');
    expect(slot?.assignedElements()[0].textContent).to.equal('Custom failure');
  });
});
