// Computed responses (the query API's JSON, the screener page for a query), made once per distinct
// query and then served like static files: bytes, gzip and brotli variants and a strong ETag from
// memory. universe.json does not change while the server runs, so an answer never goes stale; the
// cache is bounded (least recently used first out).
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Loaded } from './site.js';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

export class ResponseCache {
  private readonly entries = new Map<string, Loaded | Promise<Loaded>>();
  private held = 0;

  constructor(
    /** Bytes of answers kept (default 64 MB). */
    private readonly budget = 64 * 1024 * 1024,
  ) {}

  /** The answer for `key`: from memory, or made by `make` (once, however many ask at the same time). */
  get(key: string, make: () => string): Loaded | Promise<Loaded> {
    const found = this.entries.get(key);
    if (found) {
      this.entries.delete(key);
      this.entries.set(key, found);
      return found;
    }
    const made = compressed(make()).then(
      (loaded) => {
        if (this.entries.get(key) === made) {
          this.entries.set(key, loaded);
          this.held += loaded.bytes;
          this.trim();
        }
        return loaded;
      },
      (error: unknown) => {
        this.entries.delete(key);
        throw error;
      },
    );
    this.entries.set(key, made);
    return made;
  }

  get size(): number {
    return this.entries.size;
  }

  private trim(): void {
    for (const [key, entry] of this.entries) {
      if (this.held <= this.budget) break;
      if (entry instanceof Promise) continue;
      this.entries.delete(key);
      this.held -= entry.bytes;
    }
  }
}

async function compressed(text: string): Promise<Loaded> {
  const body = Buffer.from(text);
  const hash = createHash('sha256').update(body).digest('base64url').slice(0, 27);
  const [gz, br] = await Promise.all([
    gzipAsync(body, { level: 6 }),
    brotliAsync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
  ]);
  return {
    identity: { body, etag: `"${hash}"` },
    gzip: gz.length < body.length ? { body: gz, etag: `"${hash}-gz"` } : null,
    br: br.length < body.length ? { body: br, etag: `"${hash}-br5"` } : null,
    hash,
    bytes: body.length + gz.length + br.length,
  };
}
