// Issue 16: picking a catalog for a locale, falling back to English, filling placeholders,
// and adding a language (src/i18n/index.ts), under Node.
import { expect } from '@open-wc/testing';
import { defineLanguage, languageOf, loadLanguage, messages } from '../../src/i18n/index.js';
import en from '../../src/i18n/en.js';
import de from '../../src/i18n/de.js';

describe('languageOf', () => {
  const cases: [string | undefined, string][] = [
    ['de-AT', 'de'],
    ['de-DE', 'de'],
    ['de', 'de'],
    ['ja-JP', 'ja'],
    ['ja', 'ja'],
    ['zh-CN', 'zh-Hans'],
    ['zh', 'zh-Hans'],
    ['zh-Hans-HK', 'zh-Hans'],
    ['zh-SG', 'zh-Hans'],
    ['zh-TW', 'en'],
    ['zh-HK', 'en'],
    ['zh-Hant', 'en'],
    ['en-GB', 'en'],
    ['fr-FR', 'en'],
    ['xx', 'en'],
    // German is written in Latin script: a German locale in another script has no catalog.
    ['de-Cyrl', 'en'],
  ];
  for (const [locale, lang] of cases) {
    it(`${locale} reads ${lang}`, () => expect(languageOf(locale)).to.equal(lang));
  }

  for (const bad of ['', undefined, 'not a tag', '12-34', 'de_DE_x!', '-', 'en--US']) {
    it(`a bad tag (${JSON.stringify(bad)}) reads English`, () => expect(languageOf(bad)).to.equal('en'));
  }
});

describe('messages', () => {
  it('English fills {placeholders} by name, leaving unknown ones as they are', () => {
    const t = messages('en-US');
    expect(t.lang).to.equal('en');
    expect(t('rankOf', { rank: 3, count: 10 })).to.equal('3 of 10');
    expect(t('rankOf', { rank: 3 })).to.equal('3 of {count}');
    expect(t('missing')).to.equal(en.missing);
    expect(t('missingValue', { name: '52W' })).to.equal('52W: not available');
  });

  it('a locale whose catalog is not loaded yet speaks English, then its language once loaded', async () => {
    expect(messages('de-DE').lang).to.equal('en');
    expect(messages('de-DE')('dataTable')).to.equal(en.dataTable);
    await loadLanguage('de-DE');
    const t = messages('de-DE');
    expect(t.lang).to.equal('de');
    expect(t('dataTable')).to.equal(de.dataTable);
    expect(t('rankOf', { rank: 46, count: 747 })).to.equal(de.rankOf!.replace('{rank}', '46').replace('{count}', '747'));
    // Another German locale shares the catalog.
    expect(messages('de-CH')('missing')).to.equal(de.missing);
  });

  it('loads Japanese and Simplified Chinese, and leaves Traditional Chinese in English', async () => {
    await Promise.all([loadLanguage('ja-JP'), loadLanguage('zh-CN'), loadLanguage('zh-TW')]);
    expect(messages('ja-JP').lang).to.equal('ja');
    expect(messages('zh-CN').lang).to.equal('zh-Hans');
    expect(messages('zh-TW').lang).to.equal('en');
    expect(messages('zh-TW')('missing')).to.equal(en.missing);
    expect(messages('ja-JP')('missing')).not.to.equal(en.missing);
  });

  it('an unknown language speaks English', async () => {
    await loadLanguage('xx');
    expect(messages('xx').lang).to.equal('en');
    expect(messages('xx')('noReport')).to.equal(en.noReport);
  });
});

describe('defineLanguage', () => {
  it('adds a language: its messages where given, English for the keys it leaves out', () => {
    expect(languageOf('eo')).to.equal('en');
    defineLanguage('eo', { missing: 'ne disponebla', rankOf: '{count}: {rank}' });
    expect(languageOf('eo')).to.equal('eo');
    const t = messages('eo');
    expect(t.lang).to.equal('eo');
    expect(t('missing')).to.equal('ne disponebla');
    // A translation may reorder placeholders.
    expect(t('rankOf', { rank: 3, count: 10 })).to.equal('10: 3');
    // A key the language lacks falls back to English.
    expect(t('noReport')).to.equal(en.noReport);
  });

  it('extends a language already defined, and a locale of it picks it up', () => {
    defineLanguage('eo', { dataTable: 'Datumtabelo' });
    expect(messages('eo-001')('dataTable')).to.equal('Datumtabelo');
    expect(messages('eo')('missing')).to.equal('ne disponebla');
  });

  it('a language with a script is picked by that script', () => {
    defineLanguage('sr-Latn', { missing: 'nije dostupno' });
    expect(languageOf('sr-Latn-RS')).to.equal('sr-Latn');
    // Serbian's usual script is Cyrillic, which has no catalog here.
    expect(languageOf('sr-RS')).to.equal('en');
    expect(messages('sr-Latn-RS')('missing')).to.equal('nije dostupno');
  });
});
