// Runs the tests in a locally installed Chromium (Debian: `apt-get install chromium`).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { reportApi } from './test/server/api.js';
import { forcedColorsPlugin } from './test/server/media-plugin.js';
import { CHROMIUM_ARGS, chromePath } from './test/node/browser.js';

function findChrome() {
  try {
    return chromePath();
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
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
        // window.gc() for the lifecycle test's heap measurements.
        args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'],
      },
    }),
  ],
};
