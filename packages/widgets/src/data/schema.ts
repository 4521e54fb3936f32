/**
 * The report's shape, written with the one parser (parser.ts). It is the one source of the
 * report's types: `ReportInput` is what a feed may send, `ParsedReport` the model the
 * elements draw.
 *
 * Every section is optional and may be `null`; unknown fields are dropped. A section of
 * the wrong type, or a missing `ticker.symbol`, fails validation with the path named.
 */
import { resolveWeekLabel, parseIsoDate } from './dates.js';
import { parseCompact, parseMoney, parseNumber, parsePercent, parseRatio, parseText, type Loose } from './values.js';
import { parseFigure } from './figure.js';
import {
  field,
  flagField,
  INVALID,
  list,
  object,
  section,
  symbol,
  textItem,
  type Input,
  type Output,
  type Parser,
} from './parser.js';

const loose = field((input) => input);
export const text = field(parseText);
export const num = field(parseNumber);
const pct = field(parsePercent);
const ratio = field(parseRatio);
export const compact = field(parseCompact);
const money = field(parseMoney);
const figure = field(parseFigure);
export const date = field(parseIsoDate);

/** `'positive' | 'negative' | 'neutral'`; anything else is no tone. */
export type Tone = 'positive' | 'negative' | 'neutral';
const tone = field((input): Tone | undefined => {
  const value = typeof input === 'string' ? input.trim().toLowerCase() : undefined;
  return value === 'positive' || value === 'negative' || value === 'neutral' ? value : undefined;
});

/** `true`, a non-zero number, `"on"`, `"yes"`, `"active"` -> `true`; their opposites -> `false`. */
function parseFlag(input: boolean | Loose): boolean | undefined {
  if (typeof input === 'boolean') return input;
  if (typeof input === 'number') return input !== 0;
  const value = input?.trim().toLowerCase();
  if (value === 'true' || value === 'on' || value === 'yes' || value === 'active') return true;
  if (value === 'false' || value === 'off' || value === 'no' || value === 'inactive') return false;
  return undefined;
}

export const flag = flagField(parseFlag);

const textList = list(textItem);

const peer = object({
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

const reportObject = object({
  ticker: object({
    uuid: text,
    symbol,
    name: text,
    exchange: text,
    asset_type: text,
  }),
  latest_week: date,
  summary: text,
  description: text,
  setup_signature: text,
  composite_score: num,
  kpis: list(object({ label: text, value: figure, tone, hint: text })),
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
    returns: list(object({ label: text, value: num, value_label: pct, tone })),
    trend_streak: num,
    active_weeks: num,
    active_breadth: pct,
    peer: section({ scope: text, count: num, rank: num, percentile: num, avg_weekly_return: num }),
  }),
  setup: section({
    scores: list(object({ label: text, value: num, value_label: num, tone, description: text })),
    timeline: list(
      object({
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
  signals: list(object({ label: text, value: figure, tone })),
  opportunities: textList,
  risks: textList,
  watch_points: textList,
  recent_rows: list(
    object({
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
 * `item` without its `*_label` twin, `key` falling back to the twin when it is missing: the
 * same object as `({ [label]: twin, ...rest }) => ({ ...rest, [key]: rest[key] ?? twin })`,
 * keys in the same order, but built by a loop, which is several times faster than object rest.
 */
function withTwin<T extends object, K extends keyof T, L extends keyof T>(item: T, key: K, label: L): Omit<T, L> {
  const from = item as Record<keyof T, unknown>;
  const out: Partial<Record<keyof T, unknown>> = {};
  for (const name of Object.keys(item) as (keyof T)[]) if (name !== label) out[name] = from[name];
  out[key] = from[key] ?? from[label];
  return out as Omit<T, L>;
}

/** The model made from the parsed report object: see `reportSchema`. */
function finish(r: Output<typeof reportObject>) {
  return {
    ...r,
    momentum: r.momentum && {
      ...r.momentum,
      returns: r.momentum.returns?.map((item) => withTwin(item, 'value', 'value_label')),
    },
    setup: r.setup && {
      ...r.setup,
      scores: r.setup.scores?.map((item) => withTwin(item, 'value', 'value_label')),
      timeline: r.setup.timeline?.map((item) =>
        Object.assign(withTwin(item, 'return', 'return_label'), { date: resolveWeekLabel(item.week, r.latest_week) }),
      ),
    },
    recent_rows: r.recent_rows?.map((row) => withTwin(row, 'weekly_return', 'weekly_return_label')),
  };
}

/** The parsed report, before its source URL is attached. */
export type ParsedReport = ReturnType<typeof finish>;
/** What a feed may send. */
export type ReportInput = Input<typeof reportObject>;

/**
 * The whole report. After parsing: a missing number falls back to its `*_label` twin,
 * text lists hold strings, and each timeline week carries its calendar `date`.
 */
export const reportSchema: Parser<ParsedReport, ReportInput> = (input, issues) => {
  const r = reportObject(input, issues);
  return r === INVALID ? r : finish(r);
};
