import { parseMoney, parsePercent, parseRatio, parseCompact, parseNumber, parseText, type Loose } from './values.js';

/**
 * A headline figure whose unit is only known from its text (KPI tiles, signals):
 * `"79.00 CNY"`, `"12.7%"`, `"1.4x"`, `"151.5B"`, `"0.36"` or plain words (`"Active"`).
 * `text` keeps what the feed said, for anything that is not a number.
 */
export type Figure =
  | { kind: 'money'; value: number; currency?: string; text: string }
  | { kind: 'percent' | 'ratio' | 'compact' | 'number'; value: number; text: string }
  | { kind: 'text'; text: string };

export function parseFigure(input: Loose): Figure | undefined {
  const text = parseText(input);
  if (text === undefined) return undefined;
  if (/%$/.test(text)) {
    const value = parsePercent(text);
    if (value !== undefined) return { kind: 'percent', value, text };
  }
  if (/\d\s*[x×]$/i.test(text)) {
    const value = parseRatio(text);
    if (value !== undefined) return { kind: 'ratio', value, text };
  }
  // Currency codes are upper case: "79.00 CNY" is money, "27 Feb" is not.
  if (/\d\s*[A-Z]{3}$/.test(text)) {
    const money = parseMoney(text);
    if (money) return { kind: 'money', ...money, text };
  }
  if (/\d[KMBT]$/i.test(text)) {
    const value = parseCompact(text);
    if (value !== undefined) return { kind: 'compact', value, text };
  }
  const value = parseNumber(text);
  if (value !== undefined) return { kind: 'number', value, text };
  return { kind: 'text', text };
}
