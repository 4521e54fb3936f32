// Runs the browser tests in a locally installed Chromium and Firefox (Debian: `apt-get install
// chromium firefox-esr`); nothing here downloads a browser. `TKR_BROWSERS=chromium` (or
// `firefox`) runs one of them.
//
// Firefox goes through the same launcher as Chromium: @web/test-runner-chrome's ChromeLauncher
// with puppeteer-core handed in as its `puppeteer` and `browser: 'firefox'`, which puppeteer-core
// drives over WebDriver BiDi. (@web/test-runner-puppeteer's puppeteerLauncher is that same class
// with the full `puppeteer` package, whose only addition is a browser download we cannot use.)
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { reportApi } from './test/server/api.js';
import { forcedColorsPlugin } from './test/server/media-plugin.js';
import { CHROMIUM_ARGS, chromePath, firefoxPath } from './test/node/browser.js';

function find(path) {
  try {
    return path();
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}

const wanted = (process.env.TKR_BROWSERS ?? 'chromium,firefox').split(',').map((name) => name.trim());

const launchers = {
  chromium: () =>
    chromeLauncher({
      launchOptions: {
        executablePath: find(chromePath),
        headless: true,
        // window.gc() for the lifecycle test's heap measurements.
        args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'],
      },
    }),
  firefox: () =>
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: { browser: 'firefox', executablePath: find(firefoxPath), headless: true },
    }),
};

export default {
  // data/ and charts/ are pure (no DOM): their tests run under Node (vitest.config.ts). format/
  // runs here too, since what Intl prints differs between engines.
  files: ['test/**/*.test.ts', '!test/data/**', '!test/charts/**'],
  nodeResolve: { exportConditions: ['production'] },
  // One page at a time per browser: a second, background tab gets no requestAnimationFrame in
  // headless Chromium, so layout tests that wait a frame time out.
  concurrency: 1,
  middleware: [reportApi()],
  testFramework: { config: { timeout: 10000 } },
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }), forcedColorsPlugin()],
  browsers: wanted.map((name) => {
    if (!launchers[name]) {
      console.error(`TKR_BROWSERS: unknown browser "${name}" (chromium, firefox)`);
      process.exit(1);
    }
    return launchers[name]();
  }),
};
