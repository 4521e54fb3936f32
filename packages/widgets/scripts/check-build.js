#!/usr/bin/env node
// Checks what `npm run build` wrote against the package's promises (CONTRACT.md), then
// prints every entry with its size. Exits non-zero with one line per problem.
//
//   - dist/ticker-widgets.js imports nothing but its language files: every dependency (lit,
//     @lit/context) is inlined, and the only imports are the on-demand `import('./locales/<tag>.js')`
//     of the non-English catalogs, files that exist beside it and import nothing themselves;
//   - dist/index.js and dist/elements/<tag>.js exist, with declarations, for every element;
//   - the library build imports only the package's own dependencies (a compiler helper that
//     leaked out as a bare import would break every user's bundler);
//   - the exports map, `types`, `bin` and `customElements` point at files that exist
//     (the server and CLI only once their sources do);
//   - custom-elements.json describes every tag;
//   - src/registry.ts lists every element file, and the card imports the elements it marks `card`.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const at = (...parts) => join(root, ...parts);
const pkg = JSON.parse(readFileSync(at('package.json'), 'utf8'));
const problems = [];

/** Tags defined in src/elements, keyed by file name (momentum-bars.ts -> momentum-bars). */
function elementFiles() {
  return readdirSync(at('src/elements'))
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
    .filter((file) => readFileSync(at('src/elements', file), 'utf8').includes("customElements.define('"))
    .map((file) => file.slice(0, -3));
}

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** Module specifiers of static `import`/`export ... from` and of dynamic `import("...")`. */
function specifiers(code) {
  const found = [];
  // Minified code quotes a dynamic import's specifier with backticks too.
  const pattern = /\b(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["']([^"']+)["']|\bimport\s*\(\s*["'`]([^"'`]+)["'`]\s*\)/g;
  for (const match of code.matchAll(pattern)) found.push(match[1] ?? match[2]);
  return found;
}

const isRelative = (spec) => spec.startsWith('./') || spec.startsWith('../');

// The self-contained bundle.
const bundlePath = at('dist/ticker-widgets.js');
const localeDir = at('dist/locales');
/** The language files beside the bundle (dist/locales/<tag>.js). */
const localeFiles = existsSync(localeDir)
  ? readdirSync(localeDir)
      .filter((file) => file.endsWith('.js'))
      .sort()
      .map((file) => `dist/locales/${file}`)
  : [];
/** The catalogs src/i18n/ has besides English, the reference bundled into every build. */
const catalogs = readdirSync(at('src/i18n'))
  .filter((file) => file.endsWith('.ts') && file !== 'en.ts' && file !== 'index.ts')
  .map((file) => file.slice(0, -3))
  .sort();
if (!existsSync(bundlePath)) {
  problems.push('dist/ticker-widgets.js is missing');
} else {
  const imports = [...new Set(specifiers(readFileSync(bundlePath, 'utf8')))];
  // Drawings and writers loaded on demand (dist/parts/: the standalone SVG writer, the radar):
  // each exists and imports nothing but the bundle itself.
  const parts = imports.filter((spec) => /^\.\/parts\/[\w-]+\.js$/.test(spec));
  for (const spec of parts) {
    if (!existsSync(at('dist', spec))) problems.push(`dist/ticker-widgets.js imports ${spec}, which is missing`);
    else {
      const own = specifiers(readFileSync(at('dist', spec), 'utf8')).filter((s) => s !== '../ticker-widgets.js');
      if (own.length) problems.push(`dist/${spec.slice(2)} imports ${own.join(', ')}: only the bundle may be imported`);
    }
  }
  const other = imports.filter((spec) => !/^\.\/locales\/[\w-]+\.js$/.test(spec) && !parts.includes(spec));
  if (other.length) problems.push(`dist/ticker-widgets.js still imports ${other.join(', ')}`);
  const wanted = catalogs.map((tag) => `./locales/${tag}.js`);
  const loaded = imports.filter((spec) => !other.includes(spec) && !parts.includes(spec)).sort();
  if (loaded.join() !== wanted.join()) {
    problems.push(`dist/ticker-widgets.js loads ${loaded.join(', ') || 'no language file'}; src/i18n has ${wanted.join(', ')}`);
  }
  for (const file of localeFiles) {
    if (!wanted.includes(`./${file.slice('dist/'.length)}`)) problems.push(`${file} is not a catalog of src/i18n`);
  }
  for (const spec of loaded)
    if (!existsSync(at('dist', spec))) problems.push(`dist/ticker-widgets.js imports ${spec}, which is missing`);
  for (const file of localeFiles) {
    const own = specifiers(readFileSync(at(file), 'utf8'));
    if (own.length) problems.push(`${file} imports ${own.join(', ')}: a language file must stand alone`);
  }
}

// The library build.
const tags = elementFiles();

// The registry (src/registry.ts) is the one list of elements: it names every element file, and
// the card (<ticker-report>) imports exactly the elements it marks `card`.
if (existsSync(at('dist/registry.js'))) {
  const { TAGS, CARD_TAGS } = await import(at('dist/registry.js'));
  const missing = tags.filter((tag) => !TAGS.includes(tag));
  const extra = TAGS.filter((tag) => !tags.includes(tag));
  if (missing.length) problems.push(`src/registry.ts does not list ${missing.join(', ')}`);
  if (extra.length) problems.push(`src/registry.ts lists ${extra.join(', ')}, which src/elements/ does not define`);
  const card = readFileSync(at('src/elements/ticker-report.ts'), 'utf8');
  const composed = [...card.matchAll(/^import '\.\/([a-z-]+)\.js';$/gm)].map((m) => m[1]).sort();
  if (composed.join() !== [...CARD_TAGS].sort().join()) {
    problems.push(`<ticker-report> imports ${composed.join(', ')}; the registry's card elements are ${CARD_TAGS.join(', ')}`);
  }
} else {
  problems.push('dist/registry.js is missing');
}
for (const file of [
  'dist/index.js',
  'dist/index.d.ts',
  ...tags.flatMap((t) => [`dist/elements/${t}.js`, `dist/elements/${t}.d.ts`]),
]) {
  if (!existsSync(at(file))) problems.push(`${file} is missing`);
}
const allowed = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies });
const isAllowed = (spec) => spec.startsWith('node:') || allowed.some((name) => spec === name || spec.startsWith(`${name}/`));
for (const file of existsSync(at('dist')) ? walk(at('dist')) : []) {
  if (!file.endsWith('.js') || file === bundlePath || file.startsWith(localeDir)) continue;
  for (const spec of specifiers(readFileSync(file, 'utf8'))) {
    if (isRelative(spec)) {
      if (!existsSync(join(file, '..', spec))) problems.push(`${relative(root, file)} imports ${spec}, which is not in dist`);
    } else if (!isAllowed(spec)) {
      problems.push(`${relative(root, file)} imports ${spec}, which is not a dependency in package.json`);
    }
  }
}

// Importing dist/index.js, or loading the bundle, defines every element.
if (existsSync(at('dist/index.js'))) {
  const reached = new Set();
  const visit = (file) => {
    if (reached.has(file) || !existsSync(file)) return;
    reached.add(file);
    for (const spec of specifiers(readFileSync(file, 'utf8'))) if (isRelative(spec)) visit(join(file, '..', spec));
  };
  visit(at('dist/index.js'));
  for (const tag of tags) {
    if (!reached.has(at(`dist/elements/${tag}.js`)))
      problems.push(`dist/index.js does not import <${tag}>: add it to src/index.ts`);
  }
}
if (existsSync(bundlePath)) {
  const code = readFileSync(bundlePath, 'utf8');
  for (const tag of tags) {
    if (!new RegExp(`["'\`]${tag}["'\`]`).test(code)) problems.push(`dist/ticker-widgets.js does not define <${tag}>`);
  }
}

// package.json's pointers.
function checkTarget(where, target) {
  if (typeof target === 'string') {
    if (target.includes('*')) {
      for (const tag of tags) checkTarget(where, target.replace('*', tag));
    } else if (!existsSync(at(target))) {
      problems.push(`package.json ${where} points at ${target}, which does not exist`);
    }
  } else if (target && typeof target === 'object') {
    for (const value of Object.values(target)) checkTarget(where, value);
  }
}
for (const [subpath, target] of Object.entries(pkg.exports ?? {})) {
  checkTarget(`exports["${subpath}"]`, target);
}
checkTarget('types', pkg.types);
checkTarget('customElements', pkg.customElements);
checkTarget('bin', pkg.bin);
for (const file of Object.values(pkg.bin ?? {})) {
  if (existsSync(at(file)) && !readFileSync(at(file), 'utf8').startsWith('#!/usr/bin/env node')) {
    problems.push(`${file} (bin) does not start with #!/usr/bin/env node`);
  }
}

// The manifest.
if (existsSync(at('custom-elements.json'))) {
  const manifest = JSON.parse(readFileSync(at('custom-elements.json'), 'utf8'));
  const described = new Set(manifest.modules.flatMap((mod) => (mod.declarations ?? []).map((d) => d.tagName)).filter(Boolean));
  for (const tag of tags) if (!described.has(tag)) problems.push(`custom-elements.json does not describe <${tag}>`);
}

// What was built.
const rows = [
  'dist/ticker-widgets.js',
  ...localeFiles,
  'dist/index.js',
  ...tags.map((tag) => `dist/elements/${tag}.js`),
  ...['dist/server.js', 'dist/cli.js', 'custom-elements.json'],
].filter((file) => existsSync(at(file)));
const width = Math.max(...rows.map((file) => file.length));
console.log(`${'file'.padEnd(width)}  ${'bytes'.padStart(8)}  ${'gzip -9'.padStart(8)}`);
for (const file of rows) {
  const bytes = readFileSync(at(file));
  const gzip = gzipSync(bytes, { level: 9 }).length;
  console.log(`${file.padEnd(width)}  ${String(statSync(at(file)).size).padStart(8)}  ${String(gzip).padStart(8)}`);
}
if (existsSync(at('dist')))
  console.log(`${walk(at('dist')).length} files in dist/ (library modules, declarations, bundle and its language files)`);

if (problems.length) {
  for (const problem of problems) console.error(`check-build: ${problem}`);
  process.exit(1);
}
console.log(`check-build: ok (${tags.length} elements: ${tags.join(', ')})`);
