import { html, nothing, type TemplateResult } from 'lit';
import type { Tone } from '../data/schema.js';
import type { Figure } from '../data/figure.js';
import type { Formatter } from '../format/format.js';
import { toneClass } from './common.js';

/** The shape that stands for a tone, so it never rests on colour alone (its word is `tone.<tone>` in the catalog). */
const TONE_SHAPES: Record<Tone, string> = { positive: '▲', negative: '▼', neutral: '●' };

/**
 * A tone as a coloured shape (hidden from assistive technology) followed by its word, in
 * the reader's language, in visually hidden text; nothing when there is no tone.
 */
export function toneMark(tone: Tone | undefined, format: Formatter): TemplateResult | typeof nothing {
  if (!tone) return nothing;
  return html`<span class="mark ${toneClass(tone)}" part="mark" data-tone=${tone}
    ><span aria-hidden="true">${TONE_SHAPES[tone]}</span><span class="visually-hidden"> ${format.t(`tone.${tone}`)}</span></span
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
