// The demo pages' shared script: loads the library from source, switches theme and locale
// on every element of the page, and shows each element's `state` as it changes.
import '../src/index.js';

const THEMES = ['auto', 'light', 'dark'] as const;
const LOCALES = ['en-US', 'de-DE', 'ja-JP'] as const;
const STORE = { theme: 'ticker-widgets-demo:theme', locale: 'ticker-widgets-demo:locale' };

/** The library's elements on the page: custom elements inside <main>. */
function widgets(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('main *')].filter((el) => el.localName.includes('-'));
}

function label(el: Element): string {
  return `<${el.localName}${el.id ? ` id="${el.id}"` : ''}>`;
}

function stored(key: string, allowed: readonly string[], fallback: string): string {
  let value: string | null = null;
  try {
    value = localStorage.getItem(key);
  } catch {
    // storage may be off (private mode, sandboxed frame): use the default
  }
  return value && allowed.includes(value) ? value : fallback;
}

function remember(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // not remembered, still applied
  }
}

/** Sets `name` on every element, and on <html> as data-demo-<name> for the page's own colours. */
function apply(name: 'theme' | 'locale', value: string): void {
  document.documentElement.dataset[name === 'theme' ? 'demoTheme' : 'demoLocale'] = value;
  for (const el of widgets()) el.setAttribute(name, value);
}

function setUpSwitch(id: string, name: 'theme' | 'locale', values: readonly string[], fallback: string): void {
  const select = document.getElementById(id);
  if (!(select instanceof HTMLSelectElement)) return;
  for (const value of values) select.add(new Option(value, value));
  select.value = stored(STORE[name], values, fallback);
  apply(name, select.value);
  select.addEventListener('change', () => {
    remember(STORE[name], select.value);
    apply(name, select.value);
  });
}

/** One line per element: its tag and its reflected state (or that it is not defined yet). */
function showStates(): void {
  const list = document.getElementById('demo-states');
  if (!list) return;
  const items = widgets().map((el) => {
    const item = document.createElement('li');
    const name = document.createElement('code');
    name.textContent = label(el);
    const state = document.createElement('strong');
    const defined = customElements.get(el.localName) !== undefined;
    const value = defined ? (el.getAttribute('state') ?? '…') : 'not defined yet';
    state.textContent = value;
    state.className = `demo-state demo-state--${defined ? value : 'undefined'}`;
    item.append(name, ' state: ', state);
    return item;
  });
  list.replaceChildren(...items);
}

function showEvent(text: string): void {
  const line = document.getElementById('demo-last-event');
  if (line) line.textContent = text;
}

setUpSwitch('demo-theme', 'theme', THEMES, 'auto');
setUpSwitch('demo-locale', 'locale', LOCALES, 'en-US');

new MutationObserver(showStates).observe(document.querySelector('main') ?? document.body, {
  subtree: true,
  attributes: true,
  attributeFilter: ['state'],
});
for (const el of widgets()) void customElements.whenDefined(el.localName).then(showStates);
showStates();

document.addEventListener('report-load', (event) => {
  const { ticker } = event.detail.report;
  showEvent(`report-load from ${label(event.target as Element)}: ${ticker.symbol} ${ticker.name ?? ''}`.trim());
});
document.addEventListener('report-error', (event) => {
  const { kind, message } = event.detail.error;
  showEvent(`report-error from ${label(event.target as Element)} (${kind}): ${message}`);
});
