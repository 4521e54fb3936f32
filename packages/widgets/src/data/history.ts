/**
 * The weekly history JSON (packages/engine/HISTORY.md): a security's weeks, oldest first, as
 * plain numbers. Read as forgivingly as a report: `null`, missing fields, numbers as text
 * (`"1,234.5"`, a unicode minus), flags as `"on"` / `1`; a week without a readable date is
 * dropped, and the weeks are put in date order. `symbol` is required; a field of the wrong
 * type is a validation error naming its path (`weeks.3.close: expected text or a number, got object`).
 */
import { list, object, symbol, type Output } from './parser.js';
import { compact, date, flag, num, text } from './schema.js';
import { validator } from './validate.js';

const week = object({
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
});

/** The history's shape (parser.ts); fields the chart does not draw are dropped. */
export const historySchema = object({
  uuid: text,
  symbol,
  exchange: text,
  name: text,
  currency: text,
  latest_week: date,
  weeks: list(week),
});

/** One week of a history: numbers, or `undefined` where the feed had none. */
export type HistoryWeek = Output<typeof week> & { week: string };

/** The validated history: `weeks` oldest first, each with a date. */
export type History = Omit<Output<typeof historySchema>, 'weeks'> & {
  weeks: HistoryWeek[];
  /** Absolute URL the history was fetched from, if it was. */
  readonly source?: string;
};

/**
 * Validates a history as parsed from JSON and builds the model. Throws a `ReportError` of
 * kind `validation` naming each failing path; cached per input object like `toReport`.
 */
export const toHistory: (input: unknown, source?: string) => History = validator(
  'history',
  historySchema,
  (h, source): History => ({
    ...h,
    source,
    weeks: ((h.weeks ?? []).filter((w) => w.week) as HistoryWeek[]).sort((a, b) => (a.week < b.week ? -1 : +(a.week > b.week))),
  }),
);
