import { expect, fixture as mount, html, aTimeout } from '@open-wc/testing';
import '../../src/index.js';
import type { ReportElement } from '../../src/elements/base.js';
import { pendingRequests } from '../../src/data/load.js';
import { fixture } from '../fixtures.js';
import { TAGS } from '../helpers.js';

declare global {
  interface Window {
    gc?: () => void;
  }
  interface Performance {
    memory?: { usedJSHeapSize: number };
  }
}

/** Counts listeners added to long-lived targets, and timers still pending. */
function instrument() {
  const targets = new Set<EventTarget>([window, document, document.documentElement, document.body]);
  const live = new Map<EventTarget, number>();
  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  EventTarget.prototype.addEventListener = function (this: EventTarget, ...args: Parameters<typeof add>) {
    if (targets.has(this)) live.set(this, (live.get(this) ?? 0) + 1);
    return add.apply(this, args);
  };
  EventTarget.prototype.removeEventListener = function (this: EventTarget, ...args: Parameters<typeof remove>) {
    if (targets.has(this)) live.set(this, (live.get(this) ?? 0) - 1);
    return remove.apply(this, args);
  };
  const pending = new Set<number>();
  const set = window.setTimeout;
  const clear = window.clearTimeout;
  window.setTimeout = ((fn: () => void, ms?: number, ...rest: unknown[]) => {
    const id = set(() => {
      pending.delete(id);
      fn(...(rest as []));
    }, ms);
    pending.add(id);
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) pending.delete(id);
    clear(id);
  }) as typeof window.clearTimeout;
  return {
    listeners: () => [...live.values()].reduce((a, b) => a + b, 0),
    timers: () => pending.size,
    restore() {
      EventTarget.prototype.addEventListener = add;
      EventTarget.prototype.removeEventListener = remove;
      window.setTimeout = set;
      window.clearTimeout = clear;
    },
  };
}

async function heap(): Promise<number> {
  for (let i = 0; i < 3; i++) {
    window.gc?.();
    await aTimeout(20);
  }
  return performance.memory?.usedJSHeapSize ?? 0;
}

describe('create / connect / remove cycles', () => {
  it('1000 cycles leave no listeners, timers, requests or heap behind', async function () {
    this.timeout(120_000);
    const reports = [await fixture('000657-seed'), await fixture('eu-extreme'), await fixture('gb-sparse')];
    const host = await mount<HTMLDivElement>(html`<div></div>`);
    const cycle = async (i: number) => {
      const el = document.createElement(TAGS[i % TAGS.length]) as ReportElement;
      if (i % 10 === 0) {
        // Every other src element is removed mid-request, the rest after loading with a
        // refresh timer running: both must be cleaned up.
        el.src = `/api/report/jp-flat?tag=cycle&delay=${i % 20 === 0 ? 0 : 100}`;
        el.refresh = 1;
      } else {
        el.data = reports[i % reports.length];
      }
      host.append(el);
      await el.updateComplete;
      if (i % 20 === 0) while (el.state === 'loading') await aTimeout(5);
      el.remove();
    };
    // Warm up: first renders fill caches (formatters, templates, styles).
    for (let i = 0; i < 100; i++) await cycle(i);
    await aTimeout(50);
    const probe = instrument();
    const before = await heap();
    const CYCLES = 1000;
    try {
      for (let i = 0; i < CYCLES; i++) await cycle(i);
      await aTimeout(50);
      const after = await heap();
      const growth = after - before;
      console.log(
        `lifecycle: ${CYCLES} cycles over ${TAGS.length} elements; listeners +${probe.listeners()}, timers ${probe.timers()}, ` +
          `requests ${pendingRequests()}, heap ${(before / 1e6).toFixed(1)} -> ${(after / 1e6).toFixed(1)} MB`,
      );
      expect(probe.listeners(), 'listeners on window/document').to.equal(0);
      expect(probe.timers(), 'pending timers').to.equal(0);
      expect(pendingRequests(), 'requests in flight').to.equal(0);
      if (window.gc) expect(growth, 'heap growth in bytes').to.be.below(2_000_000);
    } finally {
      probe.restore();
    }
  });
});
