import { css, isServer } from 'lit';

/**
 * What every element's shadow root has besides the theme's tokens (styles/tokens.ts): the
 * host's box and font, the root that page CSS cannot reach, the one look of a message in
 * place of content, tones, and the forced-colours rules.
 */
export const elementStyles = css`
  :host {
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

/**
 * Server-rendered charts come in two drawings (the server cannot measure): .chart--narrow
 * below 560px of container width, .chart--wide above. In the browser an element measures
 * itself and draws only the one that fits (elements/width.ts), so these rules ship only in
 * the server's markup.
 */
export const serverDrawings = isServer
  ? [
      css`
        .chart--wide {
          display: none;
        }
        @container (min-width: 560px) {
          .chart--narrow {
            display: none;
          }
          .chart--wide {
            display: block;
          }
        }
      `,
    ]
  : [];
