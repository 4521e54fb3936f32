/**
 * The report schema (zod/mini). It is the one source of the report's types: the input
 * type is what a feed may send, the output type is the parsed model the elements draw.
 *
 * Every section is optional and may be `null`; unknown fields are dropped. A section of
 * the wrong type, or a missing `ticker.symbol`, fails validation with the path named.
 */
import * as z from 'zod/mini';
import { resolveWeekLabel, parseIsoDate } from './dates.js';
import { parseCompact, parseMoney, parseNumber, parsePercent, parseRatio, parseText } from './values.js';
import { parseFigure } from './figure.js';

const loose = z.optional(z.nullable(z.union([z.string(), z.number()])));
const as = <T>(parse: (input: string | number | null | undefined) => T) => z.pipe(loose, z.transform(parse));

const text = as(parseText);
const num = as(parseNumber);
const pct = as(parsePercent);
const ratio = as(parseRatio);
const compact = as(parseCompact);
const money = as(parseMoney);
const figure = as(parseFigure);
const date = as(parseIsoDate);

/** `'positive' | 'negative' | 'neutral'`; anything else is no tone. */
export type Tone = 'positive' | 'negative' | 'neutral';
const tone = as((input): Tone | undefined => {
  const value = typeof input === 'string' ? input.trim().toLowerCase() : undefined;
  return value === 'positive' || value === 'negative' || value === 'neutral' ? value : undefined;
});

const flag = z.pipe(
  z.optional(z.nullable(z.union([z.boolean(), z.string(), z.number()]))),
  z.transform((input): boolean | undefined => {
    if (typeof input === 'boolean') return input;
    if (typeof input === 'number') return input !== 0;
    const value = input?.trim().toLowerCase();
    if (value === 'true' || value === 'on' || value === 'yes' || value === 'active') return true;
    if (value === 'false' || value === 'off' || value === 'no' || value === 'inactive') return false;
    return undefined;
  }),
);

/** An optional, nullable object section; `null` becomes `undefined`. */
function section<S extends z.core.$ZodLooseShape>(shape: S) {
  return z.pipe(
    z.optional(z.nullable(z.object(shape))),
    z.transform((value) => value ?? undefined),
  );
}

/** An optional, nullable list; `null` items are dropped. */
function list<T extends z.core.SomeType>(item: T) {
  return z.pipe(
    z.optional(z.nullable(z.array(z.nullable(item)))),
    z.transform((items) => items?.filter((x): x is NonNullable<typeof x> => x != null)),
  );
}

const textList = list(z.union([z.string(), z.number()]));

const peer = z.object({
  id: loose,
  symbol: text,
  name: text,
  exchange: text,
  url: text,
  weekly_return: num,
  four_week_return: num,
  twelve_week_return: num,
  trend_active: flag,
  positive_md: flag,
  positive_rs: flag,
});

const group = section({
  scope: text,
  count: num,
  avg_weekly_return: num,
  avg_four_week_return: num,
  avg_twelve_week_return: num,
  trend_breadth: num,
  positive_md_breadth: num,
  positive_rs_breadth: num,
  week_rank: num,
  four_week_rank: num,
  twelve_week_rank: num,
  top_peers: list(peer),
});

const reportObject = z.object({
  ticker: z.object({
    uuid: text,
    symbol: z.pipe(
      z.string().check(z.refine((s) => s.trim().length > 0, 'expected a non-empty symbol')),
      z.transform((s) => s.trim()),
    ),
    name: text,
    exchange: text,
    asset_type: text,
  }),
  latest_week: date,
  summary: text,
  description: text,
  setup_signature: text,
  composite_score: num,
  kpis: list(z.object({ label: text, value: figure, tone, hint: text })),
  classification: section({
    exchange: text,
    country: text,
    sector: text,
    industry: text,
    currency: text,
    market_cap: compact,
  }),
  price: section({
    trend_line: money,
    fair_value: money,
    vs_trend: pct,
    vs_fair_value: pct,
    high_52: money,
    low_52: money,
    drawdown: pct,
    range_position: pct,
  }),
  momentum: section({
    returns: list(z.object({ label: text, value: num, value_label: pct, tone })),
    trend_streak: num,
    active_weeks: num,
    active_breadth: pct,
    peer: section({ scope: text, count: num, rank: num, percentile: num, avg_weekly_return: num }),
  }),
  setup: section({
    scores: list(z.object({ label: text, value: num, value_label: num, tone, description: text })),
    timeline: list(
      z.object({
        week: text,
        return: num,
        return_label: pct,
        tone,
        trend: flag,
        buy_signal: flag,
        positive_md: flag,
      }),
    ),
  }),
  groups: section({ sector: group, industry: group }),
  dynamics: section({
    market_dynamics: num,
    market_dynamics_tone: tone,
    md_4_change: pct,
    relative_strength: num,
    rs_4_change: pct,
    expectation: text,
    expectation_probability: pct,
  }),
  volume: section({ latest: compact, average_13: compact, average_52: compact, ratio_13: ratio, ratio_52: ratio }),
  risk: section({
    volatility_13: pct,
    volatility_52: pct,
    downside_weeks: num,
    upside_weeks: num,
    downside_breadth: pct,
    average_gain: pct,
    average_loss: pct,
  }),
  signals: list(z.object({ label: text, value: figure, tone })),
  opportunities: textList,
  risks: textList,
  watch_points: textList,
  recent_rows: list(
    z.object({
      week: date,
      close: money,
      weekly_return: num,
      weekly_return_label: pct,
      weekly_return_tone: tone,
      trend_line: money,
      fair_value: money,
      market_dynamics: num,
      relative_strength: num,
      volume: compact,
      trend_signal: flag,
    }),
  ),
  chart_url: text,
  api_path: text,
});

/**
 * The whole report. After parsing: a missing number falls back to its `*_label` twin,
 * text lists hold strings, and each timeline week carries its calendar `date`.
 */
export const reportSchema = z.pipe(
  reportObject,
  z.transform((r) => ({
    ...r,
    opportunities: r.opportunities?.map(String),
    risks: r.risks?.map(String),
    watch_points: r.watch_points?.map(String),
    momentum: r.momentum && {
      ...r.momentum,
      returns: r.momentum.returns?.map(({ value_label, ...item }) => ({ ...item, value: item.value ?? value_label })),
    },
    setup: r.setup && {
      ...r.setup,
      scores: r.setup.scores?.map(({ value_label, ...item }) => ({ ...item, value: item.value ?? value_label })),
      timeline: r.setup.timeline?.map(({ return_label, ...item }) => ({
        ...item,
        return: item.return ?? return_label,
        date: resolveWeekLabel(item.week, r.latest_week),
      })),
    },
    recent_rows: r.recent_rows?.map(({ weekly_return_label, ...row }) => ({
      ...row,
      weekly_return: row.weekly_return ?? weekly_return_label,
    })),
  })),
);

/** What a feed may send. */
export type ReportInput = z.input<typeof reportSchema>;
/** The parsed report, before its source URL is attached. */
export type ParsedReport = z.output<typeof reportSchema>;
