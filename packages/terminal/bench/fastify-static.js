// The house-style alternative to serving from memory (for bench/serve.js): Fastify 5 with
// @fastify/static (reads each file per request, ETag from size and mtime) and @fastify/compress
// (compresses each response), the same security headers and request log as `serve`.
// node bench/fastify-static.js DIR PORT
import compress from '@fastify/compress';
import fastifyStatic from '@fastify/static';
import Fastify from 'fastify';
import { SECURITY_HEADERS } from '../dist/server/index.js';

const [dir, port] = process.argv.slice(2);
const app = Fastify({ logger: true });
app.addHook('onRequest', (_request, reply, done) => {
  reply.headers(SECURITY_HEADERS);
  done();
});
await app.register(compress, { encodings: ['br', 'gzip'] });
await app.register(fastifyStatic, { root: dir, index: ['index.html', 'index.json'], maxAge: 300_000 });
await app.listen({ port: Number(port), host: '127.0.0.1' });
process.on('SIGTERM', () => app.close());
