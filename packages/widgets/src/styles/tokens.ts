import { css } from 'lit';

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

/** Host styles every element shares: theme, font, states, reduced motion, forced colours. */
export const hostStyles = css`
  :host {
    ${lightTokens}
    display: block;
    box-sizing: border-box;
    color: var(--_text);
    background: var(--_surface);
    font-family: var(--_font);
    -webkit-text-size-adjust: 100%;
  }
  /*
   * Everything renders inside .root, which sets its own font, colours and container: page
   * CSS reaches the host (even '* { all: unset }' or '!important' colours), never .root.
   */
  .root {
    display: block;
    box-sizing: border-box;
    color: var(--_text);
    background: var(--_surface);
    font-family: var(--_font);
    font-size: var(--tkr-font-size, 14px);
    font-weight: 400;
    font-style: normal;
    line-height: 1.4;
    letter-spacing: normal;
    text-align: start;
    text-transform: none;
    white-space: normal;
    visibility: visible;
    container-type: inline-size;
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
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  svg {
    display: block;
    overflow: visible;
    font-family: var(--_font);
  }
  svg text {
    fill: var(--_text);
  }
  /*
   * A chart is drawn for the width it is shown at (elements/width.ts), one unit to one pixel,
   * so it is never scaled up; in a box narrower than its drawing (server-rendered HTML,
   * before the first measurement) it scales down.
   */
  svg[part~='chart'] {
    max-width: 100%;
    height: auto;
  }
  /* What an element measures to lay its charts out (elements/width.ts). */
  .gauge {
    max-width: var(--tkr-chart-max-width, none);
  }
  /*
   * The one look of a message in place of content: loading, empty (a report without this
   * section, a group without peers, a card section the report lacks) and error, in every
   * element and inside the card alike: a muted, dashed box.
   */
  .state {
    margin: 0;
    padding: 10px 12px;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_muted);
    font-size: 0.95em;
  }
  .state.stale {
    margin-bottom: 8px;
    padding: 6px 10px;
    color: var(--_text);
    border: none;
    border-inline-start: 3px solid var(--_neutral);
    border-radius: 0;
    font-size: 0.85em;
  }
  .state[part='error'] {
    color: var(--_negative);
    border-style: solid;
    border-color: var(--_negative);
    border-inline-start-width: 3px;
  }
  .pos {
    fill: var(--_positive);
    color: var(--_positive);
  }
  .neg {
    fill: var(--_negative);
    color: var(--_negative);
  }
  .neu {
    fill: var(--_neutral);
    color: var(--_neutral);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  @media (prefers-reduced-motion: no-preference) {
    .anim {
      transition: all 200ms ease-out;
    }
  }
  @media (forced-colors: active) {
    :host {
      --_text: CanvasText;
      --_muted: CanvasText;
      --_surface: Canvas;
      --_border: CanvasText;
      --_positive: Highlight;
      --_negative: CanvasText;
      --_neutral: GrayText;
      --_accent: LinkText;
      --_grid: GrayText;
      forced-color-adjust: none;
    }
  }
`;
