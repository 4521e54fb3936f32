import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { METHODOLOGY_VERSION } from '../src/index.js';

test('METHODOLOGY.md states the methodology version the engine writes into build.json', () => {
  const text = readFileSync(new URL('../METHODOLOGY.md', import.meta.url), 'utf8');
  expect(text).toContain(`Methodology version: ${METHODOLOGY_VERSION}\n`);
});
