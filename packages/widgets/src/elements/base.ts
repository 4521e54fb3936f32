import {
  LitElement,
  ReactiveElement,
  html,
  isServer,
  nothing,
  type PropertyValues,
  type TemplateResult,
  type PropertyDeclarations,
} from 'lit';
import { ContextConsumer, ContextProvider, ContextRoot } from '@lit/context';
import { loadReport } from '../data/load.js';
import { toReport, type Report } from '../data/validate.js';
import { ReportError } from '../data/errors.js';
import { formatter, type Formatter } from '../format/format.js';
import { languagePending, loadLanguage } from '../i18n/index.js';
import { darkTokens, hostStyles, lightTokens } from '../styles/tokens.js';
import type { OnDemand } from './on-demand.js';
import { reportContext, type ReportContextValue, type ReportState } from './context.js';

export type { ReportState } from './context.js';
export type Theme = 'light' | 'dark' | 'auto';

/** `detail` of `report-load`: the model (a `History` for `<price-chart>`). */
export interface ReportLoadDetail<M extends object = Report> {
  report: M;
}
/** `detail` of `report-error`. */
export interface ReportErrorDetail {
  error: ReportError;
}

// Elements that ask for a report before their <report-source> is defined get it once it is.
const ROOT = Symbol.for('ticker-widgets.context-root');
if (!isServer && !(globalThis as Record<symbol, unknown>)[ROOT]) {
  (globalThis as Record<symbol, unknown>)[ROOT] = true;
  new ContextRoot().attach(document.documentElement);
}

/** The locale of the closest ancestor with `lang`, looking through shadow roots. */
function inheritedLang(node: Element): string | undefined {
  let el: Element | null = node;
  while (el) {
    const lang = el.getAttribute('lang');
    if (lang) return lang;
    el = el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null);
  }
  return undefined;
}

interface Resolved<M> {
  state: ReportState;
  report?: M;
  error?: ReportError;
}

/**
 * The base of every element: gets the report (`data`, `src`, inline JSON, or the nearest
 * `<report-source>`), validates it, reflects `state`, fires `report-load` / `report-error`,
 * and renders the loading, error and empty views. Subclasses draw the ready view.
 *
 * @fires report-load - The report was validated and rendered. `detail.report` is the model.
 * @fires report-error - Loading or validation failed. `detail.error` has `kind`, `message`, `status?`, `issues?`.
 * @slot loading - Replaces the default loading message.
 * @slot error - Replaces the default error message.
 * @slot empty - Replaces the default "nothing to show" message.
 * @cssprop --tkr-font-family - Font of all text (default: the system UI font).
 * @cssprop --tkr-font-size - Base font size (default 14px).
 * @cssprop --tkr-text - Main text colour.
 * @cssprop --tkr-muted - Secondary text: labels, hints, axes.
 * @cssprop --tkr-surface - Background.
 * @cssprop --tkr-border - Borders and dividers.
 * @cssprop --tkr-positive - Gains and positive tone.
 * @cssprop --tkr-negative - Losses and negative tone.
 * @cssprop --tkr-neutral - Neutral tone.
 * @cssprop --tkr-accent - Links, focus rings, highlights.
 * @cssprop --tkr-grid - Grid lines and tracks.
 * @cssprop --tkr-radius - Corner radius.
 * @cssprop --tkr-chart-max-width - Widest a chart is laid out (default: the element's width).
 * @csspart root - The box everything renders in (font, colours, container for queries).
 * @csspart loading - The default loading message.
 * @csspart error - The default error message (`role="alert"`).
 * @csspart empty - The default empty message.
 */
export abstract class ReportElement<M extends object = Report> extends LitElement {
  static override properties: PropertyDeclarations = {
    data: { attribute: false },
    src: {},
    locale: {},
    theme: { reflect: true },
    timeout: { type: Number },
    base: {},
    refresh: { type: Number },
    state: { reflect: true },
    stale: { type: Boolean, reflect: true },
    _fetched: { state: true, attribute: false },
    _context: { state: true, attribute: false },
    _inline: { state: true, attribute: false },
  };

  static override styles = hostStyles;

  /**
   * Validates the JSON an element is given and builds its model (`toReport`; `<price-chart>`
   * reads a history). Elements with another parser do not take a report from an ancestor.
   */
  static parse: (input: unknown, source?: string) => object = toReport;

  /** Hand the resolved report to descendants (`<report-source>`, `<ticker-report>`). */
  protected static provides = false;

  /** The report object as parsed from JSON. Wins over every other source. */
  data?: unknown;

  /** URL of report JSON, resolved against `document.baseURI`. */
  src?: string;

  /** BCP 47 locale for numbers and dates; default: the closest `lang`, else the browser's. */
  locale?: string;

  /** `light`, `dark` or `auto` (follows `prefers-color-scheme`). */
  theme: Theme = 'auto';

  /** Milliseconds before a `src` request gives up with a `timeout` error. */
  timeout = 15_000;

  /** Base URL for relative links in a report given by `data` or inline JSON. */
  base?: string;

  /**
   * Seconds between re-fetches of `src`, for live dashboards; 0 (default) fetches once.
   * When a re-fetch fails, the last good report stays with a visible stale notice.
   */
  refresh = 0;

  /** `loading`, `ready`, `empty` or `error`; reflected, read it rather than set it. */
  state: ReportState = 'empty';

  /** Set while the report shown is older than a failed refresh; reflected, read only. */
  stale = false;

  /** The latest answer for `src`: a report, an error, or both when a refresh failed. */
  private _fetched?: { src: string; report?: M; error?: ReportError; at?: number };
  private _context?: ReportContextValue;
  private _inline?: { report?: M; error?: ReportError };

  private _resolved: Resolved<M> = { state: 'empty' };
  private _fetchingSrc?: string;
  private _abort?: AbortController;
  private _announcedReport?: M;
  private _announcedError?: ReportError;
  private _refreshTimer?: ReturnType<typeof setTimeout>;
  private _provider?: ContextProvider<typeof reportContext>;

  /** Text of the default empty view when the report lacks this element's section. */
  protected emptyMessage(format: Formatter): string {
    return format.t('noData');
  }

  /**
   * The module this element's ready view still waits for, if any (`OnDemand`): while it is
   * loading, `updateComplete` waits for it and for the redraw it brings.
   */
  protected awaitedModule(): OnDemand<unknown> | undefined {
    return undefined;
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    const part = this.state === 'ready' ? this.awaitedModule() : undefined;
    if (!part?.waiting) return done;
    await part.load();
    return super.getUpdateComplete();
  }

  constructor() {
    super();
    if ((this.constructor as typeof ReportElement).provides) {
      this._provider = new ContextProvider(this, { context: reportContext });
    }
    if (!isServer && (this.constructor as typeof ReportElement).parse === toReport) {
      new ContextConsumer(this, {
        context: reportContext,
        subscribe: true,
        callback: (value) => {
          this._context = value;
        },
      });
    }
  }

  /**
   * Server-rendered markup (declarative shadow DOM) is replaced by the live render, never
   * taken over in place: in the browser a chart is drawn for the element's own width and a
   * data table is built when opened, so the live DOM differs from the server's. The shadow
   * root is made by ReactiveElement directly, past LitElement's method, which Lit's hydrate
   * support patches to hydrate server markup.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (isServer || !this.shadowRoot) return super.createRenderRoot();
    this.shadowRoot.replaceChildren();
    const make = (ReactiveElement.prototype as unknown as { createRenderRoot(): HTMLElement | DocumentFragment })
      .createRenderRoot;
    return make.call(this);
  }

  /** The validated model being shown, if any: the `Report` (`<price-chart>`: its `History`). */
  get report(): M | undefined {
    return this._resolved.report;
  }

  /** The error being shown, if any. */
  get error(): ReportError | undefined {
    return this._resolved.error;
  }

  /** The locale used for formatting. */
  get resolvedLocale(): string {
    if (this.locale) return this.locale;
    if (this._context?.locale) return this._context.locale;
    if (isServer) return 'en-US';
    return inheritedLang(this) ?? navigator.language ?? 'en-US';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this._inline === undefined) this._readInline();
    // Back in the page after a removal: fetch again (and resume refreshing).
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._abort?.abort();
    this._abort = undefined;
    this._fetchingSrc = undefined;
    clearTimeout(this._refreshTimer);
  }

  /** True when the report holds what this element draws; otherwise the element is `empty`. */
  protected abstract hasContent(report: M): boolean;

  /** The ready view. */
  protected abstract renderReport(report: M, format: Formatter): TemplateResult | typeof nothing;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.data === undefined && this.src && !isServer && this.isConnected && this._fetchingSrc !== this.src) {
      this._fetch(this.src);
    }
    if (changed.has('refresh') && !isServer && this.src && this._fetched?.src === this.src && this._fetchingSrc === this.src) {
      clearTimeout(this._refreshTimer);
      this._scheduleRefresh(this.src);
    }
    // The reader's language, if it is not loaded yet: English until it is, then a redraw.
    const locale = this.resolvedLocale;
    if (!isServer && languagePending(locale)) loadLanguage(locale).then(() => this.requestUpdate());
    const resolved = this._resolve();
    if (resolved.report && !this.hasContent(resolved.report)) resolved.state = 'empty';
    this._resolved = resolved;
    this.state = resolved.state;
    this.stale = resolved.state === 'ready' && !!resolved.error;
    this._provider?.setValue({
      state: resolved.state === 'empty' && resolved.report ? 'ready' : resolved.state,
      report: resolved.report as Report | undefined,
      error: resolved.error,
      locale: this.locale ?? this._context?.locale,
    });
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const { report, error } = this._resolved;
    const init = { bubbles: true, composed: true };
    if (report && report !== this._announcedReport) {
      this._announcedReport = report;
      this.dispatchEvent(new CustomEvent<ReportLoadDetail<M>>('report-load', { ...init, detail: { report } }));
    }
    if (error && error !== this._announcedError) {
      this._announcedError = error;
      this.dispatchEvent(new CustomEvent<ReportErrorDetail>('report-error', { ...init, detail: { error } }));
    }
  }

  protected override render(): unknown {
    // The interface's words are in the catalog's language, which may not be the page's.
    return html`<div class="root" part="root" lang=${formatter(this.resolvedLocale).t.lang}>${this._renderState()}</div>`;
  }

  private _renderState(): unknown {
    const { state, report, error } = this._resolved;
    const format = formatter(this.resolvedLocale);
    const t = format.t;
    switch (state) {
      case 'loading':
        return html`<slot name="loading"><div class="state" part="loading" role="status">${t('loading')}</div></slot>`;
      case 'error':
        return html`<slot name="error"
          ><div class="state" part="error" role="alert">${errorText(error, format)}</div></slot
        >`;
      case 'empty':
        return html`<slot name="empty"
          ><div class="state" part="empty">${report ? this.emptyMessage(format) : t('noReport')}</div></slot
        >`;
      default: {
        if (!report) return nothing;
        const view = this.renderReport(report, format);
        if (!error) return view;
        // A refresh failed: keep the last good report, and say how old it is and why.
        const at = this._fetched?.at;
        const reason = errorText(error, format);
        const text = at
          ? t('stale', { time: new Intl.DateTimeFormat(format.locale, { timeStyle: 'short' }).format(at), reason })
          : t('staleUndated', { reason });
        return html`<div class="state stale" part="stale" role="status">${text}</div>
          ${view}`;
      }
    }
  }

  /**
   * The chart as a standalone SVG document for the element's theme (for downloads, e-mail,
   * images): concrete colours, a title line and the legend, room for every label. Colours the
   * page sets through the `--tkr-*` properties are kept. Rejects when the element shows no chart.
   *
   * The drawing is taken at the call; the code that writes the file (3 KB gzip) is loaded
   * the first time it is needed, so a page that never exports does not download it.
   */
  async toSVG(): Promise<string> {
    const root = this.renderRoot;
    const chart = root.querySelector('svg[part~="chart"]');
    if (!chart) throw new Error(`<${this.localName}> shows no chart to export (state "${this.state}").`);
    const dark = this.theme === 'dark' || (this.theme === 'auto' && matchMedia('(prefers-color-scheme: dark)').matches);
    // Taken now (copies, so later redraws do not change them); read by the writer once it is in.
    const items = [...(root.querySelector('.legend')?.querySelectorAll('li') ?? [])].map(
      (item) => item.cloneNode(true) as Element,
    );
    const computed = getComputedStyle(this);
    const { t } = formatter(this.resolvedLocale);
    // The live drawing's box, text as this browser's fonts draw it (0 × 0 when not displayed).
    const drawn = (chart as SVGGraphicsElement).getBBox();
    const copy = chart.cloneNode(true) as Element;
    const css = elementCss(this.constructor as typeof LitElement);
    const report = this.report;
    const { browserSvg } = await import('./standalone.js');
    return browserSvg(copy, items, drawn, computed, css, (dark ? darkTokens : lightTokens).cssText, this.localName, t, report);
  }

  private _base(): string | undefined {
    return this.base ?? (isServer ? undefined : document.baseURI);
  }

  private _validate(input: unknown): Resolved<M> {
    try {
      return { state: 'ready', report: (this.constructor as typeof ReportElement).parse(input, this._base()) as M };
    } catch (error) {
      return { state: 'error', error: asReportError(error) };
    }
  }

  private _resolve(): Resolved<M> {
    if (this.data !== undefined) return this._validate(this.data);
    if (this.src) {
      const fetched = this._fetched?.src === this.src ? this._fetched : undefined;
      if (!fetched) return { state: 'loading' };
      if (fetched.report) return { state: 'ready', report: fetched.report, error: fetched.error };
      return { state: 'error', error: fetched.error };
    }
    if (this._inline) {
      return this._inline.error ? { state: 'error', error: this._inline.error } : { state: 'ready', report: this._inline.report };
    }
    if (this._context)
      return { state: this._context.state, report: this._context.report as M | undefined, error: this._context.error };
    return { state: 'empty' };
  }

  private _readInline(): void {
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (!script) return;
    let json: unknown;
    try {
      json = JSON.parse(script.textContent ?? '');
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this._inline = { error: new ReportError('parse', `The inline report is not JSON (${reason}).`) };
      return;
    }
    const result = this._validate(json);
    this._inline = { report: result.report, error: result.error };
  }

  private _fetch(src: string): void {
    this._abort?.abort();
    clearTimeout(this._refreshTimer);
    const abort = new AbortController();
    this._abort = abort;
    this._fetchingSrc = src;
    // On a refresh the last good report stays until the new answer is in.
    const previous = this._fetched?.src === src ? this._fetched.report : undefined;
    loadReport(src, {
      signal: abort.signal,
      timeout: this.timeout,
      parse: (this.constructor as typeof ReportElement).parse as (json: unknown, url: string) => M,
    }).then(
      (report) => {
        if (this._abort !== abort) return;
        this._fetched = { src, report, at: Date.now() };
        this._scheduleRefresh(src);
      },
      (error: unknown) => {
        if (this._abort !== abort || abort.signal.aborted) return;
        const failure = asReportError(error);
        this._fetched = previous ? { ...this._fetched!, src, report: previous, error: failure } : { src, error: failure };
        this._scheduleRefresh(src);
      },
    );
  }

  private _scheduleRefresh(src: string): void {
    if (!(this.refresh > 0) || !this.isConnected) return;
    this._refreshTimer = setTimeout(() => {
      if (this.isConnected && this.src === src && this.data === undefined) this._fetch(src);
    }, this.refresh * 1000);
  }
}

/** The element's static styles as one CSS text. */
export function elementCss(element: typeof LitElement): string {
  return element.elementStyles.map((style) => ('cssText' in style ? style.cssText : '')).join('\n');
}

/**
 * The error's message for a reader: in English the loader's own words (which name the
 * status, path or field); in another language the catalog's sentence for its kind.
 */
function errorText(error: ReportError | undefined, format: Formatter): string {
  if (!error) return format.t('failed');
  if (format.t.lang === 'en') return error.message;
  return format.t(`error.${error.kind}`, { status: error.status ?? '' });
}

function asReportError(error: unknown): ReportError {
  if (error instanceof ReportError) return error;
  return new ReportError('validation', error instanceof Error ? error.message : String(error));
}

declare global {
  interface GlobalEventHandlersEventMap {
    'report-load': CustomEvent<ReportLoadDetail>;
    'report-error': CustomEvent<ReportErrorDetail>;
  }
}
