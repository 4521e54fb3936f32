// One way to write HTML from data: the `html` tagged template escapes every interpolated value
// unless it is already `Html` (the result of another `html` template, or markup we produced
// ourselves and wrapped with `trusted`). Arrays are joined; null, undefined and false vanish.

/** Markup that is safe to place as is. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type Interpolation = Html | string | number | boolean | null | undefined | readonly Interpolation[];

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe in element content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

function piece(value: Interpolation): string {
  if (value instanceof Html) return value.value;
  if (value === null || value === undefined || value === false) return '';
  if (Array.isArray(value)) return (value as readonly Interpolation[]).map(piece).join('');
  return escapeHtml(String(value));
}

/** `html\`<p>${text}</p>\``: text escaped, nested `html` kept. */
export function html(strings: TemplateStringsArray, ...values: Interpolation[]): Html {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += piece(values[i]!) + strings[i + 1]!;
  return new Html(out);
}

/** Markup produced by code we trust (the widgets' server renderer), placed as is. */
export function trusted(markup: string): Html {
  return new Html(markup);
}

/**
 * The href for a link from data, or null when it must stay text: only site-relative paths
 * (`/…`, not `//…`) and absolute http(s) URLs become links.
 */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  const value = url.trim();
  if (/^\/(?![/\\])/.test(value)) return value;
  try {
    const parsed = new URL(value);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** `<a href>` when the URL is safe, else the text alone. */
export function link(url: string | null | undefined, content: Interpolation, attrs: Html = html``): Html {
  const href = safeHref(url);
  return href ? html`<a href="${href}"${attrs}>${content}</a>` : html`${content}`;
}
