#!/usr/bin/env node
// Size budgets, run after `npm run build` (and inside `npm test`).
//
//   node scripts/size.js              the table, the dependencies' share, then ok or one line per problem
//   node scripts/size.js --markdown   only the markdown table (for the README's "Size" section)
//   node scripts/size.js --json       everything as JSON (for machines)
//
// What is measured, always gzip -9 (node:zlib level 9) of minified ES2022:
//   - dist/ticker-widgets.js, the self-contained bundle, as the build wrote it. Budget: 40 KB.
//   - each language file beside it, dist/locales/<tag>.js: a catalog other than English, which
//     the bundle loads only for a page in that language. Budget: 6 KB each.
//   - each dist/elements/<tag>.js bundled WITH its dependencies, as a page that imports only
//     that element ships it: esbuild, everything inlined from node_modules, minified, ESM,
//     target es2022, condition `production`. Budget: 30 KB each; 40 KB for <ticker-report>,
//     which composes every other element and so is the whole family. Dynamic imports (the
//     catalogs) stay out, as a code-splitting bundler leaves them: a page loads one at most.
//   - our code alone: the same bundles with every package left out (esbuild `packages: external`).
//   - the dependencies alone: what the library imports from each package (read from the imports
//     of the modules dist/index.js reaches: lit's LitElement, html, ..., @lit/context's
//     createContext, and so on), bundled the same way from a tiny entry, one package at a time
//     and all together. So the README can say which bytes are ours and which are the libraries'.
//     Not budgeted.
// Exit status 1, with one line per entry over budget, when a budget is exceeded or the build
// is missing.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const KB = 1024;
/**
 * The family's budget is 40 KB: issue 16 (layout for the measured width, four languages, the
 * standalone export) took the bundle to 49.5 KB, and minified templates, four parts loaded on
 * demand, static property declarations instead of decorators and terser brought it back under.
 */
export const BUDGETS = { family: 40 * KB, element: 30 * KB, language: 6 * KB, part: 6 * KB };
/** Elements that include every other one, so their budget is the family's. */
const COMPOSES_FAMILY = new Set(['ticker-report']);

const root = fileURLToPath(new URL('..', import.meta.url));
const at = (...parts) => join(root, ...parts);
const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;

/**
 * What the library takes from each package, read from the library build: every module that
 * dist/index.js reaches, and each `import { a, b } from 'pkg'` in it (for `import * as z`,
 * the `z.member`s it uses). Returns { package: { specifier: Set(names) } }.
 */
function usedImports() {
  const used = {};
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/\bimport\s*([\w$*{}\s,]+?)\s*from\s*["']([^"']+)["']/g)) {
      const [, clause, spec] = m;
      if (spec.startsWith('.')) {
        visit(join(file, '..', spec));
        continue;
      }
      if (spec.startsWith('node:')) continue;
      const pkg = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
      const names = ((used[pkg] ??= {})[spec] ??= new Set());
      const namespace = /\*\s*as\s+([\w$]+)/.exec(clause);
      if (namespace) {
        const ns = namespace[1].replace(/\$/g, '\\$');
        for (const use of code.matchAll(new RegExp(`\\b${ns}\\.([\\w$]+)`, 'g'))) names.add(use[1]);
      }
      const named = /\{([^}]*)\}/.exec(clause);
      for (const part of named ? named[1].split(',') : []) {
        const name = part.trim().split(/\s+as\s+/)[0];
        if (name) names.add(name);
      }
      const def = /^([\w$]+)\s*(?:,|$)/.exec(clause.trim());
      if (def) names.add('default');
    }
  };
  visit(at('dist/index.js'));
  return used;
}

/** A tiny entry module that imports `names` from each specifier and keeps them alive. */
function entryFor(specifiers) {
  const lines = [];
  let n = 0;
  for (const [spec, names] of Object.entries(specifiers)) {
    const list = [...names].sort().map((name) => `${name} as _${n++}`);
    if (list.length) lines.push(`import { ${list.join(', ')} } from '${spec}';`);
  }
  lines.push(`export const used = [${Array.from({ length: n }, (_, i) => `_${i}`).join(', ')}];`);
  return lines.join('\n');
}

/** Label for a package's row: the modules imported and, when few, the names taken from them. */
function labelFor(specifiers) {
  const names = [...new Set(Object.values(specifiers).flatMap((set) => [...set]))].sort();
  const modules = Object.keys(specifiers).sort().join(', ');
  return names.length <= 6 ? `${modules}: ${names.join(', ')}` : `${modules}: ${names.length} exports`;
}

/** Tags with an element file in src/elements (the files that call customElements.define). */
function tags() {
  return readdirSync(at('src/elements'))
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
    .filter((file) => readFileSync(at('src/elements', file), 'utf8').includes("customElements.define('"))
    .map((file) => file.slice(0, -3))
    .sort();
}

/** Virtual entry modules: `dep:<name>` is the source `sources[name]`, resolved from node_modules. */
function virtualEntries(sources) {
  return {
    name: 'size-virtual-entries',
    setup(b) {
      b.onResolve({ filter: /^dep:/ }, (args) => ({ path: args.path.slice(4), namespace: 'dep' }));
      b.onLoad({ filter: /.*/, namespace: 'dep' }, (args) => ({ contents: sources[args.path], resolveDir: root, loader: 'js' }));
    },
  };
}

/** Leaves every `import()` out of the bundle: what it loads arrives later, on demand. */
const onDemandOut = {
  name: 'size-on-demand-out',
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) => (args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined));
  },
};

/** The language files beside the bundle, dist/locales/<tag>.js: tag -> path from the package root. */
function languageFiles() {
  const dir = at('dist/locales');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.js'))
    .sort()
    .map((file) => ({ tag: file.slice(0, -3), file: `dist/locales/${file}` }));
}

/** English names of the built-in languages, for the table. */
const LANGUAGE_NAMES = { de: 'German', ja: 'Japanese', 'zh-Hans': 'Simplified Chinese' };

/**
 * Bundles every entry ({ id: path or `dep:<name>` }) alone, in one esbuild run; id -> bytes.
 * With `ownOnly`, packages from node_modules stay imports: what is left is our code alone.
 * `sources` holds the code of the `dep:` entries.
 */
async function bundleEach(entries, { ownOnly = false, sources = {} } = {}) {
  const result = await build({
    entryPoints: Object.entries(entries).map(([out, entry]) => ({ in: entry, out })),
    absWorkingDir: root,
    outdir: 'size-out', // never written: write is false
    write: false,
    bundle: true,
    splitting: false,
    minify: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    conditions: ['production'],
    legalComments: 'none',
    packages: ownOnly ? 'external' : undefined,
    logLevel: 'silent',
    plugins: [onDemandOut, virtualEntries(sources)],
  });
  const bytes = {};
  for (const file of result.outputFiles) {
    if (!file.path.endsWith('.js')) continue;
    const id = file.path.slice(file.path.lastIndexOf('size-out') + 'size-out/'.length, -'.js'.length);
    bytes[id] = file.contents;
  }
  return bytes;
}

export async function measure() {
  const problems = [];
  const entries = [];
  const bundlePath = 'dist/ticker-widgets.js';
  if (!existsSync(at(bundlePath))) problems.push(`${bundlePath} is missing: run \`npm run build\` first`);
  const elementTags = tags();
  const missing = elementTags.filter((tag) => !existsSync(at('dist/elements', `${tag}.js`)));
  for (const tag of missing) problems.push(`dist/elements/${tag}.js is missing: run \`npm run build\` first`);
  if (problems.length) return { ok: false, budgets: BUDGETS, entries, dependencies: [], problems };

  const used = usedImports();
  const sources = {};
  const labels = {};
  for (const [pkg, specifiers] of Object.entries(used).sort()) {
    sources[pkg] = entryFor(specifiers);
    labels[pkg] = labelFor(specifiers);
  }
  sources.all = entryFor(Object.assign({}, ...Object.values(used)));
  labels.all = 'all of them together';
  const depId = (name) => `dep/${name.replace(/[^\w-]+/g, '_')}`;

  const toBundle = {};
  for (const tag of elementTags) toBundle[`el/${tag}`] = `./dist/elements/${tag}.js`;
  for (const name of Object.keys(sources)) toBundle[depId(name)] = `dep:${name}`;
  const own = { 'el/family': './dist/index.js' };
  for (const tag of elementTags) own[`el/${tag}`] = toBundle[`el/${tag}`];
  const [out, ours] = await Promise.all([bundleEach(toBundle, { sources }), bundleEach(own, { ownOnly: true })]);

  const family = readFileSync(at(bundlePath));
  entries.push({
    kind: 'family',
    name: 'every element',
    file: bundlePath,
    bytes: family.length,
    gzip: gzip(family),
    oursGzip: gzip(ours['el/family']),
    budget: BUDGETS.family,
  });
  for (const tag of elementTags) {
    const code = out[`el/${tag}`];
    entries.push({
      kind: 'element',
      name: `<${tag}>`,
      file: `dist/elements/${tag}.js`,
      bytes: code.length,
      gzip: gzip(code),
      oursGzip: gzip(ours[`el/${tag}`]),
      // <ticker-report> composes every other chart element: it is the family, and has its budget.
      budget: COMPOSES_FAMILY.has(tag) ? BUDGETS.family : BUDGETS.element,
    });
  }
  for (const { tag, file } of languageFiles()) {
    const code = readFileSync(at(file));
    entries.push({
      kind: 'language',
      name: LANGUAGE_NAMES[tag] ?? tag,
      file,
      bytes: code.length,
      gzip: gzip(code),
      oursGzip: gzip(code),
      budget: BUDGETS.language,
    });
  }
  const PART_NAMES = {
    standalone: 'the standalone SVG writer, loaded by `toSVG()` on its first call',
    'price-chart-view': "`<price-chart>`'s drawing, loaded when its first chart is drawn",
    'score-radar': '`<setup-scores>`\'s radar, loaded when `variant="radar"` is first drawn',
  };
  const partsDir = at('dist/parts');
  for (const file of existsSync(partsDir)
    ? readdirSync(partsDir)
        .filter((f) => f.endsWith('.js'))
        .sort()
    : []) {
    const code = readFileSync(join(partsDir, file));
    entries.push({
      kind: 'part',
      name: PART_NAMES[file.slice(0, -3)] ?? file,
      file: `dist/parts/${file}`,
      bytes: code.length,
      gzip: gzip(code),
      oursGzip: gzip(code),
      budget: BUDGETS.part,
    });
  }
  const order = { family: 0, element: 1, language: 2, part: 3 };
  entries.sort((a, b) => order[a.kind] - order[b.kind] || (a.kind === 'language' ? 0 : b.gzip - a.gzip));
  const dependencies = Object.keys(sources).map((name) => {
    const code = out[depId(name)];
    return { name: labels[name], bytes: code.length, gzip: gzip(code) };
  });
  const all = dependencies.pop();
  dependencies.sort((a, b) => b.gzip - a.gzip).push(all);

  for (const entry of entries) {
    entry.over = Math.max(0, entry.gzip - entry.budget);
    if (entry.over) {
      const what = {
        family: `${entry.file} (every element)`,
        element: `${entry.file} with its dependencies`,
        language: `${entry.file} (${entry.name})`,
        part: entry.file,
      }[entry.kind];
      problems.push(
        `${what} is ${fmt(entry.gzip)} B gzip, over its ${entry.budget / KB} KB budget (${fmt(entry.budget)} B) by ${fmt(entry.over)} B`,
      );
    }
  }
  return { ok: problems.length === 0, budgets: BUDGETS, entries, dependencies, problems };
}

const fmt = (n) => n.toLocaleString('en-US');
const kb = (n) => `${(n / KB).toFixed(1)} KB`;

export function markdown({ entries, dependencies }) {
  const lines = [
    '| what | file | minified | gzip -9 | our code alone, gzip -9 | budget, gzip -9 | |',
    '| --- | --- | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const e of entries) {
    const what = {
      family: 'every element (the bundle)',
      element: `\`${e.name}\` with its dependencies`,
      language: `${e.name} words, loaded on demand by the bundle`,
      part: e.name,
    }[e.kind];
    const verdict = e.over ? `**over by ${fmt(e.over)} B**` : 'ok';
    lines.push(
      `| ${what} | \`${e.file}\` | ${fmt(e.bytes)} | ${fmt(e.gzip)} | ${fmt(e.oursGzip)} | ${kb(e.budget)} | ${verdict} |`,
    );
  }
  for (const d of dependencies) {
    lines.push(`| dependencies only: ${d.name} | (tiny entry) | ${fmt(d.bytes)} | ${fmt(d.gzip)} | | | |`);
  }
  return lines.join('\n');
}

async function main() {
  const args = new Set(process.argv.slice(2));
  for (const arg of args) {
    if (arg !== '--json' && arg !== '--markdown') {
      console.error(`size: unknown option ${arg} (use --markdown or --json)`);
      process.exit(1);
    }
  }
  const started = performance.now();
  const result = await measure();
  if (args.has('--json')) {
    console.log(JSON.stringify(result, null, 2));
  } else if (args.has('--markdown')) {
    if (result.entries.length) console.log(markdown(result));
  } else {
    if (result.entries.length) {
      console.log(markdown(result));
      const deps = result.dependencies.at(-1);
      const family = result.entries.find((e) => e.kind === 'family');
      console.log(
        `\nEvery element, ${fmt(family.gzip)} B gzip: our code alone ${fmt(family.oursGzip)} B, the dependencies alone ` +
          `${fmt(deps.gzip)} B (compressed together they share a dictionary, so the parts do not add up exactly). ` +
          `Measured in ${Math.round(performance.now() - started)} ms.`,
      );
    }
  }
  if (!result.ok) {
    if (!args.has('--json')) for (const problem of result.problems) console.error(`size: ${problem}`);
    process.exit(1);
  }
  if (!args.has('--json') && !args.has('--markdown')) console.log('size: ok, every entry within budget');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
