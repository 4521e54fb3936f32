/**
 * Where the server's standalone SVG files get their size: an estimate of the box of everything a
 * chart draws, text included, with no browser to measure it. A text's box comes from its font
 * size, weight, anchor and characters (generous widths, for the widest common sans-serif, DejaVu
 * Sans: an image viewer may not have the font the page had); shapes from their geometry and
 * stroke, through every `transform`. Styles are read from the rules the file keeps, matched
 * loosely (every combinator read as a descendant one, several matches read as the largest value).
 *
 * Also the server's reading of its own markup: the chart's `<svg>` and the legend, as the
 * trees `standaloneSvg` takes.
 *
 * Server only: the browser measures the live drawing instead and builds the trees from its DOM
 * (`toSVG()`), so none of this is in the bundle.
 */
import { classes, elements, numbers, px, type Box, type LegendItem, type Node, type Rule } from '../charts/standalone.js';
import { textWidth } from '../charts/scale.js';

// ── Reading markup: what @lit-labs/ssr writes ──

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Text with its character references decoded. */
function decode(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (whole, ref: string) =>
    ref[0] === '#'
      ? String.fromCodePoint(ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1)))
      : (NAMED[ref] ?? whole),
  );
}

/** The elements of `markup` as a tree under an unnamed root (comments left out, text and attributes decoded). */
export function parse(markup: string): Node {
  const root: Node = { tag: '', attrs: {}, kids: [] };
  const stack = [root];
  const token =
    /<!--[^]*?-->|<\?[^>]*>|<\/([\w:-]+)\s*>|<([\w:-]+)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*(\/?)>|([^<]+)/g;
  for (const [, close, open, attrs, empty, text] of markup.matchAll(token)) {
    const top = stack[stack.length - 1];
    if (close) {
      const at = stack.findLastIndex((node) => node.tag === close);
      if (at > 0) stack.length = at;
    } else if (open) {
      const node: Node = { tag: open, attrs: {}, kids: [] };
      for (const [, name, dq, sq, bare] of attrs.matchAll(/([^\s=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
        node.attrs[name] = decode(dq ?? sq ?? bare ?? '');
      }
      top.kids.push(node);
      if (!empty) stack.push(node);
    } else if (text !== undefined) {
      top.kids.push(decode(text));
    }
  }
  return root;
}

const textOf = (node: Node | string): string => (typeof node === 'string' ? node : node.kids.map(textOf).join(''));

// ── Matching a selector's compounds against a node and its ancestors (for measuring only) ──

function compoundMatches(compound: string, node: Node): boolean {
  const bare = compound.replace(/:not\([^)]*\)|::?[\w-]+(?:\([^)]*\))?/g, '');
  const tag = /^[a-zA-Z][\w-]*/.exec(bare)?.[0];
  if (tag && tag !== node.tag) return false;
  const own = classes(node);
  if ([...bare.matchAll(/\.([\w-]+)/g)].some((m) => !own.includes(m[1]))) return false;
  for (const [, name, op, quoted] of bare.matchAll(/\[([\w-]+)(?:([~|^$*]?=)['"]?([^'"\]]*)['"]?)?\]/g)) {
    const value = node.attrs[name];
    if (value === undefined) return false;
    if (op === '=' && value !== quoted) return false;
    if (op === '~=' && !value.split(/\s+/).includes(quoted)) return false;
  }
  return true;
}

/** Does `selector` match `chain[0]`, whose ancestors follow (every combinator read as a descendant one)? */
function matches(selector: string, chain: Node[]): boolean {
  const compounds = selector
    .replace(/\s*([>+~])\s*/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  if (!compoundMatches(compounds.pop()!, chain[0])) return false;
  let at = 1;
  for (let c = compounds.length - 1; c >= 0; c--) {
    while (at < chain.length && !compoundMatches(compounds[c], chain[at])) at++;
    if (at++ >= chain.length) return false;
  }
  return true;
}

/** Values of `prop` for `chain[0]`: its attribute or style, else every matching rule's; inherited from ancestors when `inherit`. */
function lookup(chain: Node[], sheet: Rule[], prop: string, inherit: boolean): string[] {
  for (let i = 0; i < (inherit ? chain.length : 1); i++) {
    const node = chain[i];
    const inline = new RegExp(`(?:^|;)\\s*${prop}\\s*:\\s*([^;]+)`).exec(node.attrs.style ?? '')?.[1] ?? node.attrs[prop];
    if (inline) return [inline.trim()];
    const here = chain.slice(i);
    const found = sheet.flatMap((rule) =>
      rule.selectors.some((selector) => matches(selector, here)) ? rule.decls.filter(([p]) => p === prop).map(([, v]) => v) : [],
    );
    if (found.length) return found;
  }
  return [];
}

// ── Geometry ──

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];

function transform(m: Matrix, value: string | undefined): Matrix {
  for (const [, fn, args] of (value ?? '').matchAll(/(\w+)\s*\(([^)]*)\)/g)) {
    const [a = 0, b, c, d = 0, e = 0, f = 0] = numbers(args);
    const rad = (a * Math.PI) / 180;
    const cos = Math.cos(rad);
    const sin = Math.sin(rad);
    const next: Record<string, Matrix> = {
      translate: [1, 0, 0, 1, a, b ?? 0],
      scale: [a, 0, 0, b ?? a, 0, 0],
      rotate: [cos, sin, -sin, cos, 0, 0],
      matrix: [a, b ?? 0, c ?? 0, d, e, f],
      skewX: [1, 0, Math.tan(rad), 1, 0, 0],
      skewY: [1, Math.tan(rad), 0, 1, 0, 0],
    };
    if (fn === 'rotate' && b !== undefined) {
      m = multiply(multiply(multiply(m, [1, 0, 0, 1, b, c ?? 0]), next.rotate), [1, 0, 0, 1, -b, -(c ?? 0)]);
    } else if (next[fn]) {
      m = multiply(m, next[fn]);
    }
  }
  return m;
}

function grow(box: Box, m: Matrix, x0: number, y0: number, x1: number, y1: number): void {
  for (const [x, y] of [
    [x0, y0],
    [x1, y0],
    [x0, y1],
    [x1, y1],
  ]) {
    const tx = m[0] * x + m[2] * y + m[4];
    const ty = m[1] * x + m[3] * y + m[5];
    if (!Number.isFinite(tx) || !Number.isFinite(ty)) continue;
    box[0] = Math.min(box[0], tx);
    box[1] = Math.min(box[1], ty);
    box[2] = Math.max(box[2], tx);
    box[3] = Math.max(box[3], ty);
  }
}

/** The points a path passes through or bends towards (control points, arcs sampled): a box around it. */
function pathPoints(d: string): [number, number][] {
  const points: [number, number][] = [];
  let x = 0;
  let y = 0;
  let sx = 0;
  let sy = 0;
  for (const [, cmd, args] of d.matchAll(/([MLHVCSQTAZ])([^MLHVCSQTAZ]*)/gi)) {
    const n = numbers(args);
    const rel = cmd === cmd.toLowerCase();
    const up = cmd.toUpperCase();
    const size = { M: 2, L: 2, T: 2, H: 1, V: 1, C: 6, S: 4, Q: 4, A: 7, Z: 0 }[up] ?? 2;
    if (up === 'Z') {
      x = sx;
      y = sy;
      continue;
    }
    for (let i = 0; i + size <= n.length; i += size) {
      const p = n.slice(i, i + size);
      if (up === 'H') x = (rel ? x : 0) + p[0];
      else if (up === 'V') y = (rel ? y : 0) + p[0];
      else if (up === 'A') {
        const ex = (rel ? x : 0) + p[5];
        const ey = (rel ? y : 0) + p[6];
        points.push(...arcPoints(x, y, p[0], p[1], p[2], p[3], p[4], ex, ey));
        x = ex;
        y = ey;
      } else {
        for (let k = 0; k < size; k += 2) points.push([(rel ? x : 0) + p[k], (rel ? y : 0) + p[k + 1]]);
        x = points[points.length - 1][0];
        y = points[points.length - 1][1];
      }
      points.push([x, y]);
      if (up === 'M' && i === 0) {
        sx = x;
        sy = y;
      }
    }
  }
  return points;
}

/** Points along an SVG arc from (x1, y1) to (x2, y2) (the spec's endpoint-to-centre conversion, F.6.5). */
function arcPoints(
  x1: number,
  y1: number,
  rx: number,
  ry: number,
  deg: number,
  large: number,
  sweep: number,
  x2: number,
  y2: number,
): [number, number][] {
  rx = Math.abs(rx);
  ry = Math.abs(ry);
  if (!rx || !ry) return [[x2, y2]];
  const phi = (deg * Math.PI) / 180;
  const cos = Math.cos(phi);
  const sin = Math.sin(phi);
  const dx = (x1 - x2) / 2;
  const dy = (y1 - y2) / 2;
  const px1 = cos * dx + sin * dy;
  const py1 = -sin * dx + cos * dy;
  const scale = Math.max(1, Math.sqrt((px1 * px1) / (rx * rx) + (py1 * py1) / (ry * ry)));
  rx *= scale;
  ry *= scale;
  const num = rx * rx * ry * ry - rx * rx * py1 * py1 - ry * ry * px1 * px1;
  const k = (large === sweep ? -1 : 1) * Math.sqrt(Math.max(0, num / (rx * rx * py1 * py1 + ry * ry * px1 * px1)));
  const cx1 = (k * rx * py1) / ry;
  const cy1 = (-k * ry * px1) / rx;
  const cx = cos * cx1 - sin * cy1 + (x1 + x2) / 2;
  const cy = sin * cx1 + cos * cy1 + (y1 + y2) / 2;
  const angle = (ux: number, uy: number) => Math.atan2(uy, ux);
  const start = angle((px1 - cx1) / rx, (py1 - cy1) / ry);
  let delta = angle((-px1 - cx1) / rx, (-py1 - cy1) / ry) - start;
  if (!sweep && delta > 0) delta -= 2 * Math.PI;
  if (sweep && delta < 0) delta += 2 * Math.PI;
  const points: [number, number][] = [];
  for (let i = 0; i <= 32; i++) {
    const t = start + (delta * i) / 32;
    points.push([cx + rx * Math.cos(t) * cos - ry * Math.sin(t) * sin, cy + rx * Math.cos(t) * sin + ry * Math.sin(t) * cos]);
  }
  return points;
}

// ── Estimating text ──

interface Measure {
  sheet: Rule[];
  box: Box;
}

function fontSize(chain: Node[], sheet: Rule[]): number {
  let size = 14;
  for (let i = chain.length - 1; i >= 0; i--) {
    const values = lookup(chain.slice(i), sheet, 'font-size', false);
    if (values.length) size = Math.max(...values.map((value) => px(value, size) || size));
  }
  return size;
}

/** Grows `measure.box` by a `<text>`'s estimated box, each `<tspan>` with an `x` of its own a new line. */
function measureText(chain: Node[], m: Matrix, measure: Measure): void {
  const { sheet, box } = measure;
  const size = fontSize(chain, sheet);
  const bold = lookup(chain, sheet, 'font-weight', true).some((w) => w === 'bold' || Number(w) >= 600);
  const anchors = lookup(chain, sheet, 'text-anchor', true);
  const baseline = lookup(chain, sheet, 'dominant-baseline', true)[0] ?? '';
  const shift = /middle|central/.test(baseline)
    ? 0.36
    : /hanging|before-edge/.test(baseline)
      ? 0.82
      : /after-edge|ideographic/.test(baseline)
        ? -0.24
        : 0;
  const node = chain[0];
  let x = px(node.attrs.x, size);
  let y = px(node.attrs.y, size) + px(node.attrs.dy, size);
  let line = '';
  const flush = () => {
    const width = textWidth(line, size, bold) + 2;
    const top = y + (shift - 0.98) * size;
    const bottom = y + (shift + 0.26) * size;
    for (const anchor of anchors.length ? anchors : ['start']) {
      const left = anchor === 'middle' ? x - width / 2 : anchor === 'end' ? x - width : x;
      if (line.trim()) grow(box, m, left, top, left + width, bottom);
    }
    line = '';
  };
  for (const kid of node.kids) {
    if (typeof kid === 'string') {
      line += kid;
      continue;
    }
    if (kid.attrs.x !== undefined) {
      flush();
      x = px(kid.attrs.x, size);
    }
    if (kid.attrs.y !== undefined) y = px(kid.attrs.y, size);
    y += px(kid.attrs.dy, size);
    line += textOf(kid);
  }
  flush();
}

const SHAPES = new Set(['rect', 'line', 'circle', 'ellipse', 'path', 'polyline', 'polygon']);

/** Grows `measure.box` by everything `chain[0]` and its descendants draw. */
function measureNode(chain: Node[], m: Matrix, measure: Measure): void {
  const node = chain[0];
  m = transform(m, node.attrs.transform);
  if (node.tag === 'text') return measureText(chain, m, measure);
  if (SHAPES.has(node.tag)) {
    const width = Math.max(0, ...lookup(chain, measure.sheet, 'stroke-width', true).map((w) => px(w, 14)), 1);
    const stroke = lookup(chain, measure.sheet, 'stroke', true).some((s) => s !== 'none') ? width / 2 + 1 : 0;
    const a = (name: string) => px(node.attrs[name], 14);
    const points: [number, number][] =
      node.tag === 'rect'
        ? [
            [a('x'), a('y')],
            [a('x') + a('width'), a('y') + a('height')],
          ]
        : node.tag === 'line'
          ? [
              [a('x1'), a('y1')],
              [a('x2'), a('y2')],
            ]
          : node.tag === 'circle' || node.tag === 'ellipse'
            ? [
                [a('cx') - (a('r') || a('rx')), a('cy') - (a('r') || a('ry'))],
                [a('cx') + (a('r') || a('rx')), a('cy') + (a('r') || a('ry'))],
              ]
            : node.tag === 'path'
              ? pathPoints(node.attrs.d ?? '')
              : numbers(node.attrs.points ?? '').flatMap((v, i, all): [number, number][] => (i % 2 ? [] : [[v, all[i + 1]]]));
    for (const [x, y] of points) grow(measure.box, m, x - stroke, y - stroke, x + stroke, y + stroke);
  }
  for (const kid of elements(node)) measureNode([kid, ...chain], m, measure);
}

/** The box of everything `svg` (the chart's root, as the file will hold it) draws, at least `viewBox`. */
export function measureChart(svg: Node, sheet: Rule[], viewBox: Box): Box {
  const box: Box = [...viewBox];
  for (const kid of elements(svg)) measureNode([kid, svg], IDENTITY, { sheet, box });
  return box;
}

/** The legend in server-rendered markup (its first `<ul class="legend">`): each item's swatch and text. */
export function legendOf(markup: string): LegendItem[] {
  const list = /<ul\b[^>]*\bclass="legend(?:\s[^"]*)?"[^>]*>[^]*?<\/ul>/.exec(markup)?.[0] ?? '';
  const items = elements(parse(list))[0];
  return (items ? elements(items) : []).map((item) => {
    const swatch = elements(item).find((node) => node.tag === 'svg');
    const text = item.kids
      .filter((kid) => kid !== swatch)
      .map(textOf)
      .join('');
    return { swatch, text: text.replace(/\s+/g, ' ').trim() };
  });
}
