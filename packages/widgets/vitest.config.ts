// The pure modules' tests (data/, format/, charts/) under Node: the same files the browser
// suite runs, since those modules must work without a DOM (SSR, the CLI, the engine).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@open-wc/testing': fileURLToPath(new URL('./test/node/expect.ts', import.meta.url)) } },
  test: {
    include: ['test/data/**/*.test.ts', 'test/format/**/*.test.ts', 'test/charts/**/*.test.ts'],
    globals: true,
    environment: 'node',
    testTimeout: 60_000,
    // Dates are formatted for the report's own day; pin the zone as the browsers' runs see UTC.
    env: { TZ: 'UTC' },
  },
});
