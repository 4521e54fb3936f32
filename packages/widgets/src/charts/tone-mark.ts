import { html, nothing, type TemplateResult } from 'lit';
import type { Tone } from '../data/schema.js';
import type { Figure } from '../data/figure.js';
import type { Formatter } from '../format/format.js';
import { toneClass } from './common.js';

/** The shape and the word that stand for a tone, so it never rests on colour alone. */
export const TONE_MARKS: Record<Tone, { shape: string; word: string }> = {
  positive: { shape: '▲', word: 'positive' },
  negative: { shape: '▼', word: 'negative' },
  neutral: { shape: '●', word: 'neutral' },
};

/**
 * A tone as a coloured shape (hidden from assistive technology) followed by its word in
 * visually hidden text; nothing when there is no tone.
 */
export function toneMark(tone: Tone | undefined): TemplateResult | typeof nothing {
  if (!tone) return nothing;
  const { shape, word } = TONE_MARKS[tone];
  return html`<span class="mark ${toneClass(tone)}" part="mark" data-tone=${tone}
    ><span aria-hidden="true">${shape}</span><span class="visually-hidden"> ${word}</span></span
  >`;
}

/**
 * A KPI or signal figure for the locale. A percent that carries a tone is a change, so it
 * is shown signed (`+12.7%`, `−0.4%`); everything else as `format.figure` gives it.
 */
export function figureText(figure: Figure | undefined, tone: Tone | undefined, format: Formatter): string {
  if (figure?.kind === 'percent' && tone) return format.percent(figure.value, { signed: true });
  return format.figure(figure);
}
