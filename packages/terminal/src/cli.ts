// The ticker-terminal command line: parses arguments, runs a command, maps failures to exit codes.
// Exit 0 on success, 1 on bad input (one line on stderr), 2 on a usage mistake.
import { METHODOLOGY_VERSION } from 'ticker-engine';
import { COMMANDS } from './commands/index.js';
import { InputError, UsageError, type Io } from './errors.js';

export { InputError, UsageError, type Io };

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

const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

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
  const command = COMMANDS.get(name);
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
