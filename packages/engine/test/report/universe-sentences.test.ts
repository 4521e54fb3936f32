// The sentence rules on real generated data: a small synthetic universe (two countries, 60 securities, up to 200
// weekly bars of a seeded random walk with trending regimes) written as CSV, built by the whole pipeline (`build`,
// one thread), and every report read back: each sentence one rule's with the report's own numbers, no opposite
// pair, no "no risk" next to a risk signature, the lists within their lengths, at least one watch point.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import {
  MAX_OPPORTUNITIES,
  MAX_RISKS,
  MAX_WATCH_POINTS,
  NO_RISK,
  RISK_SIGNATURES,
  type ReportJson,
} from '../../src/report/index.js';
import { checkReport } from './sentence-checks.js';

/** Mulberry32: a small seeded generator, so the universe is the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A standard normal draw (Box-Muller). */
const normal = (rand: () => number) => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());

const WEEKS = 200;
const LAST_FRIDAY = Date.parse('2026-06-12T00:00:00Z');
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

/** 60 securities in two countries, three sectors, five industries; a few with short histories; weekly OHLCV rows. */
function universe(): { securities: string; prices: string } {
  const rand = random(20260612);
  const securities = ['symbol,exchange,name,country,currency,sector,industry,market_cap'];
  const prices = ['symbol,exchange,date,open,high,low,close,volume'];
  const sectors: [string, string[]][] = [
    ['Technology', ['Software', 'Semiconductors']],
    ['Energy', ['Oil & Gas']],
    ['Basic Materials', ['Chemicals', 'Steel']],
  ];
  for (let n = 0; n < 60; n++) {
    const [country, exchange, currency] = n < 40 ? ['US', 'NYQ', 'USD'] : ['DE', 'GER', 'EUR'];
    const [sector, industries] = sectors[n % 3]!;
    const industry = industries[Math.floor(n / 3) % industries.length]!;
    const symbol = `S${String(n).padStart(3, '0')}`;
    securities.push(
      `${symbol},${exchange},Synthetic ${n},${country},${currency},${sector},${industry},${(1 + rand() * 99) * 1e9}`,
    );
    // most have the whole history; some only 40, 20 or 6 weeks (Trend Line and 52-week measures missing)
    const weeks = n % 15 === 7 ? [40, 20, 6][n % 3]! : WEEKS;
    const volatility = 0.02 + rand() * 0.05;
    let drift = 0;
    let close = 20 + rand() * 80;
    let volume = 1e5 + rand() * 1e6;
    for (let w = WEEKS - weeks; w < WEEKS; w++) {
      if (w % 26 === 0 || rand() < 0.04) drift = (rand() - 0.5) * 0.04; // a new trending regime
      const open = close;
      close = Math.max(0.5, open * Math.exp(drift + volatility * normal(rand)));
      const high = Math.max(open, close) * (1 + rand() * volatility);
      const low = Math.min(open, close) * (1 - rand() * volatility);
      volume = Math.max(1000, volume * Math.exp(0.3 * normal(rand)));
      const date = iso(LAST_FRIDAY - (WEEKS - 1 - w) * 7 * 86_400_000);
      prices.push(
        `${symbol},${exchange},${date},${open.toFixed(4)},${high.toFixed(4)},${low.toFixed(4)},${close.toFixed(4)},${Math.round(volume)}`,
      );
    }
  }
  return { securities: securities.join('\n') + '\n', prices: prices.join('\n') + '\n' };
}

const temp = mkdtempSync(join(tmpdir(), 'ticker-sentences-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
let reports: ReportJson[] = [];

beforeAll(async () => {
  const { securities, prices } = universe();
  writeFileSync(join(temp, 'securities.csv'), securities);
  writeFileSync(join(temp, 'prices.csv'), prices);
  const out = join(temp, 'site');
  await build({ securities: join(temp, 'securities.csv'), prices: [join(temp, 'prices.csv')], out, workers: 1 });
  const rows: { uuid: string }[] = JSON.parse(readFileSync(join(out, 'universe.json'), 'utf8'));
  reports = rows.map((row) => JSON.parse(readFileSync(join(out, 'terminal', row.uuid, 'report', 'api', 'index.json'), 'utf8')));
}, 60_000);

describe('sentences on every report of a generated universe', () => {
  it('builds a report for each of the 60 securities, with varied signatures', () => {
    expect(reports).toHaveLength(60);
    const signatures = new Set(reports.map((r) => r.setup_signature));
    expect(signatures.size).toBeGreaterThanOrEqual(4);
    expect(reports.some((r) => RISK_SIGNATURES.includes(r.setup_signature ?? ''))).toBe(true);
  });

  it('writes only rule sentences carrying the report’s own numbers, and never two that contradict each other', () => {
    const fired = new Set<string>();
    for (const report of reports) {
      const { problems, ids } = checkReport(report);
      expect(problems, `${report.ticker.symbol}: ${JSON.stringify({ ids, signature: report.setup_signature })}`).toEqual([]);
      for (const id of ids) fired.add(id);
    }
    // the comparison's rules are exercised, not only the snapshot's
    for (const id of [
      'industry-leader',
      'industry-laggard',
      'peer-top-decile',
      'peer-bottom-decile',
      'short-history',
      'expectation-bullish',
    ])
      expect([...fired]).toContain(id);
    expect([...fired].some((id) => id.startsWith('signature-'))).toBe(true);
  });

  it('keeps every list within its length, says "no risk" only alone and never beside a risk signature, and has a watch point', () => {
    for (const r of reports) {
      expect(r.opportunities.length).toBeLessThanOrEqual(MAX_OPPORTUNITIES);
      expect(r.risks.length).toBeGreaterThanOrEqual(1);
      expect(r.risks.length).toBeLessThanOrEqual(MAX_RISKS);
      expect(r.watch_points.length).toBeGreaterThanOrEqual(1);
      expect(r.watch_points.length).toBeLessThanOrEqual(MAX_WATCH_POINTS);
      if (r.risks.includes(NO_RISK)) {
        expect(r.risks).toEqual([NO_RISK]);
        expect(RISK_SIGNATURES).not.toContain(r.setup_signature);
      }
      if (r.dynamics.expectation === 'Undecided') expect(r.watch_points.join(' ')).not.toMatch(/Bullish|Bearish/);
    }
  });
});
