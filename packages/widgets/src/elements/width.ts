import { chartFrame } from './chart-frame.js';
import { isServer, type ReactiveController, type ReactiveControllerHost, type SVGTemplateResult, type TemplateResult } from 'lit';

/** Below this width (CSS px) of its box, an element switches to its narrow drawing. */
export const NARROW_BELOW = 560;

const controllers = new WeakMap<Element, NarrowController>();
let observer: ResizeObserver | undefined;

/**
 * Whether an element is narrower than {@link NARROW_BELOW}, for charts that have a narrow
 * drawing (labels stay legible on a phone). One `ResizeObserver` serves every element.
 *
 * Before the first measurement it guesses from the viewport (a phone starts narrow). A
 * wrong guess is corrected before the first paint: resize observations are delivered after
 * layout and before paint, and the new render runs in the same frame.
 */
export class NarrowController implements ReactiveController {
  narrow = typeof innerWidth === 'number' && innerWidth < NARROW_BELOW;
  private target?: Element;

  constructor(private readonly host: ReactiveControllerHost & { renderRoot: ParentNode }) {
    host.addController(this);
  }

  /**
   * The chart's `<svg role="img">`, laid out by `layout` at the `wide` width, or at the
   * `narrow` one in a narrow element. On the server, both: the shared styles' container
   * query shows one (`.chart--wide` / `.chart--narrow`). `pad` adds room above and below.
   * `focusable` for a chart that takes the keyboard (`<price-chart>`'s crosshair).
   */
  charts<L extends { width: number; height: number }>(
    label: string,
    [wide, narrow]: readonly [wide: number, narrow: number],
    layout: (width: number) => L,
    draw: (layout: L) => SVGTemplateResult,
    pad = 0,
    focusable?: boolean,
  ): TemplateResult | TemplateResult[] {
    const chart = (width: number, className: string) => {
      const drawing = layout(width);
      return chartFrame(label, drawing, draw(drawing), { className, pad, focusable });
    };
    if (isServer) return [chart(wide, 'chart chart--wide'), chart(narrow, 'chart chart--narrow')];
    return chart(this.narrow ? narrow : wide, 'chart');
  }

  /**
   * Watches the element's `<div class="gauge">`, which it renders before its frame: a
   * zero-height block whose size changes only when the element's width does, never when the
   * drawing changes height, so switching drawings from a resize callback cannot start a
   * resize loop.
   */
  hostUpdated(): void {
    const target = this.host.renderRoot.querySelector('.gauge') ?? undefined;
    if (target === this.target) return;
    this.hostDisconnected();
    if (!target) return;
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
    const narrow = width < NARROW_BELOW;
    if (narrow === this.narrow) return;
    this.narrow = narrow;
    this.host.requestUpdate();
  }
}
