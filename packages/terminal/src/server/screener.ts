// `/`: the screener. Without a query it is DIR's index.html, like any static host serves it; with
// one (the no-script form's GET submit) it is rendered here from the same query the API runs, so
// filtering, sorting and paging work without script.
import compress from '@fastify/compress';
import type { FastifyPluginAsync } from 'fastify';
import type { ScreenerResult } from '../screener-types.js';
import { DYNAMIC_COMPRESSION } from './api.js';
import { errorPage } from './headers.js';
import { parseScreenerQuery, QueryError, runScreenerQuery } from './query.js';
import { serveStatic } from './static.js';

/** The pages' screener renderer (src/pages): a whole HTML document for a query's result. */
export type RenderScreenerPage = (result: ScreenerResult, meta: { synthetic: boolean; asOf: string }) => string;

export interface ScreenerOptions {
  render?: RenderScreenerPage;
}

export const screenerPlugin: FastifyPluginAsync<ScreenerOptions> = async (app, { render }) => {
  await app.register(compress, DYNAMIC_COMPRESSION);

  app.get('/', async (request, reply) => {
    const q = request.url.indexOf('?');
    if (!render || q === -1 || q === request.url.length - 1) return serveStatic(request, reply);
    let result: ScreenerResult;
    try {
      result = runScreenerQuery(app.universe.rows, parseScreenerQuery(new URLSearchParams(request.url.slice(q + 1))));
    } catch (error) {
      if (!(error instanceof QueryError)) throw error;
      return reply
        .code(400)
        .header('content-type', 'text/html; charset=utf-8')
        .header('cache-control', 'no-cache')
        .send(errorPage(400, 'Bad screener query', `${error.message}.`));
    }
    reply.header('content-type', 'text/html; charset=utf-8');
    reply.header('cache-control', 'public, max-age=300');
    return reply.send(render(result, { synthetic: app.universe.synthetic, asOf: app.universe.asOf ?? '' }));
  });
};
