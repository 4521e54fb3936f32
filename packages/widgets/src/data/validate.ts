import { INVALID, kindOf, type Issue, type Parser } from './parser.js';
import { reportSchema, type ParsedReport } from './schema.js';
import { ReportError } from './errors.js';

/** The parsed report, with the URL it came from (for relative links). */
export type Report = ParsedReport & {
  /** Absolute URL the report was fetched from, or the base given for inline data. */
  readonly source?: string;
};

/**
 * A validator for one kind of document (`what`: "report", "history"): its parser (see
 * parser.ts), which builds the parsed object or names every refused value, and the model
 * built from the parsed object. Results are cached per input object, so 20 elements given
 * the same object parse it once; a model it built is accepted as it is (so one element can
 * hand its model to another's `data`).
 */
export function validator<P, M extends object>(
  what: string,
  parse: Parser<P>,
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
    const found: Issue[] = [];
    const parsed = parse(input, found);
    if (parsed === INVALID) {
      const issues = found.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
      const list = issues.map((i) => `${i.path || what}: ${i.message}`).join('; ');
      return new ReportError('validation', `The ${what} is not valid: ${list}.`, { issues });
    }
    const result = model(parsed, source);
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
export const toReport: (input: unknown, source?: string) => Report = validator('report', reportSchema, (data, source): Report =>
  source === undefined ? data : { ...data, source },
);
