// A small RFC 4180 reader for the files read in TypeScript (securities, benchmarks, price headers).
// Prices themselves are read by DuckDB.
import { readFileSync } from 'node:fs';
import { InputError } from './errors.js';

/** One record: its fields and the line it starts on (header = line 1). */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/**
 * Splits CSV text into records. Tolerates a UTF-8 BOM and CRLF; quoted fields may hold commas,
 * doubled quotes and line breaks. A quote inside an unquoted field is kept as a character.
 * Blank lines are skipped.
 */
export function parseCsv(text: string, file: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const n = s.length;
  let i = 0;
  let line = 1;
  while (i < n) {
    const start = line;
    const fields: string[] = [];
    let blank = true;
    for (;;) {
      let value = '';
      if (s[i] === '"') {
        blank = false;
        i++;
        for (;;) {
          const q = s.indexOf('"', i);
          if (q < 0) throw new InputError(file, start, 'a quoted field is never closed');
          value += s.slice(i, q);
          line += countNewlines(s, i, q);
          if (s[q + 1] === '"') {
            value += '"';
            i = q + 2;
          } else {
            i = q + 1;
            break;
          }
        }
        // Anything between the closing quote and the delimiter is kept as text.
        const end = nextDelimiter(s, i);
        value += s.slice(i, end);
        i = end;
      } else {
        const end = nextDelimiter(s, i);
        value = s.slice(i, end);
        if (value !== '' && value !== '\r') blank = false;
        i = end;
      }
      if (s[i] === ',') {
        blank = false;
        fields.push(value);
        i++;
        continue;
      }
      fields.push(value.endsWith('\r') ? value.slice(0, -1) : value);
      if (s[i] === '\n') {
        i++;
        line++;
      }
      break;
    }
    if (!blank) records.push({ line: start, fields });
  }
  return records;
}

function nextDelimiter(s: string, from: number): number {
  let i = from;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c === 44 || c === 10) break;
    i++;
  }
  return i;
}

function countNewlines(s: string, from: number, to: number): number {
  let count = 0;
  for (let i = s.indexOf('\n', from); i >= 0 && i < to; i = s.indexOf('\n', i + 1)) count++;
  return count;
}

/** How column names are compared: case-insensitive, spaces, underscores and hyphens ignored (`Adj Close` = `adj_close`). */
export function normalizeName(name: string): string {
  return name
    .replace(/^\uFEFF/, '')
    .replace(/[\s_-]+/g, '')
    .toLowerCase();
}

/** Reads a whole text file, refusing empty and binary files with an InputError. */
export function readTextFile(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new InputError(file, null, (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : 'cannot be read');
  }
  checkText(bytes, file);
  return bytes.toString('utf8');
}

/** Throws unless the bytes look like UTF-8 text with something in it. */
export function checkText(bytes: Uint8Array, file: string, complete = true): void {
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (bytes.length === 0 || (hasBom && bytes.length === 3)) throw new InputError(file, null, 'the file is empty');
  const zero = bytes.indexOf(0);
  if (zero >= 0) throw new InputError(file, lineAt(bytes, zero), 'not a CSV text file (binary data)');
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let start = 0;
  let line = 1;
  while (start < bytes.length) {
    let end = bytes.indexOf(10, start);
    if (end < 0) end = bytes.length;
    // A cut at the end of a partial read may split a character: only whole lines are checked then.
    if (end === bytes.length && !complete) break;
    try {
      decoder.decode(bytes.subarray(start, end));
    } catch {
      throw new InputError(file, line, 'not a CSV text file (not UTF-8 text)');
    }
    start = end + 1;
    line++;
  }
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = bytes.indexOf(10); i >= 0 && i < offset; i = bytes.indexOf(10, i + 1)) line++;
  return line;
}
