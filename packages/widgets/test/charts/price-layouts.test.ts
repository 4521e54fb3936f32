// The layouts of <price-levels>, <price-history> and <weekly-timeline> at any width, under
// Node: every label placed inside the drawing by the estimated text widths the server uses too,
// heights that do not follow the width (but for the narrow switch), and dates that never touch.
import { expect } from '@open-wc/testing';
import { layoutPriceLevels, priceLevels } from '../../src/charts/price-levels.js';
import { historyRows, layoutPriceHistory } from '../../src/charts/price-history.js';
import { layoutWeeklyTimeline, timelineWeeks } from '../../src/charts/weekly-timeline.js';
import { textWidth } from '../../src/charts/scale.js';
import { toReport } from '../../src/data/validate.js';
import { formatter } from '../../src/format/format.js';
import { defineLanguage } from '../../src/i18n/index.js';
import de from '../../src/i18n/de.js';
import { FIXTURES, fixture } from '../fixtures.js';

defineLanguage('de', de);
const WIDTHS = [240, 300, 359, 420, 559, 560, 700, 1000, 1264];
const NAMES = [...FIXTURES, 'missing-values'] as const;

/** [left, right] of a text at `x` with `anchor`. */
function span(x: number, anchor: string, width: number): [number, number] {
  if (anchor === 'end') return [x - width, x];
  if (anchor === 'middle') return [x - width / 2, x + width / 2];
  return [x, x + width];
}

describe('layoutPriceLevels(levels, format, width)', () => {
  for (const name of NAMES) {
    it(`keeps every label inside the drawing at every width, with ${name}`, async () => {
      const levels = priceLevels(toReport(await fixture(name)));
      for (const locale of ['en-US', 'de-DE']) {
        const format = formatter(locale);
        const heights = new Set<number>();
        for (const width of WIDTHS) {
          const l = layoutPriceLevels(levels, format, width);
          const where = `${locale} at ${width}`;
          if (width >= 560) heights.add(l.height);
          // Every fixture has a close (its newest recent row's), so the close is labelled.
          expect(l.closeLabel, `${where}: the close's label`).to.not.equal(undefined);
          if (l.closeLabel) {
            const [a, b] = span(l.closeLabel.x, l.closeLabel.anchor, textWidth(l.closeLabel.text, 13));
            expect(a, where).to.be.at.least(0);
            expect(b, where).to.be.at.most(width);
          }
          for (const row of l.rows) {
            for (const line of row.text) {
              const [a, b] = span(row.textX, row.anchor, textWidth(line, 12));
              // The widest German label may not fit a 240px drawing; from 300px on, all do.
              if (width < 300) continue;
              expect(a, `${where}: ${line}`).to.be.at.least(0);
              expect(b, `${where}: ${line}`).to.be.at.most(width);
            }
          }
          for (const end of l.ends) {
            for (const line of [end.caption, end.value]) {
              const [a, b] = span(end.x, end.anchor, textWidth(line, 12));
              expect(a, `${where}: ${line}`).to.be.at.least(0);
              expect(b, `${where}: ${line}`).to.be.at.most(width);
            }
          }
          expect(l.narrow, where).to.equal(width < 560);
        }
        expect([...heights], `${name} ${locale}: one height when wide`).to.have.length(1);
      }
    });
  }
});

describe('layoutPriceLevels: the fair-value leader and the trend row', () => {
  /** The seed with its trend line and fair value moved (close 79.00 in a 11.41-84.32 range). */
  async function levelsWith(trend: string | null, fair: string) {
    const report = (await fixture('000657-seed')) as { price: Record<string, unknown> };
    return priceLevels(toReport({ ...report, price: { ...report.price, trend_line: trend, fair_value: fair } }));
  }
  const cases: [string, string | null, string][] = [
    ['fair value just under the trend line', '53.00 CNY', '50.00 CNY'],
    ['fair value just over the trend line', '50.00 CNY', '53.00 CNY'],
    ['fair value just over the trend line, both near the low', '14.00 CNY', '16.00 CNY'],
    ['no trend line (its row shows a dash)', null, '13.00 CNY'],
  ];
  for (const [what, trend, fair] of cases) {
    it(`never runs the leader through the trend row's text: ${what}`, async () => {
      const levels = await levelsWith(trend, fair);
      // Each case puts the leader under the trend row's text at some widths; those are the ones checked.
      let crossings = 0;
      for (const locale of ['en-US', 'de-DE']) {
        const format = formatter(locale);
        for (const width of WIDTHS) {
          const l = layoutPriceLevels(levels, format, width);
          const [upper, lower] = l.rows;
          const x = lower!.marker!.x;
          const texts = upper!.text.map((line) => span(upper!.textX, upper!.anchor, textWidth(line, 12)));
          const crossed = texts.some(([a, b]) => x > a - 1 && x < b + 1);
          if (!crossed) continue;
          crossings++;
          // The text covers about 15 px above and below the row's middle (two 12 px lines).
          const where = `${locale} at ${width}: leader at ${x.toFixed(1)}`;
          expect(lower!.gap, where).to.not.equal(undefined);
          expect(lower!.gap![0], where).to.be.at.most(upper!.y - 15);
          expect(lower!.gap![1], where).to.be.at.least(upper!.y + 15);
          expect(lower!.gap![1], where).to.be.below(lower!.y);
        }
      }
      expect(crossings, 'widths and locales where the leader meets the trend row’s text').to.be.above(0);
    });
  }

  it('moves the trend text to the side away from the leader when that side has room', async () => {
    const levels = await levelsWith('53.00 CNY', '50.00 CNY');
    const format = formatter('en-US');
    for (const width of [560, 700, 1000]) {
      const { rows } = layoutPriceLevels(levels, format, width);
      // The trend marker is right of the middle, which would put its text on the left, over the
      // fair-value leader; there is room on the right, so it goes there, and the leader is whole.
      expect(rows[0]!.anchor, `at ${width}`).to.equal('start');
      expect(rows[0]!.textX, `at ${width}`).to.be.above(rows[0]!.marker!.x);
      expect(rows[1]!.gap, `at ${width}`).to.equal(undefined);
    }
    // At 300 px neither side of the trend marker has room for its text beside the leader.
    expect(layoutPriceLevels(levels, format, 300).rows[1]!.gap).to.not.equal(undefined);
  });
});

describe('layoutPriceHistory(rows, format, width)', () => {
  for (const name of NAMES) {
    it(`keeps the newest close's label inside, dates apart, one height, with ${name}`, async () => {
      const rows = historyRows(toReport(await fixture(name)));
      for (const locale of ['en-US', 'de-DE']) {
        const format = formatter(locale);
        for (const width of WIDTHS) {
          const l = layoutPriceHistory(rows, format, width);
          expect(l.height).to.equal(250);
          // Every fixture's newest row has a close, so it is marked and labelled.
          expect(l.last, `${locale} at ${width}: the newest close`).to.not.equal(undefined);
          if (l.last) expect(l.last.labelX + textWidth(l.last.text, 12)).to.be.at.most(width);
          const spans = l.xLabels.map((t) => span(t.x, t.anchor, textWidth(t.text, 11)));
          for (const [a, b] of spans) expect(a >= 0 && b <= width, `${locale} at ${width}`).to.equal(true);
          for (let i = 1; i < spans.length; i++) expect(spans[i][0], `${locale} at ${width}`).to.be.above(spans[i - 1][1]);
          expect(l.xLabels.at(-1)?.i).to.equal(rows.length - 1);
        }
      }
    });
  }
});

describe('layoutWeeklyTimeline(weeks, format, width)', () => {
  for (const name of NAMES) {
    it(`labels weeks without collisions, more when wide, the newest always, with ${name}`, async () => {
      const weeks = timelineWeeks(toReport(await fixture(name)));
      for (const locale of ['en-US', 'de-DE']) {
        const format = formatter(locale);
        const counts: number[] = [];
        for (const width of WIDTHS) {
          const l = layoutWeeklyTimeline(weeks, format, width);
          expect(l.height).to.equal(layoutWeeklyTimeline(weeks, format, 640).height);
          expect(l.right).to.equal(width - 8);
          const spans = l.xLabels.map((t) => span(t.x, t.anchor, textWidth(t.text, 11)));
          // Inside the plot's span: never under the percent ticks left of it (the lowest sits just above).
          for (const [a, b] of spans) expect(a >= l.left && b <= width, `${locale} at ${width}`).to.equal(true);
          for (let i = 1; i < spans.length; i++) expect(spans[i][0], `${locale} at ${width}`).to.be.above(spans[i - 1][1]);
          expect(l.xLabels.at(-1)?.i).to.equal(weeks.length - 1);
          counts.push(l.xLabels.length);
        }
        for (let i = 1; i < counts.length; i++) expect(counts[i]).to.be.at.least(counts[i - 1]);
        if (weeks.length > 8) expect(counts.at(-1)).to.be.above(counts[0]);
      }
    });
  }
});
