/**
 * Parsers for the values a report sends as strings with units.
 *
 * Every parser takes whatever the feed sent (string, number, null, undefined) and returns
 * a number, or `undefined` when the value is missing or unreadable. Never 0, never NaN.
 */

/** A value that may arrive as text, as a number, or not at all. */
export type Loose = string | number | null | undefined;

/** An amount of money: `"79.00 CNY"` becomes `{ value: 79, currency: 'CNY' }`. */
export interface Money {
  value: number;
  currency?: string;
}

const MISSING = new Set(['', 'n/a', 'na', 'nan', 'none', 'null', '-', '—', '–', '--']);
const MISSING_LENGTH = Math.max(...[...MISSING].map((marker) => marker.length));

/** Unicode minus signs and dashes that feeds use in front of negative numbers. */
const MINUS = /^[\u2212\u2012\u2013\u2014\uFE63\uFF0D]/;

/**
 * Normalises the numeric part of a string: trims, maps a unicode minus to `-`, drops
 * thousands separators and spaces inside the number. Returns `undefined` for a missing
 * marker such as `"n/a"`.
 */
function clean(text: string): string | undefined {
  const trimmed = text.trim();
  if (MISSING.has(trimmed.toLowerCase())) return undefined;
  return trimmed
    .replace(MINUS, '-')
    .replace(/^\+/, '')
    .replace(/[,\u00A0\u202F\u2009' _]/g, '');
}

function finite(n: number): number | undefined {
  return Number.isFinite(n) ? n : undefined;
}

const PLAIN = /^-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?$/i;

/**
 * A plain number, with or without one unit character: `"0.36"`, `"68.0%"`, `"151.5B"`. It is
 * what `clean()` leaves as it is, so the parsers read it without cleaning: most values a feed
 * sends look like this, and validation parses hundreds of them per report.
 */
const PLAIN_UNIT = /^-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?[%x×KMBT]?$/i;
/** `"79.00 CNY"`, `"2,709.53 JPY"`: digits (commas between thousands), a space, a code. */
const PLAIN_MONEY = /^-?\d+(?:,\d{3})*(?:\.\d+)? [A-Z]{3}$/;

/** `"0.36"`, `"1,534.5"`, `"−0.4"`, `12` -> a number. */
export function parseNumber(input: Loose): number | undefined {
  if (typeof input === 'number') return finite(input);
  if (typeof input !== 'string') return undefined;
  if (PLAIN.test(input)) return finite(Number(input));
  const text = clean(input);
  if (text === undefined || !PLAIN.test(text)) return undefined;
  return finite(Number(text));
}

/** Strips a unit suffix (already upper/lower-cased by the caller) and parses the rest. */
function withSuffix(input: Loose, suffix: RegExp): number | undefined {
  if (typeof input === 'number') return finite(input);
  if (typeof input !== 'string') return undefined;
  if (PLAIN_UNIT.test(input) && suffix.test(input)) return finite(Number(input.slice(0, -1)));
  const text = clean(input);
  if (text === undefined) return undefined;
  return parseNumber(text.replace(suffix, ''));
}

/** `"68.0%"`, `"-6.3%"`, `"−5.2%"` -> percentage points (68, -6.3, -5.2). */
export function parsePercent(input: Loose): number | undefined {
  return withSuffix(input, /%$/);
}

/** `"1.4x"` -> 1.4. */
export function parseRatio(input: Loose): number | undefined {
  return withSuffix(input, /[x×]$/i);
}

const SCALE: Record<string, number> = { K: 1e3, M: 1e6, B: 1e9, T: 1e12 };

/** `"151.5B"`, `"950K"`, `"2.1T"`, `"571.0M"` -> the full number. */
export function parseCompact(input: Loose): number | undefined {
  if (typeof input === 'number') return finite(input);
  if (typeof input !== 'string') return undefined;
  const scale = PLAIN_UNIT.test(input) && SCALE[input.slice(-1).toUpperCase()];
  if (scale) return finite(Number(input.slice(0, -1)) * scale);
  const text = clean(input);
  if (text === undefined) return undefined;
  const match = /^(.*?)([KMBT])$/i.exec(text);
  if (!match) return parseNumber(text);
  const base = parseNumber(match[1]);
  return base === undefined ? undefined : finite(base * SCALE[match[2].toUpperCase()]);
}

/** `"79.00 CNY"`, `"1,534.50 CAD"` -> `{ value, currency }`; a bare number keeps no currency. */
export function parseMoney(input: Loose): Money | undefined {
  if (typeof input === 'number') {
    const value = finite(input);
    return value === undefined ? undefined : { value };
  }
  if (typeof input !== 'string') return undefined;
  if (PLAIN_MONEY.test(input)) {
    const value = finite(Number(input.slice(0, -4).replace(/,/g, '')));
    return value === undefined ? undefined : { value, currency: input.slice(-3) };
  }
  const match = /^(.*?)\s*([A-Za-z]{3})?$/.exec(input.trim());
  if (!match) return undefined;
  const value = parseNumber(match[1]);
  if (value === undefined) return undefined;
  return match[2] ? { value, currency: match[2].toUpperCase() } : { value };
}

/** Any text field: trimmed, missing markers become `undefined`. */
export function parseText(input: Loose): string | undefined {
  if (typeof input === 'number') return String(input);
  if (typeof input !== 'string') return undefined;
  const trimmed = input.trim();
  // Lower-casing never shortens text, so text longer than every marker needs no lower-casing.
  return trimmed.length <= MISSING_LENGTH && MISSING.has(trimmed.toLowerCase()) ? undefined : trimmed;
}
