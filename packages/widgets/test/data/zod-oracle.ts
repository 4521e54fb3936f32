/**
 * An oracle for the one parser (src/data/parser.ts, schema.ts, history.ts): the report and
 * the history written in zod/mini, as the package shipped them until zod left the bundle,
 * with the old way of naming zod's issues. Tests only: zod is a dev dependency.
 *
 * It shares the value parsers (`parseNumber`, ...: tested on their own) and nothing else,
 * so the structure (which fields, which are required, what `null` and unknown keys do) and
 * the issues (paths, order, messages) are checked against an independent implementation.
 */
import * as z from 'zod/mini';
import { resolveWeekLabel, parseIsoDate } from '../../src/data/dates.js';
import { parseCompact, parseMoney, parseNumber, parsePercent, parseRatio, parseText, type Loose } from '../../src/data/values.js';
import { parseFigure } from '../../src/data/figure.js';
import type { ReportIssue } from '../../src/data/errors.js';

const textOrNumber = z.union([z.string(), z.number()]);
const loose = z.optional(z.nullable(textOrNumber));

/** A leaf field: text, a number, `null` or nothing, read by `parse`. */
function as<T>(parse: (input: Loose) => T) {
  return z.pipe(loose, z.transform(parse));
}

const text = as(parseText);
const num = as(parseNumber);
const pct = as(parsePercent);
const ratio = as(parseRatio);
const compact = as(parseCompact);
const money = as(parseMoney);
const figure = as(parseFigure);
const date = as(parseIsoDate);

/** `'positive' | 'negative' | 'neutral'`; anything else is no tone. */
type Tone = 'positive' | 'negative' | 'neutral';
const tone = as((input): Tone | undefined => {
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

const flag = z.pipe(z.optional(z.nullable(z.union([z.boolean(), z.string(), z.number()]))), z.transform(parseFlag));

const object = <S extends z.core.$ZodLooseShape>(shape: S) => z.object(shape);

/** An optional, nullable object section; `null` becomes `undefined`. */
function section<S extends z.core.$ZodLooseShape>(shape: S) {
  return z.pipe(
    z.optional(z.nullable(object(shape))),
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

/** A required, non-empty symbol, trimmed. */
const symbol = z.pipe(
  z.string().check(z.refine((s) => s.trim().length > 0, 'expected a non-empty symbol')),
  z.transform((s) => s.trim()),
);

const textList = list(textOrNumber);

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

/** `item` without its `*_label` twin, `key` falling back to the twin when it is missing. */
function twin<T extends object>(item: T, key: string, label: string) {
  const { [label]: fallback, ...rest } = item as Record<string, unknown>;
  return { ...rest, [key]: rest[key] ?? fallback };
}

export const zodReport = z.pipe(
  reportObject,
  z.transform((r) => ({
    ...r,
    // Text lists hold strings. (The shipped model, which reads them as strings in the first
    // place, leaves a list the feed did not send out, where this transform used to add it
    // as `undefined`.)
    ...(r.opportunities && { opportunities: r.opportunities.map(String) }),
    ...(r.risks && { risks: r.risks.map(String) }),
    ...(r.watch_points && { watch_points: r.watch_points.map(String) }),
    momentum: r.momentum && {
      ...r.momentum,
      returns: r.momentum.returns?.map((item) => twin(item, 'value', 'value_label')),
    },
    setup: r.setup && {
      ...r.setup,
      scores: r.setup.scores?.map((item) => twin(item, 'value', 'value_label')),
      timeline: r.setup.timeline?.map((item) => ({
        ...twin(item, 'return', 'return_label'),
        date: resolveWeekLabel(item.week, r.latest_week),
      })),
    },
    recent_rows: r.recent_rows?.map((row) => twin(row, 'weekly_return', 'weekly_return_label')),
  })),
);

export const zodHistory = object({
  uuid: text,
  symbol,
  exchange: text,
  name: text,
  currency: text,
  latest_week: date,
  weeks: list(
    object({
      week: date,
      open: num,
      high: num,
      low: num,
      close: num,
      volume: compact,
      trend_line: num,
      fair_value: num,
      trend_signal: flag,
      buy_signal: flag,
    }),
  ),
});

function kindOf(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

const ARTICLE: Record<string, string> = {
  object: 'an object',
  array: 'an array',
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
};

function valueAt(input: unknown, path: PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** zod's issue as the package used to name it: `momentum.returns`, `expected an array, got string`. */
function describe(issue: z.core.$ZodIssue, input: unknown): ReportIssue {
  const path = issue.path.map(String).join('.');
  const got = kindOf(valueAt(input, issue.path));
  let message: string;
  if (issue.code === 'invalid_type') {
    message = `expected ${ARTICLE[issue.expected] ?? issue.expected}, got ${got}`;
  } else if (issue.code === 'invalid_union') {
    message = `expected text or a number, got ${got}`;
  } else {
    message = issue.message;
  }
  return { path, message };
}

/** What zod makes of `input`: the parsed value, or the issues named as the package names them. */
export function zodParse(schema: z.core.$ZodType, input: unknown): { data: unknown } | { issues: ReportIssue[] } {
  const result = z.safeParse(schema, input);
  return result.success ? { data: result.data } : { issues: result.error.issues.map((issue) => describe(issue, input)) };
}
