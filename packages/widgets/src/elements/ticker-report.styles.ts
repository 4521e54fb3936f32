import { css } from 'lit';

/** `<ticker-report>`'s own styles, after the base and shared ones. */
export const tickerReportStyles = css`
  .root {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 16px;
  }
  header {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    align-items: start;
    gap: 8px 16px;
    padding-bottom: 12px;
    border-bottom: 1px solid var(--_border);
  }
  .who {
    display: grid;
    gap: 4px;
  }
  .dial {
    width: 150px;
  }
  @container (max-width: 420px) {
    .dial {
      width: 110px;
    }
  }
  a {
    color: var(--_accent);
  }
  a:focus-visible,
  summary:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .name {
    font-weight: 500;
  }
  /* The peer tables' group name is the card's heading already; it stays for screen readers. */
  peer-table::part(title-group) {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  table.recent {
    border-collapse: separate;
    border-spacing: 0;
    width: 100%;
    font-size: 0.9em;
    font-variant-numeric: tabular-nums;
  }
  table.recent th,
  table.recent td {
    padding: 4px 8px;
    border-bottom: 1px solid var(--_grid);
    text-align: end;
    white-space: nowrap;
  }
  table.recent .held {
    box-shadow: inset -1px 0 0 var(--_grid);
  }
  table.recent th[scope='row'],
  table.recent thead th:first-child {
    text-align: start;
  }
  table.recent thead th {
    color: var(--_muted);
    font-weight: 600;
  }
  .about summary {
    cursor: pointer;
  }
  .about p {
    margin: 8px 0 0;
    color: var(--_text);
  }
  :host([layout='compact']) .root {
    padding: 12px;
  }
  :host([layout='compact']) .summary {
    display: none;
  }
  .id {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 4px 12px;
  }
  h2 {
    margin: 0;
    font-size: 1.35em;
    line-height: 1.2;
  }
  .symbol {
    font-weight: 700;
  }
  .meta {
    color: var(--_muted);
    font-size: 0.9em;
  }
  /* Country, currency, market cap, type: each wraps as a whole ("Market cap" stays with its figure). */
  .fact {
    white-space: nowrap;
  }
  .close {
    font-size: 1.25em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .summary {
    margin: 12px 0;
  }
  .grid {
    display: grid;
    gap: 16px;
    grid-template-columns: 1fr;
  }
  section {
    min-width: 0;
    display: grid;
    align-content: start;
    gap: 6px;
  }
  h3 {
    margin: 0;
  }
  section > * {
    background: transparent;
  }
  /* Rows without holes: see placeSections() in ticker-report.ts for the classes. */
  @container (min-width: 640px) {
    .grid {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    .grid > section {
      grid-column: 1 / -1;
    }
    .grid > .m1 {
      grid-column: auto / span 1;
    }
  }
  @container (min-width: 1000px) {
    .grid {
      grid-template-columns: repeat(6, minmax(0, 1fr));
    }
    .grid > .m1 {
      grid-column: 1 / -1;
    }
    .grid > .w2 {
      grid-column: auto / span 2;
    }
    .grid > .w3 {
      grid-column: auto / span 3;
    }
  }
  @container (min-width: 1140px) {
    .grid > .p3 {
      grid-column: auto / span 3;
    }
  }
  @media print {
    .root {
      border: none;
      padding: 0;
      color: #000;
      background: #fff;
    }
    section {
      break-inside: avoid;
    }
    .scroller {
      overflow: visible;
    }
    a::after {
      content: ' (' attr(href) ')';
      font-size: 0.8em;
    }
  }
`;
