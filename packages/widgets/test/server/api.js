// A tiny report API for the tests, mounted in the test runner's dev server under /api/.
//   /api/report/<fixture>?delay=ms&tag=t     a fixture from test/fixtures (counted per tag)
//   /api/status/<code>?retry-after=s          that status, JSON body
//   /api/flaky/<tag>?fail=n&status=503        fails n times per tag, then serves the seed
//   /api/hang                                 never answers within a test's patience
//   /api/html                                 an HTML error page with status 200
//   /api/truncated                            a JSON body cut in the middle
//   /api/invalid                              JSON that is not a report
//   /api/sequence/<tag>?plan=ok,500  the nth request gets the nth step of the plan
//   /api/count/<tag>                          how many requests /api/report|flaky saw for tag
//   /api/reset                                forget the counts
import { readFileSync } from 'node:fs';

const fixture = (name) => readFileSync(new URL(`../fixtures/${name}.json`, import.meta.url), 'utf8');
const counts = new Map();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function bump(key) {
  counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts.get(key);
}

export function reportApi() {
  return async (ctx, next) => {
    const url = new URL(ctx.url, 'http://localhost');
    const parts = url.pathname.split('/').filter(Boolean);
    if (parts[0] !== 'api') return next();
    const q = url.searchParams;
    // Counts are kept per browser (by user agent): Chromium and Firefox run the same files at
    // once against this one server.
    const browser = ctx.get('user-agent');
    const count = (tag) => bump(`${browser} ${tag}`);
    ctx.set('cache-control', 'no-store');
    switch (parts[1]) {
      case 'report': {
        count(q.get('tag') ?? parts[2]);
        if (q.get('delay')) await sleep(Number(q.get('delay')));
        ctx.type = 'application/json';
        ctx.body = fixture(parts[2]);
        return;
      }
      case 'status': {
        const status = Number(parts[2]);
        count(`status-${status}`);
        if (q.get('retry-after')) ctx.set('retry-after', q.get('retry-after'));
        ctx.status = status;
        ctx.type = 'application/json';
        ctx.body = JSON.stringify({ error: status });
        return;
      }
      case 'flaky': {
        const n = count(parts[2]);
        if (n <= Number(q.get('fail') ?? 1)) {
          ctx.status = Number(q.get('status') ?? 503);
          ctx.set('retry-after', q.get('retry-after') ?? '0');
          ctx.body = 'busy';
          return;
        }
        ctx.type = 'application/json';
        ctx.body = fixture('000657-seed');
        return;
      }
      case 'sequence': {
        // /api/sequence/<tag>?plan=ok,500,ok: the nth request for tag gets the nth step (the last repeats).
        const plan = (q.get('plan') ?? 'ok').split(',');
        const step = plan[Math.min(count(parts[2]), plan.length) - 1];
        if (step === 'ok') {
          ctx.type = 'application/json';
          ctx.body = fixture(q.get('report') ?? '000657-seed');
        } else {
          ctx.status = Number(step);
          ctx.body = JSON.stringify({ error: step });
        }
        return;
      }
      case 'hang':
        await sleep(20_000);
        ctx.body = '{}';
        return;
      case 'html':
        ctx.type = 'text/html';
        ctx.body = '<!DOCTYPE html><html><head><title>Server error</title></head><body>Oops</body></html>';
        return;
      case 'truncated':
        ctx.type = 'application/json';
        ctx.body = fixture('000657-seed').slice(0, 500);
        return;
      case 'invalid':
        count('invalid');
        ctx.type = 'application/json';
        ctx.body = JSON.stringify({ ticker: { symbol: 'BAD' }, momentum: { returns: 'lots' } });
        return;
      case 'count':
        ctx.type = 'application/json';
        ctx.body = JSON.stringify({ count: counts.get(`${browser} ${parts[2]}`) ?? 0 });
        return;
      case 'reset':
        for (const key of counts.keys()) if (key.startsWith(`${browser} `)) counts.delete(key);
        ctx.body = 'ok';
        return;
      default:
        return next();
    }
  };
}
