// One build, run by bench/build.js in its own process; prints a JSON line: reports written, seconds
// per stage, peak resident memory (KiB), CPU seconds of every thread (user, system).
import { build } from '../dist/index.js';

const [securities, prices, out] = process.argv.slice(2);
const stages = {};
let stage = null;
let since = performance.now();
const summary = await build({
  securities,
  prices: [prices],
  out,
  onProgress: (name) => {
    if (name === stage) return;
    const now = performance.now();
    if (stage) stages[stage] = (stages[stage] ?? 0) + (now - since) / 1000;
    stage = name;
    since = now;
  },
});
if (stage) stages[stage] = (stages[stage] ?? 0) + (performance.now() - since) / 1000;
const usage = process.resourceUsage();
console.log(
  JSON.stringify({
    written: summary.written,
    stages,
    maxRss: usage.maxRSS,
    cpu: { user: usage.userCPUTime / 1e6, system: usage.systemCPUTime / 1e6 },
  }),
);
