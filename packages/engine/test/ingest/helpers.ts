import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';

/** A path under test/fixtures/ingest/. */
export function fixture(...parts: string[]): string {
  return fileURLToPath(new URL(`../fixtures/ingest/${parts.join('/')}`, import.meta.url));
}

/** A fresh temporary folder, removed after the file's tests. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ingest-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
