// Three jobs, picked by vite's command and mode:
//   vite                      the demo site in demo/, importing the library from src/
//   vite build                pass 1, the library: dist/index.js, dist/elements/<tag>.js, ...
//   vite build --mode bundle  pass 2, dist/ticker-widgets.js: one minified file, nothing external,
//                             and beside it dist/locales/<tag>.js, the catalogs it loads on demand
// `npm run build` runs both passes, then the declarations and the manifest.
//
// No text transforms of our own: the templates ship as written, and the bundle is minified by
// rolldown alone (see the README's Size section for what that costs).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type UserConfig } from 'vite';
import { demoHeader } from './demo/plugins/header.js';
import { demoReports } from './demo/plugins/reports.js';
import { TAGS } from './src/registry.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** One entry per element of the registry: dist/elements/<tag>.js. */
const elementEntries = Object.fromEntries(TAGS.map((tag) => [`elements/${tag}`, here(`./src/elements/${tag}.ts`)]));

/** The server renderer and the CLI (the executable, `bin`: its first line is `#!/usr/bin/env node`). */
const serverEntries = { server: here('./src/server/index.ts'), cli: here('./src/server/bin.ts') };

/**
 * The package's dependencies (lit, @lit/context, @lit-labs/ssr) and Node's built-ins stay imports
 * in the library build. Anything else, such as the compiler's decorator helper, is bundled:
 * a user's install would not have it.
 */
function isDependency(): (id: string) => boolean {
  const pkg = JSON.parse(readFileSync(here('./package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
    peerDependencies?: Record<string, string>;
  };
  const names = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies });
  return (id) => id.startsWith('node:') || names.some((name) => id === name || id.startsWith(`${name}/`));
}

const library: UserConfig = {
  root: here('.'),
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    minify: false,
    sourcemap: false,
    copyPublicDir: false,
    lib: {
      entry: { index: here('./src/index.ts'), registry: here('./src/registry.ts'), ...elementEntries, ...serverEntries },
      formats: ['es'],
    },
    rolldownOptions: {
      external: isDependency(),
      output: {
        // One output file per source module, so code two entries share is loaded once.
        preserveModules: true,
        preserveModulesRoot: here('./src'),
        // Helpers the compiler injects (the decorator runtime) go to _virtual/<name>.js,
        // without the helper package's version in the path.
        entryFileNames: (chunk) => `${chunk.name.replace(/^_virtual\/.*\/([^/]+)$/, '_virtual/$1')}.js`,
      },
    },
  },
};

const bundle: UserConfig = {
  root: here('.'),
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    sourcemap: false,
    copyPublicDir: false,
    lib: {
      entry: here('./src/index.ts'),
      formats: ['es'],
      fileName: () => 'ticker-widgets.js',
    },
    rolldownOptions: {
      // Vite's library mode keeps white space in ES output; this file is for browsers
      // as it is, so minify it fully.
      // Annotation comments (`// @__NO_SIDE_EFFECTS__`) are only for bundlers.
      output: {
        // Everything in one file except the non-English catalogs, which src/i18n/index.ts
        // imports on demand: each is its own file, dist/locales/<tag>.js, at a stable name
        // beside the bundle (the bundle imports it relative to its own URL).
        codeSplitting: true,
        chunkFileNames: 'locales/[name].js',
        minify: true,
        comments: { legal: true, annotation: false, jsdoc: false },
      },
      treeshake: { propertyWriteSideEffects: false },
    },
  },
};

const demo: UserConfig = {
  root: here('./demo'),
  plugins: [demoReports(), demoHeader()],
  server: {
    port: 5173,
    open: false,
    // The demo imports ../src; let the server read the whole package.
    fs: { allow: [here('.')] },
  },
};

export default defineConfig(({ command, mode }) => {
  if (command === 'serve') return demo;
  return mode === 'bundle' ? bundle : library;
});
