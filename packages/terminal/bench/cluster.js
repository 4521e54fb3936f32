// `ticker-terminal serve` as a node:cluster of two workers sharing one port (for bench/serve.js):
// node bench/cluster.js DIR PORT
import cluster from 'node:cluster';
import { createServer } from '../dist/server/index.js';
import { renderScreenerPage } from '../dist/pages/index.js';

const [dir, port] = process.argv.slice(2);
if (cluster.isPrimary) {
  for (let i = 0; i < 2; i++) cluster.fork();
  let alive = 2;
  cluster.on('exit', () => {
    if (--alive === 0) process.exit(0);
  });
  process.on('SIGTERM', () => {
    for (const worker of Object.values(cluster.workers)) worker.process.kill('SIGTERM');
  });
} else {
  const app = await createServer({ dir, logger: true, renderScreenerPage });
  await app.listen({ port: Number(port), host: '127.0.0.1' });
  process.on('SIGTERM', async () => {
    await app.close();
    process.exit(0);
  });
}
