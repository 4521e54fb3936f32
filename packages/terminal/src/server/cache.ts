// Computed responses (the query API's JSON, the screener page for a query), made once per distinct
// query and then served like static files: bytes, gzip and brotli variants and a strong ETag from
// memory. universe.json does not change while the server runs, so an answer never goes stale; the
// cache is bounded (least recently used first out).
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { acceptedEncodings, type Loaded } from './site.js';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

export class ResponseCache {
  private readonly entries = new Map<string, Entry>();
  private held = 0;

  constructor(
    /** Bytes of answers kept (default 64 MB). */
    private readonly budget = 64 * 1024 * 1024,
  ) {}

  /**
   * The answer for `key`, from memory or made by `make`, with the variant this Accept-Encoding
   * prefers compressed (once: each encoding is made the first time a client asks for it, so a miss
   * costs one compression, not two).
   */
  async get(key: string, make: () => string, acceptEncoding: string | undefined): Promise<Loaded> {
    let entry = this.entries.get(key);
    if (entry) {
      this.entries.delete(key);
      this.entries.set(key, entry);
    } else {
      const body = Buffer.from(make());
      const hash = createHash('sha256').update(body).digest('base64url').slice(0, 27);
      entry = {
        loaded: { identity: { body, etag: `"${hash}"` }, gzip: null, br: null, hash, bytes: body.length },
        pending: new Map(),
      };
      this.entries.set(key, entry);
      this.held += body.length;
    }
    const accepted = acceptEncoding ? acceptedEncodings(acceptEncoding) : null;
    const want = accepted?.has('br') ? 'br' : accepted?.has('gzip') ? 'gzip' : null;
    if (want && entry.loaded[want] === null) {
      let pending = entry.pending.get(want);
      if (!pending) {
        pending = this.compress(entry, want);
        entry.pending.set(want, pending);
      }
      await pending;
    }
    this.trim();
    return entry.loaded;
  }

  get size(): number {
    return this.entries.size;
  }

  private async compress(entry: Entry, encoding: 'gzip' | 'br'): Promise<void> {
    const { body } = entry.loaded.identity;
    const packed =
      encoding === 'gzip'
        ? await gzipAsync(body, { level: 6 })
        : await brotliAsync(body, {
            params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
          });
    if (packed.length >= body.length) return; // stays null: sent as is; pending stays set, so not retried
    entry.loaded[encoding] = { body: packed, etag: `"${entry.loaded.hash}-${encoding === 'gzip' ? 'gz' : 'br5'}"` };
    entry.loaded.bytes += packed.length;
    this.held += packed.length;
  }

  private trim(): void {
    for (const [key, entry] of this.entries) {
      if (this.held <= this.budget) break;
      this.entries.delete(key);
      this.held -= entry.loaded.bytes;
    }
  }
}

interface Entry {
  loaded: Loaded;
  /** Compressions under way or done, by encoding. */
  pending: Map<'gzip' | 'br', Promise<void>>;
}
