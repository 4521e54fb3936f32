// writeReport: hand-built inputs -> the seed's JSON, its key order, the widgets' schema and
// back to the engine's numbers; nulls stay null and render as such.
import { describe, expect, it } from 'vitest';
import { toReport } from 'ticker-widgets';
import { renderToString } from 'ticker-widgets/server';
import { compositeScore, writeReport, type ReportJson } from '../../src/report/index.js';
import { fixture, seedInput, seedSnapshot, sparseInput } from './inputs.js';

/** Every difference between two JSON values: strings, booleans and nulls exactly, numbers to 1e-12 relative. */
function differences(got: unknown, want: unknown, path = '', out: string[] = []): string[] {
  if (typeof want === 'number' && typeof got === 'number') {
    if (Math.abs(got - want) > 1e-12 * Math.max(1, Math.abs(want))) out.push(`${path}: ${got} != ${want}`);
  } else if (Array.isArray(want) && Array.isArray(got)) {
    if (got.length !== want.length) out.push(`${path}: ${got.length} items != ${want.length}`);
    else want.forEach((item, i) => differences(got[i], item, `${path}[${i}]`, out));
  } else if (want && typeof want === 'object' && got && typeof got === 'object') {
    const gotKeys = Object.keys(got).join(',');
    const wantKeys = Object.keys(want).join(',');
    if (gotKeys !== wantKeys) out.push(`${path}: keys ${gotKeys} != ${wantKeys}`);
    for (const key of Object.keys(want)) {
      differences((got as Record<string, unknown>)[key], (want as Record<string, unknown>)[key], `${path}.${key}`, out);
    }
  } else if (got !== want) {
    out.push(`${path}: ${JSON.stringify(got)} != ${JSON.stringify(want)}`);
  }
  return out;
}

/** The key order of every object, `[]` standing for every item of an array. */
function keyOrder(value: unknown, path = '', out = new Map<string, string>()): Map<string, string> {
  if (Array.isArray(value)) value.forEach((item) => keyOrder(item, `${path}[]`, out));
  else if (value && typeof value === 'object') {
    if (!out.has(path)) out.set(path, Object.keys(value).join(','));
    for (const [key, item] of Object.entries(value)) keyOrder(item, `${path}.${key}`, out);
  }
  return out;
}

/** As the report travels: through JSON. */
const json = (report: ReportJson): ReportJson => JSON.parse(JSON.stringify(report));

describe('writeReport on the seed’s own numbers', () => {
  const seed = fixture('000657-seed');
  const report = writeReport(seedInput());

  it('gives the seed: every key, in its order, every string exactly, every number to 1e-12', () => {
    expect(differences(json(report), seed)).toEqual([]);
  });

  it('(the comparison itself sees a moved key, a changed string and a changed number)', () => {
    const moved = json(report);
    const { ticker, ...rest } = moved;
    expect(differences({ ...rest, ticker }, seed)).toContain(
      `: keys ${Object.keys(rest).join(',')},ticker != ${Object.keys(seed).join(',')}`,
    );
    expect(differences({ ...moved, summary: 'x' }, seed)).toEqual([`.summary: "x" != ${JSON.stringify(seed.summary)}`]);
    moved.momentum.returns[0].width = 36.27;
    expect(differences(moved, seed)).toEqual(['.momentum.returns[0].width: 36.27 != 36.2747187850949']);
  });

  it('writes the top-level keys in the seed’s order', () => {
    expect(Object.keys(report)).toEqual(Object.keys(seed));
  });

  it('keeps the seed’s key order without a comparison, and in a sparse report', () => {
    const seedOrder = keyOrder(seed);
    for (const input of [seedInput(false), sparseInput()]) {
      const order = keyOrder(json(writeReport(input)));
      for (const [path, keys] of order) {
        if (path.includes('kpis[]')) continue; // KPI tiles differ among themselves (tone on returns only)
        expect(keys, path).toBe(seedOrder.get(path));
      }
      expect(Object.keys(writeReport(input))).toEqual(Object.keys(seed));
    }
  });

  it('passes the widgets’ schema', () => {
    expect(() => toReport(json(report))).not.toThrow();
  });

  it('reads back, through the widgets’ parser, as the engine’s numbers to the precision shown', () => {
    const n = seedSnapshot();
    const model = toReport(json(report));
    const near = (got: number | undefined, want: number, half: number) =>
      expect(Math.abs((got as number) - want)).toBeLessThanOrEqual(half + 1e-9 * Math.abs(want));
    expect(model.latest_week).toBe('2026-06-12');
    near(model.price?.trend_line?.value, n.trendLine!, 0.005);
    expect(model.price?.trend_line?.currency).toBe('CNY');
    near(model.price?.fair_value?.value, n.fairValue!, 0.005);
    near(model.price?.high_52?.value, n.high52!, 0.005);
    near(model.price?.low_52?.value, n.low52!, 0.005);
    near(model.price?.vs_trend, n.vsTrend! * 100, 0.05);
    near(model.price?.vs_fair_value, n.vsFairValue! * 100, 0.05);
    near(model.price?.drawdown, n.drawdown! * 100, 0.05);
    near(model.price?.range_position, n.rangePosition! * 100, 0.05);
    near(model.classification?.market_cap, seedInput().security.marketCap!, 0.05e9);
    near(model.dynamics?.market_dynamics, n.marketDynamics!, 0.005);
    near(model.dynamics?.relative_strength, n.relativeStrength!, 0.005);
    near(model.dynamics?.md_4_change, n.md4Change! * 100, 0.05);
    near(model.dynamics?.rs_4_change, n.rs4Change! * 100, 0.05);
    near(model.dynamics?.expectation_probability, 53.7712, 0.005);
    near(model.volume?.latest, n.volume.latest!, 0.05e6);
    near(model.volume?.average_13, n.volume.average13!, 0.05e6);
    near(model.volume?.average_52, n.volume.average52!, 0.05e6);
    near(model.volume?.ratio_13, n.volume.ratio13!, 0.05);
    near(model.volume?.ratio_52, n.volume.ratio52!, 0.05);
    near(model.risk?.volatility_13, n.risk.volatility13! * 100, 0.05);
    near(model.risk?.average_loss, n.risk.averageLoss! * 100, 0.05);
    expect(model.risk?.downside_weeks).toBe(16);
    near(model.momentum?.active_breadth, 100, 0.05);
    // Numbers the report carries in full come back in full.
    const returns = [n.returns.w1, n.returns.w4, n.returns.w12, n.returns.w26, n.returns.w52];
    model.momentum?.returns?.forEach((r, i) => expect(r.value).toBe(returns[i]! * 100));
    model.setup?.timeline?.forEach((week, i) => {
      expect(week.return).toBe(n.timeline[i].weeklyReturn! * 100);
      expect(week.date).toBe(new Date(n.timeline[i].day * 86_400_000).toISOString().slice(0, 10));
    });
    model.recent_rows?.forEach((row, i) => {
      near(row.close?.value, n.recent[i].close, 0.005);
      near(row.market_dynamics, n.recent[i].marketDynamics!, 0.005);
      near(row.relative_strength, n.recent[i].relativeStrength!, 0.005);
      near(row.volume, n.recent[i].volume!, 0.05e6);
      expect(row.trend_signal).toBe(true);
    });
    const close = model.kpis?.[0].value;
    expect(close?.kind === 'money' && close.value).toBe(79);
    expect(model.composite_score).toBe(82);
  });
});

describe('writeReport without a comparison (part 2 not yet run)', () => {
  const report = writeReport(seedInput(false));

  it('writes the comparison’s parts as null, everything else as with it', () => {
    expect(report.setup_signature).toBeNull();
    expect(report.composite_score).toBeNull();
    expect(report.momentum.peer).toBeNull();
    expect(report.setup.scores).toBeNull();
    expect(report.groups).toBeNull();
    expect(report.dynamics.expectation).toBeNull();
    expect(report.dynamics.expectation_probability).toBeNull();
    const full = json(writeReport(seedInput()));
    expect(report.price).toEqual(full.price);
    expect(report.setup.timeline).toEqual(full.setup.timeline);
    expect(report.recent_rows).toEqual(full.recent_rows);
    // The sector-rank opportunity needs the groups; the other sentences stand.
    expect(report.opportunities).toEqual(
      full.opportunities.filter((s) => !/sector group/.test(s)).concat('Relative strength is improving.'),
    );
  });

  it('passes the schema and renders <ticker-report> with those sections empty, not failing', () => {
    const model = toReport(json(report));
    expect(model.composite_score).toBeUndefined();
    expect(model.groups).toBeUndefined();
    expect(model.setup?.scores).toBeUndefined();
    const html = renderToString('ticker-report', json(report));
    expect(html).toMatch(/<ticker-report\b[^>]*state="ready"/);
    expect(html).toMatch(/<setup-scores\b[^>]*state="empty"/);
    expect(html).toMatch(
      /<peer-table\b[^>]*group="industry"[^>]*state="empty"|<peer-table\b[^>]*state="empty"[^>]*group="industry"/,
    );
    expect(html).not.toMatch(/<score-dial\b/);
    expect(html).not.toMatch(/state="error"/);
    expect(html).toMatch(/<momentum-bars\b[^>]*state="ready"/);
  });
});

describe('nulls', () => {
  const report = writeReport(sparseInput());
  const text = JSON.stringify(report);

  it('stay JSON null: never 0, never a placeholder', () => {
    expect(text).not.toMatch(/n\/a|NaN|Infinity|undefined|"-"/i);
    expect(report.description).toBeNull();
    expect(report.classification.market_cap).toBeNull();
    expect(report.price.trend_line).toBeNull();
    expect(report.price.vs_trend).toBeNull();
    expect(report.momentum.returns.map((r) => r.value)).toEqual([2.40549, null, null, null, null]);
    expect(report.momentum.returns[1]).toEqual({ label: '4W', value: null, value_label: null, tone: null, width: null });
    expect(report.setup.timeline[0]).toMatchObject({ return: null, return_label: null, tone: null, height: null });
    expect(report.dynamics).toEqual({
      market_dynamics: null,
      market_dynamics_tone: null,
      md_4_change: null,
      relative_strength: null,
      rs_4_change: null,
      expectation: null,
      expectation_probability: null,
    });
    expect(Object.values(report.volume)).toEqual([null, null, null, null, null]);
    expect(Object.values(report.risk)).toEqual([null, null, null, null, null, null, null]);
    expect(report.kpis[2]).toEqual({ label: '4W Return', value: null, tone: null, hint: 'short-term follow-through' });
    expect(report.kpis[5].value).toBeNull();
    expect(report.signals[2]).toEqual({ label: 'Price vs Trend', value: null, tone: null });
    expect(report.signals[3]).toEqual({ label: 'Volume', value: null, tone: null });
    expect(report.recent_rows[0]).toMatchObject({
      trend_line: null,
      market_dynamics: null,
      relative_strength: null,
      volume: null,
    });
    expect(report.recent_rows[2]).toMatchObject({ weekly_return: null, weekly_return_label: null, weekly_return_tone: null });
  });

  it('pass the schema and read back as missing (undefined), not as 0', () => {
    const model = toReport(json(report));
    expect(model.price?.trend_line).toBeUndefined();
    expect(model.price?.vs_trend).toBeUndefined();
    expect(model.classification?.market_cap).toBeUndefined();
    expect(model.momentum?.returns?.[1].value).toBeUndefined();
    expect(model.setup?.timeline?.[0].return).toBeUndefined();
    expect(model.recent_rows?.[0].volume).toBeUndefined();
    expect(model.kpis?.[2].value).toBeUndefined();
    expect(model.dynamics?.market_dynamics).toBeUndefined();
  });

  it('render as dashes in <ticker-report>, which stays ready', () => {
    const html = renderToString('ticker-report', json(report));
    expect(html).toMatch(/<ticker-report\b[^>]*state="ready"/);
    expect(html).not.toMatch(/state="error"/);
    expect(html).not.toMatch(/NaN|n\/a/);
    // The KPI strip shows the missing 4W and 12W returns and the volume ratio as dashes.
    const kpis = /<kpi-strip\b[^]*?<\/kpi-strip>/.exec(html)?.[0] ?? '';
    expect((kpis.match(/—/g) ?? []).length).toBeGreaterThanOrEqual(3);
  });

  it('leave the summary without the missing clauses', () => {
    expect(report.summary).toBe('TLSP closed the latest completed week at 4.84 GBP. Trend Signal is inactive.');
  });
});

describe('parts', () => {
  it('writes the seed’s paths', () => {
    const report = writeReport(seedInput());
    expect(report.chart_url).toBe('/terminal/e63dc9d1-1c2d-4130-87b3-114324e9aeb9/');
    expect(report.api_path).toBe('/terminal/e63dc9d1-1c2d-4130-87b3-114324e9aeb9/report/api/');
    expect(report.groups?.sector?.top_peers[0].url).toBe('/terminal/a2ea6138-9f76-46b6-aede-925224e723a2/report/');
  });

  it('counts the Trend Breadth weeks from the snapshot, and writes null, not 0, before the Trend Signal exists', () => {
    const n = seedSnapshot();
    const kpi = (patch: Partial<typeof n>) => writeReport({ ...seedInput(), snapshot: { ...n, ...patch } }).kpis[4];
    expect(kpi({ activeWeeks: 4, activeBreadth: 4 / 52 })).toEqual({
      label: 'Trend Breadth',
      value: '7.7%',
      hint: '4 of 52 weeks active',
    });
    expect(kpi({ activeWeeks: 0, activeBreadth: 0, breadthWeeks: 40 })).toEqual({
      label: 'Trend Breadth',
      value: '0.0%',
      hint: '0 of 40 weeks active',
    });
    expect(kpi({ activeWeeks: 0, activeBreadth: null, breadthWeeks: 0 })).toEqual({
      label: 'Trend Breadth',
      value: null,
      hint: 'Trend Signal needs 31 weeks of history',
    });
    const momentum = writeReport({
      ...seedInput(),
      snapshot: { ...n, activeWeeks: 0, activeBreadth: null, breadthWeeks: 0, trendStreak: 0 },
    }).momentum;
    expect(momentum).toMatchObject({ trend_streak: null, active_weeks: null, active_breadth: null });
  });

  it('averages the six scores into the composite, or gives null when one is missing', () => {
    const score = (value: number | null) => ({ label: 'x', value, description: '' });
    expect(compositeScore([score(100), score(50)])).toBe(75);
    expect(compositeScore([score(100), score(null)])).toBeNull();
    expect(compositeScore([])).toBeNull();
    expect(compositeScore(null)).toBeNull();
  });

  it('writes the signals’ values and tones', () => {
    const n = seedSnapshot();
    const signals = writeReport({
      ...seedInput(),
      snapshot: { ...n, trendActive: false, freshBuy: true, vsTrend: -0.05 },
    }).signals;
    expect(signals).toEqual([
      { label: 'Trend Signal', value: 'Inactive', tone: 'negative' },
      { label: 'Market Dynamics', value: 'Fresh buy', tone: 'positive' },
      { label: 'Price vs Trend', value: '-5.0%', tone: 'negative' },
      { label: 'Volume', value: '1.4x', tone: 'neutral' },
    ]);
  });

  it('writes a groups section with only a sector group as the widgets expect (industry null)', () => {
    const input = seedInput();
    input.comparison = { ...input.comparison, groups: { sector: input.comparison!.groups!.sector } };
    const report = writeReport(input);
    expect(report.groups?.industry).toBeNull();
    const model = toReport(json(report));
    expect(model.groups?.sector?.count).toBe(100);
    expect(model.groups?.industry).toBeUndefined();
  });
});
