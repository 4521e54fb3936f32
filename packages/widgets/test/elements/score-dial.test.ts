import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/elements/score-dial.js';
import type { ScoreDial } from '../../src/elements/score-dial.js';
import { DIAL_INNER, DIAL_OUTER, dialEndAngle, layoutScoreDial } from '../../src/charts/score-dial.js';
import { loadLanguage } from '../../src/i18n/index.js';
import { FIXTURES, fixture, type FixtureName } from '../fixtures.js';
import {
  chartName,
  drawingWidth,
  resizeTo,
  settled,
  settledDeep,
  shownText,
  place,
  type PlaceOptions,
  textBoxProblems,
  textSizeProblems,
} from '../helpers.js';

async function dial(data: FixtureName | Record<string, unknown>, attrs: PlaceOptions = {}) {
  return place<ScoreDial>('score-dial', typeof data === 'string' ? await fixture(data) : data, attrs);
}

/**
 * The angular extent of a ring-sector path: the angles (0 at 12 o'clock, clockwise) of its
 * first point and of the far end of its outer arc, widened by the round caps (which end at
 * the sector's angles).
 */
function sweep(d: string): [number, number] {
  const points = [...d.matchAll(/(-?[\d.]+),(-?[\d.]+)(?=[AL Z]|$)/g)].map((m) => [Number(m[1]), Number(m[2])]);
  const angle = ([x, y]: number[]) => Math.atan2(x, -y);
  const cap = (DIAL_OUTER - DIAL_INNER) / 2 / ((DIAL_OUTER + DIAL_INNER) / 2);
  return [angle(points[0]) - cap, angle(points[1]) + cap];
}

/** Where a 240° gauge should end the value arc for `score`, from the formula. */
function expectedEnd(score: number): number {
  return -(2 * Math.PI) / 3 + (Math.min(100, Math.max(0, score)) / 100) * ((4 * Math.PI) / 3);
}

const valuePath = (el: Element) => el.shadowRoot?.querySelector('path.value-arc')?.getAttribute('d') ?? null;
const svgText = (el: Element, cls: string) => el.shadowRoot?.querySelector(`svg text.${cls}`)?.textContent;

describe('<score-dial>', () => {
  it('shows the score, the caption and the setup signature', async () => {
    const el = await dial('000657-seed');
    expect(svgText(el, 'score')).to.equal('82');
    expect(svgText(el, 'caption')).to.equal('Composite score');
    expect(el.shadowRoot?.querySelector('[part="signature"]')?.textContent).to.equal('Leadership continuation');
    expect([...el.shadowRoot!.querySelectorAll('svg text.tick')].map((t) => t.textContent)).to.deep.equal(['0', '100']);
    expect(chartName(el)).to.equal('Composite score 82 of 100: Leadership continuation');
  });

  for (const name of FIXTURES) {
    it(`ends the value arc at an angle proportional to the score (${name})`, async () => {
      const report = await fixture(name);
      const el = await dial(report);
      const [start, end] = sweep(valuePath(el)!);
      expect(start).to.be.closeTo(-(2 * Math.PI) / 3, 0.01);
      expect(end).to.be.closeTo(expectedEnd(report.composite_score), 0.01);
      expect(svgText(el, 'score')).to.equal(String(Math.round(report.composite_score)));
      expect(chartName(el)).to.equal(`Composite score ${report.composite_score} of 100: ${report.setup_signature}`);
    });
  }

  it('draws the full 240° track behind the value', async () => {
    const el = await dial('jp-flat');
    const track = sweep(el.shadowRoot!.querySelector('path.track')!.getAttribute('d')!);
    expect(track[0]).to.be.closeTo(-(2 * Math.PI) / 3, 0.01);
    expect(track[1]).to.be.closeTo((2 * Math.PI) / 3, 0.01);
    expect(sweep(valuePath(el)!)[1]).to.be.closeTo(expectedEnd(68), 0.01);
  });

  it('maps 0, 50 and 100 to the start, top and end of the sweep', () => {
    expect(dialEndAngle(0)).to.be.closeTo(-(2 * Math.PI) / 3, 1e-12);
    expect(dialEndAngle(50)).to.be.closeTo(0, 1e-12);
    expect(dialEndAngle(100)).to.be.closeTo((2 * Math.PI) / 3, 1e-12);
    expect(layoutScoreDial(0).value).to.equal('');
  });

  it('clamps the arc but not the number when the score is outside 0-100', async () => {
    const report = await fixture('eu-extreme');
    report.composite_score = 130;
    const el = await dial(report);
    expect(sweep(valuePath(el)!)[1]).to.be.closeTo(expectedEnd(100), 0.01);
    expect(svgText(el, 'score')).to.equal('130');
    const empty = await fixture('eu-extreme');
    empty.composite_score = 0;
    const zero = await dial(empty);
    expect(valuePath(zero)).to.equal(null);
    expect(svgText(zero, 'score')).to.equal('0');
  });

  it('shows a whole number, like every score', async () => {
    const report = await fixture('000657-seed');
    report.composite_score = '82.5';
    const el = await dial(report);
    expect(svgText(el, 'score')).to.equal('83');
    expect(chartName(el)).to.equal('Composite score 83 of 100: Leadership continuation');
    // The arc keeps the exact value.
    expect(sweep(valuePath(el)!)[1]).to.be.closeTo(expectedEnd(82.5), 0.01);
  });

  it('formats for the locale, and speaks German once the catalog is in', async () => {
    const report = await fixture('000657-seed');
    report.composite_score = 1234;
    await loadLanguage('de-DE');
    const de = await dial(report, { locale: 'de-DE' });
    expect(svgText(de, 'score')).to.equal('1.234');
    expect(svgText(de, 'caption')).to.equal('Gesamtscore');
    expect(chartName(de)).to.equal('Gesamtscore 1.234 von 100: Leadership continuation');
    const ar = await dial('000657-seed', { locale: 'ar-EG' });
    expect(svgText(ar, 'score')).to.equal('٨٢');
    const en = await dial('us-megacap-downtrend', { locale: 'en-US' });
    expect(svgText(en, 'score')).to.equal('49');
  });

  it('shows a dash in place of a missing score, and is empty only without score and signature', async () => {
    const report = await fixture('gb-sparse');
    delete report.composite_score;
    const el = await dial(report);
    expect(el.state).to.equal('ready');
    expect(svgText(el, 'score')).to.equal('—');
    expect(valuePath(el)).to.equal(null);
    expect(el.shadowRoot!.querySelector('path.track')).to.exist;
    expect(chartName(el)).to.equal('Composite score not available: Leadership continuation');
    const bare = await fixture('gb-sparse');
    delete bare.composite_score;
    delete bare.setup_signature;
    const none = await dial(bare);
    expect(none.state).to.equal('empty');
    expect(shownText(none)).to.equal('No composite score in this report.');
  });

  it('leaves the signature out of the name when the report has none', async () => {
    const report = await fixture('gb-sparse');
    delete report.setup_signature;
    const el = await dial(report);
    expect(chartName(el)).to.equal('Composite score 56 of 100');
    expect(el.shadowRoot?.querySelector('[part="signature"]')).to.equal(null);
  });

  it('has no data table: the single number is in its name', async () => {
    const el = await dial('jp-flat');
    expect(el.shadowRoot!.querySelector('details')).to.equal(null);
    expect(shownText(el)).not.to.contain('Data table');
    expect(chartName(el)).to.equal('Composite score 68 of 100: Breakdown risk');
  });
});

describe('<score-dial> at every width', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  for (const width of [375, 1280]) {
    it(`keeps its text at full size and inside its box at ${width}px`, async () => {
      await setViewport({ width, height: 800 });
      const el = await dial('000657-seed');
      await settledDeep(el);
      expect(drawingWidth(el)).to.equal(200);
      expect(textSizeProblems(el)).to.deep.equal([]);
      expect(textBoxProblems(el)).to.deep.equal([]);
      const size = (cls: string) => parseFloat(getComputedStyle(el.shadowRoot!.querySelector(`svg text.${cls}`)!).fontSize);
      expect(size('score')).to.equal(44);
      expect(size('caption')).to.equal(12);
      expect(size('tick')).to.equal(12);
    });
  }

  for (const box of [110, 150]) {
    it(`draws a compact dial in the report card's ${box}px header, its text 11px or more and inside`, async () => {
      const el = await dial('eu-extreme');
      await resizeTo(el, `${box}px`);
      await settled(el);
      expect(drawingWidth(el)).to.equal(110);
      const svg = el.shadowRoot!.querySelector('svg[part="chart"]')!;
      // One unit to one pixel: never scaled down.
      expect(svg.getBoundingClientRect().width).to.equal(110);
      expect(textSizeProblems(el)).to.deep.equal([]);
      expect(textBoxProblems(el)).to.deep.equal([]);
      for (const text of svg.querySelectorAll('text')) {
        expect(parseFloat(getComputedStyle(text).fontSize), text.textContent!).to.be.at.least(11);
      }
      expect([...svg.querySelectorAll('text')].map((t) => t.textContent)).to.deep.equal(['0', '100', '89', 'Composite score']);
      await resizeTo(el, '300px');
      expect(drawingWidth(el)).to.equal(200);
    });
  }
});
