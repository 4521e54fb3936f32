import { html, nothing, type SVGTemplateResult, type TemplateResult } from 'lit';

/** How a chart's `<svg>` sits in its element. */
export interface FrameOptions {
  /** The `part` names (default `chart`). */
  part?: string;
  /** Classes on the `<svg>`. */
  className?: string;
  /** Room added above and below the drawing, in viewBox units. */
  pad?: number;
  /** Takes the keyboard (`<price-chart>`'s crosshair). */
  focusable?: boolean;
}

/**
 * The one frame of every chart: an `<svg role="img">` named by `label`, its viewBox the
 * drawing's size, holding `drawing`.
 */
export function chartFrame(
  label: string,
  size: { width: number; height: number },
  drawing: SVGTemplateResult,
  { part = 'chart', className, pad = 0, focusable }: FrameOptions = {},
): TemplateResult {
  return html`<svg class=${className ?? nothing} part=${part} role="img" aria-label=${label}
    tabindex=${focusable ? 0 : nothing}
    viewBox="0 ${-pad} ${size.width} ${size.height + 2 * pad}">${drawing}</svg>`;
}
