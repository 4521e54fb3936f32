import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

test('METHODOLOGY.md names every measure file of src/metrics/ and its test', () => {
  const text = readFileSync(new URL('../../METHODOLOGY.md', import.meta.url), 'utf8');
  const measures = readdirSync(new URL('../../src/metrics/', import.meta.url)).filter(
    (file) => file.endsWith('.ts') && file !== 'index.ts' && file !== 'nullable.ts',
  );
  expect(measures.length).toBeGreaterThan(10);
  for (const file of measures) {
    expect(text).toContain(`\`${file}\``);
    expect(text).toContain(`\`${file.replace('.ts', '.test.ts')}\``);
  }
});
