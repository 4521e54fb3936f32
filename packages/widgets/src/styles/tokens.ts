import { css } from 'lit';
import { elementStyles, serverDrawings } from './host.js';

/**
 * The theme. Public `--tkr-*` custom properties set by the host page win; otherwise the
 * light or dark defaults apply. Elements read only the private `--_*` copies, so a token
 * is resolved once, on `:host`.
 */
/** Light theme defaults (also used to inline styles into a standalone SVG). */
export const lightTokens = css`
  --_font: var(--tkr-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
  --_text: var(--tkr-text, #16202c);
  --_muted: var(--tkr-muted, #56606d);
  --_surface: var(--tkr-surface, #ffffff);
  --_border: var(--tkr-border, #d5dae1);
  --_positive: var(--tkr-positive, #0b7a3e);
  --_negative: var(--tkr-negative, #c0262d);
  --_neutral: var(--tkr-neutral, #6b7380);
  --_accent: var(--tkr-accent, #2457c5);
  --_grid: var(--tkr-grid, #e7eaee);
  --_radius: var(--tkr-radius, 8px);
`;

/** Dark theme defaults. */
export const darkTokens = css`
  --_font: var(--tkr-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
  --_text: var(--tkr-text, #e8edf3);
  --_muted: var(--tkr-muted, #a3adba);
  --_surface: var(--tkr-surface, #131a22);
  --_border: var(--tkr-border, #344150);
  --_positive: var(--tkr-positive, #4cc38a);
  --_negative: var(--tkr-negative, #ff7b72);
  --_neutral: var(--tkr-neutral, #9aa4b1);
  --_accent: var(--tkr-accent, #7aa7ff);
  --_grid: var(--tkr-grid, #263241);
  --_radius: var(--tkr-radius, 8px);
`;

/**
 * The theme's rules: the light tokens on `:host`, the dark ones for `theme="dark"` or, with
 * `theme="auto"`, a dark system preference. (Kept apart from the rest of the host styles,
 * which the build's template minifier compacts: it cannot parse declarations spliced into a
 * rule body.)
 */
const themeStyles = css`
  :host {
    ${lightTokens}
  }
  :host([theme='dark']) {
    ${darkTokens}
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkTokens}
      color-scheme: dark;
    }
  }
`;

/** Host styles every element shares: theme, font, states, forced colours. */
export const hostStyles = [themeStyles, elementStyles, ...serverDrawings];
