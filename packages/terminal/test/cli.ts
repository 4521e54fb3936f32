// Runs the installed `ticker-terminal` command as a user would, for the tests of every command.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export const bin = fileURLToPath(new URL('../bin/ticker-terminal.js', import.meta.url));
const run = promisify(execFile);

/** Resolves with the exit code and the output, whatever the exit code. */
export async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
