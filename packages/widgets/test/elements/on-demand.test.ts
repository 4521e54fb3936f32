// The loader of the parts elements fetch on demand (the radar, <price-chart>'s view): an
// element that asks for a part redraws once it is in, and once when it cannot be had, never
// in a loop (a failed import used to have <price-chart> ask again on every render).
import { expect } from '@open-wc/testing';
import { OnDemand } from '../../src/elements/on-demand.js';

/** A host that renders on every redraw it is asked for, as an element does, and counts them. */
function host<M>(part: OnDemand<M>) {
  const seen: (M | undefined)[] = [];
  const self = {
    redraws: 0,
    render() {
      seen.push(part.use(self));
    },
    requestUpdate() {
      self.redraws++;
      queueMicrotask(() => self.render());
    },
    seen,
  };
  return self;
}

/** Lets queued promise callbacks and microtasks run. */
const tick = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('OnDemand', () => {
  it('loads a part once, and redraws its element once it is in', async () => {
    let imports = 0;
    const part = new OnDemand(async () => {
      imports++;
      return { drawing: 'radar' };
    });
    const el = host(part);
    el.render();
    el.render();
    await tick();
    expect(imports).to.equal(1);
    expect(part.module).to.deep.equal({ drawing: 'radar' });
    expect(el.seen[0]).to.equal(undefined);
    expect(el.seen.at(-1)).to.deep.equal({ drawing: 'radar' });
    // Two renders while it loaded: two redraws asked for, and none after it arrived.
    expect(el.redraws).to.equal(2);
  });

  it('after a failed import, renders once more without it and asks for no more redraws', async () => {
    let imports = 0;
    const part = new OnDemand<{ drawing: string }>(() => {
      imports++;
      return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    });
    const el = host(part);
    el.render();
    await tick();
    await tick();
    expect(part.failed).to.equal(true);
    expect(imports).to.equal(1);
    expect(el.redraws).to.equal(1);
    expect(el.seen).to.deep.equal([undefined, undefined]);
    await part.load();
    expect(imports, 'load() after a failure does not import again').to.equal(1);
  });
});
