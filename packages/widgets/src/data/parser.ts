/**
 * The one parser behind `toReport` and `toHistory`: a few combinators that read a document as
 * a feed sent it, build the model in one pass, and name every value they refuse. The report's
 * and the history's shapes (schema.ts, history.ts) are written with them, and their types
 * are read from them (`Output`, `Input`): there is no second schema.
 *
 * The rules, for every field of both documents:
 * - a leaf field takes text, a finite number, `null` or nothing, and its value parser reads
 *   it (`parseNumber`, `parseMoney`, ...); anything else is `expected text or a number, got <kind>`;
 * - a section or a list may be `null` or missing, and is then `undefined`; a list drops `null`
 *   items; any other non-object or non-array is `expected an object` / `expected an array`;
 * - an object keeps its shape's keys in order and drops the rest; every field is read, so one
 *   pass names every failing path, in document order (`momentum.returns`, `weeks.3.close`);
 * - `symbol` is required: text that is not blank, trimmed.
 *
 * A parser returns its value, or `INVALID` after pushing at least one issue. An issue is made
 * where a value fails, with an empty path, and each object and list on the way out puts its
 * key in front: a valid document allocates no paths and no issues at all.
 */
import type { Loose } from './values.js';

/** What a parser returns for a value it refused (after pushing its issues). */
export const INVALID: unique symbol = Symbol('invalid');
export type Invalid = typeof INVALID;

/** One refused value: where (keys from the document's root), and what was wrong there. */
export interface Issue {
  path: (string | number)[];
  message: string;
}

declare const types: unique symbol;

/** Reads `input`: its value, or `INVALID` with the reasons pushed to `issues`. */
export type Parser<Out, In = unknown> = ((input: unknown, issues: Issue[]) => Out | Invalid) & {
  /** Types only (never set): what a feed may send, and what the parser gives. */
  readonly [types]?: { in: In; out: Out };
};
type AnyParser = Parser<unknown, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** What a parser gives for a valid value. */
export type Output<P> = P extends { readonly [types]?: { out: infer O } } ? O : never;
/** What a parser accepts. */
export type Input<P> = P extends { readonly [types]?: { in: infer I } } ? I : never;

/** `nothing`, `null`, `array`, or the `typeof` of a value: the "got" of every message. */
export function kindOf(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function fail(issues: Issue[], message: string): Invalid {
  issues.push({ path: [], message });
  return INVALID;
}

const expected = (what: string, input: unknown) => `expected ${what}, got ${kindOf(input)}`;

/** Text or a finite number (never NaN or Infinity). */
const isTextOrNumber = (input: unknown): input is string | number => typeof input === 'string' || Number.isFinite(input);

/** A leaf field: text, a finite number, `null` or nothing, read by `parse`. */
export function field<T>(parse: (input: Loose) => T): Parser<T, Loose> {
  return (input, issues) =>
    input == null || isTextOrNumber(input) ? parse(input) : fail(issues, expected('text or a number', input));
}

/** A flag: `true`/`false` as well as what a leaf field takes, read by `parse`. */
export function flagField<T>(parse: (input: boolean | Loose) => T): Parser<T, boolean | Loose> {
  return (input, issues) =>
    typeof input === 'boolean' || input == null || isTextOrNumber(input)
      ? parse(input)
      : fail(issues, expected('text or a number', input));
}

/** An item of a text list: text or a finite number, as text. */
export const textItem: Parser<string, string | number> = (input, issues) =>
  isTextOrNumber(input) ? String(input) : fail(issues, expected('text or a number', input));

/** A required, non-blank text, trimmed. */
export const symbol: Parser<string, string> = (input, issues) => {
  if (typeof input !== 'string') return fail(issues, expected('text', input));
  const value = input.trim();
  return value ? value : fail(issues, 'expected a non-empty symbol');
};

type Shape = Record<string, AnyParser>;
type Optional<S extends Shape> = { [K in keyof S]: undefined extends Input<S[K]> ? K : never }[keyof S];
/** An object's input: the keys whose field takes `undefined` may be left out. */
type ObjectInput<S extends Shape> = { [K in Exclude<keyof S, Optional<S>>]: Input<S[K]> } & {
  [K in Optional<S>]?: Input<S[K]>;
};

/** Puts `key` in front of the paths of the issues pushed since `from`. */
function under(issues: Issue[], from: number, key: string | number): void {
  for (let i = from; i < issues.length; i++) issues[i].path.unshift(key);
}

/**
 * An object with `shape`'s keys, in that order; unknown keys are dropped, and a missing key
 * whose field gives `undefined` stays missing.
 */
export function object<S extends Shape>(shape: S): Parser<{ [K in keyof S]: Output<S[K]> }, ObjectInput<S>> {
  const keys = Object.keys(shape);
  const fields = keys.map((key) => shape[key]);
  return (input, issues) => {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      return fail(issues, expected('an object', input));
    }
    const from = input as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    let valid = true;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      const before = issues.length;
      const value = fields[i](from[key], issues);
      if (value === INVALID) {
        valid = false;
        under(issues, before, key);
      } else if (value !== undefined || key in from) out[key] = value;
    }
    return valid ? (out as { [K in keyof S]: Output<S[K]> }) : INVALID;
  };
}

/** An optional object: `null` or nothing is `undefined`. */
export function section<S extends Shape>(
  shape: S,
): Parser<{ [K in keyof S]: Output<S[K]> } | undefined, ObjectInput<S> | null | undefined> {
  const parse = object(shape);
  return (input, issues) => (input == null ? undefined : parse(input, issues));
}

/** An optional list: `null` or nothing is `undefined`; `null` items are dropped. */
export function list<P extends AnyParser>(
  item: P,
): Parser<NonNullable<Output<P>>[] | undefined, (Input<P> | null)[] | null | undefined> {
  return (input, issues) => {
    if (input == null) return undefined;
    if (!Array.isArray(input)) return fail(issues, expected('an array', input));
    const out: NonNullable<Output<P>>[] = [];
    let valid = true;
    for (let i = 0; i < input.length; i++) {
      const value: unknown = input[i];
      if (value === null) continue;
      const before = issues.length;
      const parsed = item(value, issues);
      if (parsed === INVALID) {
        valid = false;
        under(issues, before, i);
      } else if (parsed != null) out.push(parsed as NonNullable<Output<P>>);
    }
    return valid ? out : INVALID;
  };
}
