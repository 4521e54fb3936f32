import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { writeAtomically, writeFiles } from '../src/output.js';

function fresh() {
  return mkdtempSync(join(tmpdir(), 'ticker-output-'));
}

describe('writeAtomically', () => {
  test('a successful build replaces the previous folder whole', async () => {
    const parent = fresh();
    const out = join(parent, 'site');
    mkdirSync(out);
    writeFileSync(join(out, 'old.json'), 'old');
    await writeAtomically(out, async (work) => writeFileSync(join(work, 'new.json'), 'new'));
    expect(readdirSync(out)).toEqual(['new.json']);
    expect(readdirSync(parent)).toEqual(['site']);
  });

  test('a failed build leaves the previous folder exactly as it was and no work folder behind', async () => {
    const parent = fresh();
    const out = join(parent, 'site');
    mkdirSync(out);
    writeFileSync(join(out, 'old.json'), 'old');
    await expect(
      writeAtomically(out, async (work) => {
        writeFileSync(join(work, 'half.json'), 'half');
        throw new Error('prices.csv:3: close "abc" is not a number');
      }),
    ).rejects.toThrow('prices.csv:3');
    expect(readdirSync(out)).toEqual(['old.json']);
    expect(readFileSync(join(out, 'old.json'), 'utf8')).toBe('old');
    expect(readdirSync(parent)).toEqual(['site']);
  });

  test('the work folder of a killed build (its process gone) is removed by the next build', async () => {
    const parent = fresh();
    const out = join(parent, 'site');
    // pid 2^22 + 1 is above Linux's pid_max: no such process.
    mkdirSync(join(parent, '.site.building-4194305-abc'));
    await writeAtomically(out, async (work) => writeFileSync(join(work, 'a'), 'a'));
    expect(readdirSync(parent)).toEqual(['site']);
  });
});

describe('writeFiles', () => {
  test('writes every file, making folders, with few writes in flight', async () => {
    const root = fresh();
    const files = Array.from({ length: 50 }, (_, i) => [`t/${i % 7}/report/api/index.json`, `{"i":${i}}`] as const);
    const count = await writeFiles(root, files, 4);
    expect(count).toBe(50);
    expect(readdirSync(join(root, 't')).sort()).toEqual(['0', '1', '2', '3', '4', '5', '6']);
    // the last file written for folder 6 is i = 49
    expect(readFileSync(join(root, 't/0/report/api/index.json'), 'utf8')).toBe('{"i":49}');
  });
});
