import { html, nothing, type SVGTemplateResult, type TemplateResult } from 'lit';

/** How a chart's `<svg>` sits in its element. */
export interface FrameOptions {
  /** The `part` names (default `chart`). */
  part?: string;
  /** Classes on the `<svg>`. */
  className?: string;
  /** Room added above and below the drawing, in viewBox units. */
  pad?: number;
  /** Room added left and right of the drawing, in viewBox units. */
  padX?: number;
  /** Listeners on the `<svg>` (`<setup-scores>` shows the score under the pointer or focus). */
  on?: {
    pointerover?: (event: PointerEvent) => void;
    pointerleave?: (event: PointerEvent) => void;
    focusin?: (event: FocusEvent) => void;
    focusout?: (event: FocusEvent) => void;
  };
  /** Takes the keyboard (`<price-chart>`'s crosshair). */
  focusable?: boolean;
}

/**
 * The one frame of every chart: an `<svg role="img">` named by `label`, holding `drawing`.
 * Its viewBox is the drawing's size and so are its `width` and `height`: one unit is one CSS
 * pixel, and text keeps its CSS size (a box narrower than the drawing scales it down).
 */
export function chartFrame(
  label: string,
  size: { width: number; height: number },
  drawing: SVGTemplateResult,
  { part = 'chart', className, pad = 0, padX = 0, focusable, on = {} }: FrameOptions = {},
): TemplateResult {
  return html`<svg class=${className ?? nothing} part=${part} role="img" aria-label=${label}
    tabindex=${focusable ? 0 : nothing}
    width=${size.width + 2 * padX} height=${size.height + 2 * pad}
    viewBox="${-padX} ${-pad} ${size.width + 2 * padX} ${size.height + 2 * pad}"
    @pointerover=${on.pointerover ?? nothing} @pointerleave=${on.pointerleave ?? nothing}
    @focusin=${on.focusin ?? nothing} @focusout=${on.focusout ?? nothing}>${drawing}</svg>`;
}
