// The headers every response carries, computed once: a strict Content-Security-Policy (no inline
// script or style, nothing from other origins, no framing) and the usual hardening headers.
// The same set @fastify/helmet would send with this configuration; see README "Serving" for why
// they are set from one frozen object in an onRequest hook instead.

/** The site's Content-Security-Policy: everything from this origin only, no inline script, no plugins, no framing. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "script-src-attr 'none'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Sent with every response. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'origin-agent-cluster': '?1',
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'x-dns-prefetch-control': 'off',
  'x-download-options': 'noopen',
  'x-frame-options': 'DENY',
  'x-permitted-cross-domain-policies': 'none',
  'x-xss-protection': '0',
});

/**
 * Added to JSON (the report and history files, the query API): the widgets fetch reports from
 * other sites' pages, so the data is readable cross-origin (it is public and sent without cookies).
 */
export const PUBLIC_DATA_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'access-control-allow-origin': '*',
  'cross-origin-resource-policy': 'cross-origin',
});

/** Whether a URL path is one of the JSON APIs (`/api/...`, `/healthz` aside, or `.../api/...`): its errors are JSON. */
export function isApiPath(path: string): boolean {
  return path.startsWith('/api/') || path === '/api' || path.includes('/api/') || path.endsWith('/api');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A small page for errors when DIR has no 404.html: no script, no inline style, readable in any theme. */
export function errorPage(status: number, title: string, message: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${status} ${escapeHtml(title)}</title>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(message)}</p>
<p><a href="/">Back to the screener</a></p>
</main>
</body>
</html>
`;
}
