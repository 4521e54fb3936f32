import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/elements/weekly-timeline.js';
import type { WeeklyTimeline } from '../../src/elements/weekly-timeline.js';
import { loadLanguage } from '../../src/i18n/index.js';
import { FIXTURES, fixture, type ExtraFixtureName, type FixtureName } from '../fixtures.js';
import {
  type PlaceOptions,
  chartName,
  drawingWidth,
  inBox,
  place,
  placeInBody,
  settledDeep,
  shownText,
  resizeTo,
  tableCells,
  tableCellsSeenAndHeard,
  textBoxProblems,
  textSizeProblems,
} from '../helpers.js';

const timeline = (data: unknown, attrs: PlaceOptions = {}) => place<WeeklyTimeline>('weekly-timeline', data, attrs);
const load = async (name: FixtureName, attrs: PlaceOptions = {}) => timeline(await fixture(name), attrs);

function chart(el: Element): SVGSVGElement {
  return el.shadowRoot!.querySelector('svg[part="chart"]')!;
}

function columns(el: Element) {
  return [...chart(el).querySelectorAll('rect.col')].map((rect) => ({
    x: Number(rect.getAttribute('x')),
    y: Number(rect.getAttribute('y')),
    height: Number(rect.getAttribute('height')),
    direction: rect.getAttribute('data-direction'),
    cls: rect.getAttribute('class'),
  }));
}

const markers = (el: Element, flag: string) => chart(el).querySelectorAll(`g.flags[data-flag="${flag}"] .flag`).length;

interface Week {
  week: string;
  return: number;
  trend: boolean;
  buy_signal: boolean;
  positive_md: boolean;
}

describe('<weekly-timeline>', () => {
  it('summarises the weeks in its name', async () => {
    // The seed has 9 gains and 7 losses (the example said 10 and 6; the data decides).
    const el = await load('000657-seed');
    expect(chartName(el)).to.equal(
      '16 weeks from Feb 27 to Jun 12, 2026: 9 up, 7 down; trend active 16 weeks; buy signal 0; positive MD 8',
    );
    expect(chartName(await load('gb-sparse'))).to.equal(
      '4 weeks from May 22 to Jun 12, 2026: 2 up, 2 down; trend active 3 weeks; buy signal 0; positive MD 0',
    );
  });

  for (const name of FIXTURES) {
    it(`draws one column per week, up above and down below zero, with ${name}`, async () => {
      const data = await fixture(name);
      const weeks: Week[] = data.setup.timeline;
      const el = await timeline(data);
      for (const width of ['700px', '340px']) {
        await resizeTo(el, width);
        const zero = Number(chart(el).querySelector('line.zero')!.getAttribute('y1'));
        const cols = columns(el);
        expect(cols).to.have.length(weeks.length);
        for (let i = 1; i < cols.length; i++) expect(cols[i].x).to.be.greaterThan(cols[i - 1].x);
        const perPoint = cols[0].height / Math.abs(weeks[0].return);
        cols.forEach((col, i) => {
          const v = weeks[i].return;
          if (v > 0) {
            expect(col.direction).to.equal('up');
            expect(col.y + col.height).to.be.closeTo(zero, 0.02);
            expect(col.cls).to.contain('pos');
          } else {
            expect(col.direction).to.equal('down');
            expect(col.y).to.be.closeTo(zero, 0.02);
            expect(col.cls).to.contain('neg');
          }
          // Height proportional to |return| (within rounding to 0.01 units).
          expect(col.height).to.be.closeTo(Math.abs(v) * perPoint, 0.03);
        });
        expect(markers(el, 'trend')).to.equal(weeks.filter((w) => w.trend).length);
        expect(markers(el, 'buy_signal')).to.equal(weeks.filter((w) => w.buy_signal).length);
        expect(markers(el, 'positive_md')).to.equal(weeks.filter((w) => w.positive_md).length);
      }
    });
  }

  it('marks each flag with its own shape', async () => {
    const el = await load('jp-flat');
    const shape = (flag: string) => chart(el).querySelector(`g.flags[data-flag="${flag}"] .flag`)?.localName;
    expect([shape('trend'), shape('buy_signal'), shape('positive_md')]).to.deep.equal(['rect', 'path', 'circle']);
    expect(markers(el, 'buy_signal')).to.equal(5);
    const legend = [...el.shadowRoot!.querySelectorAll('[part="legend"] li')].map((li) => li.textContent?.trim());
    expect(legend).to.deep.equal(['Up week', 'Down week', 'Trend active', 'Buy signal', 'Positive market dynamics (MD)']);
  });

  it('labels weeks by date, falling back to the week text', async () => {
    const el = await load('gb-sparse');
    expect([...chart(el).querySelectorAll('.x-axis text')].map((t) => t.textContent?.trim())).to.deep.equal([
      'May 22',
      'May 29',
      'Jun 5',
      'Jun 12',
    ]);
    const data = await fixture('gb-sparse');
    data.setup.timeline[0].week = 'week one';
    const odd = await timeline(data);
    expect(chart(odd).querySelector('.x-axis text')?.textContent?.trim()).to.equal('week one');
    expect(chartName(odd)).to.equal(
      '4 weeks from week one to Jun 12, 2026: 2 up, 2 down; trend active 3 weeks; buy signal 0; positive MD 0',
    );
    // Sixteen weeks: labels thinned, the newest kept.
    const seed = await load('000657-seed');
    const labels = [...chart(seed).querySelectorAll('.x-axis text')].map((t) => t.textContent?.trim());
    expect(labels.at(-1)).to.equal('Jun 12');
    expect(labels.length).to.be.within(4, 16);
  });

  it('speaks the locale: words, numbers and dates', async () => {
    await Promise.all(['de-DE', 'ja-JP', 'zh-CN'].map(loadLanguage));
    const de = await load('000657-seed', { locale: 'de-DE' });
    expect(chartName(de)).to.equal(
      '16 Wochen vom 27. Feb. bis 12. Juni 2026: 9 im Plus, 7 im Minus; Trend aktiv 16 Wochen; Kaufsignale 0; positive MD 8',
    );
    expect([...chart(de).querySelectorAll('.y-axis text')].map((t) => t.textContent)).to.include('+10\u00A0%');
    expect([...chart(de).querySelectorAll('.row-name')].map((t) => t.textContent)).to.deep.equal([
      'Trend',
      'Kaufsignal',
      'Positive MD',
    ]);
    expect([...de.shadowRoot!.querySelectorAll('[part="legend"] li')].map((li) => li.textContent?.trim())).to.deep.equal([
      'Woche im Plus',
      'Woche im Minus',
      'Trend aktiv',
      'Kaufsignal',
      'Positive Marktdynamik (MD)',
    ]);
    expect((await tableCells(de))[0]).to.deep.equal(['27. Feb. 2026', '+26,3\u00A0%', 'Ja', 'Nein', 'Ja']);
    const ja = await load('000657-seed', { locale: 'ja-JP' });
    expect(chartName(ja)).to.match(/^16週（/);
    const zh = await load('000657-seed', { locale: 'zh-CN' });
    expect(chart(zh).querySelector('.row-name')?.textContent).to.equal('趋势');
  });

  it('leaves a gap for a week without a return, not a zero, and says so', async () => {
    const data = await fixture('000657-seed');
    data.setup.timeline[3].return = null;
    data.setup.timeline[3].return_label = null;
    const el = await timeline(data);
    expect(columns(el)).to.have.length(15);
    expect(chart(el).querySelector('rect.col[data-index="3"]')).to.equal(null);
    const gap = chart(el).querySelector('circle.gap')!;
    expect(gap.getAttribute('data-index')).to.equal('3');
    expect(Number(gap.getAttribute('cy'))).to.equal(Number(chart(el).querySelector('line.zero')!.getAttribute('y1')));
    expect(chartName(el)).to.contain('9 up, 6 down, 1 without a return;');
    const legend = [...el.shadowRoot!.querySelectorAll('[part="legend"] li')].map((li) => li.textContent?.trim());
    expect(legend).to.include('No return reported');
    const { seen, heard } = await tableCellsSeenAndHeard(el);
    expect([seen[3][1], heard[3][1]]).to.deep.equal(['—', 'not available']);
  });

  it('offers the weeks as a table', async () => {
    const el = await load('us-megacap-downtrend');
    const rows = (await tableCells(el)).map((row) => row.join(' | '));
    expect(rows).to.have.length(16);
    expect(rows[0]).to.equal('Feb 27, 2026 | −2.9% | No | No | No');
    expect(rows.at(-1)).to.equal('Jun 12, 2026 | −0.4% | Yes | No | No');
  });

  describe('laid out for its width', () => {
    after(() => setViewport({ width: 800, height: 600 }));

    it('fills a 1000px container at 1280: the drawing is as wide as the element', async () => {
      await setViewport({ width: 1280, height: 800 });
      const el = document.createElement('weekly-timeline') as WeeklyTimeline;
      el.setAttribute('locale', 'en-US');
      el.data = await fixture('000657-seed');
      await inBox(el, 1000);
      await settledDeep(el);
      const svg = chart(el);
      const content = el.shadowRoot!.querySelector('.gauge')!.getBoundingClientRect().width;
      expect(svg.getBoundingClientRect().width).to.equal(content);
      expect(drawingWidth(el)).to.equal(content);
      expect(content).to.be.at.least(960);
      // Every week labelled at this width, none touching the next.
      const labels = [...svg.querySelectorAll('.x-axis text')].map((t) => t.getBoundingClientRect());
      expect(labels).to.have.length(16);
      for (let i = 1; i < labels.length; i++) expect(labels[i].left).to.be.above(labels[i - 1].right);
    });

    for (const width of [375, 1280]) {
      for (const name of [...FIXTURES, 'missing-values'] as (FixtureName | ExtraFixtureName)[]) {
        it(`text at its size and inside the box, labels apart, at ${width}px with ${name}`, async () => {
          await setViewport({ width, height: 800 });
          await loadLanguage('de-DE');
          for (const locale of ['en-US', 'de-DE']) {
            const el = await placeInBody('weekly-timeline', await fixture(name), { locale });
            try {
              const svg = chart(el);
              expect(svg.getBoundingClientRect().width).to.be.closeTo(el.getBoundingClientRect().width, 1);
              expect(textSizeProblems(el)).to.deep.equal([]);
              expect(textBoxProblems(el)).to.deep.equal([]);
              expect(parseFloat(getComputedStyle(svg.querySelector('.row-name')!).fontSize)).to.equal(12);
              const labels = [...svg.querySelectorAll('.x-axis text')].map((t) => t.getBoundingClientRect());
              expect(labels.length, 'week labels').to.be.at.least(2);
              for (let i = 1; i < labels.length; i++) expect(labels[i].left).to.be.above(labels[i - 1].right);
            } finally {
              el.remove();
            }
          }
        });
      }
    }
  });

  it('shows the empty state when the report has no timeline', async () => {
    const data = await fixture('000657-seed');
    delete data.setup.timeline;
    const el = await timeline(data);
    expect(el.state).to.equal('empty');
    expect(shownText(el)).to.equal('No weekly timeline in this report.');
    const none = await fixture('000657-seed');
    delete none.setup;
    expect((await timeline(none)).state).to.equal('empty');
  });
});
