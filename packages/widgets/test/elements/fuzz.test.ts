import { expect, fixture as mount, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import type { ReportElement } from '../../src/elements/base.js';
import { fixture, paths } from '../fixtures.js';
import { TAGS } from '../helpers.js';
import { toReport } from '../../src/data/validate.js';
import type { ReportError } from '../../src/data/errors.js';

type Json = Record<string, unknown>;

const weird = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.constant('n/a'),
  fc.constant(''),
  fc.constant('—'),
  fc.constant('−1,234.5%'),
  fc.constantFrom(1e308, -1e308, 5e-324, 0, -0, Number.NaN, Infinity, -Infinity, 2 ** 53),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.constant('x'.repeat(5000)),
  fc.constant('\u202Eevil\u202C 🏳️‍🌈 ع ְ̈́'),
  fc.constant([]),
  fc.constant({}),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.constant({ value: 1, label: 2 }),
);

type Mutation = { path: number; op: 'delete' | 'set'; value: unknown };
const mutation = fc.record({
  path: fc.nat(),
  op: fc.constantFrom('delete', 'set') as fc.Arbitrary<'delete' | 'set'>,
  value: weird,
});

function mutate(base: Json, all: (string | number)[][], changes: Mutation[]): Json {
  const copy = structuredClone(base);
  for (const change of changes) {
    const path = all[change.path % all.length];
    let parent: Record<string | number, unknown> = copy;
    for (const key of path.slice(0, -1)) {
      const next = parent?.[key];
      if (!next || typeof next !== 'object') break;
      parent = next as Record<string | number, unknown>;
    }
    const last = path[path.length - 1];
    if (!parent || typeof parent !== 'object') continue;
    if (change.op === 'delete') delete parent[last];
    else parent[last] = change.value;
  }
  return copy;
}

describe('property-based: mutated reports never break an element', () => {
  const RUNS = 1000;

  it(`${RUNS} mutated reports x ${TAGS.length} elements end in ready, empty or error`, async function () {
    this.timeout(120_000);
    const seed = await fixture('000657-seed');
    const all = paths(seed);
    const host = await mount<HTMLDivElement>(html`<div></div>`);
    const els = TAGS.map((tag) => {
      const el = document.createElement(tag) as ReportElement;
      el.setAttribute('locale', 'en-US');
      host.append(el);
      return el;
    });
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    const counts = { ready: 0, empty: 0, error: 0, renders: 0 };
    try {
      await fc.assert(
        fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 6 }), async (changes) => {
          const report = mutate(seed, all, changes);
          // The oracle: the validator on its own, outside any element.
          let refused: ReportError | undefined;
          try {
            toReport(report);
          } catch (error) {
            refused = error as ReportError;
          }
          for (const el of els) {
            el.data = report;
            await el.updateComplete;
            for (const inner of el.shadowRoot?.querySelectorAll<ReportElement>('[state]') ?? []) await inner.updateComplete;
            counts.renders++;
            const state = el.state as keyof typeof counts;
            const shown = (part: string) => el.shadowRoot?.querySelector(`[part="${part}"]`) ?? null;
            if (refused) {
              // A report the validator refuses is a validation error in every element, named
              // by the same first issue, in the error part.
              expect(state, el.localName).to.equal('error');
              expect(el.error?.kind).to.equal('validation');
              expect(el.error?.issues?.[0]).to.deep.equal(refused.issues?.[0]);
              expect(shown('error')?.textContent).to.match(/\w+(\.\w+)*: expected /);
            } else {
              // A report it accepts is drawn, or the element says it has nothing to draw.
              expect(state, el.localName).to.be.oneOf(['ready', 'empty']);
              expect(el.error, el.localName).to.equal(undefined);
              expect(shown('error'), el.localName).to.equal(null);
              if (state === 'empty') expect(shown('empty'), el.localName).to.not.equal(null);
              else expect(el.shadowRoot?.textContent?.trim(), el.localName).to.not.equal('');
            }
            counts[state]++;
          }
          return errors.length === 0;
        }),
        { numRuns: RUNS, seed: 20261124 },
      );
    } finally {
      window.removeEventListener('error', onError);
    }
    console.log(
      `fuzz: ${RUNS} reports, ${counts.renders} renders: ${counts.ready} ready, ${counts.empty} empty, ${counts.error} error`,
    );
    expect(errors).to.deep.equal([]);
    expect(counts.renders).to.equal(RUNS * TAGS.length);
    expect(counts.ready).to.be.greaterThan(0);
    expect(counts.error).to.be.greaterThan(0);
  });

  it('whole-report garbage is a validation error, never a crash', async function () {
    this.timeout(60_000);
    const el = await mount<ReportElement>(html`<momentum-bars></momentum-bars>`);
    await fc.assert(
      fc.asyncProperty(fc.anything({ maxDepth: 3 }), async (junk) => {
        const data = junk === undefined ? null : junk;
        el.data = data;
        await el.updateComplete;
        let refused = false;
        try {
          toReport(data);
        } catch {
          refused = true;
        }
        return refused ? el.state === 'error' && el.error?.kind === 'validation' : ['ready', 'empty'].includes(el.state);
      }),
      { numRuns: 1000, seed: 7 },
    );
  });
});
