import { expect } from '@open-wc/testing';
import '../../src/elements/signal-list.js';
import type { SignalList } from '../../src/elements/signal-list.js';
import { FIXTURES, fixture, type FixtureName } from '../fixtures.js';
import { type PlaceOptions, foldKeepNbsp, place, shownText } from '../helpers.js';
import { loadLanguage } from '../../src/i18n/index.js';

const list = (data: unknown, attrs: PlaceOptions = {}) => place<SignalList>('signal-list', data, attrs);

const load = async (name: FixtureName, attrs: PlaceOptions = {}) => list(await fixture(name), attrs);

function signals(el: Element) {
  return [...el.shadowRoot!.querySelectorAll('li.signal')].map((li) => foldKeepNbsp(li.textContent));
}

/** Heading -> item texts, for each note list shown. */
function notes(el: Element) {
  return Object.fromEntries(
    [...el.shadowRoot!.querySelectorAll('section[data-list]')].map((s) => [
      foldKeepNbsp(s.querySelector('h4')?.textContent),
      [...s.querySelectorAll('li')].map((li) => foldKeepNbsp(li.textContent)),
    ]),
  );
}

describe('<signal-list>', () => {
  it('shows each seed signal with its value and tone in shape and word', async () => {
    const el = await load('000657-seed');
    expect(signals(el)).to.deep.equal([
      'Trend Signal Active ▲ positive',
      'Market Dynamics No fresh buy ● neutral',
      'Price vs Trend +68.0% ▲ positive',
      'Volume 1.4× ● neutral',
    ]);
    const marks = [...el.shadowRoot!.querySelectorAll('li.signal .mark')];
    expect(marks.map((m) => foldKeepNbsp(m.querySelector('[aria-hidden="true"]')?.textContent))).to.deep.equal([
      '▲',
      '●',
      '▲',
      '●',
    ]);
    expect(marks.map((m) => m.getAttribute('class')?.split(' ')[1])).to.deep.equal(['pos', 'neu', 'pos', 'neu']);
    expect(marks.every((m) => m.querySelector('.visually-hidden'))).to.equal(true);
  });

  it('marks a negative signal with a down shape', async () => {
    const data = await fixture('us-megacap-downtrend');
    data.signals[2] = { label: 'Price vs Trend', value: '-5.3%', tone: 'negative' };
    expect(signals(await list(data))[2]).to.equal('Price vs Trend −5.3% ▼ negative');
  });

  it('lists opportunities, risks and watch points under headings', async () => {
    const el = await load('000657-seed');
    const shown = notes(el);
    expect(Object.keys(shown)).to.deep.equal(['Opportunities', 'Risks', 'Watch points']);
    expect(shown['Opportunities']).to.have.length(5);
    expect(shown['Risks']).to.deep.equal(['No major top-level risk cluster is currently dominant.']);
    expect(shown['Watch points'][2]).to.equal('A volume ratio above 1.5x would show stronger participation in the next move.');
    expect(foldKeepNbsp(el.shadowRoot!.querySelector('section[part="signals"] h4')?.textContent)).to.equal('Signals');
  });

  it('counts items in every fixture', async () => {
    for (const name of FIXTURES) {
      const data = await fixture(name);
      const el = await load(name);
      expect(signals(el), name).to.have.length(data.signals.length);
      const shown = notes(el);
      for (const [key, title] of [
        ['opportunities', 'Opportunities'],
        ['risks', 'Risks'],
        ['watch_points', 'Watch points'],
      ]) {
        if (data[key].length) expect(shown[title], `${name} ${key}`).to.have.length(data[key].length);
        else expect(shown[title], `${name} ${key}`).to.equal(undefined);
      }
    }
  });

  it('leaves out empty lists (gb-sparse)', async () => {
    const el = await load('gb-sparse');
    expect(Object.keys(notes(el))).to.deep.equal(['Risks']);
    expect(shownText(el)).not.to.contain('Opportunities');
    expect(shownText(el)).not.to.contain('Watch points');
    expect(signals(el)).to.have.length(4);
  });

  it('renders report strings as text, never markup', async () => {
    const data = await fixture('jp-flat');
    data.opportunities = ['<img src=x onerror="window.__pwned=1">', 'A & B <b>bold</b>'];
    data.signals[0].label = '<script>alert(1)</script>';
    const el = await list(data);
    expect(el.shadowRoot!.querySelector('img, b, script')).to.equal(null);
    expect(notes(el)['Opportunities']).to.deep.equal(['<img src=x onerror="window.__pwned=1">', 'A & B <b>bold</b>']);
    expect(signals(el)[0]).to.equal('<script>alert(1)</script> Active ▲ positive');
  });

  it("formats signal values for the locale, and says its own words in the reader's language", async () => {
    await Promise.all([loadLanguage('de-DE'), loadLanguage('ja-JP')]);
    // The report's words (labels, "Active") stay as sent; the tone's word is the reader's.
    const de = await load('000657-seed', { locale: 'de-DE' });
    expect(signals(de)).to.deep.equal([
      'Trend Signal Active ▲ positiv',
      'Market Dynamics No fresh buy ● neutral',
      'Price vs Trend +68,0\u00A0% ▲ positiv',
      'Volume 1,4× ● neutral',
    ]);
    expect(Object.keys(notes(de))).to.deep.equal(['Chancen', 'Risiken', 'Beobachtungspunkte']);
    expect(foldKeepNbsp(de.shadowRoot!.querySelector('section[part="signals"] h4')?.textContent)).to.equal('Signale');
    expect(signals(await load('eu-extreme', { locale: 'de-DE' }))[2]).to.equal('Price vs Trend +213,7\u00A0% ▲ positiv');
    expect(signals(await load('jp-flat', { locale: 'ja-JP' }))[2]).to.equal('Price vs Trend +7.4% ▲ プラス');
  });

  it('shows a missing signal value as a dash read as "not available"', async () => {
    const data = await fixture('000657-seed');
    data.signals[2].value = null;
    const el = await list(data);
    const value = el.shadowRoot!.querySelectorAll('li.signal .value')[2];
    expect(foldKeepNbsp(value.querySelector('[aria-hidden="true"]')?.textContent)).to.equal('—');
    expect(foldKeepNbsp(value.querySelector('.visually-hidden')?.textContent)).to.equal('not available');
  });

  it('shows signals alone, and notes alone, when the other part is missing', async () => {
    const data = await fixture('000657-seed');
    delete data.signals;
    const notesOnly = await list(data);
    expect(notesOnly.state).to.equal('ready');
    expect(notesOnly.shadowRoot!.querySelector('section[part="signals"]')).to.equal(null);
    expect(Object.keys(notes(notesOnly))).to.have.length(3);

    const data2 = await fixture('000657-seed');
    data2.opportunities = null;
    data2.risks = [];
    data2.watch_points = ['  '];
    const signalsOnly = await list(data2);
    expect(signals(signalsOnly)).to.have.length(4);
    expect(Object.keys(notes(signalsOnly))).to.deep.equal([]);
  });

  it('shows the empty state when all four are missing or empty', async () => {
    const data = await fixture('gb-sparse');
    data.signals = [];
    data.risks = null;
    delete data.opportunities;
    const el = await list(data);
    expect(el.state).to.equal('empty');
    expect(foldKeepNbsp(el.shadowRoot!.querySelector('[part="empty"]')?.textContent)).to.equal(
      'No signals or notes in this report.',
    );
  });

  it('puts signals beside the notes when wide and above them when narrow', async () => {
    const el = await load('000657-seed');
    const side = async (width: number) => {
      el.style.width = `${width}px`;
      await new Promise(requestAnimationFrame);
      const a = el.shadowRoot!.querySelector('section[part="signals"]')!.getBoundingClientRect();
      const b = el.shadowRoot!.querySelector('.notes-column')!.getBoundingClientRect();
      return a.top === b.top && b.left > a.right;
    };
    expect(await side(360)).to.equal(false);
    expect(await side(1000)).to.equal(true);
  });
});
