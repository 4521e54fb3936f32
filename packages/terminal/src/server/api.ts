// The JSON routes computed per request: the screener query over universe.json and the health check.
// Errors here are JSON: `{"error":"size must be between 1 and 200"}`.
import type { FastifyError, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { MAX_PAGE_SIZE, SIGNALS, SORT_COLUMNS } from '../screener-types.js';
import { CACHE_SHORT } from './site.js';
import { sendLoaded } from './static.js';
import { parseScreenerQuery, QueryError, runScreenerQuery } from './query.js';

/**
 * The query API's querystring: the shape (text, known names, known sort columns and signals) is
 * checked here; ranges and the exact messages come from parseScreenerQuery, which the pages share.
 */
export const SECURITIES_QUERYSTRING = {
  type: 'object',
  additionalProperties: false,
  properties: {
    q: { type: 'string', maxLength: 1000 },
    country: { type: 'string', maxLength: 1000 },
    sector: { type: 'string', maxLength: 1000 },
    industry: { type: 'string', maxLength: 1000 },
    signal: { type: 'array', maxItems: 10, items: { type: 'string', enum: [...SIGNALS, ''] } },
    sort: { type: 'string', enum: [...SORT_COLUMNS, ''] },
    order: { type: 'string', enum: ['asc', 'desc', ''] },
    page: { type: 'string', maxLength: 20 },
    size: { type: 'string', maxLength: 20, description: `rows per page, 1 to ${MAX_PAGE_SIZE}` },
  },
} as const;

/** Turns a failed querystring check into one sentence naming the parameter. */
function validationMessage(error: FastifyError, request: FastifyRequest): string {
  const first = error.validation?.[0];
  if (!first) return error.message;
  if (first.keyword === 'additionalProperties') {
    return `unknown parameter "${String((first.params as { additionalProperty?: unknown }).additionalProperty)}"`;
  }
  try {
    parseScreenerQuery(request.query as Record<string, unknown>);
  } catch (failure) {
    if (failure instanceof QueryError) return failure.message;
  }
  const name = first.instancePath.split('/')[1] ?? 'query';
  return `${name} ${first.message ?? 'is not valid'}`;
}

/** JSON errors for this plugin's routes: 400 for a bad query, the status of anything else. */
export function jsonErrorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (error.validation) return reply.code(400).send({ error: validationMessage(error, request) });
  if (error instanceof QueryError) return reply.code(400).send({ error: error.message });
  const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
  if (status >= 500) request.log.error(error);
  return reply.code(status).send({ error: status >= 500 ? 'internal server error' : error.message });
}

export const apiPlugin: FastifyPluginAsync = async (app) => {
  app.setErrorHandler(jsonErrorHandler);

  app.get('/api/securities', { schema: { querystring: SECURITIES_QUERYSTRING } }, async (request, reply) => {
    const query = parseScreenerQuery(request.query as Record<string, unknown>);
    const answer = await app.answers.get(
      `api ${JSON.stringify(query)}`,
      () => JSON.stringify(runScreenerQuery(app.universe.rows, query)),
      request.headers['accept-encoding'],
    );
    return sendLoaded(request, reply, answer, {
      type: 'application/json; charset=utf-8',
      cacheControl: CACHE_SHORT,
      compressible: true,
    });
  });

  app.get('/healthz', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
    return { status: 'ok', securities: app.universe.rows.length, as_of: app.universe.asOf };
  });
};
