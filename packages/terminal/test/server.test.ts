// The terminal's server on a small built DIR: routes and content types, cache and security headers,
// ETags and 304s, gzip and brotli (decoded and compared), HEAD, 404s as HTML or JSON, 400s for bad
// query parameters, the query API against a plain filter written here, a corpus of path-traversal
// attempts over raw sockets, and the command itself (start line, usage errors, graceful SIGTERM).
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { build } from 'ticker-engine';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generate } from '../src/demo-data/index.js';
import type { ScreenerResult, UniverseRow } from '../src/screener-types.js';
import { createServer } from '../src/server/index.js';

const bin = fileURLToPath(new URL('../bin/ticker-terminal.js', import.meta.url));
const SECRET = 'TOP-SECRET-beside-DIR-6f1c';

let root: string; // tmp: in/, site/ (DIR), secret.txt, site-secret/secret.txt
let dir: string;
let bare: string; // a copy of the build without pages or 404.html
let universe: UniverseRow[];
let uuid: string;
let app: FastifyInstance;

/** Files the pages engineer's build adds; the server must serve whatever is there. */
const PAGES: Record<string, string> = {
  'index.html': '<!doctype html><title>Screener</title><link rel="stylesheet" href="/assets/site.css"><h1>Screener</h1>\n',
  '404.html': '<!doctype html><title>Not found</title><h1>DIR says: no such page</h1>\n',
  'assets/site.css': `body { font-family: system-ui; }\n${'.row { color: CanvasText; }\n'.repeat(40)}`,
  'assets/site.js': `export const x = 1;\n${'console.log("padding so it compresses");\n'.repeat(20)}`,
  'assets/widgets.3f9a1c2e.js': `export const y = 2;\n${'// hashed, so immutable\n'.repeat(20)}`,
  'assets/favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><rect width="1" height="1"/></svg>\n',
  '.hidden.json': '{"dotfile":true}\n',
};

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'ticker-serve-'));
  const input = join(root, 'in');
  await generate({ out: input, securities: 10, years: 2, seed: 9 });
  dir = join(root, 'site');
  const prices = readdirSync(join(input, 'prices')).map((f) => join(input, 'prices', f));
  await build({ securities: join(input, 'securities.csv'), prices, benchmarks: join(input, 'benchmarks.csv'), out: dir });
  bare = join(root, 'bare');
  await build({ securities: join(input, 'securities.csv'), prices, benchmarks: join(input, 'benchmarks.csv'), out: bare });
  universe = JSON.parse(readFileSync(join(dir, 'universe.json'), 'utf8')) as UniverseRow[];
  uuid = universe[0]!.uuid;
  for (const [path, text] of Object.entries(PAGES)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  writeFileSync(join(dir, 'terminal', uuid, 'index.html'), '<!doctype html><title>Chart</title><h1>Chart page</h1>\n');
  writeFileSync(
    join(dir, 'terminal', uuid, 'report', 'index.html'),
    '<!doctype html><title>Report</title><h1>Report page</h1>\n',
  );
  // Secrets beside DIR, and links from inside DIR to them (and to a folder above DIR).
  writeFileSync(join(root, 'secret.txt'), SECRET);
  mkdirSync(join(root, 'site-secret'));
  writeFileSync(join(root, 'site-secret', 'secret.txt'), SECRET);
  symlinkSync(join(root, 'secret.txt'), join(dir, 'link-out.txt'));
  symlinkSync('../site-secret/secret.txt', join(dir, 'link-prefix.txt'));
  symlinkSync(root, join(dir, 'assets', 'up'));
  symlinkSync('universe.json', join(dir, 'link-in.json'));
  // A big file for the slow in-flight request of the shutdown test.
  writeFileSync(join(dir, 'big.txt'), 'x'.repeat(48 * 1024 * 1024));
  app = await createServer({ dir, site: { bestBrotli: false } });
}, 120_000);

afterAll(async () => {
  await app?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

function file(path: string): Buffer {
  return readFileSync(join(dir, path));
}

async function getPath(url: string, headers: Record<string, string> = {}) {
  return app.inject({ method: 'GET', url, headers });
}

describe('routes and content types', () => {
  test.each([
    ['/', 'index.html', 'text/html; charset=utf-8'],
    ['/terminal/{uuid}/', 'terminal/{uuid}/index.html', 'text/html; charset=utf-8'],
    ['/terminal/{uuid}/report/', 'terminal/{uuid}/report/index.html', 'text/html; charset=utf-8'],
    ['/terminal/{uuid}/report/api/', 'terminal/{uuid}/report/api/index.json', 'application/json; charset=utf-8'],
    ['/terminal/{uuid}/history/api/', 'terminal/{uuid}/history/api/index.json', 'application/json; charset=utf-8'],
    ['/universe.json', 'universe.json', 'application/json; charset=utf-8'],
    ['/build.json', 'build.json', 'application/json; charset=utf-8'],
    ['/assets/site.css', 'assets/site.css', 'text/css; charset=utf-8'],
    ['/assets/site.js', 'assets/site.js', 'text/javascript; charset=utf-8'],
    ['/assets/favicon.svg', 'assets/favicon.svg', 'image/svg+xml'],
    ['/link-in.json', 'universe.json', 'application/json; charset=utf-8'],
  ])('GET %s is %s as %s', async (url, path, type) => {
    const res = await getPath(url.replace('{uuid}', uuid));
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(type);
    expect(res.rawPayload.equals(file(path.replace('{uuid}', uuid)))).toBe(true);
    expect(res.headers['content-length']).toBe(String(res.rawPayload.length));
  });

  test('the report JSON parses and is the security asked for', async () => {
    const res = await getPath(`/terminal/${uuid}/report/api/`);
    expect(res.json()).toMatchObject({ api_path: `/terminal/${uuid}/report/api/` });
  });

  test('a folder without its slash redirects (301) to it, keeping the query', async () => {
    for (const path of [`/terminal/${uuid}`, `/terminal/${uuid}/report`, `/terminal/${uuid}/report/api`, '/assets']) {
      const res = await getPath(path);
      expect(res.statusCode).toBe(301);
      expect(res.headers.location).toBe(`${path}/`);
    }
    expect((await getPath(`/terminal/${uuid}?from=screener`)).headers.location).toBe(`/terminal/${uuid}/?from=screener`);
  });

  test('GET /healthz counts the securities and gives the as-of date', async () => {
    const res = await getPath('/healthz');
    const build = JSON.parse(file('build.json').toString()) as { as_of: string };
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', securities: universe.length, as_of: build.as_of });
    expect(res.headers['cache-control']).toBe('no-store');
  });
});

describe('headers', () => {
  test('every page carries a strict CSP (no inline script or style, no framing) and the hardening headers', async () => {
    for (const url of ['/', `/terminal/${uuid}/report/`, '/nope/', `/terminal/${uuid}/report/api/`, '/api/securities']) {
      const h = (await getPath(url)).headers;
      const csp = String(h['content-security-policy']);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("style-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).not.toContain('unsafe-eval');
      expect(h['x-content-type-options']).toBe('nosniff');
      expect(h['x-frame-options']).toBe('DENY');
      expect(h['referrer-policy']).toBe('no-referrer');
      expect(h['cross-origin-opener-policy']).toBe('same-origin');
      expect(h['x-powered-by']).toBeUndefined();
    }
  });

  test('JSON is readable cross-origin (the widgets fetch reports from other sites); pages are not', async () => {
    const json = (await getPath(`/terminal/${uuid}/report/api/`)).headers;
    expect(json['access-control-allow-origin']).toBe('*');
    expect(json['cross-origin-resource-policy']).toBe('cross-origin');
    const page = (await getPath('/')).headers;
    expect(page['access-control-allow-origin']).toBeUndefined();
    expect(page['cross-origin-resource-policy']).toBe('same-origin');
  });

  test('cache: five minutes for data and pages, a year and immutable for hashed assets', async () => {
    expect((await getPath('/')).headers['cache-control']).toBe('public, max-age=300');
    expect((await getPath(`/terminal/${uuid}/report/api/`)).headers['cache-control']).toBe('public, max-age=300');
    expect((await getPath('/assets/site.css')).headers['cache-control']).toBe('public, max-age=300');
    expect((await getPath('/assets/widgets.3f9a1c2e.js')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });
});

describe('ETags and 304', () => {
  test('a strong ETag per file and encoding; If-None-Match gives 304 with no body', async () => {
    const url = `/terminal/${uuid}/report/api/`;
    const first = await getPath(url);
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await getPath(url, { 'if-none-match': etag });
    expect(again.statusCode).toBe(304);
    expect(again.rawPayload.length).toBe(0);
    expect(again.headers.etag).toBe(etag);
    expect(again.headers['cache-control']).toBe('public, max-age=300');
    // a list, a weak form of the same tag, and the tag of another encoding of the same bytes all match
    const br = String((await getPath(url, { 'accept-encoding': 'br' })).headers.etag);
    expect(br).not.toBe(etag);
    for (const header of [`"x", ${etag}`, `W/${etag}`, br, '*']) {
      expect((await getPath(url, { 'if-none-match': header })).statusCode).toBe(304);
    }
  });

  test('another file’s ETag, or a changed one, gets the full response', async () => {
    const other = String((await getPath('/universe.json')).headers.etag);
    const res = await getPath(`/terminal/${uuid}/report/api/`, { 'if-none-match': other });
    expect(res.statusCode).toBe(200);
    expect((await getPath('/universe.json', { 'if-none-match': other.slice(0, -2) + '"' })).statusCode).toBe(200);
  });
});

describe('compression', () => {
  const url = () => `/terminal/${uuid}/history/api/`;

  test('gzip, decoded, is the file', async () => {
    const res = await getPath(url(), { 'accept-encoding': 'gzip' });
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers.vary).toBe('Accept-Encoding');
    expect(Number(res.headers['content-length'])).toBeLessThan(file(`terminal/${uuid}/history/api/index.json`).length / 3);
    expect(gunzipSync(res.rawPayload).equals(file(`terminal/${uuid}/history/api/index.json`))).toBe(true);
  });

  test('brotli is preferred when offered, and decoded is the file', async () => {
    const res = await getPath(url(), { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(res.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(res.rawPayload).equals(file(`terminal/${uuid}/history/api/index.json`))).toBe(true);
  });

  test.each([
    ['br;q=0, gzip', 'gzip'],
    ['*', 'br'],
    ['gzip, *;q=0', 'gzip'],
    ['identity', undefined],
    ['deflate', undefined],
    ['br;q=0, gzip;q=0', undefined],
  ])('Accept-Encoding %j is answered with %s', async (accept, encoding) => {
    const res = await getPath(url(), { 'accept-encoding': accept });
    expect(res.headers['content-encoding']).toBe(encoding);
  });

  test('no Accept-Encoding: the bytes as they are', async () => {
    const res = await getPath('/assets/site.css');
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.rawPayload.equals(file('assets/site.css'))).toBe(true);
  });

  test('HTML, CSS and JS are compressed too; the API answer is compressed and decodes to the same JSON', async () => {
    for (const path of ['/assets/site.css', '/assets/site.js']) {
      expect((await getPath(path, { 'accept-encoding': 'br' })).headers['content-encoding']).toBe('br');
    }
    const plain = await getPath('/api/securities?size=200');
    const br = await getPath('/api/securities?size=200', { 'accept-encoding': 'br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(JSON.parse(brotliDecompressSync(br.rawPayload).toString())).toEqual(plain.json());
  });
});

describe('HEAD', () => {
  test.each(['/', '/universe.json', '/assets/site.css', '/api/securities?size=3', '/healthz'])(
    'HEAD %s: the GET headers, no body',
    async (url) => {
      const getRes = await getPath(url, { 'accept-encoding': 'gzip' });
      const head = await app.inject({ method: 'HEAD', url, headers: { 'accept-encoding': 'gzip' } });
      expect(head.statusCode).toBe(200);
      expect(head.rawPayload.length).toBe(0);
      expect(head.headers['content-type']).toBe(getRes.headers['content-type']);
      if (getRes.headers.etag) expect(head.headers.etag).toBe(getRes.headers.etag);
      if (!url.startsWith('/api')) expect(head.headers['content-length']).toBe(getRes.headers['content-length']);
    },
  );

  test('HEAD of a missing page is a 404', async () => {
    expect((await app.inject({ method: 'HEAD', url: '/terminal/nope/' })).statusCode).toBe(404);
  });
});

describe('404s: HTML for pages, JSON for the APIs', () => {
  test.each([
    '/terminal/00000000-0000-5000-8000-000000000000/',
    '/terminal/nope/report/',
    '/nope.html',
    '/assets/missing.js',
    '/terminal/',
  ])('%s is DIR’s 404.html with status 404', async (url) => {
    const res = await getPath(url);
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toBe(PAGES['404.html']);
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  test.each([
    '/terminal/00000000-0000-5000-8000-000000000000/report/api/',
    '/terminal/nope/history/api/',
    '/terminal/nope/report/api',
    '/api/nope',
    '/api/',
  ])('%s is a JSON 404', async (url) => {
    const res = await getPath(url);
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.json()).toEqual({ error: `not found: ${url}` });
  });

  test('without a 404.html in DIR, a small built-in page', async () => {
    const other = await createServer({ dir: bare });
    try {
      const res = await other.inject({ url: '/terminal/nope/' });
      expect(res.statusCode).toBe(404);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.body).toContain('<h1>Page not found</h1>');
      expect(res.body).not.toMatch(/<script|style=/);
      // and `/` has no index.html there
      expect((await other.inject({ url: '/' })).statusCode).toBe(404);
    } finally {
      await other.close();
    }
  });

  test('only GET and HEAD: another method is a 404 (no such route), not a file', async () => {
    const res = await app.inject({ method: 'POST', url: '/universe.json', payload: {} });
    expect(res.statusCode).toBe(404);
  });
});

describe('GET /api/securities', () => {
  async function api(query: string): Promise<ScreenerResult> {
    const res = await getPath(`/api/securities${query}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.headers['access-control-allow-origin']).toBe('*');
    return res.json<ScreenerResult>();
  }

  /** The expected answer, worked out here with a filter and a sort of our own. */
  function expected(filter: (r: UniverseRow) => boolean, key: (r: UniverseRow) => number | string | null, order: 'asc' | 'desc') {
    const kept = universe.filter(filter);
    const sorted = [...kept].sort((a, b) => {
      const x = key(a);
      const y = key(b);
      if (x === null || y === null) return x === y ? a.symbol.localeCompare(b.symbol) : x === null ? 1 : -1;
      const c = typeof x === 'number' ? x - (y as number) : x.localeCompare(y as string, 'en', { sensitivity: 'base' });
      return (order === 'asc' ? c : -c) || a.symbol.localeCompare(b.symbol);
    });
    return { total: kept.length, symbols: sorted.map((r) => r.symbol) };
  }

  test('defaults: every security, composite score best first', async () => {
    const result = await api('');
    const want = expected(
      () => true,
      (r) => r.composite_score,
      'desc',
    );
    expect(result.total).toBe(want.total);
    expect(result.rows.map((r) => r.symbol)).toEqual(want.symbols);
    expect(result.query).toMatchObject({ sort: 'composite_score', order: 'desc', page: 1, size: 50 });
    expect(result.facets.countries).toEqual([...new Set(universe.map((r) => r.country))].sort());
  });

  test('filters by country and signal, sorts by a return ascending, nulls last', async () => {
    const country = universe[0]!.country;
    const result = await api(`?country=${country}&signal=positive-rs&sort=return_12w&order=asc`);
    const want = expected(
      (r) => r.country === country && r.relative_strength !== null && r.relative_strength > 100,
      (r) => r.return_12w,
      'asc',
    );
    expect(result.total).toBe(want.total);
    expect(result.rows.map((r) => r.symbol)).toEqual(want.symbols);
  });

  test('free text matches symbol or name, case-insensitively', async () => {
    const name = universe[1]!.name;
    const word = name.split(' ')[0]!.toUpperCase();
    const result = await api(`?q=${encodeURIComponent(word)}&sort=name`);
    const want = expected(
      (r) => r.name.toLowerCase().includes(word.toLowerCase()) || r.symbol.toLowerCase().includes(word.toLowerCase()),
      (r) => r.name,
      'asc',
    );
    expect(result.total).toBeGreaterThan(0);
    expect(result.rows.map((r) => r.symbol)).toEqual(want.symbols);
  });

  test('pages: size and page cut the sorted list; the last page is short; past it is empty', async () => {
    const all = (await api('?sort=symbol&size=200')).rows.map((r) => r.symbol);
    const p2 = await api('?sort=symbol&size=3&page=2');
    expect(p2.rows.map((r) => r.symbol)).toEqual(all.slice(3, 6));
    expect(p2.pages).toBe(Math.ceil(all.length / 3));
    const last = await api(`?sort=symbol&size=3&page=${p2.pages}`);
    expect(last.rows.map((r) => r.symbol)).toEqual(all.slice((p2.pages - 1) * 3));
    expect((await api(`?sort=symbol&size=3&page=${p2.pages + 1}`)).rows).toEqual([]);
  });

  test('an answer is made once per query: the same bytes and strong ETag again, 304 on If-None-Match', async () => {
    const first = await getPath('/api/securities?sort=return_1w&size=5');
    const again = await getPath('/api/securities?size=5&sort=return_1w');
    expect(again.body).toBe(first.body);
    expect(again.headers.etag).toBe(first.headers.etag);
    expect(first.headers['cache-control']).toBe('public, max-age=300');
    const cached = await getPath('/api/securities?sort=return_1w&size=5', { 'if-none-match': String(first.headers.etag) });
    expect(cached.statusCode).toBe(304);
    expect(cached.body).toBe('');
  });

  const bad: [string, string][] = [
    ['size=0', 'size must be between 1 and 200'],
    ['size=201', 'size must be between 1 and 200'],
    ['size=abc', 'size must be a whole number between 1 and 200'],
    ['size=1&size=2', 'size must be given once'],
    ['page=0', 'page must be between 1 and 1000000'],
    ['page=-1', 'page must be a whole number between 1 and 1000000'],
    [
      'sort=price',
      'sort must be one of symbol, name, composite_score, return_1w, return_4w, return_12w, return_26w, return_52w, trend_signal, market_dynamics, relative_strength, market_cap',
    ],
    ['order=up', 'order must be one of asc, desc'],
    ['signal=rocket', 'signal must be one of trend, positive-md, positive-rs'],
    ['signal=trend&signal=nope', 'signal must be one of trend, positive-md, positive-rs'],
    [`q=${'x'.repeat(101)}`, 'q must be at most 100 characters'],
    [`country=${'x'.repeat(101)}`, 'country must be at most 100 characters'],
    [`sector=${'x'.repeat(101)}`, 'sector must be at most 100 characters'],
    [`industry=${'x'.repeat(101)}`, 'industry must be at most 100 characters'],
    ['q=a&q=b', 'q must be given once'],
    ['sizes=10', 'unknown parameter "sizes"'],
  ];
  test.each(bad)('?%s is a 400 naming it: %s', async (query, message) => {
    const res = await getPath(`/api/securities?${query}`);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.json()).toEqual({ error: message });
  });
});

describe('the screener page for a query', () => {
  let rendered: { result: ScreenerResult; meta: { synthetic: boolean; asOf: string } }[];
  let paged: FastifyInstance;

  beforeAll(async () => {
    rendered = [];
    paged = await createServer({
      dir,
      renderScreenerPage: (result, meta) => {
        rendered.push({ result, meta });
        return `<!doctype html><title>Screener</title><p>${result.total} of ${universe.length}, page ${result.query.page}</p>`;
      },
    });
  });
  afterAll(() => paged.close());

  test('/ with a query is rendered from the query’s result; without one it is index.html', async () => {
    const res = await paged.inject({ url: '/?sort=symbol&order=asc&size=2&page=2&signal=&q=' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.body).toContain(`${universe.length} of ${universe.length}, page 2`);
    const last = rendered.at(-1)!;
    expect(last.result.rows.map((r) => r.symbol)).toEqual(
      universe
        .map((r) => r.symbol)
        .sort((a, b) => a.localeCompare(b))
        .slice(2, 4),
    );
    expect(last.meta.asOf).toBe((JSON.parse(file('build.json').toString()) as { as_of: string }).as_of);
    expect((await paged.inject({ url: '/' })).body).toBe(PAGES['index.html']);
    expect((await paged.inject({ url: '/?' })).body).toBe(PAGES['index.html']);
  });

  test('a bad parameter on the page is a 400 page naming it', async () => {
    const res = await paged.inject({ url: '/?size=1000' });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toContain('size must be between 1 and 200');
  });

  test('without a renderer, / with a query is still index.html', async () => {
    expect((await getPath('/?q=abc')).body).toBe(PAGES['index.html']);
  });
});

describe('path traversal: nothing outside DIR is ever served', () => {
  let port: number;
  beforeAll(async () => {
    await app.listen({ port: 0, host: '127.0.0.1' });
    port = (app.server.address() as AddressInfo).port;
  });

  /** Sends a request line exactly as written (no client normalises it) and reads the whole answer. */
  function raw(target: string): Promise<{ status: number; text: string }> {
    return new Promise((resolve, reject) => {
      const socket = connect(port, '127.0.0.1');
      const chunks: Buffer[] = [];
      socket.on('data', (c) => chunks.push(c));
      socket.on('error', reject);
      socket.on('end', () => {
        const text = Buffer.concat(chunks).toString('latin1');
        resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0), text });
      });
      socket.write(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
    });
  }

  test('the harness works: a file in DIR comes back', async () => {
    const res = await raw('/build.json');
    expect(res.status).toBe(200);
    expect(res.text).toContain('"as_of"');
  });

  const corpus = [
    '/../secret.txt',
    '/../../../../../../etc/passwd',
    '/terminal/../../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E/%2E%2E/etc/passwd',
    '/%2e%2e%2fsecret.txt',
    '/..%2fsecret.txt',
    '/..%2Fsecret.txt',
    '/.%2e/secret.txt',
    '/%252e%252e%252fsecret.txt',
    '/..%252fsecret.txt',
    '/%25252e%25252e/secret.txt',
    '/..%5csecret.txt',
    '/..\\secret.txt',
    '/%2e%2e%5c%2e%2e%5csecret.txt',
    '/..%c0%afsecret.txt',
    '/..%c1%9csecret.txt',
    '/%c0%ae%c0%ae/secret.txt',
    '/secret.txt%00.json',
    '/universe.json%00/../../secret.txt',
    '/%00../secret.txt',
    '//etc/passwd',
    '/%2fetc%2fpasswd',
    '/etc/passwd',
    `/${'%2e%2e/'.repeat(12)}etc/passwd`,
    '/link-out.txt',
    '/link-prefix.txt',
    '/assets/up/secret.txt',
    '/assets/up/site-secret/secret.txt',
    '/terminal/%2e%2e/%2e%2e/secret.txt',
    '/./secret.txt',
    '/C:%5Csecret.txt',
    'http://127.0.0.1/../secret.txt',
    '/.hidden.json',
    '/site-secret/secret.txt',
    '/secret.txt',
  ];

  test.each(corpus)('%s is refused (400/404) and never the secret', async (target) => {
    const res = await raw(target);
    expect([400, 404]).toContain(res.status);
    expect(res.text).not.toContain(SECRET);
    expect(res.text).not.toContain('root:x:0:0');
  });

  test(`the corpus has at least 20 attempts (${corpus.length})`, () => {
    expect(corpus.length).toBeGreaterThanOrEqual(20);
  });
});

describe('ticker-terminal serve (the command)', () => {
  const run = promisify(execFile);

  async function cli(...args: string[]) {
    try {
      const { stdout, stderr } = await run(process.execPath, [bin, 'serve', ...args]);
      return { code: 0, stdout, stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  }

  /** Starts `serve DIR --port 0` and resolves with the process and its URL once the start line is out. */
  function start(...extra: string[]): Promise<{ child: ChildProcess; url: string; out: () => string }> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [bin, 'serve', dir, '--port', '0', ...extra], { stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      child.stdout.on('data', (c: Buffer) => {
        out += c.toString();
        const m = /^ticker-terminal: serving (.+) at (http:\/\/127\.0\.0\.1:\d+\/)$/m.exec(out);
        if (m) resolve({ child, url: m[2]!, out: () => out });
      });
      child.stderr.on('data', (c: Buffer) => (out += c.toString()));
      child.on('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
    });
  }

  function exitOf(child: ChildProcess): Promise<number | null> {
    return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  }

  test('prints where it serves, logs one line per request, and exits 0 on SIGTERM', async () => {
    const { child, url, out } = await start();
    expect(out()).toContain(`ticker-terminal: serving ${dir} at ${url}`);
    const health = await fetch(`${url}healthz`);
    expect(await health.json()).toMatchObject({ status: 'ok', securities: universe.length });
    await fetch(`${url}terminal/${uuid}/report/api/`);
    const exited = exitOf(child);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    const lines = out()
      .split('\n')
      .filter((l) => l.includes('"msg":"request"'));
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[1]!)).toMatchObject({ method: 'GET', url: `/terminal/${uuid}/report/api/`, status: 200 });
  });

  test('SIGTERM lets a slow request in flight finish, then exits 0', async () => {
    const { child, url } = await start();
    const exited = exitOf(child);
    let exitedAt = 0;
    void exited.then(() => (exitedAt = performance.now()));
    const body = await new Promise<{ length: number; status: number; endedAt: number }>((resolve, reject) => {
      get(`${url}big.txt`, (res) => {
        // Hold the response (48 MB: far more than socket buffers take) while the server is told to stop.
        res.pause();
        child.kill('SIGTERM');
        let length = 0;
        setTimeout(() => {
          res.on('data', (c: Buffer) => (length += c.length));
          res.on('end', () => resolve({ length, status: res.statusCode!, endedAt: performance.now() }));
          res.resume();
        }, 400);
      }).on('error', reject);
    });
    expect(body.status).toBe(200);
    expect(body.length).toBe(48 * 1024 * 1024);
    expect(await exited).toBe(0);
    expect(exitedAt).toBeGreaterThanOrEqual(body.endedAt);
  });

  test('SIGINT stops it too; new connections are refused once it has stopped', async () => {
    const { child, url } = await start();
    const exited = exitOf(child);
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    await expect(fetch(`${url}healthz`)).rejects.toThrow();
  });

  test('--port abc is a usage mistake: exit 2, one line', async () => {
    const { code, stdout, stderr } = await cli(dir, '--port', 'abc');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'ticker-terminal: serve: --port must be a whole number from 0 to 65535 (0 picks a free port), not "abc" (try --help)\n',
    );
  });

  test.each([
    [['--port', '8080'], 'ticker-terminal: serve: DIR is required (try --help)\n'],
    [['a', 'b'], 'ticker-terminal: serve: unexpected argument "b" (try --help)\n'],
    [
      ['a', '--port', '70000'],
      'ticker-terminal: serve: --port must be a whole number from 0 to 65535 (0 picks a free port), not "70000" (try --help)\n',
    ],
  ])('serve %j: exit 2 with %j', async (args, message) => {
    const { code, stderr } = await cli(...args);
    expect(code).toBe(2);
    expect(stderr).toBe(message);
  });

  test('a missing DIR, or one that is not a build, exits 1 with one line', async () => {
    const missing = await cli(join(root, 'nowhere'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(
      `ticker-terminal: ${join(root, 'nowhere')}: not a built DIR (no universe.json; run ticker-terminal build)\n`,
    );
    const notBuild = await cli(join(root, 'in'));
    expect(notBuild.code).toBe(1);
    expect(notBuild.stderr.split('\n')).toHaveLength(2);
    expect(notBuild.stderr).toContain('not a built DIR');
  });

  test('a port in use exits 1 with one line', async () => {
    const { child, url } = await start();
    try {
      const port = new URL(url).port;
      const { code, stderr } = await cli(dir, '--port', port);
      expect(code).toBe(1);
      expect(stderr).toBe(`ticker-terminal: serve: 127.0.0.1:${port} is in use\n`);
    } finally {
      const exited = exitOf(child);
      child.kill('SIGTERM');
      await exited;
    }
  });
});
