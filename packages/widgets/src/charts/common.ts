import type { Tone } from '../data/schema.js';

/** Below this width (CSS px) of its box, an element switches to its narrow drawing. */
export const NARROW_BELOW = 560;

/** The CSS class for a tone, or for the sign of a value when there is no tone. */
export function toneClass(tone: Tone | undefined, value?: number): 'pos' | 'neg' | 'neu' {
  if (tone === 'positive') return 'pos';
  if (tone === 'negative') return 'neg';
  if (tone === 'neutral') return 'neu';
  if (value === undefined || value === 0) return 'neu';
  return value > 0 ? 'pos' : 'neg';
}

/** Rounds for SVG attributes: short path strings, stable across engines. */
export function r(value: number): number {
  return Math.round(value * 100) / 100;
}
