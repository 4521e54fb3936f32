// Holds one of our parsers to its zod oracle (zod-oracle.ts) on a document and on random
// changes of it: the same model (keys in the same order), or the same issues (paths, order,
// messages), and every message in the documented form.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type * as z from 'zod/mini';
import { INVALID, type Issue, type Parser } from '../../src/data/parser.js';
import { zodParse } from './zod-oracle.js';

/** `expected <what>, got <kind>`, or the one message with no kind. */
const MESSAGE =
  /^(?:expected (?:an object|an array|text|text or a number), got (?:nothing|null|array|object|string|number|boolean|bigint|symbol|function)|expected a non-empty symbol)$/;

export function agreesWithZod(parse: Parser<unknown>, oracle: z.core.$ZodType, input: unknown): void {
  const found: Issue[] = [];
  const ours = parse(structuredCloneOr(input), found);
  const theirs = zodParse(oracle, structuredCloneOr(input));
  // (A boolean, not the symbol: a failing assertion on a symbol stalls the test runner.)
  expect(ours === INVALID, 'refused').to.equal('issues' in theirs);
  if ('data' in theirs) {
    expect(found).to.deep.equal([]);
    expect(ours).to.deep.equal(theirs.data);
    expect(JSON.stringify(ours)).to.equal(JSON.stringify(theirs.data));
  } else {
    const issues = found.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
    expect(issues).to.deep.equal(theirs.issues);
    for (const issue of issues) expect(issue.message).to.match(MESSAGE);
  }
}

/** structuredClone, but a value it cannot copy (a function, a symbol) is used as it is. */
function structuredCloneOr<T>(input: T): T {
  try {
    return structuredClone(input);
  } catch {
    return input;
  }
}

const odd = fc.oneof(
  fc.constantFrom(null, undefined, '', 'n/a', '—', '−1,234.5%', ' 79 cny ', '1e3K', '29 Feb', 'On', ' Positive ', '  '),
  fc.constantFrom(0, -0, Number.NaN, Infinity, 1e308, true, false, [], {}, [null], { value: 1 }, [1, 'a', null]),
  fc.double(),
  fc.string({ maxLength: 12 }),
  fc.anything({ maxDepth: 2 }),
);
const change = fc.record({ path: fc.nat(), remove: fc.boolean(), value: odd });

/**
 * One to four changes at the given paths of a document (each a value set to something odd,
 * or removed): an arbitrary of functions from the document to a changed deep copy.
 */
export function mutations(all: (string | number)[][]): fc.Arbitrary<(seed: unknown) => unknown> {
  return fc.array(change, { minLength: 1, maxLength: 4 }).map((changes) => {
    const apply = (seed: unknown) => {
      const input = structuredClone(seed);
      for (const { path, remove, value } of changes) {
        const keys = all[path % all.length];
        const parent = keys
          .slice(0, -1)
          .reduce<any>((node, key) => (node && typeof node === 'object' ? node[key] : undefined), input);
        if (!parent || typeof parent !== 'object') continue;
        if (remove) delete parent[keys[keys.length - 1]];
        else parent[keys[keys.length - 1]] = value;
      }
      return input;
    };
    apply.toString = () => JSON.stringify(changes);
    return apply;
  });
}
