/**
 * `ticker-widgets render REPORT.json [--element TAG] [--locale L] [--theme T] [--format html|svg]`
 *
 * Prints the element's server-rendered HTML, or for a chart a standalone SVG. Bad input
 * exits with status 1 and one line on stderr; a usage mistake exits with status 2.
 */
import { readFileSync } from 'node:fs';
import { renderSvg, renderToString, renderableTags } from './render.js';

const USAGE =
  'usage: ticker-widgets render REPORT.json [--element TAG] [--locale L] [--theme light|dark|auto] [--format html|svg]';

class UsageError extends Error {}

interface Options {
  file: string;
  element: string;
  locale?: string;
  theme?: string;
  format: 'html' | 'svg';
}

export function parseArgs(argv: string[]): Options {
  const [command, ...rest] = argv;
  if (command !== 'render') throw new UsageError(command ? `unknown command "${command}"` : 'missing command');
  const options: Partial<Options> = { element: 'ticker-report', format: 'html' };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const flag = /^--(element|locale|theme|format)(?:=(.*))?$/.exec(arg);
    if (flag) {
      const value = flag[2] ?? rest[++i];
      if (value === undefined) throw new UsageError(`--${flag[1]} needs a value`);
      (options as Record<string, string>)[flag[1]] = value;
    } else if (arg.startsWith('--')) {
      throw new UsageError(`unknown option "${arg}"`);
    } else if (!options.file) {
      options.file = arg;
    } else {
      throw new UsageError(`unexpected argument "${arg}"`);
    }
  }
  if (!options.file) throw new UsageError('missing REPORT.json');
  if (options.format !== 'html' && options.format !== 'svg')
    throw new UsageError(`--format must be html or svg, not "${options.format}"`);
  if (options.theme && !['light', 'dark', 'auto'].includes(options.theme)) {
    throw new UsageError(`--theme must be light, dark or auto, not "${options.theme}"`);
  }
  if (!renderableTags().includes(options.element!)) {
    throw new UsageError(`unknown element "${options.element}"; one of: ${renderableTags().join(', ')}`);
  }
  return options as Options;
}

export function run(argv: string[]): { code: number; out?: string; err?: string } {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h')) {
    return { code: argv.length ? 0 : 2, out: `${USAGE}\n` };
  }
  let options: Options;
  try {
    options = parseArgs(argv);
  } catch (error) {
    return { code: 2, err: `ticker-widgets: ${(error as Error).message} (--help for usage)` };
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(options.file, 'utf8'));
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    const reason = e.code === 'ENOENT' ? 'no such file' : e.code ? e.code : `not JSON (${e.message})`;
    return { code: 1, err: `ticker-widgets: cannot read ${options.file}: ${reason}` };
  }
  const attributes = {
    ...(options.locale ? { locale: options.locale } : {}),
    ...(options.theme ? { theme: options.theme } : {}),
  };
  try {
    const out =
      options.format === 'svg' ? renderSvg(options.element, json, attributes) : renderToString(options.element, json, attributes);
    return { code: 0, out: `${out}\n` };
  } catch (error) {
    return { code: 1, err: `ticker-widgets: ${(error as Error).message.replace(/\s+/g, ' ')}` };
  }
}
