// `ticker-terminal serve DIR [--port N] [--host H]`: serves a built DIR until SIGTERM or SIGINT,
// then lets the requests in flight finish and exits 0.
import { parseArgs } from 'node:util';
import { InputError, UsageError, type Io } from '../errors.js';
import { createServer } from '../server/index.js';

export const DEFAULT_PORT = 8080;
export const DEFAULT_HOST = '127.0.0.1';

export interface ServeArgs {
  dir: string;
  port: number;
  host: string;
}

export function parseServeArgs(args: string[]): ServeArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      strict: true,
      allowPositionals: true,
      options: { port: { type: 'string' }, host: { type: 'string' } },
    });
  } catch (error) {
    throw new UsageError(`serve: ${(error as Error).message.split('\n')[0]}`);
  }
  const [dir, ...extra] = parsed.positionals;
  if (dir === undefined) throw new UsageError('serve: DIR is required');
  if (extra.length > 0) throw new UsageError(`serve: unexpected argument "${extra[0]}"`);
  const { port: portText, host } = parsed.values;
  let port = DEFAULT_PORT;
  if (portText !== undefined) {
    port = Number(portText);
    if (!/^\d{1,5}$/.test(portText) || port > 65535) {
      throw new UsageError(`serve: --port must be a whole number from 0 to 65535 (0 picks a free port), not "${portText}"`);
    }
  }
  if (host === '') throw new UsageError('serve: --host must not be empty');
  return { dir, port, host: host ?? DEFAULT_HOST };
}

/** What ends the server: resolved by a signal (tests can pass their own). */
export interface ServeControl {
  signals?: NodeJS.Signals[];
  logger?: boolean;
}

export async function serve(args: string[], io: Io, control: ServeControl = {}): Promise<number> {
  const options = parseServeArgs(args);
  // The pages (and the widgets' server renderer behind them) load only when serving.
  const { renderScreenerPage } = await import('../pages/index.js');
  const app = await createServer({ dir: options.dir, logger: control.logger ?? true, renderScreenerPage });
  // Listen for the signals before anything can see the server: a signal sent as soon as the URL is
  // printed must find its handler.
  const signals = control.signals ?? ['SIGTERM', 'SIGINT'];
  let onSignal: (s: NodeJS.Signals) => void = () => {};
  const stopped = new Promise<NodeJS.Signals>((resolve) => {
    onSignal = (s) => {
      for (const t of signals) process.removeListener(t, onSignal);
      // A second signal while draining stops at once.
      for (const t of signals) process.once(t, () => process.exit(1));
      resolve(s);
    };
  });
  for (const s of signals) process.on(s, onSignal);
  let address: string;
  try {
    address = await app.listen({ port: options.port, host: options.host });
  } catch (error) {
    for (const s of signals) process.removeListener(s, onSignal);
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'EADDRINUSE'
        ? 'is in use'
        : code === 'EACCES'
          ? 'is not allowed'
          : code === 'EADDRNOTAVAIL'
            ? 'is not on this machine'
            : (error as Error).message;
    throw new InputError(`serve: ${options.host}:${options.port} ${reason}`);
  }
  io.stdout(`ticker-terminal: serving ${options.dir} at ${address}/\n`);
  const signal = await stopped;
  io.stderr(`ticker-terminal: ${signal}, finishing requests in flight\n`);
  await app.close();
  return 0;
}
