/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// Chromium for the page tests: found on PATH (or CHROME_PATH), launched headless with the flags this
// machine needs, pages opened with every console error, failed request and CSP violation recorded,
// and axe run inside the page.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export function chromium(): string {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    try {
      return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
    } catch {
      // try the next name
    }
  }
  throw new Error('No Chromium found: apt-get install -y chromium, or set CHROME_PATH');
}

export function launch(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: chromium(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
}

export interface Opened {
  page: Page;
  problems: string[];
}

/** A page with every console error or warning, page error, dialog, HTTP error and CSP violation recorded. */
export async function open(
  browser: Browser,
  url: string,
  options: { script?: boolean; scheme?: 'light' | 'dark'; width?: number } = {},
): Promise<Opened> {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warn') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${(e as Error).message}`));
  page.on('dialog', async (d) => {
    problems.push(`dialog: ${d.message()}`);
    await d.dismiss();
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()} ${r.url()}`);
  });
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  await page.setJavaScriptEnabled(options.script !== false);
  await page.setViewport({ width: options.width ?? 1280, height: 900 });
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: options.scheme ?? 'light' }]);
  await page.goto(url, { waitUntil: 'networkidle0' });
  return { page, problems };
}

/** Waits until every widget on the page has finished (ready, empty or error). */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('ticker-report, price-chart')].every(
        (el) =>
          customElements.get(el.localName) === undefined || ['ready', 'empty', 'error'].includes(el.getAttribute('state') ?? ''),
      ),
    { timeout: 10_000 },
  );
}

/** axe's violations on the page, one line each (`rule: targets`). */
export async function axe(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const run = (
      window as unknown as {
        axe: { run: (ctx: Document) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> };
      }
    ).axe.run;
    const r = await run(document);
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`);
  });
}
