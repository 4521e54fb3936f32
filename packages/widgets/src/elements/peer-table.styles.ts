import { css } from 'lit';

/** `<peer-table>`'s own styles, after the base and shared ones. */
export const peerTableStyles = css`
  .frame {
    gap: 10px;
  }
  .stats {
    gap: 4px 18px;
  }
  .scroller {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  /*
   * Fixed column widths, the same in every peer table: the symbol, exchange and flag
   * columns by the font, the return columns by the longest return of either group
   * (.r6-.r10: characters), and the name takes what is left. Below the table's least
   * width the scroller scrolls.
   */
  table {
    --_ret: calc(var(--_chars, 7) * 0.62em + 24px);
    --_flag: 6em;
    table-layout: fixed;
    width: 100%;
    min-width: calc(9em + 7.5em + 3 * var(--_ret) + 3 * var(--_flag) + 18px + 11em);
    border-collapse: separate;
    border-spacing: 0;
    font-variant-numeric: tabular-nums;
  }
  table.r6 {
    --_chars: 6;
  }
  table.r8 {
    --_chars: 8;
  }
  table.r9 {
    --_chars: 9;
  }
  table.r10 {
    --_chars: 10;
  }
  thead .col-symbol {
    width: 9em;
  }
  /* Wide enough for its heading ("EXCHANGE ↕"), which is longer than any exchange code. */
  thead .col-exchange {
    width: 7.5em;
  }
  thead .num {
    width: var(--_ret);
  }
  thead .flag {
    width: var(--_flag);
  }
  /* The last column also holds the scroller's edge fade. */
  thead .flag:last-child {
    width: calc(var(--_flag) + 18px);
  }
  .title .extent {
    color: var(--_muted);
    font-weight: 400;
    font-size: 0.9em;
    white-space: nowrap;
  }
  th,
  td {
    padding: 7px 10px;
    text-align: start;
    white-space: nowrap;
    border-bottom: 1px solid var(--_grid);
  }
  tbody tr:last-child > * {
    border-bottom: none;
  }
  /* The header's small capitals sit on its button, so the header cell's em is the table's. */
  thead th {
    padding-block: 8px 6px;
    border-bottom-color: var(--_border);
    color: var(--_muted);
  }
  thead .sort {
    font-size: 0.8em;
    font-weight: 600;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }
  .num {
    text-align: end;
    font-weight: 600;
  }
  .flag {
    text-align: center;
  }
  .col-symbol {
    font-weight: 600;
    white-space: normal;
    box-shadow: inset -1px 0 0 var(--_grid);
  }
  .col-name {
    white-space: normal;
    overflow-wrap: break-word;
    color: var(--_text);
  }
  .col-exchange {
    color: var(--_muted);
  }
  .sort {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    margin: -2px -4px;
    padding: 2px 4px;
    border: 0;
    border-radius: 4px;
    background: none;
    color: inherit;
    font: inherit;
    letter-spacing: inherit;
    text-transform: inherit;
    cursor: pointer;
  }
  .sort:hover {
    color: var(--_text);
  }
  .sort:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 1px;
  }
  [aria-sort] .sort {
    color: var(--_text);
  }
  .arrow {
    min-width: 0.9em;
    text-align: center;
  }
  a {
    color: var(--_accent);
    text-decoration: underline;
    text-decoration-thickness: 1px;
    text-underline-offset: 2px;
    border-radius: 2px;
  }
  a:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  /* Row tints see-through, so the scroller's edge shadow shows through them; the held column's opaque. */
  tbody tr:hover > * {
    background: color-mix(in srgb, var(--_grid) 45%, transparent);
  }
  tbody tr:hover > .held {
    background: color-mix(in srgb, var(--_grid) 45%, var(--_surface));
  }
  tr.current > * {
    background: color-mix(in srgb, var(--_accent) 10%, transparent);
  }
  tr.current > .held {
    background: color-mix(in srgb, var(--_accent) 10%, var(--_surface));
  }
  tr.current > .col-symbol {
    box-shadow:
      inset 3px 0 0 var(--_accent),
      inset -1px 0 0 var(--_grid);
  }
  .badge {
    display: inline-block;
    margin-inline-start: 4px;
    white-space: nowrap;
    padding: 0 6px;
    border: 1px solid currentColor;
    border-radius: 999px;
    color: var(--_accent);
    font-size: 0.8em;
    font-weight: 600;
    line-height: 1.5;
    vertical-align: 1px;
  }
  .sub {
    display: none;
    max-width: 11em;
    margin-top: 1px;
    color: var(--_muted);
    font-size: 0.8em;
    font-weight: 400;
    white-space: normal;
    overflow: hidden;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 3px;
    padding: 0 7px;
    border-radius: 999px;
    border: 1px solid currentColor;
    font-size: 0.82em;
    font-weight: 600;
    line-height: 1.55;
  }
  .chip.yes {
    color: var(--_positive);
  }
  .chip.no {
    color: var(--_muted);
    border-style: dashed;
  }
  .missing {
    color: var(--_muted);
  }
  @container (max-width: 879px) {
    .col-name,
    .col-exchange {
      display: none;
    }
    .sub {
      display: -webkit-box;
    }
    table {
      min-width: calc(9em + 3 * var(--_ret) + 3 * var(--_flag) + 18px);
    }
  }
`;
