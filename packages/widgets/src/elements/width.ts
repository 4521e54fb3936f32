import { chartFrame } from './chart-frame.js';
import { isServer, type ReactiveController, type ReactiveControllerHost, type SVGTemplateResult, type TemplateResult } from 'lit';
import { NARROW_BELOW } from '../charts/common.js';

export { NARROW_BELOW };

/** The narrowest a chart is laid out (a box narrower than this scales the drawing down). */
const MIN_CHART_WIDTH = 240;

const controllers = new WeakMap<Element, ChartWidth>();
let observer: ResizeObserver | undefined;

/**
 * The width (CSS px) an element's charts are laid out for. Charts are drawn for the width
 * they are shown at, one viewBox unit to one CSS pixel, so their text keeps the size its
 * styles give it at every width; only the layout (bar lengths, tick counts, label
 * placement) changes. One `ResizeObserver` serves every element.
 *
 * Before the first measurement it guesses from the viewport (a phone starts narrow). A wrong
 * guess is corrected before the first paint: resize observations are delivered after layout
 * and before paint, and the new render runs in the same frame.
 *
 * A chart's height must not follow its width except where it switches to its narrow drawing
 * ({@link NARROW_BELOW}): then a new drawing cannot change the page's scrollbar and so the
 * width it was measured at.
 */
export class ChartWidth implements ReactiveController {
  /** The measured content width of the element's `.gauge`, once known. */
  measuredWidth?: number;
  private target?: Element;

  constructor(private readonly host: ReactiveControllerHost & { renderRoot: ParentNode }) {
    host.addController(this);
  }

  /** True below {@link NARROW_BELOW}: the chart's narrow drawing. */
  get narrow(): boolean {
    if (this.measuredWidth !== undefined) return this.measuredWidth < NARROW_BELOW;
    return typeof innerWidth === 'number' && innerWidth < NARROW_BELOW;
  }

  /**
   * The width to lay a chart out for: the measured one (at least `min`, by default
   * {@link MIN_CHART_WIDTH}), or before measuring, `wide` or `narrow` by the viewport.
   */
  width([wide, narrow]: readonly [wide: number, narrow: number], min = MIN_CHART_WIDTH): number {
    if (this.measuredWidth !== undefined) return Math.max(min, this.measuredWidth);
    return this.narrow ? narrow : wide;
  }

  /**
   * `draw(width, className)` for the element's width (see {@link width}). On the server, which
   * cannot measure, both drawings, `wide` and `narrow`, classed `chart--wide` and
   * `chart--narrow`: the server's styles show the one that fits its container.
   */
  each<T>(widths: readonly [wide: number, narrow: number], draw: (width: number, className: string) => T, min?: number): T | T[] {
    if (isServer) return [draw(widths[0], 'chart chart--wide'), draw(widths[1], 'chart chart--narrow')];
    return draw(this.width(widths, min), 'chart');
  }

  /**
   * The chart's `<svg role="img">`, laid out by `layout` for the element's width (on the
   * server, a wide and a narrow drawing: {@link each}). `pad` adds room above and below.
   * `focusable` for a chart that takes the keyboard (`<price-chart>`'s crosshair).
   */
  charts<L extends { width: number; height: number }>(
    label: string,
    widths: readonly [wide: number, narrow: number],
    layout: (width: number) => L,
    draw: (layout: L) => SVGTemplateResult,
    pad = 0,
    focusable?: boolean,
  ): TemplateResult | TemplateResult[] {
    return this.each(widths, (width, className) => {
      const drawing = layout(width);
      return chartFrame(label, drawing, draw(drawing), { className, pad, focusable });
    });
  }

  /**
   * Watches the element's `<div class="gauge">`, which it renders before its frame: a
   * zero-height block whose size changes only when the element's width does, never when the
   * drawing changes height, so a new drawing from a resize callback cannot start a resize loop.
   *
   * A new gauge is measured at once, and a wrong guess redrawn in this same task, not from the
   * resize callback: there the redraw (and whatever else changed meanwhile, a data table just
   * opened) could make the page tall enough for a scrollbar, which narrows the gauge again
   * within the same observation loop ("ResizeObserver loop completed with undelivered
   * notifications", seen in Firefox). The observer then only reports later changes.
   */
  hostUpdated(): void {
    const target = this.host.renderRoot.querySelector('.gauge') ?? undefined;
    if (target === this.target) return;
    this.hostDisconnected();
    if (!target) return;
    // The used width, as the observer reports it (a transform does not change it; `auto` when not rendered).
    this.measured(parseFloat(getComputedStyle(target).width));
    observer ??= new ResizeObserver((entries) => {
      for (const entry of entries) controllers.get(entry.target)?.measured(entry.contentRect.width);
    });
    controllers.set(target, this);
    observer.observe(target);
    this.target = target;
  }

  hostDisconnected(): void {
    if (!this.target) return;
    observer?.unobserve(this.target);
    controllers.delete(this.target);
    this.target = undefined;
  }

  private measured(width: number): void {
    // 0: not displayed (a hidden tab, `display: none`); keep the last drawing.
    if (!width) return;
    const whole = Math.floor(width);
    if (whole === this.measuredWidth) return;
    this.measuredWidth = whole;
    this.host.requestUpdate();
  }
}
