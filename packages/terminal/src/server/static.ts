// Static files from the built DIR, the way a static host serves them: `/a/` is `/a/index.html` or
// `/a/index.json`, `/a` redirects to `/a/`, bytes and their gzip / brotli variants from memory with
// strong ETags (304 on If-None-Match), cache headers by kind of file, HEAD for free (Fastify
// answers HEAD from the GET route without the body).
import { Readable } from 'node:stream';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { PUBLIC_DATA_HEADERS } from './headers.js';
import { matchesEtag, negotiate, type Loaded, type Site, type SiteFile } from './site.js';

export interface StaticOptions {
  site: Site;
}

/** The request's path without its query. */
export function pathOf(url: string): string {
  const q = url.indexOf('?');
  return q === -1 ? url : url.slice(0, q);
}

/** Bodies above this go out as a stream of slices (see below). */
export const STREAM_ABOVE = 1024 * 1024;
const SLICE = 64 * 1024;

/**
 * A large body as a stream of 64 KB slices of the buffer (no copies), written as the socket drains.
 * Sent whole, Node marks a response finished as soon as the buffer is queued, and on shutdown
 * `server.close()` destroys such "idle" connections with megabytes still unsent; streamed, the
 * response is finished only when its last slice has been taken by the socket.
 */
function slices(body: Buffer): Readable {
  return Readable.from(
    (function* () {
      for (let at = 0; at < body.length; at += SLICE) yield body.subarray(at, at + SLICE);
    })(),
    { objectMode: false },
  );
}

export interface SendOptions {
  type: string;
  cacheControl: string;
  status?: number;
  /** Whether the answer can come in other encodings (Vary: Accept-Encoding even on the plain one). */
  compressible: boolean;
}

/**
 * Sends bytes held in memory like a static host: the best encoding the client accepts, a strong
 * ETag and 304 for a match (on 200s), Vary, CORS for JSON, large bodies streamed.
 */
export function sendLoaded(request: FastifyRequest, reply: FastifyReply, loaded: Loaded, options: SendOptions): FastifyReply {
  const status = options.status ?? 200;
  const { variant, encoding } = negotiate(request.headers['accept-encoding'], loaded);
  reply.header('content-type', options.type);
  reply.header('cache-control', status === 200 ? options.cacheControl : 'no-cache');
  if (options.compressible) reply.header('vary', 'Accept-Encoding');
  if (options.type.startsWith('application/json')) reply.headers(PUBLIC_DATA_HEADERS);
  if (status === 200) {
    reply.header('etag', variant.etag);
    if (matchesEtag(request.headers['if-none-match'], loaded.hash)) return reply.code(304).send();
  }
  if (encoding) reply.header('content-encoding', encoding);
  reply.header('content-length', variant.body.length);
  reply.code(status);
  return reply.send(variant.body.length > STREAM_ABOVE && request.method === 'GET' ? slices(variant.body) : variant.body);
}

/** Sends one file of the site with `status` (404.html goes out as a 404 and is not cached for long). */
export async function sendFile(
  request: FastifyRequest,
  reply: FastifyReply,
  file: SiteFile,
  status = 200,
): Promise<FastifyReply> {
  const loaded = await reply.server.site.load(file);
  return sendLoaded(request, reply, loaded, {
    type: file.type,
    cacheControl: file.cacheControl,
    status,
    compressible: file.compressible,
  });
}

/** Serves the site's file for the request path, a redirect to the folder's slash, or the 404 page. */
export async function serveStatic(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
  const path = pathOf(request.url);
  const found = reply.server.site.lookup(path);
  if (found.kind === 'file') return sendFile(request, reply, found.file);
  if (found.kind === 'redirect') {
    const query = request.url.slice(path.length);
    return reply.header('cache-control', 'public, max-age=300').redirect(found.location + query, 301);
  }
  reply.callNotFound();
  return reply;
}

export const staticPlugin: FastifyPluginAsync = async (app) => {
  app.get('/*', serveStatic);
};
