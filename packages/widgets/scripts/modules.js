// Finds an installed package's folder the way Node does: in the nearest node_modules up the tree.
// In the workspace, dependencies are hoisted to the repository root, so a fixed
// `<package>/node_modules/<name>` path would miss them.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** The folder of the installed package `name`, searched from this package upwards. */
export function moduleDir(name, from = here) {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dirname(dir) === dir) throw new Error(`Cannot find the package ${name}: run npm install.`);
  }
}
