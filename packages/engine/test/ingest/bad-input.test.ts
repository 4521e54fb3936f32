import { describe, expect, test } from 'vitest';
import { ingest, InputError } from '../../src/ingest/index.js';
import { fixture } from './helpers.js';

const securities = fixture('good', 'securities.csv');
const prices = fixture('good', 'prices.csv');

/** The InputError that ingest throws, or a failure when it does not throw one. */
async function inputError(options: Parameters<typeof ingest>[0]): Promise<InputError> {
  try {
    await ingest(options);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('ingest accepted bad input');
}

describe('ingest() refuses a bad price file with one line naming the file, the line and the problem', () => {
  const cases: [string, string][] = [
    ['missing-close.csv', ':1: missing column close'],
    ['duplicate-column.csv', ':1: column "adj_close" appears twice'],
    ['not-a-number.csv', ':4: close "abc" is not a number'],
    ['comma-number.csv', ':3: open "10,5" is not a number'],
    ['negative.csv', ':3: low "-1.5" is negative'],
    ['zero.csv', ':2: close "0" is zero'],
    ['high-below-low.csv', ':3: high "9" is below low "10"'],
    ['bad-date.csv', ':2: date "03/01/2024" is not YYYY-MM-DD'],
    ['impossible-date.csv', ':3: date "2024-02-30" is not YYYY-MM-DD'],
    ['empty-close.csv', ':3: close is empty'],
    ['negative-volume.csv', ':3: volume "-5" is negative'],
    ['volume-text.csv', ':3: volume "lots" is not a number'],
    ['infinite.csv', ':2: high "inf" is not a finite number'],
    ['empty.csv', ': the file is empty'],
    ['header-only.csv', ': no rows after the header'],
    ['binary.csv', ':1: not a CSV text file (binary data)'],
    ['not-utf8.csv', ':4: not a CSV text file (not UTF-8 text)'],
    ['short-row.csv', ':3: 5 fields, the header has 8'],
    ['empty-symbol.csv', ':2: symbol is empty'],
    ['blank-lines.csv', ':5: close "oops" is not a number'],
    ['crlf-bad.csv', ':3: volume "1e400" is not a finite number'],
    ['bad-adj.csv', ':2: adj_close "-1" is negative'],
  ];
  test.each(cases)('%s', async (name, expected) => {
    const file = fixture('bad', name);
    const error = await inputError({ securities, prices: [file] });
    expect(error.message).toBe(`${file}${expected}`);
    expect(error.message).not.toContain('\n');
  });

  test('a symbol listed on two exchanges needs an exchange column', async () => {
    const file = fixture('bad', 'ambiguous.csv');
    const error = await inputError({ securities: fixture('bad', 'securities-ambiguous.csv'), prices: [file] });
    expect(error.message).toBe(
      `${file}:3: symbol "SAME" is on several exchanges in the securities file (XLON, XNYS): add an exchange column`,
    );
  });

  test('the first bad file in the order given is the one reported', async () => {
    const first = fixture('bad', 'negative.csv');
    const error = await inputError({ securities, prices: [prices, first, fixture('bad', 'zero.csv')] });
    expect(error.message).toBe(`${first}:3: low "-1.5" is negative`);
  });

  test('a Parquet file that is not one', async () => {
    const file = fixture('bad', 'not-parquet.parquet');
    const error = await inputError({ securities, prices: [file] });
    expect(error.message.startsWith(`${file}: not a readable Parquet file (`)).toBe(true);
    expect(error.message).not.toContain('\n');
  });

  test('a missing file and a glob that matches nothing', async () => {
    const missing = fixture('bad', 'no-such-file.csv');
    expect((await inputError({ securities, prices: [missing] })).message).toBe(`${missing}: file not found`);
    const glob = fixture('bad', 'nothing-*.csv');
    expect((await inputError({ securities, prices: [glob] })).message).toBe(`${glob}: no file matches`);
  });

  test('the error carries its parts', async () => {
    const file = fixture('bad', 'not-a-number.csv');
    const error = await inputError({ securities, prices: [file] });
    expect([error.name, error.file, error.line, error.problem]).toEqual(['InputError', file, 4, 'close "abc" is not a number']);
  });
});

describe('ingest() refuses a bad securities file', () => {
  const cases: [string, string][] = [
    ['securities-missing-industry.csv', ':1: missing column industry'],
    ['securities-empty-name.csv', ':3: name is empty'],
    ['securities-duplicate.csv', ':5: duplicate security xnys:aaa (first on line 2)'],
    ['securities-country.csv', ':2: country "USA" is not an ISO 3166 alpha-2 code'],
    ['securities-currency.csv', ':2: currency "dollars" is not an ISO 4217 code'],
    ['securities-unclosed-quote.csv', ':2: a quoted field is never closed'],
    ['securities-fields.csv', ':2: 6 fields, the header has 7'],
    ['securities-market-cap.csv', ':2: market_cap "1.5B" is not a number'],
    ['securities-uuid.csv', ':2: uuid "not-a-uuid" is not a uuid'],
    ['securities-empty.csv', ': the file is empty'],
    ['binary.csv', ':1: not a CSV text file (binary data)'],
  ];
  test.each(cases)('%s', async (name, expected) => {
    const file = fixture('bad', name);
    const error = await inputError({ securities: file, prices: [prices] });
    expect(error.message).toBe(`${file}${expected}`);
  });
});

describe('ingest() refuses a bad benchmarks file', () => {
  const cases: [string, string][] = [
    ['benchmarks-date.csv', ':3: date "2024-1-3" is not YYYY-MM-DD'],
    ['benchmarks-close.csv', ':3: close "n/a" is not a number'],
    ['benchmarks-missing.csv', ':1: missing column date'],
  ];
  test.each(cases)('%s', async (name, expected) => {
    const file = fixture('bad', name);
    const error = await inputError({ securities, prices: [prices], benchmarks: file });
    expect(error.message).toBe(`${file}${expected}`);
  });
});
