// The screener query (src/server/query.ts): every parameter's validation with its message, and
// filter / sort / page results held to a plain filter-then-sort written here, on rows with ties,
// nulls and accents.
import { describe, expect, test } from 'vitest';
import { MAX_PAGE_SIZE, SORT_COLUMNS, type ScreenerQuery, type SortColumn, type UniverseRow } from '../src/screener-types.js';
import { parseScreenerQuery, QueryError, runScreenerQuery } from '../src/server/query.js';

/** A small deterministic PRNG (mulberry32), so the rows are the same on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COUNTRIES = ['CN', 'US', 'JP', 'DE'];
const SECTORS = ['Energy', 'Technology', 'Healthcare', 'Basic Materials'];
const NAMES = ['Astics', 'Quinara', 'Zürich Précision', 'Nordwerk', 'Shinwa', 'Huaxin', 'Bolt', 'Acme'];

function makeRows(count: number, seed: number): UniverseRow[] {
  const next = random(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(next() * list.length)]!;
  /** Few distinct values so sorts have ties; a null one time in eight. */
  const value = (scale: number): number | null => (next() < 0.125 ? null : Math.round((next() - 0.4) * 8) * scale);
  return Array.from({ length: count }, (_, i) => {
    const sector = pick(SECTORS);
    return {
      uuid: `00000000-0000-5000-8000-${String(i).padStart(12, '0')}`,
      symbol: `S${String(Math.floor(next() * count * 2)).padStart(4, '0')}`,
      exchange: pick(['NYSE', 'NASDAQ', 'SSE']),
      name: `${pick(NAMES)} ${pick(['Holdings', 'Group', 'Co.'])} ${i}`,
      country: pick(COUNTRIES),
      sector,
      industry: `${sector} ${pick(['A', 'B'])}`,
      currency: 'USD',
      latest_week: '2026-06-12',
      composite_score: value(10),
      setup_signature: null,
      return_1w: value(1.5),
      return_4w: value(3),
      return_12w: value(5),
      return_26w: value(8),
      return_52w: value(12),
      trend_signal: next() < 0.4,
      market_dynamics: value(0.5),
      relative_strength: next() < 0.1 ? null : 100 + Math.round((next() - 0.5) * 6) * 5,
      market_cap: next() < 0.2 ? null : Math.round(next() * 1e11),
    };
  });
}

/** The reference: filter with plain loops, then sort a copy with one comparator, then slice. */
function reference(rows: UniverseRow[], q: ScreenerQuery): { total: number; uuids: string[] } {
  const plain = (s: string) =>
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
  const needle = plain(q.q);
  const kept = rows.filter(
    (r) =>
      (q.country === null || r.country === q.country) &&
      (q.sector === null || r.sector === q.sector) &&
      (q.industry === null || r.industry === q.industry) &&
      (needle === '' || plain(r.symbol).includes(needle) || plain(r.name).includes(needle)) &&
      (!q.signals.includes('trend') || r.trend_signal) &&
      (!q.signals.includes('positive-md') || (r.market_dynamics ?? 0) > 0) &&
      (!q.signals.includes('positive-rs') || (r.relative_strength ?? 0) > 100),
  );
  const key = (r: UniverseRow) => {
    const v = r[q.sort];
    return typeof v === 'boolean' ? Number(v) : v;
  };
  const sorted = [...kept].sort((a, b) => {
    const x = key(a);
    const y = key(b);
    if (x === null && y !== null) return 1;
    if (y === null && x !== null) return -1;
    if (x !== null && y !== null && x !== y) {
      const c = typeof x === 'string' ? x.localeCompare(String(y), 'en', { sensitivity: 'base', numeric: true }) : x - Number(y);
      if (c !== 0) return q.order === 'asc' ? c : -c;
    }
    return (
      a.symbol.localeCompare(b.symbol, 'en', { sensitivity: 'base', numeric: true }) ||
      a.exchange.localeCompare(b.exchange) ||
      a.uuid.localeCompare(b.uuid)
    );
  });
  const start = (q.page - 1) * q.size;
  return { total: kept.length, uuids: sorted.slice(start, start + q.size).map((r) => r.uuid) };
}

function query(params: Record<string, string | string[]>): ScreenerQuery {
  return parseScreenerQuery(params);
}

describe('parseScreenerQuery(params)', () => {
  test('fills every default: composite score best first, page 1 of 50', () => {
    expect(parseScreenerQuery({})).toEqual({
      q: '',
      country: null,
      sector: null,
      industry: null,
      signals: [],
      sort: 'composite_score',
      order: 'desc',
      page: 1,
      size: 50,
    });
  });

  test('reads URLSearchParams and parsed querystrings alike; empty values mean "not given"', () => {
    const a = parseScreenerQuery(new URLSearchParams('q=+acme+&country=US&signal=trend&signal=positive-rs&sort=&page=2&size='));
    const b = parseScreenerQuery({ q: ' acme ', country: 'US', signal: ['trend', 'positive-rs'], sort: '', page: '2', size: '' });
    expect(a).toEqual(b);
    expect(a).toMatchObject({
      q: 'acme',
      country: 'US',
      signals: ['trend', 'positive-rs'],
      sort: 'composite_score',
      page: 2,
      size: 50,
    });
  });

  test('text columns sort A to Z by default, number columns best first; order overrides', () => {
    expect(query({ sort: 'symbol' }).order).toBe('asc');
    expect(query({ sort: 'name' }).order).toBe('asc');
    expect(query({ sort: 'return_4w' }).order).toBe('desc');
    expect(query({ sort: 'market_cap', order: 'asc' }).order).toBe('asc');
  });

  test('a repeated signal counts once; an empty one is ignored', () => {
    expect(query({ signal: ['trend', 'trend', ''] }).signals).toEqual(['trend']);
  });

  test('accepts the limits themselves', () => {
    expect(query({ size: String(MAX_PAGE_SIZE), page: '1000000' })).toMatchObject({ size: 200, page: 1_000_000 });
    expect(query({ q: 'x'.repeat(100) }).q).toHaveLength(100);
  });

  const bad: [Record<string, string | string[]>, string, string][] = [
    [{ size: '0' }, 'size', 'size must be between 1 and 200'],
    [{ size: '201' }, 'size', 'size must be between 1 and 200'],
    [{ size: 'abc' }, 'size', 'size must be a whole number between 1 and 200'],
    [{ size: '-5' }, 'size', 'size must be a whole number between 1 and 200'],
    [{ size: '2.5' }, 'size', 'size must be a whole number between 1 and 200'],
    [{ size: ['10', '20'] }, 'size', 'size must be given once'],
    [{ page: '0' }, 'page', 'page must be between 1 and 1000000'],
    [{ page: '1e3' }, 'page', 'page must be a whole number between 1 and 1000000'],
    [{ page: '99999999999' }, 'page', 'page must be a whole number between 1 and 1000000'],
    [{ sort: 'price' }, 'sort', `sort must be one of ${SORT_COLUMNS.join(', ')}`],
    [{ order: 'up' }, 'order', 'order must be one of asc, desc'],
    [{ signal: 'rocket' }, 'signal', 'signal must be one of trend, positive-md, positive-rs'],
    [{ signal: ['trend', 'bogus'] }, 'signal', 'signal must be one of trend, positive-md, positive-rs'],
    [{ q: 'x'.repeat(101) }, 'q', 'q must be at most 100 characters'],
    [{ q: ['a', 'b'] }, 'q', 'q must be given once'],
    [{ country: 'C'.repeat(101) }, 'country', 'country must be at most 100 characters'],
    [{ sector: 'S'.repeat(101) }, 'sector', 'sector must be at most 100 characters'],
    [{ industry: 'I'.repeat(101) }, 'industry', 'industry must be at most 100 characters'],
  ];
  test.each(bad)('%j is a QueryError naming %s', (params, parameter, message) => {
    let error: unknown;
    try {
      parseScreenerQuery(params);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(QueryError);
    expect((error as QueryError).parameter).toBe(parameter);
    expect((error as QueryError).message).toBe(message);
  });

  test('a value that is not text (a nested object from a querystring parser) is refused', () => {
    expect(() => parseScreenerQuery({ country: { a: 1 } })).toThrow('country must be text');
  });
});

describe('runScreenerQuery(rows, query)', () => {
  const rows = makeRows(600, 11);

  const cases: Record<string, string | string[]>[] = [
    {},
    { sort: 'symbol' },
    { sort: 'name', order: 'desc' },
    ...SORT_COLUMNS.flatMap((sort) => [
      { sort, order: 'asc' },
      { sort, order: 'desc', page: '2', size: '37' },
    ]),
    { country: 'CN' },
    { country: 'US', sector: 'Energy', sort: 'return_52w' },
    { sector: 'Technology', industry: 'Technology B', order: 'asc' },
    { signal: 'trend' },
    { signal: ['positive-md', 'positive-rs'], sort: 'market_dynamics', order: 'asc' },
    { signal: ['trend', 'positive-md', 'positive-rs'], country: 'JP' },
    { q: 'holdings', size: '200' },
    { q: 'ZURICH' },
    { q: 'précision', sort: 'relative_strength' },
    { q: 's00', sort: 'symbol' },
    { q: 'no such thing' },
    { country: 'XX' },
    { page: '3', size: '200' },
    { page: '999', size: '10' },
  ];

  test.each(cases)('%j gives the reference filter, order and page', (params) => {
    const q = query(params);
    const result = runScreenerQuery(rows, q);
    const expected = reference(rows, q);
    expect(result.query).toEqual(q);
    expect(result.total).toBe(expected.total);
    expect(result.pages).toBe(Math.max(1, Math.ceil(expected.total / q.size)));
    expect(result.rows.map((r) => r.uuid)).toEqual(expected.uuids);
  });

  test('nulls come last whichever the direction', () => {
    for (const sort of ['return_4w', 'market_cap', 'relative_strength'] as SortColumn[]) {
      for (const order of ['asc', 'desc'] as const) {
        const all = runScreenerQuery(rows, query({ sort, order, size: '200', page: '1' }));
        const values = [1, 2, 3].flatMap(
          (page) => runScreenerQuery(rows, query({ sort, order, size: '200', page: String(page) })).rows,
        );
        const nulls = values.map((r) => r[sort] === null);
        const firstNull = nulls.indexOf(true);
        expect(firstNull).toBeGreaterThan(0);
        expect(nulls.slice(firstNull).every(Boolean)).toBe(true);
        expect(all.total).toBe(600);
      }
    }
  });

  test('the pages, put together, are every matching row exactly once', () => {
    const seen = new Set<string>();
    for (let page = 1; page <= 7; page++) {
      for (const r of runScreenerQuery(rows, query({ sort: 'return_1w', size: '100', page: String(page) })).rows)
        seen.add(r.uuid);
    }
    expect(seen.size).toBe(600);
  });

  test('an empty result still has one page, and a page past the last is empty', () => {
    expect(runScreenerQuery(rows, query({ q: 'nothing matches this' }))).toMatchObject({ total: 0, pages: 1, rows: [] });
    expect(runScreenerQuery(rows, query({ page: '100' })).rows).toEqual([]);
  });

  test('facets list every country, sector and industry of the whole universe, sorted, whatever the filter', () => {
    const { facets } = runScreenerQuery(rows, query({ country: 'CN', q: 'acme' }));
    expect(facets.countries).toEqual(['CN', 'DE', 'JP', 'US']);
    expect(facets.sectors).toEqual(['Basic Materials', 'Energy', 'Healthcare', 'Technology']);
    expect(facets.industries).toEqual([...new Set(rows.map((r) => r.industry))].sort());
  });

  test('rows are the universe rows themselves, unchanged', () => {
    const copy = structuredClone(rows);
    const result = runScreenerQuery(rows, query({ sort: 'market_cap', order: 'asc' }));
    expect(rows.includes(result.rows[0]!)).toBe(true);
    expect(rows).toEqual(copy);
  });

  test('10,000 securities: the reference answer for sorted, filtered and searched queries (speed is the benchmark’s job)', () => {
    const big = makeRows(10_000, 5);
    const params: Record<string, string>[] = [
      { sort: 'return_4w', size: '200', page: '7' },
      { q: 'group', sort: 'market_cap', order: 'asc' },
      { country: 'US', signal: 'trend', sort: 'name' },
    ];
    for (const p of params) {
      const q = query(p);
      const result = runScreenerQuery(big, q);
      const expected = reference(big, q);
      expect(result.total).toBe(expected.total);
      expect(result.rows.map((r) => r.uuid)).toEqual(expected.uuids);
    }
  });
});
