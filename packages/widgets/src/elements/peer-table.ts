import { html, nothing, type PropertyDeclarations } from 'lit';
import { ReportElement } from './base.js';
import { peerTableStyles } from './peer-table.styles.js';
import type { Report } from '../data/validate.js';
import type { Formatter } from '../format/format.js';
import { toneClass } from '../charts/common.js';
import { missingValue, statList } from './parts.js';
import {
  PEER_COLUMNS,
  groupHasContent,
  groupName,
  groupStats,
  nextSort,
  peerRows,
  pickGroup,
  returnChars,
  type GroupStat,
  type Peer,
  type PeerColumn,
  type PeerGroupName,
  type PeerRow,
  type PeerSort,
  type SortKey,
} from '../charts/peer-table.js';
import { sharedStyles } from '../styles/shared.js';

export type { Peer, PeerGroupName, PeerSort, SortKey } from '../charts/peer-table.js';

/** `detail` of `peer-select`: the peer as parsed from the report (`symbol`, `name`, `url`, returns, flags). */
export type PeerSelectDetail = Peer;

const GROUP_LABEL = { industry: 'peers.industry', sector: 'peers.sector' } as const;
const EMPTY = { industry: 'peers.emptyIndustry', sector: 'peers.emptySector' } as const;
const NONE = { industry: 'peers.noneIndustry', sector: 'peers.noneSector' } as const;

/**
 * The report's peer group (`groups.industry` or `groups.sector`) as a real, sortable table,
 * with the group's stats above it.
 *
 * - Stats (`<dl>`): peers in the group, average 1W/4W/12W returns, trend / positive MD /
 *   positive RS breadth, and the group's 1W/4W/12W ranks. Absent stats are left out.
 * - Table: caption names the group and its scope (`Industry peers: CN Other Industrial
 *   Metals & Mining`, then `top 5 of 56`). One row per top peer: symbol (the row header,
 *   linked to the peer's report), name, exchange, signed 1W/4W/12W returns (sign and colour),
 *   and Trend / MD / RS flags shown as `✓ Yes` / `✕ No` (`—` when unknown).
 * - Sorting: each column header holds a button; the first activation sorts text A→Z and
 *   numbers and flags high→low, the next flips the direction. The sorted `<th>` carries
 *   `aria-sort`, and a polite status line says what the table is sorted by. Ties and
 *   missing values keep the report's order; missing values always sort last.
 * - The report's own ticker (same symbol, same exchange when both are given) has
 *   `aria-current="true"`, an accent tint and a `This stock` badge.
 * - Links resolve against the URL the report came from (`base` for `data`); only `http(s)`
 *   links become `<a>`, anything else is plain text. A plain click, or Enter on a link,
 *   fires the cancelable `peer-select`; cancel it to route in your app without navigating.
 *   Clicks with a modifier key (open in a new tab, …) navigate as usual and fire nothing.
 *   Rows without a safe link are not interactive.
 * - A group with stats but no listed peers shows the title, the stats and the line
 *   `No peers listed for this sector.` instead of a table (a table of headers and sort
 *   buttons over nothing helps no one); a missing group, or one with neither peers nor
 *   stats, shows the empty state (`No industry peers in this report.`).
 * - Column widths are fixed (`table-layout: fixed`) and the return columns are as wide as
 *   the longest return in either group, so the industry and sector tables line up and no
 *   number is ever cut.
 * - Narrow containers: the table scrolls sideways inside a focusable region named by its
 *   caption, the symbol column stays put (`position: sticky`), a shadow at the right edge
 *   shows there is more, and below 880px the name and exchange move under the symbol.
 * - Every word of its own is in the reader's language (the report's names stay as sent).
 *
 * @summary The peer group: stats and a sortable table of top peers.
 * @fires peer-select - A peer's link was chosen. Cancelable; `detail` is the peer. Canceling stops the navigation.
 * @csspart stats - The group's stats (`<dl>`).
 * @csspart scroller - The scrollable region around the table.
 * @csspart table - The `<table>`.
 * @csspart sort-button - Each column's sort button.
 * @csspart row - Each peer row; the report's own ticker's row is also `current-row`.
 * @csspart link - Each peer link.
 * @csspart title - The group's name and scope above the stats.
 * @csspart title-group - The group's name in the title (`Industry peers: `); `<ticker-report>` hides it under its own heading.
 * @csspart none - The `No peers listed` line of a group without peers.
 * @cssprop --tkr-positive - Gains and `Yes` flags.
 * @cssprop --tkr-negative - Losses.
 * @cssprop --tkr-accent - Links, the focus ring and the report's own row.
 * @cssprop --tkr-grid - Row dividers.
 * @cssprop --tkr-border - The table's frame.
 */
export class PeerTable extends ReportElement {
  static override properties: PropertyDeclarations = {
    group: { reflect: true },
    linkTarget: { attribute: 'link-target' },
    _sort: { state: true, attribute: false },
  };

  static override styles = [...ReportElement.styles, sharedStyles, peerTableStyles];

  /** Which group: `industry` (default) or `sector`. */
  group: PeerGroupName = 'industry';

  /** `target` for peer links (e.g. `_blank`, which also gets `rel="noopener noreferrer"`). */
  linkTarget?: string;

  private _sort?: PeerSort;

  protected override emptyMessage(format: Formatter): string {
    return format.t(EMPTY[groupName(this.group)]);
  }

  protected hasContent(report: Report): boolean {
    return groupHasContent(pickGroup(report, groupName(this.group)));
  }

  protected renderReport(report: Report, format: Formatter) {
    const name = groupName(this.group);
    const group = pickGroup(report, name);
    if (!group) return nothing;
    const rows = peerRows(report, group, this._sort, format.locale);
    const stats = groupStats(group);
    const shown = group.top_peers?.length ?? 0;
    const extent = shown
      ? group.count !== undefined
        ? format.t('peers.topOf', { shown: format.number(shown, 0), count: format.number(group.count, 0) })
        : format.t('peers.top', { shown: format.number(shown, 0) })
      : '';
    const label = format.t(GROUP_LABEL[name]);
    const title = `${label}${group.scope ? `: ${group.scope}` : ''}`;
    return html`<div class="frame">
      <p class="title" part="title">
        <span part="title-group">${label}${group.scope ? ': ' : ' '}</span>${group.scope ?? nothing}${
          extent ? html` <span class="extent">(${extent})</span>` : nothing
        }
      </p>
      ${statList(
        format,
        stats.map((s) => [format.t(s.label), this._stat(s, format)]),
      )}
      ${
        rows.length
          ? this._table(rows, `${title}${extent ? ` (${extent})` : ''}`, format, returnChars(report, format))
          : html`<p class="state" part="none">${format.t(NONE[name])}</p>`
      }
      <span class="visually-hidden" role="status">${this._sortStatus(format)}</span>
    </div>`;
  }

  private _table(rows: PeerRow[], caption: string, format: Formatter, chars: number) {
    return html`<div class="scroller" part="scroller" role="region" tabindex="0" aria-labelledby="caption">
      <table part="table" class="r${chars}">
        <caption id="caption" class="visually-hidden">${caption}</caption>
        <thead>
          <tr>
            ${PEER_COLUMNS.map((c) => this._header(c, format))}
          </tr>
        </thead>
        <tbody>
          ${rows.map((row) => this._row(row, format))}
        </tbody>
      </table>
    </div>`;
  }

  private _stat(stat: GroupStat, format: Formatter) {
    switch (stat.kind) {
      case 'count':
        return format.number(stat.value, 0);
      case 'return':
        return html`<span class=${toneClass(undefined, stat.value)}>${format.percent(stat.value, { signed: true })}</span>`;
      case 'breadth':
        return format.percent(stat.value);
      default:
        return format.rank(stat.value, undefined);
    }
  }

  private _header(column: PeerColumn, format: Formatter) {
    const sorted = this._sort?.key === column.key ? this._sort.direction : undefined;
    const cls =
      column.key === 'symbol'
        ? 'col-symbol held'
        : column.kind === 'text'
          ? `col-${column.key}`
          : column.kind === 'return'
            ? 'num'
            : 'flag';
    // The button is named by the column's full name; the header shows the short one.
    const name = column.long
      ? html`<span aria-hidden="true">${format.t(column.label)}</span><span class="visually-hidden">${format.t(column.long)}</span>`
      : format.t(column.label);
    return html`<th scope="col" class=${cls} aria-sort=${sorted ?? nothing}>
      <button type="button" class="sort" part="sort-button" data-key=${column.key} @click=${() => this._sortBy(column.key)}>
        ${name}<span class="arrow" aria-hidden="true">${sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : '↕'}</span>
      </button>
    </th>`;
  }

  private _row({ peer, href, current }: PeerRow, format: Formatter) {
    const target = this.linkTarget || undefined;
    const symbol = peer.symbol ?? missingValue(format);
    const sub = [peer.name, peer.exchange].filter(Boolean).join(' · ');
    const ret = (value: number | undefined) =>
      html`<td class="num ${value === undefined ? '' : toneClass(undefined, value)}">
        ${value === undefined ? missingValue(format) : format.percent(value, { signed: true })}
      </td>`;
    const flag = (value: boolean | undefined) =>
      html`<td class="flag">
        ${
          value === undefined
            ? missingValue(format)
            : value
              ? html`<span class="chip yes"><span aria-hidden="true">✓</span>${format.t('peers.yes')}</span>`
              : html`<span class="chip no"><span aria-hidden="true">✕</span>${format.t('peers.no')}</span>`
        }
      </td>`;
    return html`<tr class=${current ? 'current' : ''} part=${current ? 'row current-row' : 'row'} aria-current=${current ? 'true' : nothing}>
      <th scope="row" class="col-symbol held">
        ${
          href
            ? html`<a
              part="link"
              href=${href}
              target=${target ?? nothing}
              rel=${target === '_blank' ? 'noopener noreferrer' : nothing}
              @click=${(event: MouseEvent) => this._select(event, peer)}
              >${symbol}</a
            >`
            : html`<span class="symbol">${symbol}</span>`
        }${current ? html` <span class="badge">${format.t('peers.thisStock')}</span>` : nothing}
        ${sub ? html`<span class="sub">${sub}</span>` : nothing}
      </th>
      <td class="col-name">${peer.name ?? missingValue(format)}</td>
      <td class="col-exchange">${peer.exchange ?? missingValue(format)}</td>
      ${ret(peer.weekly_return)} ${ret(peer.four_week_return)} ${ret(peer.twelve_week_return)} ${flag(peer.trend_active)}
      ${flag(peer.positive_md)} ${flag(peer.positive_rs)}
    </tr>`;
  }

  private _sortStatus(format: Formatter): string {
    const sort = this._sort;
    const column = PEER_COLUMNS.find((c) => c.key === sort?.key);
    if (!sort || !column) return '';
    return format.t('peers.sorted', {
      column: format.t(column.long ?? column.label),
      direction: format.t(`peers.${sort.direction}`),
    });
  }

  private _sortBy(key: SortKey): void {
    this._sort = nextSort(this._sort, key);
  }

  /** A plain primary click (or Enter) on a peer link: let the host take it. */
  private _select(event: MouseEvent, peer: Peer): void {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const proceed = this.dispatchEvent(
      new CustomEvent<PeerSelectDetail>('peer-select', { bubbles: true, composed: true, cancelable: true, detail: peer }),
    );
    if (!proceed) event.preventDefault();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'peer-table': PeerTable;
  }
  interface GlobalEventHandlersEventMap {
    'peer-select': CustomEvent<PeerSelectDetail>;
  }
}

customElements.define('peer-table', PeerTable);
