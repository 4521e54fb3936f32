import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { historySchema, toHistory } from '../../src/data/history.js';
import { ReportError } from '../../src/data/errors.js';
import { weeksIn } from '../../src/charts/price-chart.js';
import { paths, readJson } from '../fixtures.js';
import { agreesWithZod, mutations } from './agree.js';
import { zodHistory } from './zod-oracle.js';

async function history(name: 'ovi' | 'gaps' | 'short'): Promise<Record<string, any>> {
  return readJson(new URL(`../fixtures/history-${name}.json`, import.meta.url));
}

function issues(input: unknown): string[] {
  try {
    toHistory(input);
  } catch (error) {
    expect(error).to.be.instanceOf(ReportError);
    expect((error as ReportError).kind).to.equal('validation');
    return (error as ReportError).issues!.map((i) => `${i.path}: ${i.message}`);
  }
  throw new Error('expected a validation error');
}

describe('toHistory(json)', () => {
  it('reads a real history: every week, oldest first, numbers and flags', async () => {
    const h = toHistory(await history('ovi'));
    expect(h.symbol).to.equal('OVI');
    expect(h.currency).to.equal('USD');
    expect(h.latest_week).to.equal('2026-06-12');
    expect(h.weeks).to.have.length(313);
    expect(h.weeks[0].week).to.equal('2020-06-19');
    expect(h.weeks.at(-1)).to.deep.equal({
      week: '2026-06-12',
      open: 31.56,
      high: 31.58,
      low: 29.92,
      close: 30.43,
      volume: 1086010,
      trend_line: 25.518,
      fair_value: 20.4263,
      trend_signal: true,
      buy_signal: false,
    });
    // Before 30 weeks there is no trend line: null becomes undefined, never 0.
    expect(h.weeks[0].trend_line).to.equal(undefined);
  });

  it('keeps the gaps of a history with missing weeks, volumes and closes', async () => {
    const h = toHistory(await history('gaps'));
    expect(h.weeks).to.have.length(105);
    const byWeek = new Map(h.weeks.map((w) => [w.week, w]));
    expect(byWeek.has('2022-06-24')).to.equal(false); // the suspension: no bars for a month
    expect(byWeek.get('2023-06-09')!.volume).to.equal(undefined);
    expect(byWeek.get('2023-05-26')!.close).to.equal(undefined);
    expect(byWeek.get('2023-05-12')).to.include({ open: undefined, close: undefined, volume: undefined });
  });

  it('is forgiving: numbers as text, a unicode minus, flags as words, missing fields, unsorted weeks', () => {
    const h = toHistory({
      symbol: ' ABC ',
      weeks: [
        { week: '2026-06-12', close: '1,234.50', open: '\u22121.5', volume: '950K', trend_signal: 'on', buy_signal: 1 },
        { week: '2026-06-05', close: 7, high: null },
        { week: 'not a date', close: 1 },
        null,
      ],
      extra: { ignored: true },
    });
    expect(h.symbol).to.equal('ABC');
    expect(h.weeks.map((w) => w.week)).to.deep.equal(['2026-06-05', '2026-06-12']);
    expect(h.weeks[1]).to.include({ close: 1234.5, open: -1.5, volume: 950_000, trend_signal: true, buy_signal: true });
    expect(h.weeks[0].high).to.equal(undefined);
    expect(toHistory({ symbol: 'X' }).weeks).to.deep.equal([]);
  });

  it('names the failing paths', () => {
    expect(issues({ weeks: [] })).to.deep.equal(['symbol: expected text, got nothing']);
    expect(issues({ symbol: 'X', weeks: [{ week: '2026-06-12', close: { value: 1 } }] })).to.deep.equal([
      'weeks.0.close: expected text or a number, got object',
    ]);
    expect(issues({ symbol: 'X', weeks: 'many' })).to.deep.equal(['weeks: expected an array, got string']);
    expect(issues([])).to.deep.equal([': expected an object, got array']);
    expect(() => toHistory({ symbol: 'X', weeks: 'many' })).to.throw('The history is not valid: weeks: expected an array');
  });

  it('accepts its own model, and caches per input object', async () => {
    const json = await history('short');
    const h = toHistory(json);
    expect(toHistory(json)).to.equal(h);
    expect(toHistory(h)).to.equal(h);
  });
});

describe('historySchema, the one parser, against zod', () => {
  it('gives what zod gives, model or issues, for every history fixture and for changed ones', async function () {
    this?.timeout?.(60_000); // mocha in the browser; vitest's testTimeout under Node
    for (const name of ['ovi', 'gaps', 'short'] as const) {
      const seed = await history(name);
      agreesWithZod(historySchema, zodHistory, seed);
      fc.assert(
        fc.property(mutations(paths(seed)), (changes) => agreesWithZod(historySchema, zodHistory, changes(seed))),
        { numRuns: 200, seed: 20261124, endOnFailure: true },
      );
    }
    for (const junk of [{}, { symbol: '' }, { symbol: 'X', weeks: [null, 1, { week: [] }] }])
      agreesWithZod(historySchema, zodHistory, junk);
  });
});

describe('weeksIn(weeks, range)', () => {
  it('counts back 52, 156 and 260 weeks from the newest, by the calendar', async () => {
    const { weeks } = toHistory(await history('ovi'));
    expect(weeksIn(weeks, '1Y')).to.have.length(52);
    expect(weeksIn(weeks, '3Y')).to.have.length(156);
    expect(weeksIn(weeks, '5Y')).to.have.length(260);
    expect(weeksIn(weeks, 'All')).to.have.length(313);
    expect(weeksIn(weeks, '1Y')[0].week).to.equal('2025-06-20');
    // A suspension inside the year leaves fewer weeks, not an older start.
    const gaps = toHistory(await history('gaps')).weeks.filter((w) => w.week <= '2022-12-31');
    expect(weeksIn(gaps, '1Y').length).to.be.below(52);
    expect(weeksIn(gaps, '1Y')[0].week > '2022-01-01').to.equal(true);
  });
});
