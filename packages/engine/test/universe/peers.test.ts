import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { comparePeers, GROUP_SIZE, groupMembers, bySize, type PeerEntry } from '../../src/universe/peers.js';

/** A universe of securities with random returns, caps and flags, in a few countries and sectors. */
const universe = fc
  .array(
    fc.record({
      country: fc.constantFrom('CN', 'US'),
      sector: fc.constantFrom('Tech', 'Energy'),
      industry: fc.constantFrom('A', 'B', 'C'),
      marketCap: fc.option(fc.integer({ min: 1, max: 1000 }), { nil: null }),
      // a small set of values, so ties happen
      w1: fc.option(fc.constantFrom(-0.1, -0.02, 0, 0.01, 0.05, 0.2), { nil: null }),
      w4: fc.option(fc.double({ min: -0.9, max: 3, noNaN: true }), { nil: null }),
      w12: fc.option(fc.double({ min: -0.9, max: 3, noNaN: true }), { nil: null }),
      trendActive: fc.boolean(),
      positiveMd: fc.boolean(),
      positiveRs: fc.boolean(),
    }),
    { minLength: 1, maxLength: 260 },
  )
  .map((rows) =>
    rows.map((r, i): PeerEntry => ({
      ...r,
      key: `X:${String(i).padStart(4, '0')}`,
      uuid: `u${i}`,
      symbol: String(i),
      name: `Company ${i}`,
      exchange: 'X',
    })),
  );

const sameSector = (a: PeerEntry, b: PeerEntry) => a.country === b.country && a.sector === b.sector;

describe('comparePeers over generated universes', () => {
  test('momentum.peer: rank 1 has the best weekly return, ties share a rank, and the percentile follows SYSTEM.md', () => {
    fc.assert(
      fc.property(universe, (entries) => {
        const result = comparePeers(entries);
        for (const e of entries) {
          const { peer } = result.get(e.key)!;
          const peers = entries.filter((p) => sameSector(p, e));
          const known = peers.filter((p) => p.w1 !== null);
          expect(peer.scope).toBe(`${e.country} ${e.sector}`);
          expect(peer.count).toBe(known.length);
          if (e.w1 === null) {
            expect(peer.rank).toBeNull();
            continue;
          }
          // independent: 1 + how many peers did strictly better
          expect(peer.rank).toBe(1 + known.filter((p) => p.w1! > e.w1!).length);
          if (e.w1 === Math.max(...known.map((p) => p.w1!))) expect(peer.rank).toBe(1);
          const expected = known.length < 2 ? null : ((known.length - peer.rank!) / (known.length - 1)) * 100;
          expect(peer.percentile).toBe(expected);
          if (peer.percentile !== null) expect(peer.percentile).toBeGreaterThanOrEqual(0);
          if (peer.percentile !== null) expect(peer.percentile).toBeLessThanOrEqual(100);
        }
      }),
      { numRuns: 150 },
    );
  });

  test('groups: members are the largest by market cap plus the security itself; top peers are the best five members by 4-week return', () => {
    fc.assert(
      fc.property(universe, (entries) => {
        const result = comparePeers(entries);
        for (const e of entries) {
          for (const [kind, same] of [
            ['sector', sameSector],
            ['industry', (a: PeerEntry, b: PeerEntry) => a.country === b.country && a.industry === b.industry],
          ] as const) {
            const view = result.get(e.key)![kind];
            const all = entries.filter((p) => same(p, e));
            const members = groupMembers([...all].sort(bySize), e);
            expect(members).toContain(e);
            expect(view.count).toBe(Math.min(all.length, GROUP_SIZE));
            expect(view.count).toBe(members.length);
            // top peers: members, sorted by 4W, and no member outside them beats the fifth
            for (const t of view.topPeers) expect(members).toContain(t);
            const w4 = view.topPeers.map((t) => t.w4!);
            expect([...w4].sort((a, b) => b - a)).toEqual(w4);
            const withW4 = members.filter((m) => m.w4 !== null);
            expect(view.topPeers.length).toBe(Math.min(5, withW4.length));
            const last = w4.at(-1);
            if (last !== undefined) {
              for (const m of withW4) if (!view.topPeers.includes(m)) expect(m.w4!).toBeLessThanOrEqual(last);
            }
            // breadths are the shares they claim
            expect(view.trendBreadth).toBeCloseTo(members.filter((m) => m.trendActive).length / members.length, 12);
            expect(view.positiveMdBreadth).toBeCloseTo(members.filter((m) => m.positiveMd).length / members.length, 12);
            expect(view.positiveRsBreadth).toBeCloseTo(members.filter((m) => m.positiveRs).length / members.length, 12);
            // the stock's ranks by each horizon
            const rank = (v: number | null, key: 'w1' | 'w4' | 'w12') =>
              v === null ? null : 1 + members.filter((m) => m[key] !== null && m[key]! > v).length;
            expect(view.weekRank).toBe(rank(e.w1, 'w1'));
            expect(view.fourWeekRank).toBe(rank(e.w4, 'w4'));
            expect(view.twelveWeekRank).toBe(rank(e.w12, 'w12'));
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  test("a security outside its sector's largest 100 is compared with the largest 99 and itself", () => {
    const entries: PeerEntry[] = Array.from({ length: 150 }, (_, i) => ({
      key: `X:${String(i).padStart(3, '0')}`,
      uuid: `u${i}`,
      symbol: String(i),
      name: `C${i}`,
      exchange: 'X',
      country: 'CN',
      sector: 'Basic Materials',
      industry: 'Steel',
      marketCap: 1000 - i,
      w1: i / 1000,
      w4: i / 100,
      w12: null,
      trendActive: i % 2 === 0,
      positiveMd: false,
      positiveRs: true,
    }));
    const result = comparePeers(entries);
    const small = result.get('X:149')!;
    expect(small.peer).toMatchObject({ scope: 'CN Basic Materials', count: 150, rank: 1, percentile: 100 });
    expect(small.sector.count).toBe(100);
    expect(small.sector.scope).toBe('CN Basic Materials');
    expect(small.industry.scope).toBe('CN Steel');
    // the smallest company has the best 4-week return of its group of 100: it leads its own top peers
    expect(small.sector.topPeers.map((p) => p.key)).toEqual(['X:149', 'X:098', 'X:097', 'X:096', 'X:095']);
    expect(small.sector.fourWeekRank).toBe(1);
    expect(small.sector.twelveWeekRank).toBeNull();
    expect(small.sector.avgTwelveWeekReturn).toBeNull();
    // the largest's group is the core 100: members 0..99
    const large = result.get('X:000')!;
    expect(large.sector.topPeers.map((p) => p.key)).toEqual(['X:099', 'X:098', 'X:097', 'X:096', 'X:095']);
    expect(large.sector.fourWeekRank).toBe(100);
    expect(large.sector.trendBreadth).toBe(0.5);
    expect(large.sector.positiveRsBreadth).toBe(1);
    expect(large.peer.rank).toBe(150);
    expect(large.peer.percentile).toBe(0);
  });
});
