import { describe, expect, test } from 'vitest';
import { cli } from './cli.js';

describe('ticker-terminal', () => {
  test('--help prints the usage of build, serve and demo and exits 0', async () => {
    const { code, stdout, stderr } = await cli('--help');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^Usage: ticker-terminal <command>/);
    expect(stdout).toContain(
      'build  --securities FILE --prices FILE_OR_GLOB... [--benchmarks FILE] [--as-of YYYY-MM-DD] --out DIR',
    );
    expect(stdout).toContain('serve  DIR [--port N] [--host H]');
    expect(stdout).toContain('demo   --out DIR [--securities N] [--years Y] [--seed S]');
  });

  test('no command prints the usage too', async () => {
    const { code, stdout } = await cli();
    expect(code).toBe(0);
    expect(stdout).toContain('Commands:');
  });

  test('an unknown command exits 2 with one line on stderr', async () => {
    const { code, stdout, stderr } = await cli('frobnicate');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('ticker-terminal: unknown command "frobnicate" (try --help)\n');
  });

  test('--version names the package and the methodology version from the engine', async () => {
    const { code, stdout } = await cli('--version');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^ticker-terminal \d+\.\d+\.\d+ \(methodology \d+\.\d+\.\d+\)\n$/);
  });
});
