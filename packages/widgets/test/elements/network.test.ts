import { expect, fixture as mount, html, oneEvent } from '@open-wc/testing';
import '../../src/elements/momentum-bars.js';
import type { MomentumBars } from '../../src/elements/momentum-bars.js';
import { retryDelay } from '../../src/data/load.js';
import type { ReportError } from '../../src/data/errors.js';
import { requestCount, settled, shownText } from '../helpers.js';

async function load(src: string, attrs: { refresh?: number; timeout?: number } = {}) {
  const el = document.createElement('momentum-bars');
  if (attrs.refresh) el.refresh = attrs.refresh;
  if (attrs.timeout) el.timeout = attrs.timeout;
  el.src = src;
  const host = await mount<HTMLDivElement>(html`<div></div>`);
  host.append(el);
  await settled(el, ['ready', 'error'], 8000);
  return el;
}

describe('network faults', () => {
  beforeEach(() => fetch('/api/reset'));

  for (const status of [400, 404, 500]) {
    it(`${status}: an http error at once, never retried`, async () => {
      const el = await load(`/api/status/${status}`);
      expect(el.state).to.equal('error');
      expect(el.error).to.include({ kind: 'http', status });
      expect(shownText(el)).to.contain(String(status));
      expect(await requestCount(`status-${status}`)).to.equal(1);
    });
  }

  it('503 then success: retried, and the report shows', async () => {
    const el = await load('/api/flaky/busy-503?fail=2&status=503&retry-after=0');
    expect(el.state).to.equal('ready');
    expect(await requestCount('busy-503')).to.equal(3);
  });

  it('429 then success: retried, and the report shows', async () => {
    const el = await load('/api/flaky/busy-429?fail=1&status=429&retry-after=0');
    expect(el.state).to.equal('ready');
    expect(await requestCount('busy-429')).to.equal(2);
  });

  it('503 every time: gives up after 3 retries with the status', async () => {
    const el = await load('/api/status/503?retry-after=0');
    expect(el.error).to.include({ kind: 'http', status: 503 });
    expect(await requestCount('status-503')).to.equal(4);
  });

  it('a validation error is not retried', async () => {
    const el = await load('/api/invalid');
    expect(el.error?.kind).to.equal('validation');
    expect(await requestCount('invalid')).to.equal(1);
  });

  it('a cross-origin answer without CORS headers is a network error', async () => {
    const other = new URL('/api/report/000657-seed', location.href);
    other.hostname = other.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
    const el = await load(other.href);
    expect(el.error?.kind).to.equal('network');
    expect(shownText(el)).to.contain('blocked by CORS');
  });

  it('Retry-After in seconds or as a date sets the wait, capped at 10 s', () => {
    expect(retryDelay('2', 0)).to.equal(2000);
    expect(retryDelay('0', 2)).to.equal(0);
    expect(retryDelay('3600', 0)).to.equal(10_000);
    const soon = new Date(Date.now() + 3000).toUTCString();
    expect(retryDelay(soon, 0)).to.be.within(1000, 3000);
    // Without the header: exponential backoff.
    expect([0, 1, 2].map((attempt) => retryDelay(null, attempt))).to.deep.equal([400, 800, 1600]);
  });
});

describe('refresh', () => {
  beforeEach(() => fetch('/api/reset'));

  it('re-fetches; a failed refresh keeps the last report with a stale notice and fires report-error', async () => {
    const el = await load('/api/sequence/live?plan=ok,500,ok', { refresh: 0.2 });
    expect(el.state).to.equal('ready');
    const failed = (await oneEvent(el, 'report-error')) as CustomEvent<{ error: ReportError }>;
    expect(failed.detail.error).to.include({ kind: 'http', status: 500 });
    await el.updateComplete;
    expect(el.state).to.equal('ready');
    expect(el.hasAttribute('stale')).to.equal(true);
    expect(el.shadowRoot?.querySelectorAll('svg[part="chart"] g.row')).to.have.length(5);
    const notice = el.shadowRoot?.querySelector('[part="stale"]');
    expect(notice?.getAttribute('role')).to.equal('status');
    expect(notice?.textContent).to.match(/Showing the report from .+; the latest update failed: The server answered 500/);
    await oneEvent(el, 'report-load');
    await el.updateComplete;
    expect(el.hasAttribute('stale')).to.equal(false);
    expect(el.shadowRoot?.querySelector('[part="stale"]')).to.equal(null);
    el.refresh = 0;
  });

  it('stops refreshing when removed', async () => {
    const el = await load('/api/sequence/removed?plan=ok', { refresh: 0.1 });
    el.remove();
    const before = await requestCount('removed');
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect(await requestCount('removed')).to.equal(before);
  });
});

describe('removal while loading', () => {
  it('leaves the element able to load again when put back', async () => {
    const el = document.createElement('momentum-bars') as MomentumBars;
    el.src = '/api/report/jp-flat?tag=back&delay=300';
    document.body.append(el);
    await el.updateComplete;
    el.remove();
    document.body.append(el);
    expect(await settled(el)).to.equal('ready');
    el.remove();
  });
});
