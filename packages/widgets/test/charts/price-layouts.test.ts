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

describe('layoutPriceHistory(rows, format, width)', () => {
  for (const name of NAMES) {
    it(`keeps the newest close's label inside, dates apart, one height, with ${name}`, async () => {
      const rows = historyRows(toReport(await fixture(name)));
      for (const locale of ['en-US', 'de-DE']) {
        const format = formatter(locale);
        for (const width of WIDTHS) {
          const l = layoutPriceHistory(rows, format, width);
          expect(l.height).to.equal(250);
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
