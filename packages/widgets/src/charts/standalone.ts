/**
 * A chart as a standalone SVG file (for e-mail, images, downloads): a self-contained image
 * that looks the same in a browser, an `<img>`, librsvg and ImageMagick. Pure string work, so
 * the browser (`toSVG()`) and the server (`renderSvg`, the CLI) share it.
 *
 * From the element's `<svg part="chart">` and its styles it writes:
 *  - a `<style>` with concrete colours for one theme: every `var(--x, fallback)` resolved from
 *    the theme's tokens (recursively), no custom property declared, no `:host` rule, no
 *    `@media`, `@container` or `@supports` block, only rules whose classes and elements the
 *    file holds;
 *  - a `<title>` (the chart's accessible name), a visible title line, and the element's HTML
 *    legend redrawn below the chart (each swatch's drawing, then its text);
 *  - a viewBox grown to hold everything drawn, text included: a text's box is estimated from
 *    its font size, characters and anchor (fonts differ, so the estimate is generous).
 */

import type { MessageKey } from '../i18n/index.js';
import { textWidth } from './scale.js';

/** One entry of an element's legend: its swatch's `<svg>`, if it has one, and its text. */
export interface LegendItem {
  swatch?: Node;
  text: string;
}

export interface StandaloneOptions {
  /** The chart's `<svg part="chart">`. */
  chart: Node;
  /** The element's styles. */
  css: string;
  /** The theme's `--_*` declarations (`lightTokens` or `darkTokens`). */
  tokens: string;
  /** The visible title line, e.g. `Momentum · 000657`. */
  title?: string;
  /** The language of the file's words (`de`): `xml:lang`, so readers and renderers pick voice and glyphs. */
  lang?: string;
  /** The element's legend, drawn below the chart. */
  legend?: LegendItem[];
  /** Values of public custom properties (`--tkr-*`) the page sets, when known (the browser). */
  env?: (name: string) => string | undefined;
  /**
   * The box (viewBox units) of everything the chart draws, text included. The browser measures
   * its live drawing (`getBBox()`); the server estimates it (server/measure.ts) from the tree,
   * the rules the file keeps and the chart's viewBox. Default: the viewBox.
   */
  measure?: (svg: Node, sheet: Rule[], viewBox: Box) => Box;
}

/** The font of the file: the tokens' default, written out. */
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif";
/** Room around everything drawn, in viewBox units (= CSS px). */
const PAD = 12;

// ── A small XML tree: the browser builds it from its DOM, the server parses its markup (server/measure.ts) ──

/** An element: its tag, attributes and children (text as it reads, unescaped). */
export interface Node {
  tag: string;
  attrs: Record<string, string>;
  kids: (Node | string)[];
}

/** Text or an attribute value as XML: `&`, `<`, `>`, `"` escaped. */
function xml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);
}

function serialize(node: Node | string): string {
  if (typeof node === 'string') return xml(node);
  const attrs = Object.entries(node.attrs)
    .map(([name, value]) => ` ${name}="${xml(value)}"`)
    .join('');
  return `<${node.tag}${attrs}>${node.kids.map(serialize).join('')}</${node.tag}>`;
}

export const elements = (node: Node): Node[] => node.kids.filter((kid): kid is Node => typeof kid !== 'string');
export const classes = (node: Node): string[] => (node.attrs.class ?? '').split(/\s+/).filter(Boolean);

// ── Styles ──

export interface Rule {
  selectors: string[];
  decls: [string, string][];
}

/** Splits `text` at `sep` outside parentheses, brackets and quotes. */
function split(text: string, sep: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === sep && !depth) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((part) => part.trim()).filter(Boolean);
}

/** The style rules at the top level of `css`; at-rules (`@media`, `@container`, …) are left out whole. */
function rules(css: string): Rule[] {
  const out: Rule[] = [];
  const text = css.replace(/\/\*[^]*?\*\//g, '');
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{', i);
    const semi = text.indexOf(';', i);
    if (open < 0) break;
    const prelude = text.slice(i, open).trim();
    if (prelude.startsWith('@') && semi >= 0 && semi < open) {
      i = semi + 1; // @import …;
      continue;
    }
    let depth = 1;
    let j = open + 1;
    for (; j < text.length && depth; j++) depth += text[j] === '{' ? 1 : text[j] === '}' ? -1 : 0;
    if (!prelude.startsWith('@')) {
      const decls = split(text.slice(open + 1, j - 1), ';').map((decl): [string, string] => {
        const colon = decl.indexOf(':');
        return [decl.slice(0, colon).trim().toLowerCase(), decl.slice(colon + 1).trim()];
      });
      out.push({ selectors: split(prelude, ','), decls });
    }
    i = j;
  }
  return out;
}

/** Replaces every `var(--x, fallback)` in `value` by `lookup`'s value or the fallback; undefined when one has neither. */
function resolve(value: string, lookup: (name: string, depth: number) => string | undefined, depth = 0): string | undefined {
  let out = '';
  let i = 0;
  for (;;) {
    const at = value.indexOf('var(', i);
    if (at < 0) return out + value.slice(i);
    let level = 1;
    let j = at + 4;
    for (; j < value.length && level; j++) level += value[j] === '(' ? 1 : value[j] === ')' ? -1 : 0;
    const inner = value.slice(at + 4, j - 1);
    const comma = inner.indexOf(',');
    const name = (comma < 0 ? inner : inner.slice(0, comma)).trim();
    const found =
      depth < 16
        ? (lookup(name, depth + 1) ?? (comma < 0 ? undefined : resolve(inner.slice(comma + 1).trim(), lookup, depth + 1)))
        : undefined;
    if (found === undefined) return undefined;
    out += value.slice(i, at) + found;
    i = j;
  }
}

/** Properties that mean nothing in a still image. */
const MOTION_AND_LAYOUT =
  /^(?:transition|animation|cursor|outline|container|forced-color-adjust|color-scheme|-webkit-|-moz-|box-sizing|will-change|touch-action|user-select|pointer-events|max-width|max-height|min-width|min-height)/;

/** Pseudo-classes and pseudo-elements a still image never matches. */
const INTERACTIVE =
  /:(?:host\(|host-context|slotted|part\(|hover|focus|active|visited|before|after|placeholder|selection|target)/;

/** Element names, classes and attributes a selector needs (`svg`, `.bar`, `[d]`), outside `:not(…)`. */
function needs(selector: string): string[] {
  const outside = selector.replace(/:not\([^)]*\)/g, ' ');
  const bare = outside.replace(/\[[^\]]*\]|::?[\w-]+(?:\([^)]*\))?/g, ' ');
  return [
    ...[...bare.matchAll(/(?:^|[\s>+~])([a-zA-Z][\w-]*)/g)].map((m) => m[1]),
    ...[...bare.matchAll(/\.[\w-]+/g)].map((m) => m[0]),
    ...[...outside.matchAll(/\[\s*([\w-]+)/g)].map((m) => `[${m[1]}]`),
  ];
}

// ── Numbers and text widths ──

export const numbers = (text: string): number[] =>
  [...text.matchAll(/-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi)].map((m) => Number(m[0]));

/** A box: [left, top, right, bottom]. */
export type Box = [number, number, number, number];

/** A length (`12px`, `0.35em`, `12`) in px, for a font size of `em`. */
export function px(value: string | undefined, em: number): number {
  const n = parseFloat(value ?? '');
  if (!Number.isFinite(n)) return 0;
  return /em$/.test(value!.trim()) ? n * em : /%$/.test(value!.trim()) ? (n / 100) * em : n;
}

// ── The file ──

const round = (n: number) => Math.round(n * 10) / 10;

/** Tag names, classes and attribute names in a tree, in one set (`svg`, `.bar`, `[d]`). */
function inventory(node: Node, found: Set<string>): void {
  found.add(node.tag);
  for (const name of classes(node)) found.add(`.${name}`);
  for (const name of Object.keys(node.attrs)) found.add(`[${name}]`);
  for (const kid of elements(node)) inventory(kid, found);
}

/** The style sheet for the file: only rules that can match it, every value concrete. */
function sheetFor(css: string, tree: Node, lookupVar: (name: string, depth: number) => string | undefined): Rule[] {
  const found = new Set<string>();
  inventory(tree, found);
  const out: Rule[] = [];
  for (const rule of rules(css)) {
    const selectors = rule.selectors
      .filter((selector) => !INTERACTIVE.test(selector) && selector !== ':host')
      .map((selector) => selector.replace(/:host\b/g, 'svg'))
      .filter((selector) => needs(selector).every((need) => found.has(need)));
    const decls = rule.decls.flatMap(([prop, value]): [string, string][] => {
      if (prop.startsWith('--') || MOTION_AND_LAYOUT.test(prop)) return [];
      const concrete = resolve(value, lookupVar);
      return concrete === undefined ? [] : [[prop, concrete]];
    });
    if (selectors.length && decls.length) out.push({ selectors, decls });
  }
  return out;
}

/** Lays the legend out in rows below `top`, from `left`, wrapping at `width`; returns its nodes and bottom. */
function legendNodes(
  items: LegendItem[],
  left: number,
  top: number,
  width: number,
  fill: string,
): { nodes: Node[]; bottom: number; right: number } {
  const nodes: Node[] = [];
  const SIZE = 12;
  const ROW = 20;
  let x = left;
  let y = top;
  let right = left;
  for (const item of items) {
    const { swatch } = item;
    const view = numbers(swatch?.attrs.viewBox ?? '');
    const w = px(swatch?.attrs.width, 14) || view[2] || 14;
    const h = px(swatch?.attrs.height, 14) || view[3] || 14;
    const text = item.text.replace(/\s+/g, ' ').trim();
    const itemWidth = w + 6 + textWidth(text, SIZE) + 2;
    if (x > left && x + itemWidth > left + width) {
      x = left;
      y += ROW;
    }
    if (swatch) {
      const attrs: Record<string, string> = { x: `${round(x)}`, y: `${round(y + (ROW - h) / 2)}`, width: `${w}`, height: `${h}` };
      if (swatch.attrs.viewBox) attrs.viewBox = swatch.attrs.viewBox;
      if (swatch.attrs.class) attrs.class = swatch.attrs.class;
      attrs.overflow = 'visible';
      nodes.push({ tag: 'svg', attrs, kids: swatch.kids });
    }
    nodes.push({
      tag: 'text',
      attrs: { x: `${round(x + w + 6)}`, y: `${round(y + ROW / 2 + 0.36 * SIZE)}`, 'font-size': `${SIZE}`, fill },
      kids: [text],
    });
    right = Math.max(right, x + itemWidth);
    x += itemWidth + 16;
  }
  return { nodes, bottom: y + ROW, right };
}

/** The chart as a complete, self-contained SVG document (see the module's comment). */
export function standaloneSvg({
  chart,
  css,
  tokens,
  title,
  legend = [],
  env = () => undefined,
  measure,
  lang,
}: StandaloneOptions): string {
  const svg = chart;
  if (svg.tag !== 'svg') throw new TypeError('Expected an <svg> element.');

  // Custom properties: the element's own (on :host), then the theme's tokens, then the page's public ones.
  const vars = new Map<string, string>();
  for (const rule of rules(css)) {
    if (!rule.selectors.includes(':host')) continue;
    for (const [prop, value] of rule.decls) if (prop.startsWith('--')) vars.set(prop, value);
  }
  for (const decl of split(tokens, ';')) {
    const colon = decl.indexOf(':');
    vars.set(decl.slice(0, colon).trim(), decl.slice(colon + 1).trim());
  }
  const lookupVar = (name: string, depth: number): string | undefined => {
    const own = vars.get(name);
    if (own !== undefined) return resolve(own, lookupVar, depth);
    return env(name) || undefined;
  };
  const colour = (name: string, fallback: string) => resolve(`var(${name})`, lookupVar) ?? fallback;
  const text = colour('--_text', '#16202c');
  const muted = colour('--_muted', '#56606d');
  const surface = colour('--_surface', '#ffffff');
  const font = resolve('var(--_font)', lookupVar) ?? FONT;

  // The drawing, without what only the page needs: template markers, parts, focus, the server's wide/narrow classes.
  const name = svg.attrs['aria-label'] ?? '';
  const view = numbers(svg.attrs.viewBox ?? '');
  const drawn: Box =
    view.length === 4
      ? [view[0], view[1], view[0] + view[2], view[1] + view[3]]
      : [0, 0, px(svg.attrs.width, 14), px(svg.attrs.height, 14)];
  const rootClass = classes(svg)
    .filter((c) => !/^chart--/.test(c))
    .join(' ');

  const legendText = legend.map((item) => item.text).join(' ');
  const swatches = legend.flatMap((item) => (item.swatch ? [item.swatch] : []));
  const all: Node = {
    tag: 'svg',
    attrs: { class: rootClass },
    kids: [...svg.kids, ...swatches, { tag: 'text', attrs: {}, kids: [legendText] }],
  };
  const sheet = sheetFor(css, all, lookupVar);

  // Everything the chart draws, text included.
  const box: Box = measure ? measure({ tag: 'svg', attrs: { class: rootClass }, kids: svg.kids }, sheet, drawn) : drawn;

  // The title line above, the legend below.
  const TITLE = 15;
  const titleHeight = title ? Math.round(TITLE * 1.25) + 10 : 0;
  const width = Math.max(box[2] - box[0], title ? textWidth(title, TITLE, true) : 0);
  const laid = legend.length ? legendNodes(legend, box[0], box[3] + 10, Math.max(width, 240), muted) : undefined;
  const right = Math.max(box[0] + width, laid?.right ?? 0);
  const bottom = laid?.bottom ?? box[3];
  const [x, y, w, h] = [
    box[0] - PAD,
    box[1] - titleHeight - PAD,
    right - box[0] + 2 * PAD,
    bottom - box[1] + titleHeight + 2 * PAD,
  ].map((n, i) => (i < 2 ? Math.floor(n) : Math.ceil(n)));

  const style = [
    `svg{color:${text};font-family:${font};font-size:14px}`,
    ...sheet.map((rule) => `${rule.selectors.join(',')}{${rule.decls.map(([p, v]) => `${p}:${v}`).join(';')}}`),
  ].join('\n');

  const strip = (node: Node): Node => {
    const attrs = { ...node.attrs };
    for (const attr of Object.keys(attrs)) {
      if (/^(?:part|tabindex|focusable|xmlns(?::\w+)?|aria-hidden|style|on\w+)$/.test(attr)) delete attrs[attr];
    }
    return { tag: node.tag, attrs, kids: node.kids.map((kid) => (typeof kid === 'string' ? kid : strip(kid))) };
  };

  const rootAttrs: Record<string, string> = { xmlns: 'http://www.w3.org/2000/svg' };
  if (rootClass) rootAttrs.class = rootClass;
  rootAttrs.role = 'img';
  if (name) rootAttrs['aria-label'] = name;
  if (lang) rootAttrs['xml:lang'] = lang;
  Object.assign(rootAttrs, { viewBox: `${x} ${y} ${w} ${h}`, width: `${w}`, height: `${h}`, 'font-family': font });

  const head: Node[] = [
    { tag: 'title', attrs: {}, kids: [name] },
    { tag: 'style', attrs: {}, kids: [style] },
    { tag: 'rect', attrs: { x: `${x}`, y: `${y}`, width: `${w}`, height: `${h}`, fill: surface }, kids: [] },
  ];
  if (title) {
    head.push({
      tag: 'text',
      attrs: {
        x: `${round(box[0])}`,
        y: `${round(box[1] - titleHeight + TITLE)}`,
        'font-size': `${TITLE}`,
        'font-weight': '600',
        fill: text,
      },
      kids: [title],
    });
  }
  const file: Node = {
    tag: 'svg',
    attrs: rootAttrs,
    kids: [...head, ...svg.kids, ...(laid?.nodes ?? [])].map((kid) => (typeof kid === 'string' ? kid : strip(kid))),
  };
  return serialize(file);
}

// ── What the callers hand over ──

/** Each chart's title in the catalogs: the heading the card gives its section. */
const TITLES: Record<string, MessageKey> = {
  'momentum-bars': 'report.momentum',
  'setup-scores': 'report.scores',
  'score-dial': 'dial.caption',
  'price-levels': 'report.levels',
  'price-history': 'report.history',
  'price-chart': 'report.history',
  'weekly-timeline': 'report.timeline',
  'dynamics-panel': 'report.dynamics',
};

/** The title line of `tag`'s file in the language of `t`: `Momentum · 000657`. */
export function chartTitle(tag: string, t: (key: MessageKey) => string, symbol?: string): string | undefined {
  const name = TITLES[tag] && t(TITLES[tag]);
  return [name, symbol].filter(Boolean).join(' · ') || undefined;
}

/** The stock's symbol in a report (`ticker.symbol`) or a history (`symbol`). */
export function symbolOf(model: unknown): string | undefined {
  const m = model as { ticker?: { symbol?: unknown }; symbol?: unknown } | undefined;
  const symbol = m?.ticker?.symbol ?? m?.symbol;
  return typeof symbol === 'string' ? symbol : undefined;
}
