// What every demo page with a script shares: the library (from source), the theme and locale
// settings in the header (remembered across pages), and small helpers for the status
// readouts and the copy buttons. The CMS example is the one page that does not load this.
import '../src/index.js';
import type { Theme } from '../src/index.js';

import { TAGS } from '../src/registry.js';

/** Every tag the library defines, from the registry. */
export { TAGS, type Tag } from '../src/registry.js';

export const THEMES: readonly Theme[] = ['auto', 'light', 'dark'];
export const LOCALES = ['en-US', 'de-DE', 'ja-JP', 'zh-CN'] as const;
const OTHER = 'other';

export interface Settings {
  theme: Theme;
  locale: string;
}

const STORE = { theme: 'ticker-widgets-demo:theme', locale: 'ticker-widgets-demo:locale' };

function load(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null; // storage may be off (private mode, sandboxed frame)
  }
}

function save(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // not remembered, still applied
  }
}

/** The canonical form of a BCP 47 tag, or undefined when it is not one. */
export function canonicalLocale(value: string): string | undefined {
  const tag = value.trim();
  if (!tag) return undefined;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

const storedTheme = load(STORE.theme);
const settings: Settings = {
  theme: THEMES.includes(storedTheme as Theme) ? (storedTheme as Theme) : 'auto',
  locale: canonicalLocale(load(STORE.locale) ?? '') ?? 'en-US',
};
const listeners = new Set<(settings: Settings) => void>();

/** The theme and locale chosen in the header. */
export function currentSettings(): Readonly<Settings> {
  return settings;
}

/** Calls `listener` whenever the theme or locale changes. */
export function onSettingsChange(listener: (settings: Settings) => void): void {
  listeners.add(listener);
}

/** The library's elements in `root` (light DOM only: a card styles its own inner elements). */
export function widgets(root: ParentNode = document): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(TAGS.join(','))];
}

/** Sets the chosen theme and locale on `el`. */
export function applySettings(el: Element): void {
  el.setAttribute('theme', settings.theme);
  el.setAttribute('locale', settings.locale);
}

function applyAll(): void {
  // The page's own colours follow the same choice (see demo.css).
  document.documentElement.dataset.demoTheme = settings.theme;
  for (const el of widgets()) applySettings(el);
  for (const listener of listeners) listener(settings);
}

function field(text: string, control: HTMLElement): HTMLLabelElement {
  const label = document.createElement('label');
  label.className = 'field';
  const name = document.createElement('span');
  name.className = 'field-label';
  name.textContent = text;
  label.append(name, control);
  return label;
}

/** The theme and locale pickers, built into the header's `#demo-settings`. */
function buildSettings(host: HTMLElement): void {
  const theme = document.createElement('select');
  theme.id = 'demo-theme';
  for (const value of THEMES) theme.add(new Option(value, value));
  theme.value = settings.theme;

  const locale = document.createElement('select');
  locale.id = 'demo-locale';
  for (const value of LOCALES) locale.add(new Option(value, value));
  locale.add(new Option('other…', OTHER));

  const other = document.createElement('input');
  other.id = 'demo-locale-other';
  other.type = 'text';
  other.placeholder = 'e.g. fr-CH';
  other.autocomplete = 'off';
  other.spellcheck = false;
  other.size = 9;
  other.title = 'Any BCP 47 language tag';
  const otherField = field('Tag', other);
  otherField.classList.add('field--other');

  const known = (LOCALES as readonly string[]).includes(settings.locale);
  locale.value = known ? settings.locale : OTHER;
  other.value = known ? '' : settings.locale;
  otherField.hidden = known;

  theme.addEventListener('change', () => {
    settings.theme = theme.value as Theme;
    save(STORE.theme, settings.theme);
    applyAll();
  });

  const setLocale = (value: string) => {
    settings.locale = value;
    save(STORE.locale, value);
    applyAll();
  };
  locale.addEventListener('change', () => {
    otherField.hidden = locale.value !== OTHER;
    if (locale.value === OTHER) {
      other.focus();
      const tag = canonicalLocale(other.value);
      if (tag) setLocale(tag);
      return;
    }
    setLocale(locale.value);
  });
  other.addEventListener(
    'input',
    debounce(() => {
      const tag = canonicalLocale(other.value);
      other.setAttribute('aria-invalid', String(!tag && other.value.trim() !== ''));
      if (tag) setLocale(tag);
    }, 350),
  );

  host.replaceChildren(field('Theme', theme), field('Locale', locale), otherField);
}

/** `fn`, run once `ms` after the last of a burst of calls. */
export function debounce<A extends unknown[]>(fn: (...args: A) => void, ms: number): (...args: A) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}

/** `<tag id="…">`, to name an element in a readout. */
export function describe(el: Element): string {
  return `<${el.localName}${el.id && !el.id.startsWith('demo-') ? ` id="${el.id}"` : ''}>`;
}

function time(): string {
  return new Date().toLocaleTimeString('en-GB');
}

/**
 * Keeps `list` showing each element's reflected `state` (one `<li>` per element in `root`),
 * live, and `line` showing the last report-load, report-error or peer-select heard in `root`.
 */
export function watchStates(root: HTMLElement, list: HTMLElement | null, line: HTMLElement | null): void {
  const render = () => {
    if (!list) return;
    list.replaceChildren(
      ...widgets(root).map((el) => {
        const item = document.createElement('li');
        const name = document.createElement('code');
        name.textContent = describe(el);
        const state = document.createElement('span');
        const value = customElements.get(el.localName) ? (el.getAttribute('state') ?? '…') : 'not defined';
        state.className = 'state-badge';
        state.dataset.state = value;
        state.textContent = value;
        item.append(name, ' ', state);
        return item;
      }),
    );
  };
  // The list may sit inside `root`: its own changes must not trigger another render.
  new MutationObserver((records) => {
    if (records.some((record) => !list?.contains(record.target))) render();
  }).observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['state'] });
  render();

  if (!line) return;
  const say = (text: string, kind: string) => {
    line.textContent = `${time()}  ${text}`;
    line.dataset.kind = kind;
  };
  root.addEventListener('report-load', (event) => {
    // A report names its security in `ticker`; <price-chart>'s history carries `symbol` itself.
    const model = event.detail.report as { ticker?: { symbol?: string; name?: string }; symbol?: string; name?: string };
    const { symbol = '?', name = '' } = model.ticker ?? model;
    say(`report-load from ${describe(event.target as Element)}: ${symbol} ${name}`.trim(), 'load');
  });
  root.addEventListener('report-error', (event) => {
    const { kind, message } = event.detail.error;
    say(`report-error from ${describe(event.target as Element)} (${kind}): ${message}`, 'error');
  });
  root.addEventListener('peer-select', (event) => {
    const peer = event.detail;
    say(
      `peer-select: ${peer.symbol ?? '?'} ${peer.name ?? ''}${event.defaultPrevented ? ' (navigation canceled)' : ''}`,
      'select',
    );
  });
}

/** Copies `text`, and says so on `button`; without clipboard access, selects `fallback` instead. */
export async function copyText(button: HTMLButtonElement, text: string, fallback?: Element): Promise<void> {
  const label = button.dataset.label ?? (button.dataset.label = button.textContent ?? 'Copy');
  let done = false;
  try {
    await navigator.clipboard.writeText(text);
    done = true;
  } catch {
    if (fallback) getSelection()?.selectAllChildren(fallback);
  }
  button.textContent = done ? 'Copied' : 'Selected: press Ctrl+C';
  button.dataset.done = String(done);
  setTimeout(() => {
    button.textContent = label;
    delete button.dataset.done;
  }, 1800);
}

/** Saves `text` as a file through a temporary Blob URL. */
export function download(text: string, filename: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const host = document.getElementById('demo-settings');
if (host) buildSettings(host);
// Elements added later (the playground's) get the settings too.
new MutationObserver((records) => {
  for (const record of records) {
    for (const node of record.addedNodes) {
      if (!(node instanceof Element)) continue;
      for (const el of [node, ...widgets(node)]) if ((TAGS as readonly string[]).includes(el.localName)) applySettings(el);
    }
  }
}).observe(document.body, { childList: true, subtree: true });
applyAll();
