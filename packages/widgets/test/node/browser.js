// Shared by the Node tests that drive Chromium: find it, launch it, serve files on loopback.
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import puppeteer from 'puppeteer-core';

/** The first of `names` on PATH, or undefined. */
function onPath(names) {
  for (const name of names) {
    try {
      return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
    } catch {
      // try the next name
    }
  }
  return undefined;
}

export function chromePath() {
  const found = process.env.CHROME_PATH || onPath(['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']);
  if (!found) throw new Error('No Chromium found: run `apt-get install -y chromium` (Debian) or set CHROME_PATH.');
  return found;
}

/** Firefox (ESR on Debian), which puppeteer-core drives over WebDriver BiDi. */
export function firefoxPath() {
  const found = process.env.FIREFOX_PATH || onPath(['firefox-esr', 'firefox']);
  if (!found) throw new Error('No Firefox found: run `apt-get install -y firefox-esr` (Debian) or set FIREFOX_PATH.');
  return found;
}

/** Chromium flags for headless runs in containers and CI (shared with web-test-runner.config.js). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export function launch() {
  return puppeteer.launch({ executablePath: chromePath(), headless: true, args: CHROMIUM_ARGS });
}

/**
 * Serves `routes` (path -> { body, type, headers }) on 127.0.0.1 and records every request path.
 * Resolves to { url, requests, close }.
 */
export function serve(routes) {
  const requests = [];
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://localhost').pathname;
    requests.push(path);
    const route = routes[path];
    if (!route) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': route.type, ...route.headers });
    res.end(route.body);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      // closeAllConnections: Chromium keeps a spare connection open that close() would wait on.
      const close = () =>
        new Promise((done) => {
          server.close(done);
          server.closeAllConnections();
        });
      resolve({ url: `http://127.0.0.1:${port}`, requests, close });
    });
  });
}
