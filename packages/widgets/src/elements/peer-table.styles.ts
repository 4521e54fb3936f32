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
    overflow-x: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .scroller:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  table {
    width: 100%;
    border-collapse: separate;
    border-spacing: 0;
    font-variant-numeric: tabular-nums;
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
    background: var(--_surface);
  }
  tbody tr:last-child > * {
    border-bottom: none;
  }
  thead th {
    position: relative;
    padding-block: 8px 6px;
    border-bottom-color: var(--_border);
    color: var(--_muted);
    font-size: 0.78em;
    font-weight: 600;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }
  .num,
  .flag,
  .col-exchange {
    width: 1%;
  }
  .num {
    text-align: end;
    font-weight: 600;
  }
  .flag {
    text-align: center;
  }
  .col-symbol {
    position: sticky;
    inset-inline-start: 0;
    z-index: 1;
    font-weight: 600;
    box-shadow: inset -1px 0 0 var(--_grid);
  }
  .col-name {
    white-space: normal;
    min-width: 12em;
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
    font-size: 0.9em;
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
  tbody tr:hover > * {
    background: color-mix(in srgb, var(--_grid) 45%, var(--_surface));
  }
  tr.current > * {
    background: color-mix(in srgb, var(--_accent) 10%, var(--_surface));
  }
  tr.current > .col-symbol {
    box-shadow:
      inset 3px 0 0 var(--_accent),
      inset -1px 0 0 var(--_grid);
  }
  .badge {
    display: inline-block;
    margin-inline-start: 6px;
    padding: 0 6px;
    border: 1px solid currentColor;
    border-radius: 999px;
    color: var(--_accent);
    font-size: 0.72em;
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
  .none {
    margin: 0;
    padding: 10px 12px;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_muted);
  }
  @container (max-width: 599px) {
    .col-name,
    .col-exchange {
      display: none;
    }
    .sub {
      display: -webkit-box;
    }
    th,
    td {
      padding-inline: 8px;
    }
  }
`;
