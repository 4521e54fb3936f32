/**
 * A value the report lacks, shown in its place: the dash, hidden from screen readers, which
 * read "not available" instead (the catalog's `missing`). For charts/ and elements/ alike.
 */
import { html, type TemplateResult } from 'lit';
import { MISSING, type Formatter } from '../format/format.js';

/** The dash, read as "not available". */
export function missingValue(format: Formatter): TemplateResult {
  return html`<span class="missing" aria-hidden="true">${MISSING}</span><span class="visually-hidden">${format.t('missing')}</span>`;
}

/** A formatted value as shown: itself, or for the dash the dash read as "not available". */
export function shownValue<T extends string | number>(value: T, format: Formatter): T | TemplateResult {
  return value === MISSING ? missingValue(format) : value;
}

/** A formatted value as said in an accessible name: itself, or "not available" for the dash. */
export function spokenValue(text: string, format: Formatter): string {
  return text === MISSING ? format.t('missing') : text;
}
