// A build worker: computes and writes one country per message (see shard.ts).
import { parentPort } from 'node:worker_threads';
import { runJob, type CountryJob } from './shard.js';

parentPort!.on('message', (job: CountryJob) => {
  runJob(job, true).then(
    (result) => parentPort!.postMessage({ ok: true, result }),
    (error: unknown) =>
      parentPort!.postMessage({ ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
});
