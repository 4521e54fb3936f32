// `npm start`: the demo universe, built once into .demo/ and served by `ticker-terminal serve`.
//
// .demo/in    the demo's synthetic inputs (`ticker-terminal demo`)
// .demo/site  the built DIR (`ticker-terminal build`: reports, histories, pages)
// .demo/stamp the hash of the code that built it: the engine's, terminal's and widgets' dist/, the
//             terminal's page assets and the three package versions. A start whose code hashes the
//             same reuses the site; otherwise (or with --rebuild) it builds again.
//
// PORT and HOST choose where to listen (default 127.0.0.1:8080). Stop with Ctrl+C.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const demo = join(root, '.demo');
const input = join(demo, 'in');
const site = join(demo, 'site');
const stampFile = join(demo, 'stamp');
const bin = join(root, 'packages', 'terminal', 'bin', 'ticker-terminal.js');
const PACKAGES = ['engine', 'terminal', 'widgets'];

function say(line) {
  process.stderr.write(`npm start: ${line}\n`);
}

/** Every file under `dir`, sorted, as paths relative to the root. */
function files(dir) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) out.push(join(entry.parentPath ?? entry.path, entry.name));
  }
  return out.sort();
}

/** The hash of the code that makes the demo site. */
function codeHash() {
  const hash = createHash('sha256');
  for (const name of PACKAGES) {
    const folder = join(root, 'packages', name);
    hash.update(`${name}@${JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')).version}\n`);
    for (const file of [...files(join(folder, 'dist')), ...(name === 'terminal' ? files(join(folder, 'assets')) : [])]) {
      if (file.endsWith('.map')) continue;
      hash.update(`${relative(root, file)}\n`).update(readFileSync(file));
    }
  }
  return hash.digest('hex');
}

function run(args) {
  const result = spawnSync(process.execPath, [bin, ...args], { stdio: 'inherit' });
  if (result.status !== 0) {
    say(`"ticker-terminal ${args[0]}" failed (exit ${result.status ?? result.signal}); see above.`);
    process.exit(result.status || 1);
  }
}

function ensureBuiltCode() {
  const missing = PACKAGES.filter((name) => !existsSync(join(root, 'packages', name, 'dist')));
  if (missing.length === 0) return;
  say(`no dist/ in ${missing.join(', ')}: running npm run build first`);
  const result = spawnSync('npm', ['run', 'build', '--workspaces'], {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) process.exit(result.status || 1);
}

function ensureSite() {
  const hash = codeHash();
  const stamp = existsSync(stampFile) ? readFileSync(stampFile, 'utf8').trim() : '';
  const fresh = existsSync(join(site, 'index.html')) && stamp === hash;
  if (fresh && !process.argv.includes('--rebuild')) {
    say(`reusing the demo site in ${relative(root, site)}/ (built by this code; --rebuild to build again)`);
    return;
  }
  const started = performance.now();
  say(
    stamp
      ? 'the code changed since the demo site was built: building it again'
      : 'building the demo universe into .demo/ (first start)',
  );
  rmSync(input, { recursive: true, force: true });
  run(['demo', '--out', input]);
  const prices = readdirSync(join(input, 'prices')).map((f) => join(input, 'prices', f));
  const benchmarks = join(input, 'benchmarks.csv');
  run([
    'build',
    '--securities',
    join(input, 'securities.csv'),
    '--prices',
    ...prices,
    ...(existsSync(benchmarks) ? ['--benchmarks', benchmarks] : []),
    '--out',
    site,
  ]);
  writeFileSync(stampFile, `${hash}\n`);
  say(`demo site ready in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

function serve() {
  const args = ['serve', site, '--port', process.env.PORT ?? '8080', '--host', process.env.HOST ?? '127.0.0.1'];
  const child = spawn(process.execPath, [bin, ...args], { stdio: ['inherit', 'pipe', 'inherit'] });
  child.stdout.on('data', (chunk) => {
    process.stdout.write(chunk);
    const url = /serving .* at (\S+)/.exec(String(chunk))?.[1];
    if (url) say(`open ${url} (synthetic demo data; Ctrl+C to stop)`);
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
}

ensureBuiltCode();
ensureSite();
serve();
