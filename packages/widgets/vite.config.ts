// Three jobs, picked by vite's command and mode:
//   vite                      the demo site in demo/, importing the library from src/
//   vite build                pass 1, the library: dist/index.js, dist/elements/<tag>.js, ...
//   vite build --mode bundle  pass 2, dist/ticker-widgets.js: one minified file, nothing external
// `npm run build` runs both passes, then the declarations and the manifest.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { defineConfig, type Plugin, type UserConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** An element file is one that defines a tag; helpers such as base.ts and context.ts do not. */
function elementEntries(): Record<string, string> {
  const dir = here('./src/elements/');
  const entries: Record<string, string> = {};
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith('.ts') || file.endsWith('.d.ts')) continue;
    if (!readFileSync(dir + file, 'utf8').includes('@customElement(')) continue;
    entries[`elements/${file.slice(0, -3)}`] = dir + file;
  }
  return entries;
}

/** The server renderer and the CLI, built when their sources exist. */
function optionalEntries(): Record<string, string> {
  const candidates: Record<string, string[]> = {
    server: ['./src/server/index.ts', './src/server.ts'],
    // The executable (`bin`): its first line is `#!/usr/bin/env node`.
    cli: ['./src/server/bin.ts', './src/cli.ts'],
  };
  const entries: Record<string, string> = {};
  for (const [name, paths] of Object.entries(candidates)) {
    const found = paths.map(here).find((path) => existsSync(path));
    if (found) entries[name] = found;
  }
  return entries;
}

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
  plugins: [compactCssTemplates(), foldMarkupTemplates()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    minify: false,
    sourcemap: false,
    copyPublicDir: false,
    lib: {
      entry: { index: here('./src/index.ts'), ...elementEntries(), ...optionalEntries() },
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
 * Compacts the static text of every css`...` template in src/: comments go, white space
 * folds, and the spaces around `{ } ; , >` and after `:` disappear. Interpolations
 * (`${tokens}`) are left as they are. Our CSS has no quoted strings that hold those
 * characters, and no selector where a space before `:` matters.
 */
export function compactCss(text: string): string {
  return text
    .replace(/\/\*[^]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}');
}

function compactCssTemplates(): Plugin {
  return {
    name: 'ticker-widgets-compact-css',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      let out = '';
      let at = 0;
      for (let start = code.indexOf('css`'); start >= 0; start = code.indexOf('css`', at)) {
        let i = start + 4;
        out += code.slice(at, i);
        let chunk = '';
        while (i < code.length && code[i] !== '`') {
          if (code[i] === '$' && code[i + 1] === '{') {
            const close = code.indexOf('}', i);
            out += compactCss(chunk) + code.slice(i, close + 1);
            chunk = '';
            i = close + 1;
          } else {
            chunk += code[i++];
          }
        }
        out += `${compactCss(chunk)}\``;
        at = i + 1;
      }
      return { code: out + code.slice(at), map: null };
    },
  };
}

/**
 * Folds the template indentation of every html`...` and svg`...` template in src/: smaller
 * library modules for users' bundlers, and fewer nodes for Lit to clone. A line break and
 * the white space around it become one space (HTML and SVG fold it anyway); in svg`...`
 * templates, where white space between elements is never drawn, it goes entirely, except
 * inside a tag (between attributes) and inside `<text>` (where it separates words).
 * TypeScript's parser finds the templates, so nested templates and `${...}` code are left
 * alone.
 */
export function foldMarkup(code: string): string {
  const file = ts.createSourceFile('module.ts', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const templates: { svg: boolean; parts: [start: number, end: number][] }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && ['html', 'svg'].includes(node.tag.text)) {
      const t = node.template;
      const parts = ts.isNoSubstitutionTemplateLiteral(t) ? [t] : [t.head, ...t.templateSpans.map((span) => span.literal)];
      templates.push({ svg: node.tag.text === 'svg', parts: parts.map((part) => [part.getStart(file), part.end]) });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  const edits: [start: number, end: number, text: string][] = [];
  for (const { svg, parts } of templates) {
    const state = { inTag: false, quote: '', textDepth: 0 };
    for (const [start, end] of parts) edits.push([start, end, foldPart(code.slice(start, end), svg, state)]);
  }
  let out = code;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
  return out;
}

/** One static part of a template; `state` carries over to the next part of the same template. */
function foldPart(raw: string, svg: boolean, state: { inTag: boolean; quote: string; textDepth: number }): string {
  let out = '';
  const indent = /[ \t]*\n\s*/y;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    indent.lastIndex = i;
    const space = indent.exec(raw);
    if (space && !state.quote) {
      out += svg && !state.inTag && state.textDepth === 0 ? '' : ' ';
      i += space[0].length - 1;
      continue;
    }
    if (state.quote) {
      if (c === state.quote) state.quote = '';
    } else if (state.inTag) {
      if (c === '"' || c === "'") state.quote = c;
      else if (c === '>') state.inTag = false;
    } else if (c === '<') {
      state.inTag = true;
      if (raw.startsWith('<text', i)) state.textDepth++;
      else if (raw.startsWith('</text', i)) state.textDepth--;
    }
    out += c;
  }
  return out;
}

function foldMarkupTemplates(): Plugin {
  return {
    name: 'ticker-widgets-fold-markup',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(html|svg)`/.test(code)) return null;
      return { code: foldMarkup(code), map: null };
    },
  };
}

/**
 * In the minified bundle a raw line break can only stand inside a template literal: the
 * indentation of our html, svg and css templates. HTML and CSS fold white space anyway, so
 * each break and the indent after it become one space (about 2.7 KB gzip).
 */
function foldTemplateWhitespace(): Plugin {
  return {
    name: 'ticker-widgets-fold-template-whitespace',
    // After minification, so the only line breaks left are those inside templates.
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type === 'chunk') file.code = file.code.replace(/\n\s*/g, ' ');
      }
    },
  };
}

const bundle: UserConfig = {
  root: here('.'),
  plugins: [compactCssTemplates(), foldMarkupTemplates(), foldTemplateWhitespace()],
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
      // Annotation comments (`// @__NO_SIDE_EFFECTS__`) are only for bundlers; dropping them
      // also leaves template literals as the only place with line breaks (see the fold).
      output: { codeSplitting: false, minify: true, comments: { legal: true, annotation: false, jsdoc: false } },
      treeshake: { propertyWriteSideEffects: false },
    },
  },
};

/**
 * The demo's report API: each JSON file in demo/reports/ is served at
 * /terminal/<ticker.uuid>/report/api/, the path a real embed points `src` at. Pages may also
 * hold `<script type="application/json" data-demo-report="<uuid>"></script>`, which gets that
 * report inlined, as a CMS would write it.
 */
function demoReports(): Plugin {
  const dir = here('./demo/reports/');
  const byUuid = () => {
    const reports = new Map<string, string>();
    for (const file of readdirSync(dir)) {
      if (!file.endsWith('.json')) continue;
      const text = readFileSync(dir + file, 'utf8');
      const uuid = (JSON.parse(text) as { ticker?: { uuid?: string } }).ticker?.uuid;
      if (uuid) reports.set(uuid, text);
    }
    return reports;
  };
  return {
    name: 'ticker-widgets-demo-reports',
    configureServer(server) {
      // Histories (<price-chart>): demo/histories/*.json at /terminal/<uuid>/history/api/.
      server.middlewares.use((req, res, next) => {
        const uuid = /^\/terminal\/([0-9a-f-]+)\/history\/api\/?(?:\?.*)?$/i.exec(req.url ?? '')?.[1]?.toLowerCase();
        if (!uuid) return next();
        const dir = here('./demo/histories/');
        const text = readdirSync(dir)
          .map((file) => readFileSync(dir + file, 'utf8'))
          .find((json) => (JSON.parse(json) as { uuid?: string }).uuid === uuid);
        res.setHeader('cache-control', 'no-store');
        res.setHeader('content-type', 'application/json; charset=utf-8');
        res.statusCode = text ? 200 : 404;
        res.end(text ?? JSON.stringify({ error: 'no such history' }));
      });
      server.middlewares.use((req, res, next) => {
        const match = /^\/terminal\/([0-9a-f-]+)\/report\/api\/?(?:\?.*)?$/i.exec(req.url ?? '');
        if (!match) return next();
        const report = byUuid().get(match[1].toLowerCase());
        res.setHeader('cache-control', 'no-store');
        res.setHeader('content-type', 'application/json; charset=utf-8');
        if (!report) {
          res.statusCode = 404;
          res.end(JSON.stringify({ error: 'no such report' }));
          return;
        }
        res.end(report);
      });
    },
    transformIndexHtml(html) {
      const reports = byUuid();
      return html.replace(
        /(<script type="application\/json" data-demo-report="([0-9a-f-]+)">)\s*(<\/script>)/gi,
        (whole, open: string, uuid: string, close: string) => {
          const report = reports.get(uuid.toLowerCase());
          // `<` escaped as \u003c keeps `</script>` inside the JSON from ending the element.
          return report ? `${open}${report.trim().replace(/</g, '\\u003c')}${close}` : whole;
        },
      );
    },
  };
}

/** The elements in the demo's navigation, in this order. */
const DEMO_ELEMENTS = [
  'ticker-report',
  'report-source',
  'kpi-strip',
  'momentum-bars',
  'setup-scores',
  'score-dial',
  'price-levels',
  'price-history',
  'price-chart',
  'weekly-timeline',
  'peer-table',
  'dynamics-panel',
  'signal-list',
];
const DEMO_PAGES: [string, string][] = [
  ['', 'Home'],
  ['playground.html', 'Playground'],
  ['cms.html', 'CMS example'],
  ['dashboard.html', 'Dashboard'],
];

/** Below every element page's stage: the snippet with Copy and Download SVG, and the state log. */
const ELEMENT_PANELS = `<div class="below-stage">
        <section class="panel" aria-labelledby="code-title">
          <div class="panel-head">
            <h2 id="code-title">HTML</h2>
            <div class="actions">
              <button type="button" class="button" id="demo-copy">Copy</button>
              <button type="button" class="button" id="demo-download" hidden>Download SVG</button>
            </div>
          </div>
          <pre class="code"><code id="demo-snippet"></code></pre>
        </section>
        <section class="panel" aria-labelledby="state-title">
          <div class="panel-head"><h2 id="state-title">State</h2></div>
          <ul class="states" id="demo-states"></ul>
          <p class="last-event" id="demo-last-event" role="status"></p>
        </section>
      </div>`;

/** The header every demo page shares (site links, element links, the settings slot), and the element pages' panels. */
function demoHeader(): Plugin {
  return {
    name: 'ticker-widgets-demo-header',
    transformIndexHtml(html, ctx) {
      const path = ctx.path.replace(/index\.html$/, '');
      const up = path.split('/').length > 2 ? '../' : './';
      const link = (href: string, text: string, here = `/${href}` === path) =>
        `<a href="${up}${href}"${here ? ' aria-current="page"' : ''}>${text}</a>`;
      const header = `<header class="site-header">
      <div class="site-bar">
        <span class="brand"><span class="brand-mark" aria-hidden="true"></span>ticker-widgets</span>
        <nav class="site-nav" aria-label="Demo pages">${DEMO_PAGES.map(([href, text]) => link(href, text)).join('')}</nav>
        <div class="site-settings" id="demo-settings" aria-label="Display settings" role="group"></div>
      </div>
      <nav class="element-nav" aria-label="Elements">
        <span class="element-nav-label" aria-hidden="true">Elements</span>
        <ul>${DEMO_ELEMENTS.map((tag) => `<li>${link(`elements/${tag}.html`, tag)}</li>`).join('')}</ul>
      </nav>
    </header>`;
      return html.replace(/<!-- site-header:[^>]*-->/, header).replace(/<!-- element-panels:[^>]*-->/, ELEMENT_PANELS);
    },
  };
}

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
