// Types of svg-pixels.js (plain JavaScript, shared by the browser and the Node tests).
export type RGB = [number, number, number];
/** A theme's colours by name: surface, text, accent, … */
export type Theme = Record<string, RGB>;

export const VAR_USE: RegExp;
export const CUSTOM_PROPERTY: RegExp;
export const CONDITIONAL_RULE: RegExp;
export const TITLED_SVG: RegExp;
export const INKS: readonly string[];

export function colours(cssText: string): Theme;
export function widened(svg: string, m: number): { background: RegExp; svg: string };
export function themePixels(
  rgba: ArrayLike<number>,
  theme: Theme,
  tolerance: number,
): { background: number; painted: number; found: Set<string> };
export function marginPixels(
  rgba: ArrayLike<number>,
  width: number,
  height: number,
  m: number,
): { inside: number; outside: number };
