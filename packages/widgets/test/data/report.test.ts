import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { reportSchema } from '../../src/data/schema.js';
import { toReport } from '../../src/data/validate.js';
import { ReportError } from '../../src/data/errors.js';
import { safeHref } from '../../src/data/links.js';
import { FIXTURES, fixture, paths } from '../fixtures.js';
import { agreesWithZod, mutations } from './agree.js';
import { zodReport } from './zod-oracle.js';

function validationError(input: unknown): ReportError {
  try {
    toReport(input);
  } catch (error) {
    expect(error).to.be.instanceOf(ReportError);
    return error as ReportError;
  }
  throw new Error('expected a validation error');
}

describe('toReport(json)', () => {
  for (const name of FIXTURES) {
    it(`parses the ${name} fixture`, async () => {
      const report = toReport(await fixture(name));
      expect(report.ticker.symbol).to.be.a('string').and.not.equal('');
      expect(report.momentum?.returns?.map((r) => r.label)).to.deep.equal(['1W', '4W', '12W', '26W', '52W']);
      for (const week of report.setup?.timeline ?? []) expect(week.date).to.match(/^2026-\d\d-\d\d$/);
      expect(report.price?.trend_line?.value).to.be.a('number');
    });
  }

  it('builds the seed model with units parsed', async () => {
    const report = toReport(await fixture('000657-seed'));
    expect(report.price?.trend_line).to.deep.equal({ value: 47.01, currency: 'CNY' });
    expect(report.price?.vs_fair_value).to.equal(346);
    expect(report.classification?.market_cap).to.equal(151.5e9);
    expect(report.volume?.ratio_13).to.equal(1.4);
    expect(report.composite_score).to.equal(82);
    expect(report.dynamics?.market_dynamics).to.equal(0.36);
    expect(report.setup?.timeline?.[0]).to.include({ week: '27 Feb', date: '2026-02-27' });
    expect(report.recent_rows?.[0].trend_signal).to.equal(true);
    expect(report.kpis?.[5].value).to.deep.equal({ kind: 'ratio', value: 1.4, text: '1.4x' });
  });

  it('accepts a report with only a ticker, and ignores unknown fields', () => {
    const report = toReport({ ticker: { symbol: 'ABC' }, surprise: { deep: true } });
    expect(report.ticker.symbol).to.equal('ABC');
    expect(report.momentum).to.equal(undefined);
    expect(Object.keys(report)).not.to.include('surprise');
  });

  it('treats null sections and messy values as missing, never 0', async () => {
    const json = await fixture('000657-seed');
    json.dynamics = null;
    json.price.trend_line = 'n/a';
    json.price.drawdown = '−6.3%';
    json.volume.latest = null;
    json.momentum.returns[0].value = null;
    json.kpis.push(null);
    const report = toReport(json);
    expect(report.dynamics).to.equal(undefined);
    expect(report.price?.trend_line).to.equal(undefined);
    expect(report.price?.drawdown).to.equal(-6.3);
    expect(report.volume?.latest).to.equal(undefined);
    // A missing number falls back to its label twin ("12.7%").
    expect(report.momentum?.returns?.[0].value).to.equal(12.7);
    expect(report.kpis).to.have.length(6);
  });

  it('names the path and the problem for a section of the wrong type', () => {
    const error = validationError({ ticker: { symbol: 'X' }, momentum: { returns: 'lots' } });
    expect(error.kind).to.equal('validation');
    expect(error.issues).to.deep.equal([{ path: 'momentum.returns', message: 'expected an array, got string' }]);
    expect(error.message).to.contain('momentum.returns: expected an array, got string');
  });

  it('says which kind a value should have been', () => {
    const error = validationError({
      ticker: { symbol: 'X' },
      price: { drawdown: [1] },
      setup: { timeline: [{ trend: {} }] },
      dynamics: { market_dynamics: Number.NaN },
      opportunities: ['a', 2, null, true],
    });
    expect(error.issues).to.deep.equal([
      { path: 'price.drawdown', message: 'expected text or a number, got array' },
      { path: 'setup.timeline.0.trend', message: 'expected text or a number, got object' },
      { path: 'dynamics.market_dynamics', message: 'expected text or a number, got number' },
      { path: 'opportunities.3', message: 'expected text or a number, got boolean' },
    ]);
  });

  it('rejects a missing or malformed ticker', () => {
    expect(validationError({}).message).to.contain('ticker: expected an object, got nothing');
    expect(validationError({ ticker: { symbol: 7 } }).issues?.[0]).to.deep.equal({
      path: 'ticker.symbol',
      message: 'expected text, got number',
    });
    expect(validationError({ ticker: { symbol: '  ' } }).issues?.[0].path).to.equal('ticker.symbol');
    expect(validationError([1, 2]).message).to.contain('got array');
  });

  it('attaches the source URL, so relative links resolve against it', async () => {
    const report = toReport(await fixture('000657-seed'), 'https://data.example.com/terminal/x/report/api/');
    const peer = report.groups?.industry?.top_peers?.[1];
    expect(safeHref(peer?.url, report.source)).to.equal(
      'https://data.example.com/terminal/f17c3cf9-bad2-4078-9e1e-492d74312155/report/',
    );
  });
});

describe('reportSchema, the one parser, against zod', () => {
  it('gives what zod gives, model or issues, for every fixture and for changed ones', async function () {
    this?.timeout?.(60_000); // mocha in the browser; vitest's testTimeout under Node
    for (const name of FIXTURES) {
      const seed = await fixture(name);
      agreesWithZod(reportSchema, zodReport, seed);
      fc.assert(
        fc.property(mutations(paths(seed)), (changes) => agreesWithZod(reportSchema, zodReport, changes(seed))),
        { numRuns: 300, seed: 20261124, endOnFailure: true },
      );
    }
    for (const junk of [{}, { ticker: { symbol: ' ' } }, { ticker: { symbol: ' A ' }, kpis: [null] }, { ticker: [] }])
      agreesWithZod(reportSchema, zodReport, junk);
  });

  it('names every refused value in document order, with the kind it got', () => {
    const issues = validationError({
      ticker: { symbol: '' },
      kpis: [{ label: 'a' }, 'b', null, { value: {} }],
      momentum: { returns: [{ value: Number.POSITIVE_INFINITY, tone: [] }], peer: 3 },
      groups: { industry: { top_peers: [{ id: {}, trend_active: Symbol.iterator }] } },
      watch_points: 'none',
    }).issues;
    expect(issues).to.deep.equal([
      { path: 'ticker.symbol', message: 'expected a non-empty symbol' },
      { path: 'kpis.1', message: 'expected an object, got string' },
      { path: 'kpis.3.value', message: 'expected text or a number, got object' },
      { path: 'momentum.returns.0.value', message: 'expected text or a number, got number' },
      { path: 'momentum.returns.0.tone', message: 'expected text or a number, got array' },
      { path: 'momentum.peer', message: 'expected an object, got number' },
      { path: 'groups.industry.top_peers.0.id', message: 'expected text or a number, got object' },
      { path: 'groups.industry.top_peers.0.trend_active', message: 'expected text or a number, got symbol' },
      { path: 'watch_points', message: 'expected an array, got string' },
    ]);
  });
});

describe('safeHref(url, base)', () => {
  it('keeps http and https only', () => {
    expect(safeHref('https://a.example/x')).to.equal('https://a.example/x');
    expect(safeHref('/peer/', 'http://b.example/api/')).to.equal('http://b.example/peer/');
    for (const bad of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      '\u0001javascript:x',
      'data:text/html,x',
      'vbscript:x',
    ]) {
      expect(safeHref(bad, 'https://b.example/'), bad).to.equal(undefined);
    }
  });
});
