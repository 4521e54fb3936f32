import { aTimeout, fixture, html } from '@open-wc/testing';
import type { ReportElement } from '../src/elements/base.js';
import { ELEMENTS, tagsFor } from '../src/registry.js';
import { setViewport } from '@web/test-runner-commands';
import { FIXTURES, HISTORIES, fixture as reportFixture, type FixtureName } from './fixtures.js';

/** Waits until `el.state` is one of `states` (or fails after `ms`). */
export async function settled(el: ReportElement, states = ['ready', 'empty', 'error'], ms = 5000): Promise<string> {
  const start = performance.now();
  while (!states.includes(el.state) || el.isUpdatePending) {
    if (performance.now() - start > ms) throw new Error(`still "${el.state}" after ${ms} ms`);
    await aTimeout(10);
  }
  await el.updateComplete;
  return el.state;
}

// ── White space ──────────────────────────────────────────────────────────────────────────

/** Every run of white space (any `\s`, no-break spaces included) as one space; not trimmed. */
export const collapseSpace = (s: string): string => s.replace(/\s+/g, ' ');

/** Text folded: every run of white space (no-break spaces included) as one space, trimmed; null as ''. */
export const fold = (s: string | null | undefined): string => collapseSpace(s ?? '').trim();

/**
 * Text folded as the template wrote it: runs of spaces, tabs and newlines as one space,
 * trimmed; the no-break spaces `Intl` writes (de-DE `12,7 %`) stay as they are. Null as ''.
 */
export const foldKeepNbsp = (s: string | null | undefined): string => (s ?? '').replace(/[ \t\n\r]+/g, ' ').trim();

/** Text a user sees in the element's shadow root (whitespace folded). */
export function shownText(el: Element): string {
  return fold(el.shadowRoot?.textContent);
}

/** The accessible name of the element's chart. */
export function chartName(el: Element): string | null {
  return el.shadowRoot?.querySelector('svg[role="img"]')?.getAttribute('aria-label') ?? null;
}

export async function requestCount(tag: string): Promise<number> {
  const response = await fetch(`/api/count/${tag}`);
  return ((await response.json()) as { count: number }).count;
}

/** `term: value` for every `<dt>`/`<dd>` pair in the element's shadow root, folded by `how` ({@link fold} unless told). */
export function terms(el: Element, how: (s: string | null | undefined) => string = fold): string[] {
  return [...(el.shadowRoot?.querySelectorAll('dt') ?? [])].map((dt) => {
    const dd = dt.nextElementSibling;
    return `${how(dt.textContent)}: ${how(dd?.textContent)}`;
  });
}

/** Every element matching `selector` in `root` and in every shadow root below it. */
export function deepQueryAll(root: Element | ShadowRoot | Document, selector: string): Element[] {
  const found: Element[] = [...root.querySelectorAll(selector)];
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) found.push(...deepQueryAll(el.shadowRoot, selector));
  }
  if (root instanceof Element && root.shadowRoot) found.push(...deepQueryAll(root.shadowRoot, selector));
  return found;
}

/**
 * The text and accessible names (`aria-label`) under `root`, through shadow roots, joined by
 * spaces (not folded); `<script>` and `<style>` left out, and `aria-hidden` subtrees unless
 * `hidden` is true.
 */
function textAndNames(root: Node, hidden: boolean): string {
  const parts: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    if (node instanceof Element) {
      if (node.localName === 'script' || node.localName === 'style') return;
      if (!hidden && node.getAttribute('aria-hidden') === 'true') return;
      const label = node.getAttribute('aria-label');
      if (label) parts.push(` ${label} `);
      if (node.shadowRoot) visit(node.shadowRoot);
    }
    for (const child of node.childNodes) visit(child);
  };
  visit(root);
  return parts.join(' ');
}

/** All text and accessible names (`aria-label`) under `root`, through shadow roots (white space collapsed, not trimmed). */
export function deepText(root: Element | ShadowRoot): string {
  return collapseSpace(textAndNames(root, true));
}

/**
 * What a screen reader reads in `node`: its text and accessible names (`aria-label`),
 * through shadow roots, `aria-hidden` subtrees left out; folded (see {@link fold}).
 */
export function spokenText(node: Node): string {
  return fold(textAndNames(node, false));
}

/**
 * The text of `node` as `textContent` joins it, less its `aria-hidden` subtrees (`node`'s own
 * included): a label's words without its decorations, such as a sort arrow. No accessible
 * names, not through shadow roots, not folded.
 */
export function textWithoutAriaHidden(node: Node): string {
  if (node instanceof Text) return node.textContent ?? '';
  if (node instanceof Element && node.getAttribute('aria-hidden') === 'true') return '';
  return [...node.childNodes].map(textWithoutAriaHidden).join('');
}

/** Every element that draws a report (not <report-source>, nor <price-chart>, which draws a history), from the registry. */
export const TAGS = tagsFor('report');

export interface PlaceOptions {
  locale?: string;
  theme?: string;
  /** placeInBody: the states the element may settle in (default: 'ready' only). */
  states?: readonly string[];
}

/**
 * `<tag>` in the test fixture container with `data` set (en-US, light unless told), once it
 * has settled in ready, empty or error.
 */
export async function place<T extends ReportElement>(tag: string, data: unknown, attrs: PlaceOptions = {}): Promise<T> {
  const el = document.createElement(tag) as T;
  el.setAttribute('locale', attrs.locale ?? 'en-US');
  el.setAttribute('theme', attrs.theme ?? 'light');
  el.data = data;
  await fixtureContainer().then((host) => host.append(el));
  await settled(el);
  return el;
}

async function fixtureContainer(): Promise<HTMLElement> {
  return fixture(html`<div></div>`);
}

/**
 * Appends `el` to a `<div>` `width` wide (a number counts in px) in open-wc's fixture
 * container, which is emptied after each test. Returns `el`, connected, not yet updated.
 */
export async function inBox<T extends Element>(el: T, width: number | string): Promise<T> {
  const box = await fixture<HTMLDivElement>(html`<div style="width: ${typeof width === 'number' ? `${width}px` : width}"></div>`);
  box.append(el);
  return el;
}

/**
 * Opens every data-table disclosure under `root` (through shadow roots), as a user would,
 * and waits until the tables are drawn (they are built when opened).
 */
export async function openTables(root: Element): Promise<void> {
  const closed = (deepQueryAll(root, 'details.data') as HTMLDetailsElement[]).filter((d) => !d.open);
  await Promise.all(
    closed.map(
      (details) =>
        new Promise((resolve) => {
          details.addEventListener('toggle', resolve, { once: true });
          details.open = true;
        }),
    ),
  );
  for (const el of [root, ...deepQueryAll(root, '[state]')] as ReportElement[]) await el.updateComplete;
}

/**
 * Gives the element a CSS width and waits until it has redrawn for it: resize observations
 * arrive in the next rendering step, and the element's update follows.
 */
export async function resizeTo(el: ReportElement, width: string): Promise<void> {
  el.style.width = width;
  for (let i = 0; i < 2; i++) await new Promise(requestAnimationFrame);
  await el.updateComplete;
}

/** The width of the element's chart drawing, in viewBox units. */
export function drawingWidth(el: Element): number {
  const svgs = el.shadowRoot!.querySelectorAll('svg[part="chart"]');
  if (svgs.length !== 1) throw new Error(`expected one chart, found ${svgs.length}`);
  return Number(svgs[0].getAttribute('viewBox')!.split(' ')[2]);
}

/**
 * The body rows of the element's data tables, opened first: each row's cells, template white
 * space folded (a no-break space from Intl stays as it is).
 */
export async function tableCells(el: ReportElement): Promise<string[][]> {
  await openTables(el);
  return [...el.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => foldKeepNbsp(c.textContent)));
}

/**
 * The body rows of the element's data tables, opened first, as each cell is seen and as it
 * is heard: `seen` leaves out visually hidden text, `heard` leaves out text hidden from
 * screen readers (`aria-hidden`). A missing value is seen as "—" and heard as "not available".
 */
export async function tableCellsSeenAndHeard(el: Element): Promise<{ seen: string[][]; heard: string[][] }> {
  await openTables(el);
  // Laid out as shown: right after a <details> opens, Chromium's checkVisibility() still sees its
  // content as hidden until something asks for layout.
  await new Promise(requestAnimationFrame);
  for (const details of el.shadowRoot!.querySelectorAll('details')) details.getBoundingClientRect();
  const cache = new Map<Element, boolean>();
  const textOf = (cell: Element, keep: (owner: Element) => boolean) => {
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    let text = '';
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement && keep(node.parentElement)) text += node.textContent ?? '';
    }
    return foldKeepNbsp(text);
  };
  const rows = [...el.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => [...tr.children]);
  return {
    seen: rows.map((cells) => cells.map((cell) => textOf(cell, (owner) => !unseen(owner, cell, cache)))),
    heard: rows.map((cells) => cells.map((cell) => textOf(cell, (owner) => !owner.closest('[aria-hidden="true"]')))),
  };
}

// ── Layout: text sizes and text boxes (issue 16) ─────────────────────────────────────────

/** The least computed font size of any text a user sees, in CSS px. */
export const MIN_TEXT_PX = 11;
/** The least size of a chart's labels and values: SVG text in `svg[part~=chart]` that is not an axis tick. */
export const MIN_CHART_TEXT_PX = 12;
/** How far (CSS px) a text box may pass its bounds before it counts. */
const EDGE_TOLERANCE = 1;

/** A piece of text a user sees, where it is drawn, and the element whose shadow root holds it. */
export interface SeenText {
  /** The text, whitespace folded. */
  text: string;
  /** The element the text node sits in (a `<text>`/`<tspan>` for chart text). */
  owner: Element;
  /** The closest custom element whose shadow root (or light DOM) holds it. */
  host: Element;
  /** Chart text: the nearest `<text>` or `<tspan>`. */
  svg?: SVGGraphicsElement;
  /** The text node. */
  node: Text;
}

/** The element a node is rendered in: its slot when slotted, else its parent, else its shadow host. */
function renderParent(node: Node): Element | null {
  if (node instanceof Element && node.assignedSlot) return node.assignedSlot;
  if (node instanceof Text && node.assignedSlot) return node.assignedSlot;
  if (node.parentElement) return node.parentElement;
  const root = node.parentNode;
  return root instanceof ShadowRoot ? root.host : null;
}

const NOT_TEXT = new Set(['style', 'script', 'template', 'title', 'desc', 'metadata']);

/**
 * Every non-blank text node `el` renders: its shadow root and light children, through the
 * shadow roots of the elements inside it (a `<ticker-report>`'s sections), slots included.
 */
export function seenTexts(el: Element): SeenText[] {
  const found: SeenText[] = [];
  const visit = (node: Node, host: Element) => {
    for (const child of node.childNodes) {
      if (child instanceof Text) {
        const text = fold(child.textContent);
        if (!text || !child.parentElement) continue;
        const owner = child.parentElement;
        const svg = owner.closest('text, tspan') as SVGGraphicsElement | null;
        found.push({ text, owner, host, node: child, svg: svg ?? undefined });
      } else if (child instanceof Element) {
        if (NOT_TEXT.has(child.localName)) continue;
        visit(child, host);
        if (child.shadowRoot) visit(child.shadowRoot, child);
      }
    }
  };
  if (el.shadowRoot) visit(el.shadowRoot, el);
  visit(el, el);
  return found;
}

/**
 * True when the text is not seen: not rendered (`display: none`, a closed disclosure),
 * `visibility: hidden`, transparent, or visually hidden (clipped to nothing for screen
 * readers only). Checks `from` and its rendered ancestors up to `stop`.
 */
export function unseen(from: Element, stop: Element, cache = new Map<Element, boolean>()): boolean {
  // Not rendered, or inside a closed <details> (content-visibility: hidden), or invisible.
  if (!from.checkVisibility({ contentVisibilityAuto: true, opacityProperty: true, visibilityProperty: true })) return true;
  if (from.getClientRects().length === 0) return true;
  const path: Element[] = [];
  let verdict = false;
  for (let at: Element | null = from; at; at = at === stop ? null : renderParent(at)) {
    const known = cache.get(at);
    if (known !== undefined) {
      verdict = known;
      break;
    }
    path.push(at);
    const cs = getComputedStyle(at);
    const clipped =
      cs.clip === 'rect(0px, 0px, 0px, 0px)' ||
      cs.clipPath === 'inset(50%)' ||
      (cs.position === 'absolute' && at.getBoundingClientRect().width <= 1 && at.getBoundingClientRect().height <= 1);
    if (clipped || cs.visibility === 'hidden' || cs.display === 'none' || cs.opacity === '0') {
      verdict = true;
      break;
    }
  }
  for (const at of path) cache.set(at, verdict);
  return verdict;
}

/** How `el` is named in a message: `<tag>` plus the part and class of a text's owner. */
function describeOwner(item: SeenText): string {
  const owner = item.owner;
  const cls = owner.getAttribute('class');
  const part = owner.closest('[part]')?.getAttribute('part');
  return `<${item.host.localName}> ${owner.localName}${cls ? `.${cls.trim().split(/\s+/).join('.')}` : ''}${part ? ` in part "${part}"` : ''}`;
}

/** The smallest size chart text may have: 11 px for axis ticks (`.tick`), else 12 px. */
export function minimumSize(item: SeenText): number {
  if (!item.svg) return MIN_TEXT_PX;
  const chart = item.owner.closest('svg[part~="chart"]');
  if (!chart) return MIN_TEXT_PX;
  return item.owner.closest('.tick') ? MIN_TEXT_PX : MIN_CHART_TEXT_PX;
}

/**
 * The size a user sees, in CSS px: the computed font size, times the chart's scale for SVG
 * text (a drawing shown narrower than its viewBox shrinks its text with it).
 */
export function seenFontSize(item: SeenText): number {
  const size = parseFloat(getComputedStyle(item.owner).fontSize);
  if (!item.svg) return size;
  const m = item.svg.getScreenCTM();
  return m ? size * Math.sqrt(Math.abs(m.a * m.d - m.b * m.c)) : size;
}

/** Every text in `el` smaller than its minimum (see {@link minimumSize}), as messages. */
export function textSizeProblems(el: Element): string[] {
  const problems: string[] = [];
  const cache = new Map<Element, boolean>();
  for (const item of seenTexts(el)) {
    if (unseen(item.owner, el, cache)) continue;
    const size = seenFontSize(item);
    const least = minimumSize(item);
    // A tenth of a pixel for rounding (a drawing a fraction of a pixel narrower than its viewBox).
    if (size < least - 0.1) {
      problems.push(`"${clip(item.text)}" is ${round(size)}px, below ${least}px (${describeOwner(item)})`);
    }
  }
  return problems;
}

const round = (n: number) => Math.round(n * 10) / 10;
const clip = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

/** The boxes of a text as drawn: the glyph runs of an HTML text node, the box of chart text. */
function textBoxes(item: SeenText): DOMRect[] {
  if (item.svg) return [item.owner.getBoundingClientRect()];
  const raw = item.node.textContent ?? '';
  const start = raw.search(/\S/);
  const end = raw.length - (raw.length - raw.trimEnd().length);
  const range = document.createRange();
  range.setStart(item.node, Math.max(0, start));
  range.setEnd(item.node, end);
  return [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
}

/** The border box of `el`; for a `display: contents` element, the union of its children's. */
export function boxOf(el: Element): DOMRect {
  if (getComputedStyle(el).display !== 'contents') return el.getBoundingClientRect();
  const boxes = [...el.children].map(boxOf).filter((r) => r.width > 0 || r.height > 0);
  if (!boxes.length) return new DOMRect();
  const left = Math.min(...boxes.map((r) => r.left));
  const top = Math.min(...boxes.map((r) => r.top));
  const right = Math.max(...boxes.map((r) => r.right));
  const bottom = Math.max(...boxes.map((r) => r.bottom));
  return new DOMRect(left, top, right - left, bottom - top);
}

/** How far `box` passes `bounds` on each side, in px (only the sides beyond the tolerance). */
function overflow(box: DOMRect, bounds: DOMRect): string | undefined {
  const sides: string[] = [];
  const t = EDGE_TOLERANCE;
  if (box.left < bounds.left - t) sides.push(`${round(bounds.left - box.left)}px left`);
  if (box.right > bounds.right + t) sides.push(`${round(box.right - bounds.right)}px right`);
  if (box.top < bounds.top - t) sides.push(`${round(bounds.top - box.top)}px above`);
  if (box.bottom > bounds.bottom + t) sides.push(`${round(box.bottom - bounds.bottom)}px below`);
  return sides.length ? sides.join(', ') : undefined;
}

/**
 * The nearest box between `from` and `stop` that cuts its content off: an HTML element
 * that scrolls or clips horizontally (`overflow-x` other than visible), or an `<svg>` that
 * clips. Text inside an HTML scroller is judged by the scroller's box; chart text inside a
 * clipping `<svg>` must stay inside the svg.
 */
function clipper(from: Element, stop: Element): Element | undefined {
  for (let at = renderParent(from); at && at !== stop; at = renderParent(at)) {
    const cs = getComputedStyle(at);
    if (cs.overflowX !== 'visible' || cs.overflowY !== 'visible') return at;
  }
  return undefined;
}

/**
 * Every text box that extends beyond its element's box (the innermost element holding it
 * and `el` itself), as messages. Text inside a scroll container is not measured; the
 * container's own box is, instead.
 */
export function textBoxProblems(el: Element): string[] {
  const problems: string[] = [];
  const cache = new Map<Element, boolean>();
  const checkedClippers = new Set<Element>();
  const outer = boxOf(el);
  for (const item of seenTexts(el)) {
    if (unseen(item.owner, el, cache)) continue;
    const bounds: [string, DOMRect][] = [[`<${el.localName}>`, outer]];
    if (item.host !== el) bounds.push([`<${item.host.localName}>`, boxOf(item.host)]);
    const cut = clipper(item.owner, el);
    if (cut && !(cut instanceof SVGSVGElement)) {
      if (checkedClippers.has(cut)) continue;
      checkedClippers.add(cut);
      const box = cut.getBoundingClientRect();
      for (const [name, bound] of bounds) {
        const beyond = overflow(box, bound);
        if (beyond)
          problems.push(
            `the scroll box ${cut.localName}${cut.className ? `.${String(cut.className).split(/\s+/).join('.')}` : ''} holding "${clip(item.text)}" passes ${name}'s box by ${beyond}`,
          );
      }
      continue;
    }
    if (cut instanceof SVGSVGElement) bounds.push(['its clipping <svg>', cut.getBoundingClientRect()]);
    // One message per text: its first line (or glyph run) that passes a bound.
    find: for (const box of textBoxes(item)) {
      for (const [name, bound] of bounds) {
        const beyond = overflow(box, bound);
        if (beyond) {
          problems.push(`"${clip(item.text)}" (${describeOwner(item)}) passes ${name}'s box by ${beyond}`);
          break find;
        }
      }
    }
  }
  return [...new Set(problems)];
}

/** Messages when `el` is wider than the viewport or makes the page scroll sideways. */
export function widthProblems(el: Element): string[] {
  const problems: string[] = [];
  const viewport = document.documentElement.clientWidth;
  const box = boxOf(el);
  if (box.width > viewport + EDGE_TOLERANCE) problems.push(`is ${round(box.width)}px wide in a ${viewport}px viewport`);
  if (box.left < -EDGE_TOLERANCE || box.right > viewport + EDGE_TOLERANCE)
    problems.push(`spans ${round(box.left)}..${round(box.right)}px, outside the ${viewport}px viewport`);
  const page = document.documentElement.scrollWidth;
  if (page > viewport + EDGE_TOLERANCE) {
    // Name the innermost boxes that reach past the viewport, so the message says what to fix.
    const beyond = [el, ...deepQueryAll(el, '*'), ...el.querySelectorAll('*')].filter(
      (e) => e.getBoundingClientRect().right > viewport + EDGE_TOLERANCE,
    );
    const innermost = beyond.filter((e) => !beyond.some((other) => other !== e && e.contains(other)));
    const named = innermost.slice(0, 3).map((e) => {
      const cls = typeof e.className === 'string' && e.className.trim() ? `.${e.className.trim().split(/\s+/).join('.')}` : '';
      return `${e.localName}${cls} "${clip(fold(e.textContent))}" to ${round(e.getBoundingClientRect().right)}px`;
    });
    problems.push(
      `makes the page ${page}px wide (scrolls sideways in a ${viewport}px viewport)${named.length ? `: ${named.join('; ')}` : ''}`,
    );
  }
  return problems;
}

/** Waits for every report element in `el` (itself, its children, the card's sections) to settle and redraw for its measured width. */
export async function settledDeep(el: Element): Promise<void> {
  const all = () => [el, ...deepQueryAll(el, '[state]'), ...el.querySelectorAll('[state]')] as ReportElement[];
  for (const inner of all()) await settled(inner);
  // Charts measure their box after the first layout and redraw (elements/width.ts).
  for (let i = 0; i < 3; i++) {
    await new Promise(requestAnimationFrame);
    for (const inner of all()) await inner.updateComplete;
  }
}

/**
 * `<tag>` as a block straight in the page's body (en-US, light), drawing `data`; a
 * `<report-source>` gets it and holds a `<momentum-bars>` that draws it. Settled and
 * measured; remove it when done.
 */
export async function placeInBody(tag: string, data: unknown, attrs: PlaceOptions = {}): Promise<ReportElement> {
  const el = document.createElement(tag) as ReportElement;
  el.setAttribute('locale', attrs.locale ?? 'en-US');
  el.setAttribute('theme', attrs.theme ?? 'light');
  el.data = data;
  if (tag === 'report-source') el.append(document.createElement('momentum-bars'));
  document.body.append(el);
  await settledDeep(el);
  const states = attrs.states ?? ['ready'];
  if (!states.includes(el.state)) {
    el.remove();
    throw new Error(`<${tag}> settled in "${el.state}", expected ${states.map((s) => `"${s}"`).join(' or ')}`);
  }
  return el;
}

/**
 * The element/fixture pairs that legitimately draw the empty state in the layout tests: the
 * fixture lacks the section the element draws. Every other pair must be 'ready'.
 */
export const LAYOUT_EMPTY: readonly string[] = ['peer-table/gb-sparse'];

/** The least number of seen texts an element must render in the layout tests (the empty state: its one message). */
export const MIN_MEASURED_TEXTS = 3;
const MIN_EMPTY_TEXTS = 1;

/**
 * The layout tests for one viewport (issue 16): every element of the registry, for every
 * report fixture (`<price-chart>`: every history fixture), placed in the page's body at
 * `width`×`height`: (a) no text below its least size, (b) no text box beyond its element's
 * box, (c) not wider than the viewport. Each failure names the element, fixture, width
 * and text. The test file imports the elements.
 */
export function describeLayout(width: number, height: number): void {
  describe(`layout at ${width}×${height}`, function () {
    this.timeout(20_000);
    before(() => setViewport({ width, height }));

    for (const { tag, input } of ELEMENTS) {
      const names: readonly string[] = input === 'history' ? HISTORIES : FIXTURES;
      for (const name of names) {
        describe(`<${tag}> with ${name}`, () => {
          let el: ReportElement | undefined;
          const where = () => `<${tag}> with ${name} at ${width}px`;
          const expected = LAYOUT_EMPTY.includes(`${tag}/${name}`) ? 'empty' : 'ready';
          const least = expected === 'empty' ? MIN_EMPTY_TEXTS : MIN_MEASURED_TEXTS;
          before(async () => {
            el = await placeInBody(tag, await reportFixture(name as FixtureName), { states: ['ready', 'empty', 'error'] });
          });
          after(() => el?.remove());

          const report = (what: string, problems: string[]) => {
            if (problems.length) throw new Error(`${where()}: ${what}:\n  ${problems.join('\n  ')}`);
          };
          it(`settles in "${expected}" and shows at least ${least} texts`, () => {
            if (el!.state !== expected) throw new Error(`${where()}: state "${el!.state}", expected "${expected}"`);
            const cache = new Map<Element, boolean>();
            const seen = seenTexts(el!).filter((item) => !unseen(item.owner, el!, cache));
            if (seen.length < least)
              throw new Error(`${where()}: ${seen.length} visible texts measured, expected at least ${least}`);
          });
          it(`text is at least ${MIN_TEXT_PX}px, chart labels and values ${MIN_CHART_TEXT_PX}px`, () => {
            report('text too small', textSizeProblems(el!));
          });
          it('no text box passes the element’s box', () => {
            report('text outside the box', textBoxProblems(el!));
          });
          it('is no wider than the viewport', () => {
            report('too wide', widthProblems(el!));
          });
        });
      }
    }
  });
}
