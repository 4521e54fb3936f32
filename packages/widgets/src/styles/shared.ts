import { css } from 'lit';

/** Pieces several elements share: the data-table disclosure, headings, stat lists. */
export const sharedStyles = css`
  .frame {
    display: grid;
    gap: 8px;
  }
  .title {
    margin: 0;
    font-size: 1em;
    font-weight: 600;
  }
  /* Small upper-case headings: card sections, panel groups, signal lists. */
  .caps {
    font-size: 0.8em;
    font-weight: 700;
    letter-spacing: 0.06em;
    text-transform: uppercase;
    color: var(--_muted);
  }
  .tick {
    fill: var(--_muted);
    font-size: 11px;
  }
  .zero,
  .gridline {
    stroke: var(--_grid);
    stroke-width: 1;
  }
  .zero {
    stroke: var(--_muted);
  }
  .stats {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 16px;
    margin: 0;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .stats div {
    display: flex;
    gap: 4px;
  }
  .stats dd {
    margin: 0;
    color: var(--_text);
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    /* A figure reads as one: "46 of 747 (top 6%)" never breaks inside; its term wraps instead. */
    white-space: nowrap;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 16px;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.85em;
    color: var(--_muted);
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 6px;
  }
  .legend .swatch {
    flex: none;
  }
  details.data {
    font-size: 0.85em;
    color: var(--_muted);
  }
  details.data summary {
    cursor: pointer;
    width: max-content;
    border-radius: 4px;
  }
  details.data summary:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  details.data table {
    margin-top: 6px;
    border-collapse: collapse;
    color: var(--_text);
    font-variant-numeric: tabular-nums;
  }
  details.data caption {
    text-align: start;
    color: var(--_muted);
    padding-bottom: 4px;
  }
  details.data th,
  details.data td {
    padding: 2px 10px 2px 0;
    text-align: start;
    border-bottom: 1px solid var(--_grid);
  }
  details.data td {
    text-align: end;
  }
  /*
   * A table wider than its box (<peer-table>, the card's recent weeks) scrolls sideways in a
   * focusable .scroller: its .held first column stays put (sticky), a shadow at the right
   * edge says there is more (background-attachment: local covers it at the end; no script),
   * and where scroll-driven animations exist, a shadow under the held column once scrolled.
   * Cells are see-through so the edge shadow shows; the held column is opaque.
   */
  .scroller {
    /* The containing block of its visually hidden texts, which would otherwise widen the page. */
    position: relative;
    overflow-x: auto;
    background:
      linear-gradient(to left, var(--_surface) 45%, transparent) right / 40px 100% no-repeat local,
      radial-gradient(farthest-side at 100% 50%, color-mix(in srgb, var(--_text) 30%, transparent), transparent) right /
        14px 100% no-repeat scroll,
      var(--_surface);
  }
  .scroller:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  /*
   * A fade held at the right edge (sticky) over whatever is cut there, so a number half in
   * view fades out instead of reading as a shorter one ("CN¥47."); at the end of the scroll
   * it lies over the last column's extra end padding.
   */
  .scroller {
    display: flex;
  }
  .scroller > table {
    flex: none;
    width: 100%;
  }
  .scroller::after {
    content: '';
    flex: none;
    position: sticky;
    inset-inline-end: 0;
    z-index: 2;
    width: 28px;
    margin-inline-start: -28px;
    pointer-events: none;
    background: linear-gradient(to right, transparent, var(--_surface) 85%);
  }
  .scroller :is(th, td):last-child {
    padding-inline-end: 28px;
  }
  .scroller .held {
    position: sticky;
    inset-inline-start: 0;
    z-index: 1;
    background: var(--_surface);
  }
  .scroller .held::after {
    content: '';
    position: absolute;
    inset-block: 0;
    inset-inline-start: 100%;
    width: 10px;
    pointer-events: none;
    background: linear-gradient(to right, color-mix(in srgb, var(--_text) 22%, transparent), transparent);
    opacity: 0;
  }
  @supports (animation-timeline: scroll()) {
    .scroller {
      scroll-timeline: --tkr-scroller inline;
    }
    .scroller .held::after {
      animation: tkr-held linear both;
    }
    /* The edge fade only while there is more to the right (none on a table that fits). */
    .scroller::after {
      opacity: 0;
      animation: tkr-more linear;
    }
  }
  /*
   * The timelines in a block of their own, after the shorthands that reset them: a CSS minifier
   * folds an 'animation-timeline' beside 'animation' into the shorthand, which Chromium then
   * drops whole (the fade never showed in the built bundle).
   */
  @supports (animation-range: 0 1px) {
    .scroller .held::after {
      animation-timeline: --tkr-scroller;
      animation-range: 0 24px;
    }
    .scroller::after {
      animation-timeline: --tkr-scroller;
      animation-range: 0 calc(100% - 8px);
    }
  }
  @keyframes tkr-held {
    to {
      opacity: 1;
    }
  }
  @keyframes tkr-more {
    from,
    to {
      opacity: 1;
    }
  }
`;

/** The price lines of `<price-history>` and `<price-chart>`: close, trend line, fair value. */
export const priceLineStyles = css`
  :host {
    --_close: var(--tkr-history-close, var(--_accent));
    --_trend: var(--tkr-history-trend, var(--_text));
    --_fair: var(--tkr-history-fair, var(--_neutral));
  }
  .tick {
    font-variant-numeric: tabular-nums;
  }
  .axis-line,
  .tickmark {
    stroke: var(--_muted);
    stroke-width: 1;
  }
  .line {
    fill: none;
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  .line--close {
    stroke: var(--_close);
    stroke-width: 2.5;
  }
  .line--trend {
    stroke: var(--_trend);
    stroke-width: 1.75;
    stroke-dasharray: 7 4;
    stroke-linecap: butt;
  }
  .line--fair {
    stroke: var(--_fair);
    stroke-width: 2;
    stroke-dasharray: 0.5 4;
  }
  .legend .swatch {
    width: 28px;
    height: 10px;
  }
`;
