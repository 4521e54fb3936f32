/**
 * The seed's value formats, one function each. The engine keeps returns and ratios as fractions
 * (0.127 = 12.7%); these functions are where they become the report's strings.
 *
 * Every function takes `number | null | undefined` and gives `null` for a value that is missing
 * or not finite (NaN, Infinity): a missing value stays JSON `null` in the report, never 0 and
 * never a placeholder such as "n/a". Rounding is `Number.prototype.toFixed`'s (the nearest decimal
 * of the double's exact value) and a result that rounds to zero loses its minus sign (`"0.0%"`,
 * not `"-0.0%"`).
 */

/** `'positive' | 'negative' | 'neutral'`, the seed's three tones. */
export type Tone = 'positive' | 'negative' | 'neutral';

/** A number the report may carry: finite, else `null`. */
export function finite(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** `value.toFixed(digits)` without a minus sign on a result that reads as zero. */
export function fixed(value: number, digits: number): string {
  const text = value.toFixed(digits);
  return /^-[0.]+$/.test(text) ? text.slice(1) : text;
}

/** `1234567.891` -> `"1,234,567.89"`: fixed decimals, commas between thousands. */
function grouped(value: number, digits: number): string {
  const text = fixed(value, digits);
  const [whole, fraction] = text.split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const digitsOnly = sign ? whole.slice(1) : whole;
  const withCommas = digitsOnly.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${withCommas}${fraction === undefined ? '' : `.${fraction}`}`;
}

/** Money, 2 decimals, thousands separated, then the ISO 4217 code: `"79.00 CNY"`, `"2,709.53 JPY"`. */
export function formatMoney(value: number | null | undefined, currency: string): string | null {
  const v = finite(value);
  return v === null ? null : `${grouped(v, 2)} ${currency}`;
}

const SCALES: [number, string][] = [
  [1, ''],
  [1e3, 'K'],
  [1e6, 'M'],
  [1e9, 'B'],
  [1e12, 'T'],
];

/**
 * A large amount, one decimal and a scale letter: `151.5e9` -> `"151.5B"`, `571.0e6` -> `"571.0M"`,
 * `6.0e6` -> `"6.0M"`, `950` -> `"950.0"`. The letter is the largest scale the amount reaches, one
 * larger when rounding would show 1000 of it (`999.96e6` -> `"1.0B"`, `999.94e6` -> `"999.9M"`).
 * Amounts past 1000T keep the T (`"1500.0T"`).
 */
export function formatCompact(value: number | null | undefined): string | null {
  const v = finite(value);
  if (v === null) return null;
  let at = 0;
  while (at < SCALES.length - 1 && Math.abs(v) >= SCALES[at + 1][0]) at++;
  let text = fixed(v / SCALES[at][0], 1);
  if (Math.abs(Number(text)) >= 1000 && at < SCALES.length - 1) text = fixed(v / SCALES[++at][0], 1);
  return `${text}${SCALES[at][1]}`;
}

/** A fraction as a percent with 1 decimal: `0.68` -> `"68.0%"`, `-0.063` -> `"-6.3%"`. */
export function formatPercent(fraction: number | null | undefined): string | null {
  const v = finite(fraction);
  return v === null ? null : percentLabel(v * 100);
}

/** Percentage points (already times 100) with 1 decimal: `12.696` -> `"12.7%"`. */
export function percentLabel(points: number | null | undefined): string | null {
  const v = finite(points);
  return v === null ? null : `${fixed(v, 1)}%`;
}

/** A probability (a fraction) as a percent with 2 decimals: `0.5377` -> `"53.77%"`. */
export function formatProbability(fraction: number | null | undefined): string | null {
  const v = finite(fraction);
  return v === null ? null : `${fixed(v * 100, 2)}%`;
}

/** A ratio with 1 decimal and an `x`: `1.4` -> `"1.4x"`. */
export function formatRatio(value: number | null | undefined): string | null {
  const v = finite(value);
  return v === null ? null : `${fixed(v, 1)}x`;
}

/** Market Dynamics, 2 decimals: `0.3612` -> `"0.36"`, `-0.4` -> `"-0.40"`. */
export function formatMarketDynamics(value: number | null | undefined): string | null {
  const v = finite(value);
  return v === null ? null : fixed(v, 2);
}

/** Relative Strength, 2 decimals: `112.6` -> `"112.60"`. */
export function formatRelativeStrength(value: number | null | undefined): string | null {
  const v = finite(value);
  return v === null ? null : fixed(v, 2);
}

/** A 0-100 score as a whole number: `76.97` -> `"77"`. Half rounds up (`Math.round`). */
export function formatScore(value: number | null | undefined): string | null {
  const v = finite(value);
  return v === null ? null : String(Math.round(v) + 0);
}

const MS_PER_DAY = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A day (days since 1970-01-01, UTC) as `YYYY-MM-DD`. */
export function isoDate(day: number): string {
  let text = isoDates.get(day);
  if (text === undefined) {
    text = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    isoDates.set(day, text);
  }
  return text;
}

/** Every history writes the same few hundred week labels: each is formatted once. */
const isoDates = new Map<number, string>();

/** A day as the timeline's week label, day and month without a year: `"27 Feb"`, `"6 Mar"`. */
export function weekLabel(day: number): string {
  const date = new Date(day * MS_PER_DAY);
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]}`;
}

/** Tone by sign: above 0 positive, below 0 negative, exactly 0 neutral; missing -> `null`. */
export function signTone(value: number | null | undefined): Tone | null {
  const v = finite(value);
  if (v === null) return null;
  return v > 0 ? 'positive' : v < 0 ? 'negative' : 'neutral';
}

/** Score tone, as the seed's scores: 60 and above positive, below 40 negative, between neutral. */
export function scoreTone(value: number | null | undefined): Tone | null {
  const v = finite(value);
  if (v === null) return null;
  return v >= 60 ? 'positive' : v < 40 ? 'negative' : 'neutral';
}

/** Return bar width (layout hint): `min(100, |r| / 35 * 100)`, r in percent. */
export function returnWidth(points: number | null | undefined): number | null {
  const v = finite(points);
  return v === null ? null : Math.min(100, (Math.abs(v) / 35) * 100);
}

/** Timeline bar height (layout hint): `min(100, |r| / 12 * 100)`, r in percent. */
export function timelineHeight(points: number | null | undefined): number | null {
  const v = finite(points);
  return v === null ? null : Math.min(100, (Math.abs(v) / 12) * 100);
}

/** A fraction as percentage points (the report's numeric `value`s): `0.127` -> `12.7`. */
export function toPoints(fraction: number | null | undefined): number | null {
  const v = finite(fraction);
  return v === null ? null : v * 100;
}
