// Issue 16: the built-in catalogs against the English reference. Every key English has is
// translated (non-empty) in German, Japanese and Simplified Chinese, with the same
// `{placeholders}`, and no catalog has a key English lacks (it would never be shown).
import { expect } from '@open-wc/testing';
import en from '../../src/i18n/en.js';
import de from '../../src/i18n/de.js';
import ja from '../../src/i18n/ja.js';
import zhHans from '../../src/i18n/zh-Hans.js';
import type { Catalog } from '../../src/i18n/index.js';
import { toReport } from '../../src/data/validate.js';
import { fixture } from '../fixtures.js';

const CATALOGS: [string, Catalog][] = [
  ['de', de],
  ['ja', ja],
  ['zh-Hans', zhHans],
];

const english = en as Record<string, string>;
/** The `{name}` placeholders of a message, sorted and without repeats. */
const placeholders = (message: string) => [...new Set(message.match(/\{\w+\}/g) ?? [])].sort();

describe('the message catalogs', () => {
  it('English has keys, each a non-empty message', () => {
    expect(Object.keys(english).length).to.be.greaterThan(10);
    const empty = Object.entries(english).filter(([, message]) => typeof message !== 'string' || !message.trim());
    expect(empty.map(([key]) => key)).to.deep.equal([]);
  });

  for (const [lang, catalog] of CATALOGS) {
    const messages = catalog as Record<string, string | undefined>;

    it(`${lang}: every English key has a non-empty translation`, () => {
      const untranslated = Object.keys(english).filter((key) => typeof messages[key] !== 'string' || !messages[key]!.trim());
      expect(untranslated, `${lang} lacks ${untranslated.length} of ${Object.keys(english).length} keys`).to.deep.equal([]);
    });

    it(`${lang}: each translation keeps exactly the English {placeholders}`, () => {
      const wrong = Object.keys(english)
        .filter((key) => typeof messages[key] === 'string')
        .filter((key) => placeholders(messages[key]!).join() !== placeholders(english[key]).join())
        .map(
          (key) =>
            `${key}: ${placeholders(messages[key]!).join(' ') || 'none'} vs English ${placeholders(english[key]).join(' ') || 'none'}`,
        );
      expect(wrong).to.deep.equal([]);
    });

    it(`${lang}: has no key English lacks`, () => {
      const extra = Object.keys(messages).filter((key) => !(key in english));
      expect(extra).to.deep.equal([]);
    });
  }

  // A copied English message is not a translation. Japanese and Chinese words share no
  // Latin words of three letters or more with English (abbreviations such as "RS" may stay).
  for (const [lang, catalog] of CATALOGS.filter(([lang]) => lang !== 'de')) {
    it(`${lang}: no message is the English one left in place`, () => {
      const messages = catalog as Record<string, string | undefined>;
      const copied = Object.keys(english).filter(
        (key) => messages[key] === english[key] && /[A-Za-z]{3,}/.test(english[key].replace(/\{\w+\}/g, '')),
      );
      expect(copied).to.deep.equal([]);
    });
  }
});

describe('the missing-values fixture', () => {
  it('is a valid report whose chosen values are missing, the rest as in the seed', async () => {
    const report = toReport(await fixture('missing-values'));
    const seed = toReport(await fixture('000657-seed'));
    expect(report.momentum?.returns?.find((r) => r.label === '52W')?.value).to.equal(undefined);
    expect(report.momentum?.returns?.find((r) => r.label === '26W')?.value).to.equal(seed.momentum?.returns?.[3].value);
    expect(report.setup?.scores?.find((s) => s.label === 'Dynamics')?.value).to.equal(undefined);
    expect(report.kpis?.find((k) => k.label === 'Trend Breadth')?.value).to.equal(undefined);
    expect(report.composite_score).to.equal(undefined);
    expect(report.setup_signature).to.equal(seed.setup_signature);
    expect(report.price?.fair_value).to.equal(undefined);
    expect(report.price?.high_52).to.equal(undefined);
    expect(report.price?.trend_line).to.deep.equal(seed.price?.trend_line);
    expect(report.dynamics?.relative_strength).to.equal(undefined);
    expect(report.volume?.average_13).to.equal(undefined);
    expect(report.recent_rows?.[1].relative_strength).to.equal(undefined);
    expect(report.recent_rows?.[1].close).to.deep.equal(seed.recent_rows?.[1].close);
    const peer = report.groups?.industry?.top_peers?.find((p) => p.symbol === '600549');
    expect(peer?.weekly_return).to.equal(undefined);
    expect(peer?.four_week_return).to.equal(seed.groups?.industry?.top_peers?.[1].four_week_return);
  });
});
