/**
 * Locale-aware formatting with the platform's `Intl`. `formatter(locale)` is cached per
 * locale, so every element on a page shares one set of `Intl` objects.
 */
import type { Money } from '../data/values.js';
import type { Figure } from '../data/figure.js';
import { messages, type Translate } from '../i18n/index.js';

/** What is shown in place of a missing value. */
export const MISSING = '—';

const MINUS = '\u2212';

export interface Formatter {
  readonly locale: string;
  /** The interface's words in the locale's language (English when it has no catalog). */
  readonly t: Translate;
  /** Percentage points: `12.7` -> `12.7%`; `signed` adds `+`/`−`. */
  percent(points: number | undefined, options?: { signed?: boolean; digits?: number }): string;
  /** `{ value: 79, currency: 'CNY' }` -> `CN¥79.00` (en-US), `79,00 CN¥` (de-DE). */
  money(money: Money | undefined): string;
  /** `151.5e9` -> `151.5B` (en-US), `151,5 Mrd.` (de-DE). */
  compact(value: number | undefined): string;
  /** A plain number with at most `digits` fraction digits (`fixed`: exactly `digits`, `112.60`). */
  number(value: number | undefined, digits?: number, options?: { signed?: boolean; fixed?: boolean }): string;
  /** `1.4` -> `1.4×`. */
  ratio(value: number | undefined): string;
  /** `"2026-06-12"` -> `Jun 12, 2026`; `short` drops the year. */
  date(iso: string | undefined, style?: 'long' | 'short'): string;
  /** A KPI or signal figure, in the unit it came with. */
  figure(figure: Figure | undefined): string;
  /** An ordinal rank: `46 of 747`. */
  rank(rank: number | undefined, count: number | undefined): string;
}

/** Typographic minus, so `−6.3%` reads as "minus" and aligns with `+`. */
function typographic(text: string): string {
  return text.replace(/^-|(?<=^[^\d]*)-(?=\d)/, MINUS);
}

function make(locale: string, tag: string): Formatter {
  const numberFormats = new Map<string, Intl.NumberFormat>();
  const nf = (key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat => {
    let format = numberFormats.get(key);
    if (!format) {
      format = new Intl.NumberFormat(locale, options);
      numberFormats.set(key, format);
    }
    return format;
  };
  const dateFormats = {
    long: new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }),
    short: new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' }),
  };
  const ok = (value: number | undefined): value is number => value !== undefined && Number.isFinite(value);

  const self: Formatter = {
    locale,
    // Looked up each time: a catalog that loads later replaces English.
    get t(): Translate {
      return messages(tag);
    },
    percent(points, { signed = false, digits = 1 } = {}) {
      if (!ok(points)) return MISSING;
      const format = nf(`p${digits}${signed}`, {
        style: 'percent',
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
        signDisplay: signed ? 'exceptZero' : 'auto',
      });
      return typographic(format.format(points / 100));
    },
    money(money) {
      if (!money || !ok(money.value)) return MISSING;
      if (!money.currency) return self.number(money.value, 2);
      try {
        return typographic(nf(`m${money.currency}`, { style: 'currency', currency: money.currency }).format(money.value));
      } catch {
        return `${self.number(money.value, 2)} ${money.currency}`;
      }
    },
    compact(value) {
      if (!ok(value)) return MISSING;
      const format = nf('c', { notation: 'compact', minimumFractionDigits: 1, maximumFractionDigits: 1 });
      return typographic(format.format(value));
    },
    number(value, digits = 2, { signed = false, fixed = false } = {}) {
      if (!ok(value)) return MISSING;
      const format = nf(`n${digits}${signed}${fixed}`, {
        minimumFractionDigits: fixed ? digits : 0,
        maximumFractionDigits: digits,
        signDisplay: signed ? 'exceptZero' : 'auto',
      });
      return typographic(format.format(value));
    },
    ratio(value) {
      if (!ok(value)) return MISSING;
      const format = nf('r', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
      return `${typographic(format.format(value))}×`;
    },
    date(iso, style = 'long') {
      if (!iso) return MISSING;
      const time = Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
      return Number.isFinite(time) ? dateFormats[style].format(time) : iso;
    },
    figure(figure) {
      if (!figure) return MISSING;
      switch (figure.kind) {
        case 'money':
          return self.money(figure);
        case 'percent':
          return self.percent(figure.value);
        case 'ratio':
          return self.ratio(figure.value);
        case 'compact':
          return self.compact(figure.value);
        case 'number':
          return self.number(figure.value);
        default:
          return figure.text;
      }
    },
    rank(rank, count) {
      if (!ok(rank)) return MISSING;
      return ok(count) ? self.t('rankOf', { rank: self.number(rank, 0), count: self.number(count, 0) }) : self.number(rank, 0);
    },
  };
  return self;
}

const cache = new Map<string, Formatter>();

/** Resolves `locale` to one `Intl` supports (falling back to `en-US`) and caches it. */
export function formatter(locale?: string): Formatter {
  const key = locale || 'en-US';
  let format = cache.get(key);
  if (!format) {
    let supported: string;
    try {
      supported = Intl.NumberFormat.supportedLocalesOf(key)[0] ?? 'en-US';
    } catch {
      supported = 'en-US';
    }
    format = make(supported, key);
    cache.set(key, format);
  }
  return format;
}
