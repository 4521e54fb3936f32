import * as z from 'zod/mini';
import { INVALID, parseReport, reportSchema, type ParsedReport } from './schema.js';
import { ReportError, type ReportIssue } from './errors.js';

/** The parsed report, with the URL it came from (for relative links). */
export type Report = ParsedReport & {
  /** Absolute URL the report was fetched from, or the base given for inline data. */
  readonly source?: string;
};

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

/**
 * A validator for one kind of document (`what`: "report", "history"): its fast parse (see
 * schema.ts), the zod schema that names the issues of a document the fast parse refuses, and
 * the model built from the parsed object. Results are cached per input object, so 20
 * elements given the same object parse it once; a model it built is accepted as it is (so
 * one element can hand its model to another's `data`).
 */
export function validator<P, M extends object>(
  what: string,
  parse: (input: unknown) => P | typeof INVALID,
  schema: z.core.$ZodType<P>,
  model: (parsed: P, source?: string) => M,
): (input: unknown, source?: string) => M {
  const cache = new WeakMap<object, Map<string, M | ReportError>>();
  const models = new WeakSet<object>();
  const build = (input: unknown, source?: string): M | ReportError => {
    if (input === null || typeof input !== 'object' || Array.isArray(input)) {
      return new ReportError('validation', `The ${what} must be a JSON object, got ${kindOf(input)}.`, {
        issues: [{ path: '', message: `expected an object, got ${kindOf(input)}` }],
      });
    }
    // The fast path builds the same model; zod parses only a document it refuses, to name the issues.
    const fast = parse(input);
    const parsed = fast === INVALID ? z.safeParse(schema, input) : { success: true as const, data: fast };
    if (!parsed.success) {
      const issues = parsed.error.issues.map((issue) => describe(issue, input));
      const list = issues.map((i) => `${i.path || what}: ${i.message}`).join('; ');
      return new ReportError('validation', `The ${what} is not valid: ${list}.`, { issues });
    }
    const result = model(parsed.data, source);
    models.add(result);
    return result;
  };
  return (input, source) => {
    if (input !== null && typeof input === 'object' && models.has(input)) return input as M;
    const key = source ?? '';
    const known = input !== null && typeof input === 'object' ? cache.get(input)?.get(key) : undefined;
    const result = known ?? build(input, source);
    if (input !== null && typeof input === 'object') {
      const byInput = cache.get(input) ?? new Map<string, M | ReportError>();
      byInput.set(key, result);
      cache.set(input, byInput);
    }
    if (result instanceof ReportError) throw result;
    return result;
  };
}

/**
 * Validates a report as parsed from JSON and builds the model. Throws a `ReportError` of
 * kind `validation` whose message names each failing path. Results are cached per input
 * object, so 20 elements given the same object parse it once; a model this function built
 * is accepted as it is (so one element can hand its `report` to another's `data`).
 */
export const toReport: (input: unknown, source?: string) => Report = validator(
  'report',
  parseReport,
  reportSchema,
  (data, source): Report => (source === undefined ? data : { ...data, source }),
);
