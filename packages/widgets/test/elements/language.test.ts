// Issue 16: the interface's words follow `locale`. German, Japanese and Simplified Chinese
// read their catalog (headings, labels, data-table toggles, accessible names) with numbers
// and dates in the locale's format; French and Traditional Chinese, which have no catalog,
// read English with their own number and date formats; an ancestor's `lang` counts as a
// locale. Expected words come from the catalogs, expected numbers and dates from `Intl`.
import { expect, fixture as mount, html } from '@open-wc/testing';
import '../../src/index.js';
import type { TickerReport } from '../../src/elements/ticker-report.js';
import { loadLanguage } from '../../src/i18n/index.js';
import en from '../../src/i18n/en.js';
import de from '../../src/i18n/de.js';
import ja from '../../src/i18n/ja.js';
import zhHans from '../../src/i18n/zh-Hans.js';
import { fixture, type FixtureName } from '../fixtures.js';
import { collapseSpace, deepQueryAll, deepText, fold, openTables, settledDeep, textWithoutAriaHidden } from '../helpers.js';

type Messages = Record<string, string | undefined>;
const EN = en as Messages;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A message as a pattern: its placeholders match any text. Only messages with words of their own count. */
function pattern(message: string): RegExp | undefined {
  const literal = message.replace(/\{\w+\}/g, '');
  if (!/\p{L}{2,}/u.test(literal)) return undefined;
  return new RegExp(
    `^${message
      .split(/\{\w+\}/)
      .map(escape)
      .join('.+')}$`,
    's',
  );
}

/** True when `text` is one of the catalog's messages (placeholders filled with anything). */
function fromCatalog(text: string, catalog: Messages): boolean {
  return Object.values(catalog).some((message) => message !== undefined && !!pattern(message)?.test(text));
}

/** Every string in a report fixture: text the report itself brings (names, labels), not the interface's. */
function dataStrings(json: unknown, out = new Set<string>()): Set<string> {
  if (typeof json === 'string') out.add(fold(json));
  else if (json && typeof json === 'object') for (const value of Object.values(json)) dataStrings(value, out);
  return out;
}

/**
 * `<ticker-report>` 1000px wide with the fixture, its catalog loaded, settled, its data tables
 * open. In open-wc's fixture container (emptied after each test), or with `inBody` straight in
 * the page's body, for a card shared by several tests: remove its parent when done.
 */
async function card(
  locale: string | undefined,
  name: FixtureName | 'missing-values' = '000657-seed',
  lang?: string,
  inBody = false,
) {
  if (locale) await loadLanguage(locale);
  if (lang) await loadLanguage(lang);
  let host: HTMLDivElement;
  if (inBody) {
    host = document.createElement('div');
    host.style.width = '1000px';
    if (lang) host.setAttribute('lang', lang);
    document.body.append(host);
  } else {
    host = await mount<HTMLDivElement>(html`<div style="width: 1000px" lang=${lang ?? ''}></div>`);
    if (!lang) host.removeAttribute('lang');
  }
  const el = document.createElement('ticker-report') as TickerReport;
  if (locale) el.setAttribute('locale', locale);
  el.setAttribute('theme', 'light');
  el.data = await fixture(name);
  host.append(el);
  await settledDeep(el);
  await openTables(el);
  await settledDeep(el);
  return el;
}

/** The `lang` of the root part of the card and of every element inside it. */
function rootLangs(el: Element): string[] {
  const hosts = [el, ...deepQueryAll(el, '[state]')];
  return hosts.map((h) => `<${h.localName}> ${h.shadowRoot?.querySelector('[part~="root"]')?.getAttribute('lang')}`);
}

/** Headings inside the card: section titles and the titles within sections (not the symbol and name). */
const headings = (el: Element) =>
  deepQueryAll(el, 'h3, h4, h5, h6, [role="heading"]')
    .map((h) => fold(h.textContent))
    .filter(Boolean);

/** The data-table toggles' words. */
const toggles = (el: Element) => deepQueryAll(el, 'details.data > summary').map((s) => fold(s.textContent));

/** Labels a reader sees or hears: terms, column headers, captions, toggles, buttons, chart text, hidden words. */
const LABELS = 'h3, h4, dt, th[scope="col"], caption, summary, button, legend, label, .visually-hidden, svg text, svg tspan';
function labels(el: Element): string[] {
  return [...new Set(deepQueryAll(el, LABELS).map(spokenLabel))].filter((t) => /[A-Za-z]{3,}/.test(t));
}

/** Every label with a letter in any script (`labels` keeps only Latin ones: for Japanese and Chinese, the English left). */
function allLabels(el: Element): string[] {
  return [...new Set(deepQueryAll(el, LABELS).map(spokenLabel))].filter((t) => /\p{L}/u.test(t));
}

/** A label's words without its decorations (`aria-hidden` marks such as a sort arrow). */
function spokenLabel(node: Element): string {
  return fold(textWithoutAriaHidden(node));
}

/** The accessible names of the card's charts, in document order. */
const chartNames = (el: Element) => deepQueryAll(el, 'svg[role="img"]').map((svg) => svg.getAttribute('aria-label') ?? '');

const DAY = Date.UTC(2026, 5, 12);
const longDate = (locale: string) =>
  new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(DAY);
const percent = (locale: string, points: number) =>
  new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(points / 100);
const money = (locale: string, value: number, currency: string) =>
  new Intl.NumberFormat(locale, { style: 'currency', currency }).format(value);

/**
 * The card writes the seed's +12.7% week, its CN¥79.00 close and its week ending Jun 12,
 * 2026 as `Intl` does for `locale`, and no date the en-US way (when the locale's differs).
 */
function expectFormats(el: Element, locale: string): void {
  const text = deepText(el.shadowRoot!);
  const header = deepText(el.shadowRoot!.querySelector('[part="header"]')!);
  // Expected as `deepText` collapses it (Intl's no-break spaces become spaces).
  const has = (what: string, expected: string, where = text) =>
    expect(
      where.includes(collapseSpace(expected)),
      `${what} "${collapseSpace(expected)}" for ${locale} in: ${header.slice(0, 300)}…`,
    ).to.equal(true);
  has('the 1W return', percent(locale, 12.7));
  has('the close', money(locale, 79, 'CNY'));
  has('the week in the header', longDate(locale), header);
  if (longDate(locale) !== longDate('en-US')) {
    expect(
      text.includes(collapseSpace(longDate('en-US'))),
      `an en-US date "${longDate('en-US')}" in the ${locale} card`,
    ).to.equal(false);
  }
}

let english: { labels: Set<string>; names: string[] } | undefined;
/** The English card's labels and chart names, to tell which words were left in English. */
async function englishCard() {
  if (!english) {
    const el = await card('en-US');
    english = { labels: new Set(labels(el)), names: chartNames(el) };
  }
  return english;
}

/** `text` with every string the report brings (names, labels, sentences) taken out, longest first. */
function withoutData(text: string, data: Set<string>): string {
  let rest = text;
  for (const item of [...data].filter((d) => d.length > 1).sort((a, b) => b.length - a.length)) rest = rest.split(item).join(' ');
  return rest;
}

/** `script`: the language is not written in Latin letters, so any Latin word left (other than the report's own) is English. */
const LANGUAGES: { locale: string; lang: string; catalog: Messages; script?: boolean }[] = [
  { locale: 'de-DE', lang: 'de', catalog: de as Messages },
  { locale: 'ja-JP', lang: 'ja', catalog: ja as Messages, script: true },
  { locale: 'zh-CN', lang: 'zh-Hans', catalog: zhHans as Messages, script: true },
];

describe('the interface’s language (issue 16)', function () {
  this.timeout(20_000);

  for (const { locale, lang, catalog, script } of LANGUAGES) {
    describe(`locale="${locale}"`, () => {
      let el: TickerReport;
      // In the body, not open-wc's fixture container, which is emptied after the first test.
      before(async () => {
        el = await card(locale, '000657-seed', undefined, true);
      });
      after(() => el?.parentElement?.remove());

      it('stays in the page for every test', () => {
        expect(el.isConnected).to.equal(true);
      });

      it(`marks the card and every element in it lang="${lang}"`, () => {
        const hosts = [el, ...deepQueryAll(el, '[state]')];
        expect(rootLangs(el)).to.deep.equal(hosts.map((h) => `<${h.localName}> ${lang}`));
      });

      it('titles every section and group in its language', () => {
        const found = headings(el);
        expect(found.length).to.be.greaterThan(5);
        const foreign = found.filter((h) => !fromCatalog(h, catalog));
        expect(foreign, `headings not from the ${lang} catalog`).to.deep.equal([]);
        // No heading is an English message the language translates differently.
        const translated = Object.keys(EN).filter((key) => catalog[key] && catalog[key] !== EN[key]);
        const english = found.filter((h) => translated.some((key) => pattern(EN[key]!)?.test(h)));
        expect(english, 'headings left in English').to.deep.equal([]);
      });

      it('names the data tables and missing values with its catalog’s words', async () => {
        const shown = toggles(el);
        expect(shown.length).to.be.greaterThan(0);
        expect([...new Set(shown)]).to.deep.equal([catalog.dataTable]);
        const missing = await card(locale, 'missing-values');
        const said = deepText(missing.shadowRoot!);
        expect(said).to.contain(catalog.missing);
        expect(said).not.to.contain(EN.missing);
        missing.parentElement!.remove();
      });

      it('leaves no interface word in English: labels and chart names differ from the English card (and hold no English word)', async () => {
        const { labels: englishLabels, names } = await englishCard();
        expect(allLabels(el).length, 'labels in the card').to.be.greaterThan(20);
        expect(englishLabels.size, 'labels in the English card').to.be.greaterThan(20);
        expect(chartNames(el).length, 'chart names, as many as the English card’s').to.equal(names.length);
        expect(names.length, 'chart names in the English card').to.be.greaterThan(5);
        const data = dataStrings(await fixture('000657-seed'));
        const left = labels(el).filter((t) => englishLabels.has(t) && !data.has(t) && !fromCatalog(t, catalog));
        const latin = (t: string) => /[A-Za-z]{3,}/.test(withoutData(t, data));
        if (script) left.push(...labels(el).filter((t) => !left.includes(t) && latin(t) && !fromCatalog(t, catalog)));
        const sameNames = chartNames(el).filter((name, i) => name && (name === names[i] || (script && latin(name))));
        const english = [...left.map((t) => `label "${t}"`), ...sameNames.map((n) => `chart name "${n}"`)];
        expect(english, 'words as in the English card').to.deep.equal([]);
      });

      it('writes numbers and dates in the locale’s format', () => expectFormats(el, locale));
    });
  }

  for (const { locale, numbers } of [
    { locale: 'fr-FR', numbers: 'French' },
    { locale: 'zh-TW', numbers: 'Taiwanese' },
  ]) {
    it(`locale="${locale}" falls back to English words with ${numbers} numbers and dates`, async () => {
      const el = await card(locale);
      const hosts = [el, ...deepQueryAll(el, '[state]')];
      expect(rootLangs(el)).to.deep.equal(hosts.map((h) => `<${h.localName}> en`));
      expect(headings(el).length, 'headings in the card').to.be.greaterThan(5);
      const foreign = headings(el).filter((h) => !fromCatalog(h, EN));
      expect(foreign, 'headings not from the English catalog').to.deep.equal([]);
      expect([...new Set(toggles(el))]).to.deep.equal([EN.dataTable]);
      expectFormats(el, locale);
    });
  }

  it('an element without locale in a page part with lang="de" speaks German', async () => {
    const el = await card(undefined, '000657-seed', 'de');
    const hosts = [el, ...deepQueryAll(el, '[state]')];
    expect(rootLangs(el)).to.deep.equal(hosts.map((h) => `<${h.localName}> de`));
    expect(headings(el).length, 'headings in the card').to.be.greaterThan(5);
    const foreign = headings(el).filter((h) => !fromCatalog(h, de as Messages));
    expect(foreign, 'headings not from the de catalog').to.deep.equal([]);
    expect([...new Set(toggles(el))]).to.deep.equal([de.dataTable]);
    expectFormats(el, 'de');
  });
});
