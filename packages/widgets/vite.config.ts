// Three jobs, picked by vite's command and mode:
//   vite                      the demo site in demo/, importing the library from src/
//   vite build                pass 1, the library: dist/index.js, dist/elements/<tag>.js, ...
//   vite build --mode bundle  pass 2, dist/ticker-widgets.js: one minified file, nothing external,
//                             and beside it dist/locales/<tag>.js, the catalogs it loads on demand
// `npm run build` runs both passes, then the declarations and the manifest.
//
// No text transforms of our own: Lit's template minifier (@lit-labs/rollup-plugin-minify-html-literals,
// html-minifier-next and lightningcss underneath) compacts the html, svg and css templates in
// both builds, and terser minifies the bundle (see the README's Size section).
import { readFileSync } from 'node:fs';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

/**
 * The template minifier, failing the build on a template it cannot read. Two files are left as
 * written: the server renderer (a static tag name, `<${tag}`, is no HTML to parse, and it never
 * reaches a browser) and the theme tokens (declarations spliced into rule bodies, `{ ${darkTokens} }`,
 * which lightningcss cannot parse as CSS; 0.3 KB gzip).
 */
const minifyTemplates = () =>
  minifyHTML({
    exclude: ['**/src/server/**', '**/src/styles/tokens.ts'],
    failOnError: true,
    // White space between inline elements is a space on screen ("<strong>000657</strong> <span>…"):
    // collapse it to one space, never remove it; and keep empty attributes, which can mean something.
    options: { minifyOptions: { conservativeCollapse: true, removeEmptyAttributes: false } },
  });
import { fileURLToPath } from 'node:url';
import { minify } from 'terser';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
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
  plugins: [minifyTemplates()],
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

/**
 * terser over each file of the bundle, as it is written. terser rather than rolldown's own
 * minifier: 86 B smaller after gzip -9 (40,878 B against 40,964 B, measured on this bundle with
 * scripts/size.js); its output is longer before gzip but repeats more. A third pass or unsafe
 * options gained no more than 16 B. Run here rather than as vite's `minify: 'terser'`, which
 * keeps the `/* @__PURE__ *\/` annotations in a library's ES output (33 of them, 126 B gzip):
 * only a bundler reads them, and this file is for browsers as it is.
 */
const terser = (): Plugin => ({
  name: 'ticker-widgets:terser',
  async generateBundle(_options, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk') continue;
      const out = await minify(chunk.code, { ecma: 2020, module: true, compress: { passes: 2 }, format: { comments: false } });
      if (out.code) chunk.code = out.code;
    }
  },
});

const bundle: UserConfig = {
  root: here('.'),
  plugins: [minifyTemplates(), terser()],
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    // Minified by the terser plugin above.
    minify: false,
    sourcemap: false,
    copyPublicDir: false,
    lib: {
      entry: here('./src/index.ts'),
      formats: ['es'],
      fileName: () => 'ticker-widgets.js',
    },
    rolldownOptions: {
      output: {
        // Everything in one file except what is imported on demand, each its own file at a
        // stable name beside the bundle (imported relative to the bundle's own URL): the
        // non-English catalogs (src/i18n/index.ts), dist/locales/<tag>.js, and the standalone
        // SVG writer (`toSVG()`), dist/parts/standalone.js.
        codeSplitting: true,
        chunkFileNames: (chunk) => (chunk.facadeModuleId?.includes('/src/i18n/') ? 'locales/[name].js' : 'parts/[name].js'),
      },
      treeshake: { propertyWriteSideEffects: false },
      // What an on-demand part shares with the bundle stays in the bundle (which may then export
      // a few more bindings for the part to import), rather than in a third file both import.
      preserveEntrySignatures: 'allow-extension',
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
