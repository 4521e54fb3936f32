// Runs the tests in a locally installed Chromium (Debian: `apt-get install chromium`).
import { execFileSync } from 'node:child_process';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { reportApi } from './test/server/api.js';
import { forcedColorsPlugin } from './test/server/media-plugin.js';

function findChrome() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
    try {
      return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
    } catch {
      // not on PATH, try the next name
    }
  }
  console.error('No Chromium found: run `apt-get install -y chromium` (Debian) or set CHROME_PATH.');
  process.exit(1);
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  // One page at a time: a second, background tab gets no requestAnimationFrame in headless
  // Chromium, so layout tests that wait a frame time out (and one page is faster here anyway).
  concurrency: 1,
  middleware: [reportApi()],
  testFramework: { config: { timeout: 10000 } },
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }), forcedColorsPlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: findChrome(),
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
          // window.gc() for the lifecycle test's heap measurements.
          '--js-flags=--expose-gc',
        ],
      },
    }),
  ],
};
