// The ticker-terminal command line: parses arguments, runs a command, maps failures to exit codes.
// Exit 0 on success, 1 on bad input (one line on stderr), 2 on a usage mistake.
import { METHODOLOGY_VERSION } from 'ticker-engine';

export const USAGE = `Usage: ticker-terminal <command> [options]

Commands:
  build  --securities FILE --prices FILE_OR_GLOB... [--benchmarks FILE] [--as-of YYYY-MM-DD] --out DIR
         Compute a weekly report for every security and write the site's files into DIR.
  serve  DIR [--port N] [--host H]
         Serve a built DIR: the screener, report and chart pages and their JSON.
  demo   --out DIR [--securities N] [--years Y] [--seed S]
         Write a synthetic demo universe (a securities CSV and price files) into DIR.

Options:
  -h, --help     Show this help.
  -v, --version  Show the version and the methodology version.
`;

/** A mistake in how the command was called: exit 2. */
export class UsageError extends Error {}

/** Bad input data or files: exit 1, one line naming the file, the line and the problem. */
export class InputError extends Error {}

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

type Command = (args: string[], io: Io) => Promise<number>;

/**
 * The registered commands, held by a function declaration: it exists before this module's body runs, and the
 * command modules (imported at the end of this file, each importing this one back) register before the body
 * runs. A `const` here would still be uninitialised then ("Cannot access 'commands' before initialization").
 */
function commands(): Record<string, Command> {
  const holder = commands as typeof commands & { table?: Record<string, Command> };
  return (holder.table ??= {});
}

/** Registers a command (each lives in its own module). */
export function defineCommand(name: string, run: Command): void {
  commands()[name] = run;
}

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    io.stdout(USAGE);
    return 0;
  }
  if (name === '-v' || name === '--version') {
    io.stdout(`ticker-terminal ${await packageVersion()} (methodology ${METHODOLOGY_VERSION})\n`);
    return 0;
  }
  const command = commands()[name];
  if (!command) {
    io.stderr(`ticker-terminal: unknown command "${name}" (try --help)\n`);
    return 2;
  }
  if (rest.includes('-h') || rest.includes('--help')) {
    io.stdout(USAGE);
    return 0;
  }
  try {
    return await command(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`ticker-terminal: ${error.message} (try --help)\n`);
      return 2;
    }
    if (error instanceof InputError) {
      io.stderr(`ticker-terminal: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

async function packageVersion(): Promise<string> {
  const { readFile } = await import('node:fs/promises');
  const text = await readFile(new URL('../package.json', import.meta.url), 'utf8');
  return (JSON.parse(text) as { version: string }).version;
}
import './commands/index.js';
