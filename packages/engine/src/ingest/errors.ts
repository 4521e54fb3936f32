/**
 * Bad input: a file the engine cannot read as documented. Its message is ONE line naming the file,
 * the line (header = line 1; for Parquet, the row, first row = 1) when there is one, and the
 * problem: `prices.csv:1043: close "abc" is not a number`. The CLI prints it and exits 1.
 */
export class InputError extends Error {
  override readonly name = 'InputError';

  constructor(
    /** The file as the user named it (or as its glob expanded). */
    readonly file: string,
    /** 1-based line (CSV) or row (Parquet); null when the problem is the whole file. */
    readonly line: number | null,
    /** What is wrong, without the file and line. */
    readonly problem: string,
  ) {
    super(`${file}${line === null ? '' : `:${line}`}: ${oneLine(problem)}`);
  }
}

/** Collapses whitespace so that a message stays on one line. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Shows a cell in a message: quoted, shortened, on one line. */
export function quote(value: string): string {
  const flat = value.replace(/[\r\n]+/g, ' ');
  return JSON.stringify(flat.length > 40 ? `${flat.slice(0, 37)}...` : flat);
}
