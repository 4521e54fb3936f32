// The README's Theming table and the theme's tokens name the same --tkr- custom properties:
// every token the shared styles (src/styles/tokens.ts and host.ts) read is in the table, and the
// table names no other.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tokens = new Set(
  ['tokens', 'host'].flatMap(
    (file) => readFileSync(`${root}src/styles/${file}.ts`, 'utf8').match(/--tkr-[a-z][a-z0-9-]*/g) ?? [],
  ),
);

const readme = readFileSync(`${root}README.md`, 'utf8');
const theming = readme.slice(readme.indexOf('\n## Theming\n'), readme.indexOf('\n## ', readme.indexOf('\n## Theming\n') + 1));
const table = new Set([...theming.matchAll(/^\| `(--tkr-[a-z0-9-]+)`/gm)].map((m) => m[1]));

test('the README Theming table lists every --tkr- token of src/styles/tokens.ts and host.ts, and no other', () => {
  assert.ok(tokens.size >= 10, `tokens found: ${[...tokens].join(', ')}`);
  assert.deepEqual([...tokens].filter((t) => !table.has(t)).sort(), [], 'tokens missing from the Theming table');
  assert.deepEqual([...table].filter((t) => !tokens.has(t)).sort(), [], 'Theming table rows that no shared style reads');
});
