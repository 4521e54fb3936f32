// The one script behind every page in demo/elements/. A page holds its element as
// `<tag id="demo-element" src="…">` inside `#demo-stage`; this module looks the tag up in
// PAGES below, builds the page's controls (report, the element's own attributes, width),
// and keeps the HTML snippet, the state readout and the Download SVG button in step.
import type { ReportElement } from '../src/index.js';
// The card's section names, from the card itself, so the chips follow when sections change.
import { SECTIONS } from '../src/elements/ticker-report.js';
import { ELEMENTS } from '../src/registry.js';
import { fillReportPicker, initialReportUrl, rememberReport } from './reports.js';
import { copyText, download, onSettingsChange, watchStates, widgets, type Tag } from './site.js';

/** A choice of one value; choosing `fallback` removes the attribute (it is the default). */
interface SelectControl {
  kind: 'select';
  attribute: string;
  label: string;
  options: readonly string[];
  fallback: string;
  /** Shown instead of a value in the picker. */
  names?: Readonly<Record<string, string>>;
}

/** Any subset of `options`, space separated; all of them removes the attribute. */
interface ListControl {
  kind: 'list';
  attribute: string;
  label: string;
  options: readonly string[];
}

type Control = SelectControl | ListControl;

/** The element's own attributes; whether it draws a chart or a history comes from the registry. */
interface PageConfig {
  controls: readonly Control[];
}

const PAGES: Record<Tag, PageConfig> = {
  'ticker-report': {
    controls: [
      { kind: 'select', attribute: 'layout', label: 'Layout', options: ['full', 'compact'], fallback: 'full' },
      { kind: 'list', attribute: 'sections', label: 'Sections', options: SECTIONS },
    ],
  },
  'report-source': { controls: [] },
  'kpi-strip': { controls: [] },
  'momentum-bars': {
    controls: [{ kind: 'list', attribute: 'periods', label: 'Periods', options: ['1W', '4W', '12W', '26W', '52W'] }],
  },
  'setup-scores': {
    controls: [{ kind: 'select', attribute: 'variant', label: 'Variant', options: ['bars', 'radar'], fallback: 'bars' }],
  },
  'score-dial': { controls: [] },
  'price-levels': { controls: [] },
  'price-history': { controls: [] },
  'price-chart': {
    controls: [
      { kind: 'select', attribute: 'variant', label: 'Variant', options: ['line', 'candles'], fallback: 'line' },
      { kind: 'select', attribute: 'range', label: 'Range', options: ['1Y', '3Y', '5Y', 'All'], fallback: '1Y' },
    ],
  },
  'weekly-timeline': { controls: [] },
  'peer-table': {
    controls: [
      { kind: 'select', attribute: 'group', label: 'Group', options: ['industry', 'sector'], fallback: 'industry' },
      {
        kind: 'select',
        attribute: 'link-target',
        label: 'Link target',
        options: ['', '_blank', '_self'],
        fallback: '',
        names: { '': 'none (same tab)' },
      },
    ],
  },
  'dynamics-panel': { controls: [] },
  'signal-list': { controls: [] },
};

const WIDTHS = ['full', '1000', '600', '360'];

/** The weekly histories in demo/histories/ (real output of `ticker-terminal build` on demo data). */
const HISTORIES: [label: string, uuid: string][] = [
  ['OVI · Ovics Semiconductor (6 years, a 10:1 split)', '1cf5c0c1-4bcc-5afa-aed5-3b41dd2b4fa8'],
  [
    '600230 · two years around a month-long suspension, some weeks without volume or close',
    '703b9ae8-2224-5523-93e3-c653f2ff4f99',
  ],
  ['VORA · listed 20 weeks ago', '8c0a2586-2e1c-5926-b586-8506485414ac'],
];
const SCRIPT_TAG = '<script type="module" src="https://your.cdn.example/ticker-widgets/dist/ticker-widgets.js"></script>';

function byId<T extends HTMLElement>(id: string, type: new () => T): T {
  const el = document.getElementById(id);
  if (!(el instanceof type)) throw new Error(`The page has no #${id}.`);
  return el;
}

function field(label: string, control: HTMLElement): HTMLLabelElement {
  const wrap = document.createElement('label');
  wrap.className = 'field';
  const name = document.createElement('span');
  name.className = 'field-label';
  name.textContent = label;
  wrap.append(name, control);
  return wrap;
}

function selectOf(id: string, options: readonly string[], names: Readonly<Record<string, string>> = {}): HTMLSelectElement {
  const select = document.createElement('select');
  select.id = id;
  for (const value of options) select.add(new Option(names[value] ?? value, value));
  return select;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/** `<tag a="1" b="2">`, or one attribute a line when that would be long. */
function openTag(tag: string, attributes: readonly (readonly [string, string])[], indent = ''): string {
  const parts = attributes.map(([name, value]) => `${name}="${escapeAttribute(value)}"`);
  const line = `${indent}<${tag}${parts.map((part) => ` ${part}`).join('')}>`;
  if (line.length <= 76 || parts.length < 2) return line;
  return `${indent}<${tag}\n${parts.map((part) => `${indent}  ${part}`).join('\n')}\n${indent}>`;
}

/** The attributes of `el` worth showing, in a stable order: src, the element's own, locale, theme. */
function shownAttributes(el: Element, own: readonly string[], page: { theme: boolean; locale: boolean }): [string, string][] {
  const names = ['src', ...own];
  if (page.locale) names.push('locale');
  if (page.theme) names.push('theme');
  return names.flatMap((name): [string, string][] => {
    const value = el.getAttribute(name);
    if (value === null) return [];
    if (name === 'theme' && value === 'auto') return [];
    return [[name, value]];
  });
}

function setUp(): void {
  const el = byId('demo-element', HTMLElement) as ReportElement;
  const tag = el.localName as Tag;
  const config = PAGES[tag];
  if (!config) throw new Error(`No demo config for <${tag}>.`);
  const { chart, input } = ELEMENTS.find((entry) => entry.tag === tag)!;
  const history = input === 'history';
  const stage = byId('demo-stage', HTMLElement);
  const form = byId('demo-controls', HTMLFormElement);
  const snippet = byId('demo-snippet', HTMLElement);
  const copy = byId('demo-copy', HTMLButtonElement);
  const save = byId('demo-download', HTMLButtonElement);
  const lastEvent = document.getElementById('demo-last-event');
  form.addEventListener('submit', (event) => event.preventDefault());

  // Which report.
  const report = selectOf('demo-report', []);
  if (history) {
    report.replaceChildren(...HISTORIES.map(([label, uuid]) => new Option(label, `/terminal/${uuid}/history/api/`)));
  } else {
    fillReportPicker(report, initialReportUrl());
  }
  el.setAttribute('src', report.value);
  report.addEventListener('change', () => {
    el.setAttribute('src', report.value);
    if (!history) rememberReport(report.value);
    update();
  });
  // <price-chart>: the range buttons change the attribute; keep the picker and snippet in step.
  el.addEventListener('range-change', () => {
    const range = form.querySelector<HTMLSelectElement>('#demo-range');
    if (range) range.value = el.getAttribute('range') ?? '1Y';
    update();
  });
  const controls: HTMLElement[] = [field(history ? 'History' : 'Report', report)];
  controls[0].classList.add('field--grow');

  // The element's own attributes: single choices here, lists (rows of chips) last.
  const lists: HTMLElement[] = [];
  for (const control of config.controls) {
    if (control.kind === 'select') {
      const select = selectOf(`demo-${control.attribute}`, control.options, control.names);
      select.value = el.getAttribute(control.attribute) ?? control.fallback;
      select.addEventListener('change', () => {
        if (select.value === control.fallback) el.removeAttribute(control.attribute);
        else el.setAttribute(control.attribute, select.value);
        update();
      });
      controls.push(field(control.label, select));
    } else {
      lists.push(listControl(el, control, update));
    }
  }

  // peer-table: let the page handle a chosen peer instead of following the link.
  if (tag === 'peer-table') {
    const route = document.createElement('input');
    route.type = 'checkbox';
    route.id = 'demo-route';
    route.checked = true;
    const label = document.createElement('label');
    label.className = 'check';
    label.append(route, ' Cancel peer-select (route in page)');
    el.addEventListener('peer-select', (event) => {
      if (route.checked) event.preventDefault();
    });
    controls.push(label);
  }

  // How wide the element's box is: its container queries follow that, not the window.
  const width = selectOf('demo-width', WIDTHS, { full: 'full width', 1000: '1000px', 600: '600px', 360: '360px' });
  width.addEventListener('change', () => (stage.dataset.width = width.value));
  stage.dataset.width = width.value;
  controls.push(field('Box width', width));
  form.replaceChildren(...controls, ...lists);

  // The snippet to copy.
  const own = config.controls.map((control) => control.attribute);
  function update(): void {
    const lines = [SCRIPT_TAG, ''];
    if (tag === 'report-source') {
      // The locale reaches the elements inside through the source; the theme does not.
      lines.push(openTag(tag, shownAttributes(el, own, { theme: false, locale: true })));
      for (const child of widgets(el)) {
        lines.push(
          `${openTag(child.localName, shownAttributes(child, [], { theme: true, locale: false }), '  ')}</${child.localName}>`,
        );
      }
      lines.push(`</${tag}>`);
    } else {
      lines.push(`${openTag(tag, shownAttributes(el, own, { theme: true, locale: true }))}</${tag}>`);
    }
    snippet.textContent = lines.join('\n');
  }
  onSettingsChange(update);
  update();
  copy.addEventListener('click', () => void copyText(copy, snippet.textContent ?? '', snippet));

  // Download SVG, for the elements that draw a chart.
  save.hidden = !chart;
  if (chart) {
    const enable = () => (save.disabled = el.getAttribute('state') !== 'ready');
    new MutationObserver(enable).observe(el, { attributes: true, attributeFilter: ['state'] });
    enable();
    save.addEventListener('click', async () => {
      try {
        const model = el.report as { symbol?: string; ticker?: { symbol: string } } | undefined;
        const symbol = model?.ticker?.symbol ?? model?.symbol ?? 'report';
        download(await el.toSVG(), `${tag}-${symbol}.svg`.replace(/[^\w.-]+/g, '_'), 'image/svg+xml');
      } catch (error) {
        if (lastEvent) lastEvent.textContent = `Download failed: ${error instanceof Error ? error.message : String(error)}`;
      }
    });
  }

  watchStates(stage, document.getElementById('demo-states'), lastEvent);
}

/** Checkboxes for a space-separated list attribute; all checked means "the default" (no attribute). */
function listControl(el: Element, control: ListControl, changed: () => void): HTMLFieldSetElement {
  const set = document.createElement('fieldset');
  set.className = 'chips';
  const legend = document.createElement('legend');
  legend.className = 'field-label';
  legend.textContent = control.label;
  set.append(legend);
  const given = (el.getAttribute(control.attribute) ?? '').split(/[\s,]+/).filter(Boolean);
  const boxes = control.options.map((option) => {
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.value = option;
    box.checked = given.length === 0 || given.includes(option);
    const chip = document.createElement('label');
    chip.className = 'chip';
    chip.append(box, option);
    set.append(chip);
    return box;
  });
  set.addEventListener('change', () => {
    const chosen = boxes.filter((box) => box.checked).map((box) => box.value);
    if (chosen.length === boxes.length) el.removeAttribute(control.attribute);
    else el.setAttribute(control.attribute, chosen.join(' '));
    changed();
  });
  return set;
}

setUp();
