// The JSON playground: edit a report and see an element render it as you type. The text is
// parsed (a syntax error is shown as such), handed to the element as `data`, and the element's
// validation is reported from its `report-error` event: one line per issue, "path: message".
import type { ReportElement, ReportError } from '../src/index.js';
import { REPORTS, SEED, reportUrl } from './reports.js';
import { tagsFor } from '../src/registry.js';
import { applySettings, debounce, type Tag } from './site.js';

const textarea = document.getElementById('demo-json') as HTMLTextAreaElement;
const picker = document.getElementById('demo-element-picker') as HTMLSelectElement;
const loader = document.getElementById('demo-load') as HTMLSelectElement;
const breaker = document.getElementById('demo-break') as HTMLSelectElement;
const format = document.getElementById('demo-format') as HTMLButtonElement;
const stage = document.getElementById('demo-stage') as HTMLElement;
const result = document.getElementById('demo-result') as HTMLElement;

// <report-source> draws nothing by itself, and <price-chart> reads a history, not a report.
const CHOICES = tagsFor('report');

let element: ReportElement | undefined;
let lastError: ReportError | undefined;
/** The last text that parsed, and its value. */
let parsed: { text: string; value: unknown } | undefined;

function show(kind: 'ok' | 'empty' | 'parse' | 'validation' | 'error' | 'busy', title: string, items: string[] = []): void {
  result.dataset.kind = kind;
  const heading = document.createElement('p');
  heading.className = 'result-title';
  heading.textContent = title;
  const parts: Node[] = [heading];
  if (items.length) {
    const list = document.createElement('ul');
    list.className = 'issues';
    for (const text of items) {
      const item = document.createElement('li');
      const code = document.createElement('code');
      code.textContent = text;
      item.append(code);
      list.append(item);
    }
    parts.push(list);
  }
  result.replaceChildren(...parts);
}

function mount(tag: Tag): void {
  const el = document.createElement(tag) as ReportElement;
  el.id = 'demo-preview';
  applySettings(el);
  el.addEventListener('report-error', (event) => {
    lastError = event.detail.error;
  });
  if (parsed) el.data = parsed.value;
  element = el;
  stage.replaceChildren(el);
}

/** Says what the element made of its data, once it has rendered. */
async function report(): Promise<void> {
  const el = element;
  if (!el) return;
  await el.updateComplete;
  if (el !== element) return;
  const state = el.getAttribute('state');
  if (state === 'ready') {
    show('ok', `Valid report: <${el.localName}> is ready.`);
  } else if (state === 'empty') {
    show('empty', `Valid report, but it has nothing for <${el.localName}> to show (state empty).`);
  } else if (state === 'error') {
    const error = lastError ?? el.error;
    const issues = error?.issues ?? [];
    if (error?.kind === 'validation' && issues.length) {
      const count = `${issues.length} issue${issues.length === 1 ? '' : 's'}`;
      show(
        'validation',
        `The JSON parses, but it is not a valid report (${count}):`,
        issues.map((issue) => `${issue.path || '(report)'}: ${issue.message}`),
      );
    } else {
      show('error', `Error (${error?.kind ?? 'unknown'}): ${error?.message ?? 'the report could not be shown.'}`);
    }
  }
}

function update(): void {
  const text = textarea.value;
  if (parsed?.text !== text) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      parsed = undefined;
      stage.hidden = true;
      textarea.setAttribute('aria-invalid', 'true');
      show('parse', `JSON syntax error: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    parsed = { text, value };
  }
  textarea.removeAttribute('aria-invalid');
  stage.hidden = false;
  if (!element) return;
  lastError = undefined;
  element.data = parsed.value;
  void report();
}

async function load(uuid: string): Promise<void> {
  show('busy', 'Loading the report…');
  try {
    const response = await fetch(reportUrl(uuid));
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    textarea.value = JSON.stringify(await response.json(), null, 2);
  } catch (error) {
    show('error', `Could not load the report: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  update();
}

/** Small edits that show each kind of failure. */
const BREAKS: Record<string, (text: string) => string> = {
  syntax: (text) => text.replace(/}\s*$/, ''),
  types: (text) => {
    const report = JSON.parse(text) as Record<string, unknown>;
    report.kpis = { label: 'not a list' };
    report.momentum = { returns: 'none' };
    report.setup = 42;
    return JSON.stringify(report, null, 2);
  },
  ticker: (text) => {
    const report = JSON.parse(text) as Record<string, unknown>;
    delete report.ticker;
    return JSON.stringify(report, null, 2);
  },
};

for (const tag of CHOICES) picker.add(new Option(`<${tag}>`, tag));
picker.value = 'ticker-report';
picker.addEventListener('change', () => {
  mount(picker.value as Tag);
  update();
});

loader.add(new Option('Load a report…', ''));
for (const item of REPORTS) loader.add(new Option(`${item.symbol} · ${item.name}`, item.uuid));
loader.addEventListener('change', () => {
  if (loader.value) void load(loader.value);
  loader.value = '';
});

breaker.add(new Option('Break it…', ''));
breaker.add(new Option('a JSON syntax error', 'syntax'));
breaker.add(new Option('wrong types', 'types'));
breaker.add(new Option('no ticker', 'ticker'));
breaker.addEventListener('change', () => {
  const edit = BREAKS[breaker.value];
  breaker.value = '';
  if (!edit) return;
  try {
    textarea.value = edit(textarea.value);
  } catch {
    // the text does not parse already: it is broken enough
  }
  update();
});

format.addEventListener('click', () => {
  if (!parsed) return;
  textarea.value = JSON.stringify(parsed.value, null, 2);
});

document.getElementById('demo-playground')?.addEventListener('submit', (event) => event.preventDefault());
textarea.addEventListener('input', debounce(update, 300));
mount('ticker-report');
void load(SEED.uuid);
