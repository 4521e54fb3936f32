// The demo site's report API, a vite plugin (vite.config.ts uses it for `vite`, the dev server).
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The demo's report API: each JSON file in demo/reports/ is served at
 * /terminal/<ticker.uuid>/report/api/, the path a real embed points `src` at. Pages may also
 * hold `<script type="application/json" data-demo-report="<uuid>"></script>`, which gets that
 * report inlined, as a CMS would write it.
 */
export function demoReports(): Plugin {
  const dir = here('../reports/');
  const byUuid = () => {
    const reports = new Map<string, string>();
    for (const file of readdirSync(dir)) {
      if (!file.endsWith('.json')) continue;
      const text = readFileSync(dir + file, 'utf8');
      const uuid = (JSON.parse(text) as { ticker?: { uuid?: string } }).ticker?.uuid;
      if (uuid) reports.set(uuid, text);
    }
    return reports;
  };
  return {
    name: 'ticker-widgets-demo-reports',
    configureServer(server) {
      // Histories (<price-chart>): demo/histories/*.json at /terminal/<uuid>/history/api/.
      server.middlewares.use((req, res, next) => {
        const uuid = /^\/terminal\/([0-9a-f-]+)\/history\/api\/?(?:\?.*)?$/i.exec(req.url ?? '')?.[1]?.toLowerCase();
        if (!uuid) return next();
        const dir = here('../histories/');
        const text = readdirSync(dir)
          .map((file) => readFileSync(dir + file, 'utf8'))
          .find((json) => (JSON.parse(json) as { uuid?: string }).uuid === uuid);
        res.setHeader('cache-control', 'no-store');
        res.setHeader('content-type', 'application/json; charset=utf-8');
        res.statusCode = text ? 200 : 404;
        res.end(text ?? JSON.stringify({ error: 'no such history' }));
      });
      server.middlewares.use((req, res, next) => {
        const match = /^\/terminal\/([0-9a-f-]+)\/report\/api\/?(?:\?.*)?$/i.exec(req.url ?? '');
        if (!match) return next();
        const report = byUuid().get(match[1].toLowerCase());
        res.setHeader('cache-control', 'no-store');
        res.setHeader('content-type', 'application/json; charset=utf-8');
        if (!report) {
          res.statusCode = 404;
          res.end(JSON.stringify({ error: 'no such report' }));
          return;
        }
        res.end(report);
      });
    },
    transformIndexHtml(html) {
      const reports = byUuid();
      return html.replace(
        /(<script type="application\/json" data-demo-report="([0-9a-f-]+)">)\s*(<\/script>)/gi,
        (whole, open: string, uuid: string, close: string) => {
          const report = reports.get(uuid.toLowerCase());
          // `<` escaped as \u003c keeps `</script>` inside the JSON from ending the element.
          return report ? `${open}${report.trim().replace(/</g, '\\u003c')}${close}` : whole;
        },
      );
    },
  };
}
