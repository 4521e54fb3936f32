/**
 * The browser's half of `toSVG()`, loaded on its first call with the writer it feeds
 * (charts/standalone.ts, which is pure string work the server shares): turns the copies of the
 * live chart and legend `toSVG()` took into the writer's tree, and the live drawing's box and
 * the page's `--tkr-*` values into its `measure` and `env`.
 */
import type { Translate } from '../i18n/index.js';
import { chartTitle, standaloneSvg, symbolOf, type Node as SvgNode } from '../charts/standalone.js';

/** An element as the tree `standaloneSvg` takes: its tag, attributes, elements and text (no comments). */
function tree(element: Element): SvgNode {
  return {
    tag: element.localName,
    attrs: Object.fromEntries([...element.attributes].map((attr) => [attr.name, attr.value])),
    kids: [...element.childNodes].flatMap((kid): (SvgNode | string)[] =>
      kid.nodeType === 1 ? [tree(kid as Element)] : kid.nodeType === 3 ? [kid.textContent ?? ''] : [],
    ),
  };
}

/** `toSVG()` in the browser: the chart and legend items as copied at the call, the live drawing's box. */
export function browserSvg(
  chart: Element,
  items: Element[],
  drawn: DOMRect,
  computed: CSSStyleDeclaration,
  css: string,
  tokens: string,
  tag: string,
  t: Translate,
  report: unknown,
): string {
  const legend = items.map((item) => {
    const swatch = item.querySelector('svg');
    return { swatch: swatch ? tree(swatch) : undefined, text: item.textContent ?? '' };
  });
  return standaloneSvg({
    chart: tree(chart),
    css,
    tokens,
    title: chartTitle(tag, t, symbolOf(report)),
    lang: t.lang,
    legend,
    env: (name) => computed.getPropertyValue(name).trim() || undefined,
    measure: (_svg, _sheet, [left, top, right, bottom]) =>
      drawn.width || drawn.height
        ? [
            Math.min(left, drawn.x),
            Math.min(top, drawn.y),
            Math.max(right, drawn.x + drawn.width),
            Math.max(bottom, drawn.y + drawn.height),
          ]
        : [left, top, right, bottom],
  });
}
