// Serving benchmark: `ticker-terminal serve` against Debian's nginx on the same DIR, same machine.
//
//   npm run bench -w ticker-terminal                 # builds an 800-security demo DIR first (~1 min)
//   BENCH_DIR=/tmp/OUT npm run bench -w ticker-terminal
//   BENCH_SECONDS=10 BENCH_CONNECTIONS=100 ...       # defaults
//
// autocannon on 127.0.0.1, 100 connections, `Accept-Encoding: gzip` for both servers (nginx has
// no brotli module in Debian's default build), rotating over 200 securities so neither side serves
// one hot file. Targets: the report JSON, the report page (when DIR has pages), and the screener
// query API on a 10,000-row universe.json generated from DIR's rows. Also, to justify serving from
// memory: the same report JSON from Fastify + @fastify/static (+ @fastify/compress), and our server
// as a 2-worker node:cluster. Prints a table; exits 1 if a target misses its goal.
import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as netServer } from 'node:net';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const here = fileURLToPath(new URL('.', import.meta.url));
const bin = fileURLToPath(new URL('../bin/ticker-terminal.js', import.meta.url));
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 100);
const ROTATE = 200;
const work = mkdtempSync(join(tmpdir(), 'ticker-serve-bench-'));
const children = [];

function log(text) {
  process.stderr.write(`bench: ${text}\n`);
}

async function freePort() {
  const server = netServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address();
  server.close();
  return port;
}

async function waitFor(url, seconds = 30) {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    try {
      const res = await fetch(url);
      await res.arrayBuffer();
      if (res.ok) return;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not come up`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function start(command, args, name) {
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  child.stderr.on('data', (c) => (err += c));
  child.on('exit', (code, signal) => {
    if (code && code !== 0) log(`${name} exited ${code ?? signal}: ${err.trim()}`);
  });
  children.push(child);
  return child;
}

async function stop(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  await exited;
}

/** A built DIR: BENCH_DIR, or the demo universe built here. */
function siteDir() {
  if (process.env.BENCH_DIR) return process.env.BENCH_DIR;
  const input = join(work, 'in');
  const out = join(work, 'site');
  log('building the 800-security demo universe (set BENCH_DIR to reuse one)');
  execFileSync(process.execPath, [bin, 'demo', '--out', input], { stdio: 'inherit' });
  const prices = readdirSync(join(input, 'prices')).map((f) => join(input, 'prices', f));
  execFileSync(
    process.execPath,
    [
      bin,
      'build',
      '--securities',
      join(input, 'securities.csv'),
      '--prices',
      ...prices,
      '--benchmarks',
      join(input, 'benchmarks.csv'),
      '--out',
      out,
    ],
    { stdio: 'inherit' },
  );
  return out;
}

/** A DIR with only a 10,000-row universe.json (DIR's rows repeated with new symbols and shifted numbers) and build.json. */
function bigUniverse(dir) {
  const rows = JSON.parse(readFileSync(join(dir, 'universe.json'), 'utf8'));
  const out = join(work, 'universe-10k');
  mkdirSync(out, { recursive: true });
  const shift = (v, k) => (v === null ? null : Math.round(v * (1 + ((k % 7) - 3) / 50) * 1e4) / 1e4);
  const big = Array.from({ length: 10_000 }, (_, i) => {
    const r = rows[i % rows.length];
    const k = Math.floor(i / rows.length);
    const n = String(i).padStart(5, '0');
    return {
      ...r,
      uuid: `${r.uuid.slice(0, 24)}${n}${r.uuid.slice(29)}`,
      symbol: k === 0 ? r.symbol : `${r.symbol}${k}`,
      name: k === 0 ? r.name : `${r.name} ${k}`,
      composite_score: shift(r.composite_score, k),
      return_1w: shift(r.return_1w, k),
      return_4w: shift(r.return_4w, k + 1),
      return_12w: shift(r.return_12w, k + 2),
      return_52w: shift(r.return_52w, k + 3),
      market_cap: r.market_cap === null ? null : Math.round(r.market_cap * (1 + k / 10)),
    };
  });
  writeFileSync(join(out, 'universe.json'), JSON.stringify(big));
  writeFileSync(join(out, 'build.json'), readFileSync(join(dir, 'build.json')));
  return out;
}

function nginxConf(dir, port) {
  const conf = join(work, 'nginx.conf');
  mkdirSync(join(work, 'nginx-tmp'), { recursive: true });
  writeFileSync(
    conf,
    `user root;
worker_processes 2;
pid ${work}/nginx.pid;
error_log ${work}/nginx-error.log warn;
events { worker_connections 4096; }
http {
  include /etc/nginx/mime.types;
  types { application/json json; text/javascript js mjs; }
  charset utf-8;
  charset_types application/json text/css text/javascript image/svg+xml;
  access_log ${work}/nginx-access.log;
  client_body_temp_path ${work}/nginx-tmp; proxy_temp_path ${work}/nginx-tmp; fastcgi_temp_path ${work}/nginx-tmp;
  uwsgi_temp_path ${work}/nginx-tmp; scgi_temp_path ${work}/nginx-tmp;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  gzip on;
  gzip_types application/json text/css text/javascript image/svg+xml;
  gzip_vary on;
  server {
    listen 127.0.0.1:${port};
    root ${dir};
    index index.html index.json;
    location / {
      try_files $uri $uri/index.html $uri/index.json =404;
      add_header Cache-Control "public, max-age=300";
    }
  }
}
`,
  );
  return conf;
}

/** Runs autocannon over `paths` (one per request, in turn) and returns requests/s, p99 and errors. */
async function load(base, paths, { rotate = false } = {}) {
  // Static targets: a fixed list of requests that each connection walks in turn, so autocannon builds
  // each request once (a setupRequest callback rebuilds every request and made autocannon itself the
  // bottleneck, near 4,000 req/s for nginx and us alike). `rotate` hands out the next path of one
  // shared counter instead, for the cache-miss test where every request must be a different query
  // (the server, at a few hundred req/s, is then the bottleneck, not autocannon).
  let next = 0;
  const requests = rotate
    ? [
        {
          setupRequest: (req) => {
            req.path = paths[next++ % paths.length];
            return req;
          },
        },
      ]
    : paths.map((path) => ({ method: 'GET', path }));
  const result = await autocannon({
    url: base,
    connections: CONNECTIONS,
    duration: SECONDS,
    headers: { 'accept-encoding': 'gzip' },
    requests,
  });
  if (result.errors + result.timeouts + result.non2xx > 0) {
    log(`${base}: ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx`);
  }
  return {
    rps: result.requests.average,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

async function warm(base, paths) {
  for (let i = 0; i < paths.length; i += 20) {
    await Promise.all(
      paths.slice(i, i + 20).map(async (p) => {
        const res = await fetch(base + p, { headers: { 'accept-encoding': 'gzip' } });
        await res.arrayBuffer();
        if (!res.ok) throw new Error(`${base + p}: ${res.status}`);
      }),
    );
  }
}

const rows = [];
function record(target, server, figures, goal) {
  rows.push({ target, server, ...figures, goal });
  log(`${target} / ${server}: ${Math.round(figures.rps)} req/s, p99 ${figures.p99} ms, ${figures.errors} errors`);
}

async function main() {
  if (!existsSync(bin.replace('bin/ticker-terminal.js', 'dist/cli.js')))
    throw new Error('build first: npm run build -w ticker-terminal');
  const nginxBin = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));
  if (!nginxBin) throw new Error('nginx is not installed: apt-get install -y nginx');
  const dir = siteDir();
  const universe = JSON.parse(readFileSync(join(dir, 'universe.json'), 'utf8'));
  const uuids = universe.slice(0, ROTATE).map((r) => r.uuid);
  const reportApi = uuids.map((u) => `/terminal/${u}/report/api/`);
  const reportPage = existsSync(join(dir, 'terminal', uuids[0], 'report', 'index.html'))
    ? uuids.map((u) => `/terminal/${u}/report/`)
    : null;
  const big = bigUniverse(dir);
  const queries = [
    '/api/securities',
    '/api/securities?sort=return_4w&order=desc',
    '/api/securities?country=US&sort=market_cap',
    '/api/securities?q=group&sort=name&size=100',
    '/api/securities?signal=trend&signal=positive-rs&sort=relative_strength&page=3',
    '/api/securities?sector=Technology&sort=return_52w&order=asc',
    '/api/securities?q=a&size=200&page=2',
    '/api/securities?country=CN&signal=positive-md&sort=composite_score',
  ];
  const targets = [['report API', reportApi], ...(reportPage ? [['report page', reportPage]] : [])];

  const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
  const servers = [
    [
      'nginx (2 workers)',
      async () => {
        const port = await freePort();
        return {
          child: start(nginxBin, ['-c', nginxConf(dir, port), '-g', 'daemon off;'], 'nginx'),
          base: `http://127.0.0.1:${port}`,
        };
      },
    ],
    ...[
      ['ticker-terminal serve', (port) => [bin, 'serve', dir, '--port', String(port)]],
      ['serve, 2-worker cluster', (port) => [join(here, 'cluster.js'), dir, String(port)]],
      ['@fastify/static + compress', (port) => [join(here, 'fastify-static.js'), dir, String(port)]],
    ].map(([name, args]) => [
      name,
      async () => {
        const port = await freePort();
        return { child: start(process.execPath, args(port), name), base: `http://127.0.0.1:${port}` };
      },
    ]),
  ];
  // Static targets: every server in turn, ROUNDS times (A B C D A B C D ...), medians reported,
  // so a burst of other work on the machine does not land on one server only.
  const runs = new Map();
  for (let round = 0; round < ROUNDS; round++) {
    for (const [server, launch] of servers) {
      const { child, base } = await launch();
      await waitFor(`${base}/build.json`);
      for (const [name, paths] of targets) {
        if (server.startsWith('@fastify/static') && name !== 'report API') continue;
        await warm(base, paths);
        await new Promise((r) => setTimeout(r, 500)); // background brotli settles
        const key = `${name}\t${server}`;
        runs.set(key, [...(runs.get(key) ?? []), await load(base, paths)]);
        log(`round ${round + 1}: ${name} / ${server}: ${JSON.stringify(runs.get(key).at(-1))}`);
      }
      await stop(child);
    }
  }
  // The screener query on 10,000 securities (nginx cannot run it): 8 common queries (answered from
  // the server's answer cache after the first time), and 5,000 distinct ones in turn (more than the
  // cache holds, so every request is computed, serialised and compressed).
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const sorts = ['symbol', 'name', 'composite_score', 'return_1w', 'return_4w', 'return_12w', 'return_52w', 'market_cap'];
  const distinct = Array.from(
    { length: 5000 },
    (_, i) =>
      `/api/securities?q=${letters[i % 26]}${letters[Math.floor(i / 26) % 26]}&sort=${sorts[i % sorts.length]}&page=${1 + (i % 3)}&size=${20 + (i % 31)}`,
  );
  for (let round = 0; round < ROUNDS; round++) {
    for (const [server, args] of [
      ['ticker-terminal serve', (port) => [bin, 'serve', big, '--port', String(port)]],
      ['serve, 2-worker cluster', (port) => [join(here, 'cluster.js'), big, String(port)]],
    ]) {
      const port = await freePort();
      const child = start(process.execPath, args(port), server);
      const base = `http://127.0.0.1:${port}`;
      await waitFor(`${base}/healthz`);
      await warm(base, queries);
      for (const [name, paths] of [
        ['screener query, 10,000 rows, 8 common queries', queries],
        ['screener query, 10,000 rows, 5,000 distinct (cache misses)', distinct],
      ]) {
        const key = `${name}\t${server}`;
        runs.set(key, [...(runs.get(key) ?? []), await load(base, paths, { rotate: paths === distinct })]);
        log(`round ${round + 1}: ${key.replace('\t', ' / ')}: ${JSON.stringify(runs.get(key).at(-1))}`);
      }
      await stop(child);
    }
  }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  for (const [key, list] of runs) {
    const [target, server] = key.split('\t');
    const nginxRuns = runs.get(`${target}\tnginx (2 workers)`);
    record(
      target,
      server,
      {
        rps: median(list.map((r) => r.rps)),
        p99: median(list.map((r) => r.p99)),
        errors: list.reduce((n, r) => n + r.errors, 0),
      },
      nginxRuns && !server.startsWith('nginx') ? { vsNginx: median(nginxRuns.map((r) => r.rps)) } : undefined,
    );
  }
}

function report() {
  const cores = availableParallelism();
  const lines = [
    '',
    `load average at the end: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(', ')}`,
    `${CONNECTIONS} connections, ${SECONDS} s each, Accept-Encoding: gzip, ${cores} cores shared with autocannon, node ${process.version}`,
    '',
    '| target | server | req/s | p99 ms | errors | vs nginx |',
    '| --- | --- | ---: | ---: | ---: | ---: |',
  ];
  let ok = true;
  for (const r of rows) {
    const ratio = r.goal?.vsNginx ? r.rps / r.goal.vsNginx : null;
    lines.push(
      `| ${r.target} | ${r.server} | ${Math.round(r.rps).toLocaleString('en')} | ${r.p99} | ${r.errors} | ${ratio === null ? '' : ratio.toFixed(2) + 'x'} |`,
    );
    if (r.errors > 0) ok = false;
    if (
      r.server === 'ticker-terminal serve' &&
      !r.target.includes('distinct') &&
      ((ratio !== null && ratio < 0.5) || r.p99 >= 20)
    )
      ok = false;
  }
  lines.push('', `medians of ${process.env.BENCH_ROUNDS ?? 3} interleaved rounds; errors summed`);
  lines.push('', ok ? 'goals met: static >= 0.5x nginx, p99 < 20 ms, no errors' : 'GOALS MISSED (see above)', '');
  process.stdout.write(lines.join('\n'));
  return ok;
}

try {
  await main();
  process.exitCode = report() ? 0 : 1;
} catch (error) {
  log(error.stack ?? String(error));
  process.exitCode = 1;
} finally {
  await Promise.all(children.map(stop));
  if (!process.env.BENCH_KEEP) rmSync(work, { recursive: true, force: true });
}
