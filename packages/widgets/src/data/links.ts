/**
 * Turns a link from a report into an absolute `http(s)` URL, or `undefined` for anything
 * else (`javascript:`, `data:`, garbage). The URL parser strips the tabs, newlines and
 * leading control characters that are used to hide a scheme, so the check sees the truth.
 */
export function safeHref(url: string | undefined, base?: string): string | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = base ? new URL(url, base) : new URL(url);
  } catch {
    return undefined;
  }
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
}
