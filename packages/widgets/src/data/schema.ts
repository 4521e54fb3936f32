/**
 * The report schema (zod/mini). It is the one source of the report's types: the input
 * type is what a feed may send, the output type is the parsed model the elements draw.
 *
 * Every section is optional and may be `null`; unknown fields are dropped. A section of
 * the wrong type, or a missing `ticker.symbol`, fails validation with the path named.
 *
 * Each piece also has a fast path: a plain function that parses a value as the zod schema
 * does, or returns `INVALID` for any value zod would not accept. `toReport` reads a report
 * with these first (`parseReport`), and only a refused one with zod, which then names the
 * issues as always. A report has hundreds of values, and zod's payloads, unions and pipes
 * for each of them made validation three times slower. `reportSchema` itself is plain zod.
 */
import * as z from 'zod/mini';
import { resolveWeekLabel, parseIsoDate } from './dates.js';
import { parseCompact, parseMoney, parseNumber, parsePercent, parseRatio, parseText, type Loose } from './values.js';
import { parseFigure } from './figure.js';

/** What a fast path returns for a value that zod would not accept. */
export const INVALID: unique symbol = Symbol('invalid');

type Parser = (input: unknown) => unknown;
const parsers = new WeakMap<object, Parser>();

/**
 * Gives `schema` its fast path. A field's fast path must map `undefined` to `undefined` if
 * the field is optional, and to `INVALID` if it is required: `object()` relies on that.
 */
function fast<T extends z.core.$ZodType>(schema: T, parse: (input: unknown) => z.output<T> | typeof INVALID): T {
  parsers.set(schema, parse);
  return schema;
}

/** The fast path of a schema built here; a schema without one is a mistake in this file. */
export function fastPath(schema: object): Parser {
  const parse = parsers.get(schema);
  if (!parse) throw new Error('schema.ts: a field has no fast path');
  return parse;
}

const textOrNumber = z.union([z.string(), z.number()]);
/** What `textOrNumber` accepts (zod's numbers are finite). */
const isTextOrNumber = (input: unknown): input is string | number => typeof input === 'string' || Number.isFinite(input);
const isLoose = (input: unknown): input is Loose => input == null || isTextOrNumber(input);

const loose = fast(z.optional(z.nullable(textOrNumber)), (input) => (isLoose(input) ? input : INVALID));

/** A leaf field: text, a number, `null` or nothing, read by `parse`. */
function as<T>(parse: (input: Loose) => T) {
  return fast(z.pipe(loose, z.transform(parse)), (input) => (isLoose(input) ? (parse(input) as Awaited<T>) : INVALID));
}

export const text = as(parseText);
export const num = as(parseNumber);
const pct = as(parsePercent);
const ratio = as(parseRatio);
export const compact = as(parseCompact);
const money = as(parseMoney);
const figure = as(parseFigure);
export const date = as(parseIsoDate);

/** `'positive' | 'negative' | 'neutral'`; anything else is no tone. */
export type Tone = 'positive' | 'negative' | 'neutral';
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

export const flag = fast(
  z.pipe(z.optional(z.nullable(z.union([z.boolean(), z.string(), z.number()]))), z.transform(parseFlag)),
  (input) => (typeof input === 'boolean' || isLoose(input) ? parseFlag(input) : INVALID),
);

/**
 * `z.object(shape)` and its fast path: the shape's keys in order, unknown keys dropped, and
 * a missing key left out (or `INVALID`, from a required field's fast path).
 */
export function object<S extends z.core.$ZodLooseShape>(shape: S) {
  const schema = z.object(shape);
  const keys = Object.keys(shape);
  const fields = keys.map((key) => fastPath(shape[key]));
  return fast(schema, (input) => {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) return INVALID;
    const out: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      const value = fields[i]((input as Record<string, unknown>)[key]);
      if (value === INVALID) return INVALID;
      if (value !== undefined || key in input) out[key] = value;
    }
    return out as z.output<typeof schema>;
  });
}

/** An optional, nullable object section; `null` becomes `undefined`. */
function section<S extends z.core.$ZodLooseShape>(shape: S) {
  const inner = object(shape);
  const parse = fastPath(inner);
  const schema = z.pipe(
    z.optional(z.nullable(inner)),
    z.transform((value) => value ?? undefined),
  );
  return fast(schema, (input) => (input == null ? undefined : (parse(input) as z.output<typeof schema>)));
}

/** An optional, nullable list; `null` items are dropped. */
export function list<T extends z.core.SomeType>(item: T) {
  const parse = fastPath(item);
  const schema = z.pipe(
    z.optional(z.nullable(z.array(z.nullable(item)))),
    z.transform((items) => items?.filter((x): x is NonNullable<typeof x> => x != null)),
  );
  return fast(schema, (input) => {
    if (input == null) return undefined;
    if (!Array.isArray(input)) return INVALID;
    const out = [];
    for (let i = 0; i < input.length; i++) {
      const item: unknown = input[i];
      if (item === null) continue;
      const value = parse(item);
      if (value === INVALID) return INVALID;
      if (value != null) out.push(value);
    }
    return out as z.output<typeof schema>;
  });
}

/** A required, non-empty symbol, trimmed. */
export const symbol = fast(
  z.pipe(
    z.string().check(z.refine((s) => s.trim().length > 0, 'expected a non-empty symbol')),
    z.transform((s) => s.trim()),
  ),
  (input) => (typeof input === 'string' && input.trim().length > 0 ? input.trim() : INVALID),
);

const textList = list(fast(z.union([z.string(), z.number()]), (input) => (isTextOrNumber(input) ? input : INVALID)));

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
function finish(r: z.output<typeof reportObject>) {
  return {
    ...r,
    opportunities: r.opportunities?.map(String),
    risks: r.risks?.map(String),
    watch_points: r.watch_points?.map(String),
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

/**
 * The whole report. After parsing: a missing number falls back to its `*_label` twin,
 * text lists hold strings, and each timeline week carries its calendar `date`.
 */
export const reportSchema = z.pipe(reportObject, z.transform(finish));

const parseReportObject = fastPath(reportObject);

/** The fast path of `reportSchema`: its output for a valid report, else `INVALID`. */
export function parseReport(input: unknown): ParsedReport | typeof INVALID {
  const r = parseReportObject(input);
  return r === INVALID ? r : finish(r as z.output<typeof reportObject>);
}

/** What a feed may send. */
export type ReportInput = z.input<typeof reportSchema>;
/** The parsed report, before its source URL is attached. */
export type ParsedReport = z.output<typeof reportSchema>;
