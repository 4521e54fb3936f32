// `/`: the screener. Without a query it is DIR's index.html, like any static host serves it; with
// one (the no-script form's GET submit) it is rendered here from the same query the API runs, so
// filtering, sorting and paging work without script.
import type { FastifyPluginAsync } from 'fastify';
import type { ScreenerQuery, ScreenerResult } from '../screener-types.js';
import { errorPage } from './headers.js';
import { parseScreenerQuery, QueryError, runScreenerQuery } from './query.js';
import { CACHE_SHORT } from './site.js';
import { sendLoaded, serveStatic } from './static.js';

/** The pages' screener renderer (src/pages): a whole HTML document for a query's result. */
export type RenderScreenerPage = (result: ScreenerResult, meta: { synthetic: boolean; asOf: string }) => string;

export interface ScreenerOptions {
  render?: RenderScreenerPage;
}

export const screenerPlugin: FastifyPluginAsync<ScreenerOptions> = async (app, { render }) => {
  app.get('/', async (request, reply) => {
    const q = request.url.indexOf('?');
    if (!render || q === -1 || q === request.url.length - 1) return serveStatic(request, reply);
    let query: ScreenerQuery;
    try {
      query = parseScreenerQuery(new URLSearchParams(request.url.slice(q + 1)));
    } catch (error) {
      if (!(error instanceof QueryError)) throw error;
      return reply
        .code(400)
        .header('content-type', 'text/html; charset=utf-8')
        .header('cache-control', 'no-cache')
        .send(errorPage(400, 'Bad screener query', `${error.message}.`));
    }
    const meta = { synthetic: app.universe.synthetic, asOf: app.universe.asOf ?? '' };
    const page = await app.answers.get(
      `page ${JSON.stringify(query)}`,
      () => render(runScreenerQuery(app.universe.rows, query), meta),
      request.headers['accept-encoding'],
    );
    return sendLoaded(request, reply, page, { type: 'text/html; charset=utf-8', cacheControl: CACHE_SHORT, compressible: true });
  });
};
