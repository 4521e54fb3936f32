#!/usr/bin/env node
// Validation speed in Node: toReport over the report fixtures and toHistory over a 313-week
// history, valid and with a refused value, from src/data (bundled by esbuild, minified).
//
//   node scripts/bench-validate.js                  the working tree's src/data
//   node scripts/bench-validate.js --ref 0fdd885~1  and a commit's, interleaved (before/after)
//   node scripts/bench-validate.js --rounds 31      more rounds (default 21)
//
// Each sample validates a batch of fresh deep copies (validators cache per input object),
// so copying is not timed. Variants alternate within a round, the order flipping every
// round, after 3 warm-up rounds. Printed: median and fastest µs per document.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const rounds = Number(option('--rounds') ?? 21);
const ref = option('--ref');

/** toReport and toHistory of the src/data under `dir`, bundled into a module in `out`. */
async function load(dir, out, name) {
  const file = join(out, `${name}.mjs`);
  await build({
    stdin: {
      contents: "export { toReport } from './validate.ts'; export { toHistory } from './history.ts';",
      resolveDir: join(dir, 'src/data'),
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'es2022',
    minify: true,
    conditions: ['production'],
    nodePaths: [join(root, 'node_modules'), join(root, '../../node_modules')],
    outfile: file,
    logLevel: 'silent',
  });
  return [name, await import(pathToFileURL(file).href)];
}

const out = mkdtempSync(join(tmpdir(), 'bench-validate-'));
try {
  const variants = [await load(root, out, 'working tree')];
  if (ref) {
    const dir = join(out, 'ref');
    execFileSync('sh', ['-c', `mkdir -p "${dir}" && git archive "${ref}" src/data | tar -x -C "${dir}"`], { cwd: root });
    variants.unshift(await load(dir, out, ref));
  }
  const fixture = (name) => JSON.parse(readFileSync(join(root, 'test/fixtures', `${name}.json`), 'utf8'));
  const refused = (name, change) => () => {
    const json = fixture(name);
    change(json);
    return json;
  };
  const cases = [
    ...['000657-seed', 'eu-extreme', 'jp-flat', 'us-megacap-downtrend', 'gb-sparse'].map((name) => [
      `toReport ${name}`,
      'toReport',
      () => fixture(name),
    ]),
    [
      'toReport seed, 2 refused values',
      'toReport',
      refused('000657-seed', (j) => ((j.momentum.returns = 'lots'), (j.price.drawdown = [1]))),
    ],
    ['toHistory history-ovi (313 weeks)', 'toHistory', () => fixture('history-ovi')],
    ['toHistory history-ovi, 1 refused value', 'toHistory', refused('history-ovi', (j) => (j.weeks[3].close = {}))],
  ];
  const median = (s) => [...s].sort((a, b) => a - b)[s.length >> 1];
  console.log(`| case | ${variants.map(([name]) => `${name}: median (fastest) µs`).join(' | ')} |`);
  console.log(`| --- | ${variants.map(() => '---:').join(' | ')} |`);
  for (const [label, fn, make] of cases) {
    const n = fn === 'toHistory' ? 200 : 1000;
    const inputs = Array.from({ length: n }, make);
    const samples = variants.map(() => []);
    for (let round = -3; round < rounds; round++) {
      const order = variants.map((_, i) => (round % 2 ? i : variants.length - 1 - i));
      for (const i of order) {
        const validate = variants[i][1][fn];
        const batch = inputs.map((input) => structuredClone(input));
        const started = performance.now();
        for (const input of batch) {
          try {
            validate(input);
          } catch {
            // a refused document: the error is the result
          }
        }
        if (round >= 0) samples[i].push(((performance.now() - started) * 1000) / n);
      }
    }
    const cells = samples.map((s) => `${median(s).toFixed(0)} (${Math.min(...s).toFixed(0)})`);
    console.log(`| ${label} | ${cells.join(' | ')} |`);
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
