// The built DIR as a static host sees it: an in-memory map from URL path to file, made by walking
// DIR once at start. A request can only ever reach a file in that map, so no path (`..`, encoded
// dots, backslashes, NUL, symlinks out of DIR) can read anything else: traversal is impossible by
// construction, not by filtering.
//
// A file's bytes, its gzip and brotli variants and its ETag are computed once, on first request,
// and kept in memory within a byte budget (least recently used first out), so a 50,000-security
// DIR (several GB) can be served without holding it all.
import { createHash } from 'node:crypto';
import type { Dirent } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** Content types by extension; anything else is application/octet-stream. */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

/** Worth compressing: text formats. Images and fonts are compressed already. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg\+xml)/;

/** Short-lived caching for data and pages that change with each weekly build. */
export const CACHE_SHORT = 'public, max-age=300';
/** For files whose name carries a content hash (`app.3f9a1c2e.js`, `app-3F9A1C2E.css`): they never change. */
export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
const HASHED_NAME = /[.-][0-9a-zA-Z_]{8,}\.(js|mjs|css|woff2?|svg|png|webp|avif|jpg)$/;

/** Smaller than this is sent as is: the header overhead would eat the saving. */
const MIN_COMPRESS_BYTES = 256;
/** Brotli's quality for the first variant (fast), then the best one computed in the background. */
const BROTLI_FAST = 5;
const BROTLI_BEST = 11;
/** Brotli's best quality costs ~2 s a megabyte: larger files keep the fast variant. */
const BEST_BROTLI_MAX_BYTES = 1024 * 1024;

export interface Variant {
  body: Buffer;
  /** Strong ETag of exactly these bytes. */
  etag: string;
}

export interface Loaded {
  identity: Variant;
  gzip: Variant | null;
  br: Variant | null;
  /** The content hash every variant's ETag starts with: If-None-Match matches any of them. */
  hash: string;
  bytes: number;
}

export interface SiteFile {
  /** URL path: `/terminal/{uuid}/report/api/index.json`. */
  key: string;
  /** Where it is on disk (symlinks resolved, always inside DIR). */
  file: string;
  size: number;
  type: string;
  cacheControl: string;
  compressible: boolean;
  loaded: Loaded | null;
  loading: Promise<Loaded> | null;
}

export type Lookup = { kind: 'file'; file: SiteFile } | { kind: 'redirect'; location: string } | { kind: 'missing' };

export interface SiteOptions {
  /** Bytes of file contents and their variants kept in memory (default 512 MB). */
  budget?: number;
  /** Compute the best brotli variant in the background after the first request (default true). */
  bestBrotli?: boolean;
}

function extension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot).toLowerCase();
}

/** Every regular file under `root` by URL path; symlinks are followed only to files inside `root`; dotfiles are skipped. */
async function walk(root: string): Promise<Map<string, { file: string; size: number }>> {
  const found = new Map<string, { file: string; size: number }>();
  const visit = async (folder: string): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch {
      return;
    }
    await Promise.all(
      entries.map(async (entry) => {
        if (entry.name.startsWith('.')) return;
        const path = join(folder, entry.name);
        if (entry.isDirectory()) return visit(path);
        let file = path;
        if (entry.isSymbolicLink()) {
          try {
            file = await realpath(path);
          } catch {
            return; // dangling
          }
          if (!file.startsWith(root + sep)) return; // points out of DIR
        } else if (!entry.isFile()) return;
        const info = await stat(file).catch(() => null);
        if (!info?.isFile()) return; // symlinked folders are not followed: no loops, no escapes
        found.set('/' + relative(root, path).split(sep).join('/'), { file, size: info.size });
      }),
    );
  };
  await visit(root);
  return found;
}

export class Site {
  private readonly lru = new Map<SiteFile, true>();
  private held = 0;
  private readonly budget: number;
  private readonly bestBrotli: boolean;
  private upgrading: Promise<void> = Promise.resolve();
  private stopped = false;

  private constructor(
    readonly root: string,
    readonly files: ReadonlyMap<string, SiteFile>,
    /** Folder URL paths (`/terminal/{uuid}`): without their slash they redirect to it, as on a static host. */
    private readonly folders: ReadonlySet<string>,
    options: SiteOptions,
  ) {
    this.budget = options.budget ?? 512 * 1024 * 1024;
    this.bestBrotli = options.bestBrotli ?? true;
  }

  /** Walks DIR (resolved through symlinks) into the map of servable files. */
  static async open(dir: string, options: SiteOptions = {}): Promise<Site> {
    const root = await realpath(dir);
    const files = new Map<string, SiteFile>();
    const folders = new Set<string>();
    for (const [key, { file, size }] of await walk(root)) {
      const name = key.slice(key.lastIndexOf('/') + 1);
      const type = CONTENT_TYPES[extension(name)] ?? 'application/octet-stream';
      files.set(key, {
        key,
        file,
        size,
        type,
        cacheControl: key.startsWith('/assets/') && HASHED_NAME.test(name) ? CACHE_IMMUTABLE : CACHE_SHORT,
        compressible: COMPRESSIBLE.test(type) && size >= MIN_COMPRESS_BYTES,
        loaded: null,
        loading: null,
      });
      for (let end = key.lastIndexOf('/'); end > 0; end = key.lastIndexOf('/', end - 1)) {
        const folder = key.slice(0, end);
        if (folders.has(folder)) break; // and so are the folders above it
        folders.add(folder);
      }
    }
    return new Site(root, files, folders, options);
  }

  /**
   * The file a URL path names, as a static host maps it: `/a/` -> `/a/index.html`, else
   * `/a/index.json`; `/a` where `a` is a folder -> a redirect to `/a/`. `path` is the raw request path
   * (no query): it is percent-decoded once here, and anything odd (bad escapes, NUL, backslashes)
   * is simply missing.
   */
  lookup(path: string): Lookup {
    let decoded: string;
    try {
      decoded = path.includes('%') ? decodeURIComponent(path) : path;
    } catch {
      return { kind: 'missing' };
    }
    if (decoded.includes('\0') || decoded.includes('\\') || !decoded.startsWith('/')) return { kind: 'missing' };
    if (decoded.endsWith('/')) {
      const file = this.files.get(decoded + 'index.html') ?? this.files.get(decoded + 'index.json');
      return file ? { kind: 'file', file } : { kind: 'missing' };
    }
    const file = this.files.get(decoded);
    if (file) return { kind: 'file', file };
    if (this.folders.has(decoded)) return { kind: 'redirect', location: encodeURI(decoded + '/') };
    return { kind: 'missing' };
  }

  /** The file's bytes, variants and ETags: read and compressed on first use, then from memory. */
  load(file: SiteFile): Loaded | Promise<Loaded> {
    if (file.loaded) {
      this.lru.delete(file);
      this.lru.set(file, true);
      return file.loaded;
    }
    if (!file.loading) {
      file.loading = this.read(file).then(
        (loaded) => {
          file.loaded = loaded;
          file.loading = null;
          this.hold(file);
          return loaded;
        },
        (error: unknown) => {
          file.loading = null;
          throw error;
        },
      );
    }
    return file.loading;
  }

  /** Bytes held in memory now. */
  get heldBytes(): number {
    return this.held;
  }

  private async read(file: SiteFile): Promise<Loaded> {
    const body = await readFile(file.file);
    const hash = createHash('sha256').update(body).digest('base64url').slice(0, 27);
    const identity = { body, etag: `"${hash}"` };
    if (!file.compressible) return { identity, gzip: null, br: null, hash, bytes: body.length };
    const [gz, br] = await Promise.all([
      gzipAsync(body, { level: 9 }),
      brotliAsync(body, { params: brotliParams(body, BROTLI_FAST) }),
    ]);
    const loaded: Loaded = {
      identity,
      gzip: gz.length < body.length ? { body: gz, etag: `"${hash}-gz"` } : null,
      br: br.length < body.length ? { body: br, etag: `"${hash}-br${BROTLI_FAST}"` } : null,
      hash,
      bytes: body.length + gz.length + br.length,
    };
    if (this.bestBrotli && loaded.br && body.length <= BEST_BROTLI_MAX_BYTES) this.upgrade(file, loaded);
    return loaded;
  }

  /** Recompresses with brotli's best quality, one file at a time in the background, and swaps it in. */
  private upgrade(file: SiteFile, loaded: Loaded): void {
    this.upgrading = this.upgrading.then(async () => {
      if (this.stopped || (file.loaded !== loaded && file.loaded !== null)) return; // closing, or evicted and reloaded
      const body = loaded.identity.body;
      const best = await brotliAsync(body, { params: brotliParams(body, BROTLI_BEST) });
      if (loaded.br && best.length < loaded.br.body.length) {
        const saved = loaded.br.body.length - best.length;
        loaded.br = { body: best, etag: `"${loaded.hash}-br${BROTLI_BEST}"` };
        loaded.bytes -= saved;
        if (file.loaded === loaded) this.held -= saved;
      }
    });
  }

  /** Waits for background recompression to finish (tests, benchmarks). */
  settled(): Promise<void> {
    return this.upgrading;
  }

  /** Starts no more background recompression (the server is closing: nothing should keep it alive). */
  stop(): void {
    this.stopped = true;
  }

  private hold(file: SiteFile): void {
    this.lru.set(file, true);
    this.held += file.loaded!.bytes;
    for (const oldest of this.lru.keys()) {
      if (this.held <= this.budget || oldest === file) break;
      this.lru.delete(oldest);
      this.held -= oldest.loaded!.bytes;
      oldest.loaded = null;
    }
  }
}

function brotliParams(body: Buffer, quality: number): Record<number, number> {
  return {
    [constants.BROTLI_PARAM_QUALITY]: quality,
    [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
  };
}

/** Whether If-None-Match names any variant of this content (or `*`). */
export function matchesEtag(header: string | undefined, hash: string): boolean {
  if (!header) return false;
  const quoted = `"${hash}`;
  for (let tag of header.split(',')) {
    tag = tag.trim();
    if (tag === '*') return true;
    if (tag.startsWith('W/')) tag = tag.slice(2);
    if (tag === quoted + '"' || (tag.startsWith(quoted + '-') && tag.endsWith('"'))) return true;
  }
  return false;
}

/** The variant to send for an Accept-Encoding header: br, then gzip, else identity (q=0 honoured). */
export function negotiate(header: string | undefined, loaded: Loaded): { variant: Variant; encoding: 'br' | 'gzip' | null } {
  if (header && (loaded.br || loaded.gzip)) {
    const accepted = acceptedEncodings(header);
    if (loaded.br && accepted.has('br')) return { variant: loaded.br, encoding: 'br' };
    if (loaded.gzip && accepted.has('gzip')) return { variant: loaded.gzip, encoding: 'gzip' };
  }
  return { variant: loaded.identity, encoding: null };
}

const acceptCache = new Map<string, ReadonlySet<string>>();

/** The encodings an Accept-Encoding header allows (`*` stands for br and gzip), memoised per header text. */
export function acceptedEncodings(header: string): ReadonlySet<string> {
  let set = acceptCache.get(header);
  if (set) return set;
  const explicit = new Map<string, boolean>();
  let star = false;
  for (const part of header.toLowerCase().split(',')) {
    const [name = '', ...params] = part.split(';').map((p) => p.trim());
    const q = params.find((p) => p.startsWith('q='));
    const ok = q === undefined || Number(q.slice(2)) > 0;
    if (name === '*') star = ok;
    else if (name !== '') explicit.set(name, ok);
  }
  set = new Set(['br', 'gzip'].filter((n) => explicit.get(n) ?? star));
  if (acceptCache.size < 256) acceptCache.set(header, set);
  return set;
}
