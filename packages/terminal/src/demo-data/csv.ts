// Writing the demo's CSV files: RFC 4180 quoting, prices from whole cents, and a buffered
// writer that joins rows into large chunks and respects the stream's back-pressure.
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';

/** A CSV field, quoted when it holds a comma, a quote or a line break. */
export function field(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A CSV line (with its \n) from fields. */
export function line(values: readonly (string | number)[]): string {
  return values.map(field).join(',') + '\n';
}

/** Whole cents as a decimal with two places: 7900 -> "79.00", 5 -> "0.05". */
export function cents(value: number): string {
  const fraction = value % 100;
  return `${(value - fraction) / 100}.${fraction < 10 ? '0' : ''}${fraction}`;
}

/** Rows appended as strings, written to the file in chunks of about a megabyte. */
export class ChunkedWriter {
  private readonly stream: WriteStream;
  private chunks: string[] = [];
  private size = 0;
  /** Bytes handed to the stream so far (UTF-16 length: the files are ASCII, except the securities names). */
  written = 0;

  constructor(path: string) {
    this.stream = createWriteStream(path, { encoding: 'utf8', highWaterMark: 1 << 22 });
  }

  /** Appends text; the caller awaits `flushIfFull()` between securities. */
  push(text: string): void {
    this.chunks.push(text);
    this.size += text.length;
  }

  async flushIfFull(): Promise<void> {
    if (this.size >= 1 << 20) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.size === 0) return;
    const chunk = this.chunks.join('');
    this.chunks = [];
    this.written += this.size;
    this.size = 0;
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    await this.flush();
    this.stream.end();
    await finished(this.stream);
  }
}
