/**
 * The interface's own words in the reader's language. One catalog per language, in one file
 * each; `en.ts` is the reference and the fallback, and the only one in the bundle. The others
 * are loaded when an element first needs them (a few KB each, so the family's size budget
 * does not grow with every language): until then English shows, and the element redraws
 * when its language arrives. The server renderer has every catalog at hand.
 *
 * A language is picked from the locale by language and script, so `de-AT` reads German and
 * `zh-CN` Simplified Chinese, while `zh-TW` (Traditional script) falls back to English rather
 * than show the other script.
 *
 * To add a language: copy `de.ts` to `<language>.ts`, translate it, and add it to `LOADERS`
 * below; or, from any page, call `defineLanguage('fr', { … })` before the elements render.
 */
import en, { type MessageKey } from './en.js';

export type { MessageKey } from './en.js';

/** A language's messages: any subset of the English keys (the rest show in English). */
export type Catalog = Partial<Record<MessageKey, string>>;

/** Values for a message's `{placeholders}`. */
export type MessageValues = Record<string, string | number>;

/** Looks up a message in one language, falling back to English, and fills its placeholders. */
export interface Translate {
  (key: MessageKey, values?: MessageValues): string;
  /** The catalog's language tag (`en` when the locale's language has none, or it has not loaded yet). */
  readonly lang: string;
}

/** The built-in languages other than English, by language (`de`) or language and script (`zh-Hans`). */
const LOADERS: Record<string, () => Promise<{ default: Catalog }>> = {
  de: () => import('./de.js'),
  ja: () => import('./ja.js'),
  'zh-Hans': () => import('./zh-Hans.js'),
};

/** The built-in languages besides English, by catalog tag. */
export const LANGUAGES: readonly string[] = Object.keys(LOADERS);

/** Catalogs at hand, by the same tags. */
const catalogs = new Map<string, Catalog>([['en', en]]);
const loading = new Map<string, Promise<void>>();
const cache = new Map<string, Translate>();

/**
 * Adds (or extends) the catalog of `tag`, a language (`fr`) or language and script
 * (`sr-Latn`). Elements rendered after the call use it.
 */
export function defineLanguage(tag: string, catalog: Catalog): void {
  const key = canonical(tag) ?? tag;
  catalogs.set(key, { ...catalogs.get(key), ...catalog });
  cache.clear();
}

function canonical(tag: string): string | undefined {
  try {
    const locale = new Intl.Locale(tag);
    return locale.script ? `${locale.language}-${locale.script}` : locale.language;
  } catch {
    return undefined;
  }
}

const known = (tag: string) => catalogs.has(tag) || tag in LOADERS;

/** The catalog tag for a locale: its language and likely script, then its language, else `en`. */
export function languageOf(locale: string | undefined): string {
  let parsed: Intl.Locale;
  try {
    parsed = new Intl.Locale(locale || 'en').maximize();
  } catch {
    return 'en';
  }
  const scripted = `${parsed.language}-${parsed.script}`;
  if (known(scripted)) return scripted;
  // A catalog for the bare language holds that language's usual script only.
  const usual = new Intl.Locale(parsed.language).maximize().script;
  if (parsed.script === usual && known(parsed.language)) return parsed.language;
  return 'en';
}

/**
 * Loads the catalog `locale` needs, if it is built in and not loaded yet; resolves when it
 * is in (at once when nothing needs loading). A catalog that fails to load leaves English.
 */
export function loadLanguage(locale: string | undefined): Promise<void> {
  if (!languagePending(locale)) return Promise.resolve();
  const lang = languageOf(locale);
  let pending = loading.get(lang);
  if (!pending) {
    pending = LOADERS[lang]().then(
      (module) => defineLanguage(lang, module.default),
      () => undefined,
    );
    loading.set(lang, pending);
  }
  return pending;
}

/** True when `locale`'s catalog still has to be loaded (see {@link loadLanguage}). */
export function languagePending(locale: string | undefined): boolean {
  const lang = languageOf(locale);
  return !catalogs.has(lang) && lang in LOADERS;
}

function fill(message: string, values?: MessageValues): string {
  if (!values) return message;
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The messages for `locale` (English until its catalog is loaded). Cached per locale. */
export function messages(locale?: string): Translate {
  const key = locale || 'en';
  let translate = cache.get(key);
  if (!translate) {
    const wanted = languageOf(locale);
    const lang = catalogs.has(wanted) ? wanted : 'en';
    const catalog = catalogs.get(lang)!;
    translate = Object.assign((id: MessageKey, values?: MessageValues) => fill(catalog[id] ?? en[id], values), { lang });
    cache.set(key, translate);
  }
  return translate;
}
