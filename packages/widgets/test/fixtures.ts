// The report fixtures, loaded as JSON over the test server so tests see what a feed sends
// (or, under Node, read from the file: the pure modules' tests run in both).
export const FIXTURES = ['000657-seed', 'eu-extreme', 'jp-flat', 'us-megacap-downtrend', 'gb-sparse'] as const;
export type FixtureName = (typeof FIXTURES)[number];
/**
 * Report fixtures made for one test and left out of `FIXTURES` (which every-fixture tests
 * walk): `missing-values` is the seed with one value missing in each area (issue 16).
 */
export type ExtraFixtureName = 'missing-values';

/** The weekly-history fixtures `<price-chart>` draws (`history-<name>.json`). */
export const HISTORIES = ['history-ovi', 'history-gaps', 'history-short'] as const;
export type HistoryName = (typeof HISTORIES)[number];

const cache = new Map<string, unknown>();

/** A fresh deep copy of a fixture (tests may mutate it). */
export async function fixture(name: FixtureName | ExtraFixtureName | HistoryName): Promise<Record<string, any>> {
  if (!cache.has(name)) {
    cache.set(name, await readJson(new URL(`./fixtures/${name}.json`, import.meta.url)));
  }
  return structuredClone(cache.get(name)) as Record<string, any>;
}

/** Every path to a value in `value` (objects and arrays), as key lists. */
export function paths(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []) {
  if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      const path = [...prefix, Array.isArray(value) ? Number(key) : key];
      out.push(path);
      paths(child, path, out);
    }
  }
  return out;
}

/** JSON at `url`: fetched in a browser, read from disk under Node (fetch has no file: URLs there). */
export async function readJson(url: URL): Promise<any> {
  if (url.protocol === 'file:') {
    const { readFile } = await import('node:fs/promises');
    return JSON.parse(await readFile(url, 'utf8'));
  }
  return (await fetch(url)).json();
}
