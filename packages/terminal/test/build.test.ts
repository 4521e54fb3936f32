// The whole pipeline as a user runs it: the demo universe, then `build`, then every report read by
// the widgets. Also: byte-identical output, atomic failure, the CLI's summary and errors.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { build } from 'ticker-engine';
import { toReport } from 'ticker-widgets';
import { renderToString } from 'ticker-widgets/server';
import { beforeAll, describe, expect, test } from 'vitest';
import { cli } from './cli.js';
import { generate } from '../src/demo-data/index.js';

/** Every file under `root` with the SHA-256 of its bytes, by relative path. */
function digest(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else out.set(relative(root, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
    }
  };
  walk(root);
  return out;
}

const temp = mkdtempSync(join(tmpdir(), 'ticker-build-'));
const input = join(temp, 'in');
const site = join(temp, 'site');
const args = (out: string) => ({
  securities: join(input, 'securities.csv'),
  prices: ['CN', 'US', 'JP', 'DE'].map((c) => join(input, 'prices', `${c}.csv`)),
  benchmarks: join(input, 'benchmarks.csv'),
  out,
});

interface UniverseRow {
  uuid: string;
  symbol: string;
  exchange: string;
  composite_score: number | null;
}

let universe: UniverseRow[];
let buildJson: { counts: { securities: number; reports: number; skipped: number }; skipped: { key: string; reason: string }[] };
let special: Awaited<ReturnType<typeof generate>>['special'];

beforeAll(async () => {
  // The default demo universe: what `npm start` builds.
  special = (await generate({ out: input })).special;
  await build(args(site));
  universe = JSON.parse(readFileSync(join(site, 'universe.json'), 'utf8'));
  buildJson = JSON.parse(readFileSync(join(site, 'build.json'), 'utf8'));
}, 120_000);

describe('build on the demo universe', () => {
  test('one report, one history and one universe row per security, except those too short, which build.json names', () => {
    expect(buildJson.counts.securities).toBe(800);
    expect(buildJson.counts.reports + buildJson.counts.skipped).toBe(800);
    expect(universe).toHaveLength(buildJson.counts.reports);
    // the demo's one security listed 3 weeks before the end has too little history for any report
    expect(buildJson.skipped.map((s) => s.key)).toEqual(special.tiny);
    expect(buildJson.skipped[0]!.reason).toBe('only 3 weeks of prices up to the as-of week (at least 4 needed)');
    expect(readdirSync(join(site, 'terminal'))).toHaveLength(universe.length);
    for (const row of universe.slice(0, 20)) {
      expect(readdirSync(join(site, 'terminal', row.uuid))).toEqual(expect.arrayContaining(['history', 'report']));
    }
  });

  test("every report passes the widgets' schema and <ticker-report> renders every section of it", () => {
    const alone = new Set<string>();
    const short = new Set<string>();
    for (const row of universe) {
      const json = JSON.parse(readFileSync(join(site, 'terminal', row.uuid, 'report/api/index.json'), 'utf8'));
      const report = toReport(json); // throws with the field's path on a schema failure
      expect(report.ticker.symbol).toBe(row.symbol);
      const html = renderToString('ticker-report', json);
      expect(html, row.symbol).toMatch(/<ticker-report\b[^>]*state="ready"/);
      expect(html, row.symbol).not.toMatch(/state="error"/);
      const empty = [...html.matchAll(/<([a-z-]+)\b([^>]*)state="empty"/g)].map((m) => `${m[1]}${m[2]}`);
      // A peer table may be empty only for a security alone in its group; the setup scores only for a
      // history too short for any of them (each needs 13 weeks or more), where every score is null.
      for (const e of empty) {
        if (e.startsWith('setup-scores')) {
          expect(
            json.setup.scores.every((s: { value: number | null }) => s.value === null),
            row.symbol,
          ).toBe(true);
          expect(json.recent_rows.length, row.symbol).toBeLessThan(13);
          short.add(row.symbol);
          continue;
        }
        expect(e, `${row.symbol}: ${e}`).toMatch(/^peer-table/);
        expect(json.groups.industry.count === 1 || json.groups.sector.count === 1, row.symbol).toBe(true);
        alone.add(row.symbol);
      }
    }
    // the demo has few such securities: its short listings (10, 20 and 29 weeks) and small industries
    expect(alone.size).toBeLessThan(universe.length / 20);
    expect(short.size).toBeLessThanOrEqual(special.short.length);
  }, 120_000);

  test('every link in every report leads to a report or chart of the same build', () => {
    const uuids = new Set(universe.map((r) => r.uuid));
    for (const row of universe) {
      const json = JSON.parse(readFileSync(join(site, 'terminal', row.uuid, 'report/api/index.json'), 'utf8'));
      expect(json.chart_url).toBe(`/terminal/${row.uuid}/`);
      expect(json.api_path).toBe(`/terminal/${row.uuid}/report/api/`);
      for (const group of [json.groups.sector, json.groups.industry]) {
        for (const peer of group.top_peers) {
          const uuid = /^\/terminal\/([0-9a-f-]{36})\/report\/$/.exec(peer.url)?.[1];
          expect(uuid && uuids.has(uuid), peer.url).toBe(true);
        }
      }
    }
  });

  test('the same inputs give byte-identical output, and one thread gives exactly what the workers give', async () => {
    const again = join(temp, 'again');
    // The first build ran one worker per core (a country each); this one computes every country in one thread.
    await build({ ...args(again), workers: 1 });
    const a = digest(site);
    const b = digest(again);
    expect(b.size).toBe(a.size);
    for (const [path, hash] of a) expect(b.get(path), path).toBe(hash);
  }, 120_000);
});

describe('ticker-terminal build (the command)', () => {
  test('prints one summary line and exits 0', async () => {
    const out = join(temp, 'cli');
    const { securities, prices, benchmarks } = args(out);
    const { code, stderr } = await cli(
      'build',
      '--securities',
      securities,
      '--prices',
      ...prices,
      '--benchmarks',
      benchmarks,
      '--out',
      out,
    );
    expect(code).toBe(0);
    expect(stderr).toMatch(
      new RegExp(
        `^ticker-terminal: built 799 reports as of 2026-06-12 into ${out.replace(/[/.]/g, '\\$&')} \\(1 skipped, 0 warnings, see build\\.json\\) in \\d+\\.\\d s\\n$`,
        'm',
      ),
    );
  }, 120_000);

  test('bad input exits 1 with one line naming file, line and problem, and leaves the previous DIR as it was', async () => {
    const out = join(temp, 'kept');
    const bad = join(temp, 'bad.csv');
    writeFileSync(bad, 'symbol,exchange,date,open,high,low,close,volume\nAAA,NYSE,2026-06-01,1,2,1,abc,100\n');
    const { securities } = args(out);
    const first = await cli('build', '--securities', securities, '--prices', join(input, 'prices', 'DE.csv'), '--out', out);
    expect(first.code).toBe(0);
    const before = digest(out);
    const { code, stderr } = await cli('build', '--securities', securities, '--prices', bad, '--out', out);
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('bad.csv:2:');
    expect(stderr).toContain('"abc"');
    expect(digest(out)).toEqual(before);
  }, 120_000);

  test('usage mistakes exit 2 with one line', async () => {
    for (const [argv, message] of [
      [['build', '--prices', 'a.csv', '--out', 'x'], '--securities FILE is required'],
      [['build', '--securities', 's.csv', '--out', 'x'], '--prices FILE_OR_GLOB is required'],
      [['build', '--securities', 's.csv', '--prices', 'a.csv'], '--out DIR is required'],
      [
        ['build', '--securities', 's.csv', '--prices', 'a.csv', '--out', 'x', '--as-of', '12/06/2026'],
        '--as-of "12/06/2026" is not a YYYY-MM-DD date',
      ],
      [['build', 'stray', '--securities', 's.csv'], 'unexpected argument "stray"'],
    ] as const) {
      const { code, stderr } = await cli(...argv);
      expect(code, argv.join(' ')).toBe(2);
      expect(stderr).toBe(`ticker-terminal: build: ${message} (try --help)\n`);
    }
  });
});
