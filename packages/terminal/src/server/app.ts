// The terminal's HTTP server: a built DIR's files as a static host serves them, the screener's
// query API over universe.json, the no-script screener page, a health check. Plugins:
//   staticPlugin    GET /*                      files from DIR (site.ts), redirects to folder slashes
//   screenerPlugin  GET /                       index.html, or the screener rendered for a query
//   apiPlugin       GET /api/securities, /healthz
// Computed answers are made once per distinct query and kept like files (cache.ts).
// plus, here, the security headers (one onRequest hook), the one-line request log and the 404s.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Fastify, {
  LogController,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  type FastifyServerOptions,
} from 'fastify';
import { InputError } from '../errors.js';
import type { UniverseRow } from '../screener-types.js';
import { apiPlugin, jsonErrorHandler } from './api.js';
import { ResponseCache } from './cache.js';
import { errorPage, isApiPath, SECURITY_HEADERS } from './headers.js';
import { screenerPlugin, type RenderScreenerPage } from './screener.js';
import { Site, type SiteOptions } from './site.js';
import { pathOf, sendFile, staticPlugin } from './static.js';

export interface Universe {
  rows: UniverseRow[];
  /** build.json's `as_of`. */
  asOf: string | null;
  /** Whether the build is of synthetic demo data (site.json's `synthetic`, written with the pages): pages say so. */
  synthetic: boolean;
}

declare module 'fastify' {
  interface FastifyInstance {
    site: Site;
    universe: Universe;
    /** Computed answers (query API, screener pages) by query. */
    answers: ResponseCache;
  }
}

export interface ServerOptions {
  /** The built DIR. */
  dir: string;
  /** Fastify's logger: true for one JSON line per request on stdout, false for none (default false). */
  logger?: FastifyServerOptions['logger'];
  /** The pages' screener renderer; without it `/?…` serves the static index.html. */
  renderScreenerPage?: RenderScreenerPage;
  site?: SiteOptions;
}

async function readJson(dir: string, name: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(join(dir, name), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR')
      throw new InputError(`${dir}: not a built DIR (no ${name}; run ticker-terminal build)`);
    throw new InputError(`${join(dir, name)}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError(`${join(dir, name)}: not valid JSON (${(error as Error).message})`);
  }
}

/** universe.json's rows, the as-of date (build.json) and whether the data is synthetic (site.json); an InputError (one line) if DIR is not a build. */
export async function loadUniverse(dir: string): Promise<Universe> {
  const rows = await readJson(dir, 'universe.json');
  if (
    !Array.isArray(rows) ||
    rows.some((r) => typeof r !== 'object' || r === null || typeof (r as UniverseRow).uuid !== 'string')
  ) {
    throw new InputError(`${join(dir, 'universe.json')}: not a list of securities`);
  }
  type Facts = { as_of?: unknown; synthetic?: unknown };
  const build = (await readJson(dir, 'build.json').catch(() => ({}))) as Facts;
  const site = (await readJson(dir, 'site.json').catch(() => ({}))) as Facts;
  const asOf = [build.as_of, site.as_of].find((d) => typeof d === 'string') as string | undefined;
  return { rows: rows as UniverseRow[], asOf: asOf ?? null, synthetic: site.synthetic === true || build.synthetic === true };
}

/** A path with a malformed escape (`/%zz`) reaches no route: a 400, JSON or HTML like the 404s. */
function badUrl(_error: Error, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  reply.headers(SECURITY_HEADERS).header('cache-control', 'no-cache').code(400);
  if (isApiPath(pathOf(request.url))) return reply.send({ error: 'bad request: the URL is not valid' });
  return reply
    .header('content-type', 'text/html; charset=utf-8')
    .send(errorPage(400, 'Bad request', 'This address is not a valid URL.'));
}

/** A ready (not yet listening) server for a built DIR. */
export async function createServer(options: ServerOptions): Promise<FastifyInstance> {
  const universe = await loadUniverse(options.dir);
  const site = await Site.open(options.dir, options.site);
  const app = Fastify({
    logger: options.logger ?? false,
    // Fastify's own two lines per request are replaced by one, written when the response is sent.
    logController: new LogController({ disableRequestLogging: true }),
    // Unknown query parameters are an error the API reports, not something to drop silently.
    ajv: { customOptions: { removeAdditional: false } },
    return503OnClosing: true,
    frameworkErrors: badUrl as FastifyServerOptions['frameworkErrors'],
  });
  app.decorate('site', site);
  app.addHook('onClose', async () => site.stop());
  app.decorate('universe', universe);
  app.decorate('answers', new ResponseCache());

  // One log line per request, when it is answered. While closing, the connection is ended (its
  // unsent bytes still go out) rather than left open for the client's next request.
  app.addHook('onResponse', async (request, reply) => {
    if (!app.server.listening) request.raw.socket?.end();
    request.log.info(
      { method: request.method, url: request.url, status: reply.statusCode, ms: Math.round(reply.elapsedTime * 10) / 10 },
      'request',
    );
  });
  // Security headers on every response, from one frozen object (see headers.ts).
  app.addHook('onRequest', (_request, reply, done) => {
    reply.headers(SECURITY_HEADERS);
    done();
  });

  app.setNotFoundHandler(async (request, reply) => {
    const path = pathOf(request.url);
    if (isApiPath(path))
      return reply
        .code(404)
        .header('cache-control', 'no-cache')
        .send({ error: `not found: ${path}` });
    const page = site.files.get('/404.html');
    if (page) return sendFile(request, reply, page, 404);
    return reply
      .code(404)
      .header('content-type', 'text/html; charset=utf-8')
      .header('cache-control', 'no-cache')
      .send(errorPage(404, 'Page not found', 'There is no page at this address in this build.'));
  });
  app.setErrorHandler(jsonErrorHandler);

  await app.register(staticPlugin);
  await app.register(screenerPlugin, { render: options.renderScreenerPage });
  await app.register(apiPlugin);
  return app;
}
