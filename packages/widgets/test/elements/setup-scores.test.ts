import { expect, fixture as mount, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/elements/setup-scores.js';
import type { SetupScores } from '../../src/elements/setup-scores.js';
import { fitLabel, layoutScoreBars } from '../../src/charts/setup-scores.js';
import { layoutScoreRadar, RADAR_RADIUS } from '../../src/charts/score-radar.js';
import { formatter } from '../../src/format/format.js';
import { loadLanguage } from '../../src/i18n/index.js';
import { FIXTURES, fixture, type FixtureName } from '../fixtures.js';
import { axeViolations } from '../a11y.js';
import {
  chartName,
  drawingWidth,
  fold,
  resizeTo,
  settled,
  settledDeep,
  shownText,
  openTables,
  tableCells,
  tableCellsSeenAndHeard,
  textBoxProblems,
  textSizeProblems,
} from '../helpers.js';

async function scores(
  data: FixtureName | Record<string, unknown>,
  attrs: { locale?: string; variant?: string; theme?: string } = {},
) {
  const report = typeof data === 'string' ? await fixture(data) : data;
  const el = await mount<SetupScores>(
    html`<setup-scores
      .data=${report}
      locale=${attrs.locale ?? 'en-US'}
      theme=${attrs.theme ?? 'light'}
      variant=${attrs.variant ?? 'bars'}
    ></setup-scores>`,
  );
  await settled(el);
  return el;
}

function rows(el: Element) {
  return [...(el.shadowRoot?.querySelectorAll('svg.bars g.score') ?? [])].map((g) => {
    const bar = g.querySelector('rect.bar');
    return {
      label: g.getAttribute('data-label'),
      value: g.querySelector('text.value')?.textContent,
      width: bar ? Number(bar.getAttribute('width')) : undefined,
      track: Number(g.querySelector('rect.track')?.getAttribute('width')),
      cls: bar?.getAttribute('class') ?? '',
    };
  });
}

/** The vertices of an SVG path made of M/L commands ("M1,2L3,4Z"). */
function vertices(d: string): [number, number][] {
  return [...d.matchAll(/[ML]\s*(-?[\d.]+(?:e-?\d+)?)[ ,](-?[\d.]+(?:e-?\d+)?)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

const SEED_VALUES = [100, 100, 76.97160822264087, 100, 57.99303834601945, 56.08080370275639];

describe('<setup-scores>', () => {
  it('draws one labelled bar per score, in order, with whole-number values', async () => {
    const el = await scores('000657-seed');
    const drawn = rows(el);
    expect(drawn.map((r) => r.label)).to.deep.equal([
      'Trend',
      'Momentum',
      'Dynamics',
      'Relative Strength',
      'Volume',
      'Risk Control',
    ]);
    expect(drawn.map((r) => r.value)).to.deep.equal(['100', '100', '77', '100', '58', '56']);
    expect(chartName(el)).to.equal(
      'Setup scores for 000657: Trend 100, Momentum 100, Dynamics 77, Relative Strength 100, Volume 58, Risk Control 56.',
    );
  });

  for (const name of FIXTURES) {
    it(`sizes bars in proportion to the value on the 0-100 scale (${name})`, async () => {
      const report = await fixture(name);
      const el = await scores(report);
      const values = (report.setup.scores as { value: number }[]).map((s) => s.value);
      const drawn = rows(el);
      expect(drawn).to.have.length(values.length);
      drawn.forEach((row, i) => {
        expect(row.width! / row.track, row.label!).to.be.closeTo(values[i] / 100, 0.001);
      });
    });
  }

  it('draws a 0-100 axis with ticks at 0, 25, 50, 75 and 100', async () => {
    const el = await scores('000657-seed');
    const ticks = [...el.shadowRoot!.querySelectorAll('svg.bars text.tick')].map((t) => t.textContent);
    expect(ticks).to.deep.equal(['0', '25', '50', '75', '100']);
    const xs = [...el.shadowRoot!.querySelectorAll('svg.bars line.gridline')].map((l) => Number(l.getAttribute('x1')));
    const track = el.shadowRoot!.querySelector('rect.track')!;
    const x0 = Number(track.getAttribute('x'));
    const span = Number(track.getAttribute('width'));
    expect(xs.map((x) => Math.round(((x - x0) / span) * 100))).to.deep.equal([0, 25, 50, 75, 100]);
  });

  it('colours bars by the report tone but always prints the number', async () => {
    const drawn = rows(await scores('gb-sparse'));
    const byLabel = Object.fromEntries(drawn.map((r) => [r.label, r]));
    expect(byLabel['Relative Strength'].cls).to.contain('pos');
    expect(byLabel['Trend'].cls).to.contain('neu');
    expect(byLabel['Dynamics'].cls).to.contain('neg');
    expect(byLabel['Dynamics'].value).to.equal('28');
  });

  it('shows "—" and no bar for a score without a value', async () => {
    const report = await fixture('000657-seed');
    report.setup.scores[2].value = null;
    report.setup.scores[2].value_label = null;
    const el = await scores(report);
    const dynamics = rows(el)[2];
    expect(dynamics.value).to.equal('—');
    expect(dynamics.width).to.equal(undefined);
    expect(el.shadowRoot!.querySelectorAll('rect.bar')).to.have.length(5);
    expect(chartName(el)).to.contain('Momentum 100, Dynamics: not available, Relative Strength 100');
    expect(el.shadowRoot!.querySelectorAll('g.score')[2].getAttribute('aria-label')).to.equal('Dynamics: not available');
    expect(shownText(el)).not.to.contain('NaN');
    // In the table, the dash as every table shows a missing value, read as "not available".
    const { seen, heard } = await tableCellsSeenAndHeard(el);
    expect(seen[2].slice(0, 2)).to.deep.equal(['Dynamics', '—']);
    expect(heard[2].slice(0, 2)).to.deep.equal(['Dynamics', 'not available']);
  });

  it('shows the empty state when the report has no setup section', async () => {
    const report = await fixture('000657-seed');
    delete report.setup;
    const el = await scores(report);
    expect(el.state).to.equal('empty');
    expect(shownText(el)).to.equal('No setup scores in this report.');
    const none = await fixture('jp-flat');
    none.setup.scores = [];
    expect((await scores(none)).state).to.equal('empty');
  });

  it('makes every score keyboard reachable and described by its description', async () => {
    const el = await scores('000657-seed');
    const groups = [...el.shadowRoot!.querySelectorAll<SVGGElement>('g.score')];
    expect(groups).to.have.length(6);
    for (const g of groups) expect(g.getAttribute('tabindex')).to.equal('0');
    expect(groups[0].getAttribute('aria-label')).to.equal('Trend 100');
    const described = el.shadowRoot!.getElementById(groups[1].getAttribute('aria-describedby')!);
    expect(fold(described?.textContent)).to.equal('Blend of 4-week and 12-week follow-through.');
  });

  it('shows the description of the focused or hovered score under the chart', async () => {
    const el = await scores('000657-seed');
    const root = el.shadowRoot!;
    const tip = () => fold(root.querySelector('[part="description"]')?.textContent);
    const active = () => [...root.querySelectorAll('g.score.active')].map((g) => g.getAttribute('data-label'));
    const groups = root.querySelectorAll<SVGGElement>('g.score');
    const init = { bubbles: true, composed: true };
    expect(tip()).to.equal('Hover over or focus a score to see what it measures.');
    expect(active()).to.deep.equal([]);

    groups[3].dispatchEvent(new FocusEvent('focusin', init));
    await el.updateComplete;
    expect(tip()).to.equal('Relative Strength 100 · Relative leadership and short-term RS change.');
    expect(active()).to.deep.equal(['Relative Strength']);

    groups[1].querySelector('rect.bar')!.dispatchEvent(new PointerEvent('pointerover', init));
    await el.updateComplete;
    expect(tip()).to.equal('Momentum 100 · Blend of 4-week and 12-week follow-through.');
    expect(active()).to.deep.equal(['Momentum']);

    root.querySelector('svg')!.dispatchEvent(new PointerEvent('pointerleave'));
    await el.updateComplete;
    expect(active()).to.deep.equal(['Relative Strength']);

    groups[3].dispatchEvent(new FocusEvent('focusout', init));
    await el.updateComplete;
    expect(tip()).to.equal('Hover over or focus a score to see what it measures.');
    expect(active()).to.deep.equal([]);
  });

  it('offers Score, Value and Description as a table', async () => {
    const el = await scores('us-megacap-downtrend');
    await openTables(el);
    const head = [...el.shadowRoot!.querySelectorAll('thead th')].map((th) => th.textContent);
    expect(head).to.deep.equal(['Score', 'Value', 'Description']);
    const cells = await tableCells(el);
    expect(cells).to.have.length(6);
    expect(cells[0]).to.deep.equal(['Trend', '9', 'Persistence of active Trend Signal over the last year and current streak.']);
    expect(cells[5]).to.deep.equal(['Risk Control', '51', 'Drawdown and recent weekly volatility pressure.']);
  });

  it('formats for the locale', async () => {
    for (const locale of ['de-DE', 'ja-JP']) {
      const el = await scores('jp-flat', { locale });
      expect(rows(el).map((r) => r.value)).to.deep.equal(['89', '58', '38', '98', '42', '80']);
    }
    const report = await fixture('eu-extreme');
    report.setup.scores[0].value = 1234;
    const de = await scores(report, { locale: 'de-DE' });
    expect(rows(de)[0].value).to.equal('1.234');
    expect(rows(de)[0].width).to.equal(rows(de)[0].track);
    const ar = await scores('000657-seed', { locale: 'ar-EG' });
    expect(rows(ar)[2].value).to.equal('٧٧');
  });

  describe('variant="radar"', () => {
    it('draws four rings at 25, 50, 75 and 100 with one spoke and label per score', async () => {
      const el = await scores('000657-seed', { variant: 'radar' });
      const root = el.shadowRoot!;
      const rings = [...root.querySelectorAll('path.ring')];
      expect(rings.map((p) => p.getAttribute('data-value'))).to.deep.equal(['25', '50', '75', '100']);
      rings.forEach((ring, k) => {
        const radii = vertices(ring.getAttribute('d')!).map(([x, y]) => Math.hypot(x, y));
        expect(radii).to.have.length(6);
        for (const radius of radii) expect(radius).to.be.closeTo(((k + 1) / 4) * RADAR_RADIUS, 0.02);
      });
      expect(root.querySelectorAll('line.spoke')).to.have.length(6);
      const labels = [...root.querySelectorAll('g.score text.label')].map((t) => fold(t.textContent));
      expect(labels).to.deep.equal([
        'Trend 100',
        'Momentum 100',
        'Dynamics 77',
        'Relative Strength 100',
        'Volume 58',
        'Risk Control 56',
      ]);
      expect(chartName(el)).to.equal(
        'Setup scores for 000657: Trend 100, Momentum 100, Dynamics 77, Relative Strength 100, Volume 58, Risk Control 56.',
      );
    });

    for (const name of FIXTURES) {
      it(`puts each vertex at the score's radius, clockwise from the top (${name})`, async () => {
        const report = await fixture(name);
        const el = await scores(report, { variant: 'radar' });
        const values = (report.setup.scores as { value: number }[]).map((s) => s.value);
        const points = vertices(el.shadowRoot!.querySelector('path.area')!.getAttribute('d')!);
        expect(points).to.have.length(values.length);
        points.forEach(([x, y], i) => {
          expect(Math.round(Math.hypot(x, y))).to.equal(Math.round((values[i] / 100) * RADAR_RADIUS));
          if (values[i] > 0) {
            const angle = (Math.atan2(x, -y) + 2 * Math.PI) % (2 * Math.PI);
            expect(Math.round((angle * 180) / Math.PI) % 360).to.equal(i * 60);
          }
        });
      });
    }

    it('leaves out the vertex of a score without a value', async () => {
      const report = await fixture('000657-seed');
      report.setup.scores[4].value = 'n/a';
      report.setup.scores[4].value_label = null;
      const el = await scores(report, { variant: 'radar' });
      expect(vertices(el.shadowRoot!.querySelector('path.area')!.getAttribute('d')!)).to.have.length(5);
      expect(el.shadowRoot!.querySelectorAll('circle.vertex')).to.have.length(5);
      const labels = [...el.shadowRoot!.querySelectorAll('g.score text.label')].map((t) => fold(t.textContent));
      expect(labels[4]).to.equal('Volume —');
      expect(chartName(el)).to.contain('Volume: not available');
    });

    it('switches between variants', async () => {
      const el = await scores('000657-seed');
      expect(el.shadowRoot!.querySelector('svg.bars')).to.exist;
      expect(el.shadowRoot!.querySelector('path.area')).to.equal(null);
      el.variant = 'radar';
      await el.updateComplete;
      expect(el.getAttribute('variant')).to.equal('radar');
      expect(el.shadowRoot!.querySelector('svg.bars')).to.equal(null);
      expect(el.shadowRoot!.querySelectorAll('path.ring')).to.have.length(4);
      el.setAttribute('variant', 'bars');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('rect.bar')).to.have.length(6);
      expect(el.shadowRoot!.querySelector('path.ring')).to.equal(null);
    });
  });

  for (const name of FIXTURES) {
    for (const variant of ['bars', 'radar']) {
      for (const theme of ['light', 'dark']) {
        it(`has no axe violations with ${name}, ${variant}, ${theme}`, async () => {
          const el = await scores(name, { variant, theme });
          expect(el.state).to.equal('ready');
          expect(await axeViolations(el)).to.deep.equal([]);
        });
      }
    }
  }
});

describe('layoutScoreBars(scores) / layoutScoreRadar(scores)', () => {
  const f = formatter('en-US');

  it('clamps values outside 0-100 for drawing only', () => {
    const layout = layoutScoreBars(
      [
        { label: 'A', value: 150 },
        { label: 'B', value: -5 },
        { label: 'C', value: 50 },
      ],
      560,
      f,
    );
    expect(layout.bars.map((b) => b.width! / layout.span)).to.deep.equal([1, 0, 0.5]);
    expect(layout.bars[0].value).to.equal(150);
  });

  it('spreads the axes evenly around the circle', () => {
    const layout = layoutScoreRadar(
      SEED_VALUES.slice(0, 4).map((value, i) => ({ label: `S${i}`, value })),
      560,
      f,
    );
    expect(layout.axes.map((a) => Math.round((a.angle * 180) / Math.PI))).to.deep.equal([0, 90, 180, 270]);
    expect(layout.axes.map((a) => a.anchor)).to.deep.equal(['middle', 'start', 'middle', 'end']);
  });

  it('breaks a label at its words, and cuts it with "…" only when a word cannot fit', () => {
    expect(fitLabel('Relative Strength', 400)).to.deep.equal(['Relative Strength']);
    expect(fitLabel('Relative Strength', 80, 2)).to.deep.equal(['Relative', 'Strength']);
    const cut = fitLabel('Relative Strength', 40);
    expect(cut).to.have.length(1);
    expect(cut[0]).to.match(/^Rel?.*…$/);
  });

  it('puts every narrow label on its own line above its bar, the bar across the width', () => {
    const layout = layoutScoreBars([{ label: 'Relative Strength', value: 50 }], 320, f, true);
    const [bar] = layout.bars;
    expect(layout.narrow).to.equal(true);
    expect(bar.text).to.equal('Relative Strength');
    expect(bar.labelY).to.be.lessThan(bar.y);
    expect(layout.x0).to.be.lessThan(10);
    expect(layout.span).to.be.greaterThan(320 - 60);
  });
});

/** The boxes of each score's label and bar (or track), in page px. */
function labelBoxes(el: Element) {
  return [...el.shadowRoot!.querySelectorAll('g.score')].map((g) => ({
    label: g.querySelector('text.label')!.getBoundingClientRect(),
    // A radar label's lines are tspans: read them as words.
    text: fold(
      [...g.querySelector('text.label')!.childNodes]
        .filter((n) => n.nodeType !== Node.COMMENT_NODE)
        .map((n) => n.textContent)
        .join(' '),
    ),
    track: g.querySelector('rect.track')?.getBoundingClientRect(),
  }));
}

describe('<setup-scores> at phone and desktop widths', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  for (const width of [375, 1280]) {
    for (const variant of ['bars', 'radar']) {
      for (const name of ['000657-seed', 'gb-sparse'] as const) {
        it(`keeps its text at full size and inside its box at ${width}px (${variant}, ${name})`, async () => {
          await setViewport({ width, height: 800 });
          const el = await scores(name, { variant });
          await settledDeep(el);
          expect(textSizeProblems(el)).to.deep.equal([]);
          expect(textBoxProblems(el)).to.deep.equal([]);
          for (const text of el.shadowRoot!.querySelectorAll('svg text.label, svg text.value')) {
            expect(parseFloat(getComputedStyle(text).fontSize), text.textContent!).to.be.at.least(12);
          }
          for (const text of el.shadowRoot!.querySelectorAll('svg text')) {
            expect(parseFloat(getComputedStyle(text).fontSize), text.textContent!).to.be.at.least(11);
          }
          // Drawn one unit to one pixel: nothing is scaled down.
          const svg = el.shadowRoot!.querySelector('svg[part="chart"]')!;
          expect(svg.getBoundingClientRect().width).to.equal(drawingWidth(el));
          // Every label whole: no "…".
          expect(
            labelBoxes(el)
              .map((b) => b.text)
              .join(' '),
          ).not.to.contain('…');
        });
      }
    }
  }

  it('keeps labels beside the bars at 375px, and goes narrow only where they would squeeze the bars', async () => {
    await setViewport({ width: 375, height: 800 });
    const el = await scores('000657-seed');
    await settledDeep(el);
    const host = el.getBoundingClientRect();
    expect(drawingWidth(el)).to.equal(Math.floor(host.width));
    // A phone's width: the labels fit in a column left of the bars, the tracks keep 140px.
    for (const { label, track, text } of labelBoxes(el)) {
      expect(label.right, text).to.be.at.most(track!.left);
      expect(track!.width, text).to.be.at.least(140);
    }
    // 240px: "Relative Strength" would take more than 40% of the width, so each label
    // stands on its own line above its bar, which spans the width.
    await resizeTo(el, '240px');
    for (const { label, track, text } of labelBoxes(el)) {
      expect(label.bottom, text).to.be.at.most(track!.top + 1);
      expect(label.left, text).to.be.closeTo(track!.left, 2);
    }
    const tracks = labelBoxes(el).map((b) => b.track!);
    expect(tracks[0].width).to.be.greaterThan(240 - 60);
    expect(textBoxProblems(el)).to.deep.equal([]);
    expect(textSizeProblems(el)).to.deep.equal([]);
  });

  it('keeps a narrow radar inside a 300px box with its labels whole', async () => {
    const el = await scores('000657-seed', { variant: 'radar' });
    await resizeTo(el, '300px');
    expect(drawingWidth(el)).to.equal(300);
    expect(textBoxProblems(el)).to.deep.equal([]);
    expect(textSizeProblems(el)).to.deep.equal([]);
    const words = labelBoxes(el).map((b) => b.text);
    expect(words).to.deep.equal([
      'Trend 100',
      'Momentum 100',
      'Dynamics 77',
      'Relative Strength 100',
      'Volume 58',
      'Risk Control 56',
    ]);
    // "Risk Control" broke over two lines beside the circle.
    const risk = [...el.shadowRoot!.querySelectorAll('g.score')][5].querySelectorAll('tspan');
    expect([...risk].map((t) => t.textContent)).to.deep.equal(['Risk', 'Control', '56']);
    const ring = el.shadowRoot!.querySelector('path.ring[data-value="100"]')!.getBoundingClientRect();
    expect(ring.width).to.be.lessThan(2 * RADAR_RADIUS);
  });
});

describe('<setup-scores> in German', () => {
  it('speaks German once the catalog is in; the report’s own score names stay as they are', async () => {
    await loadLanguage('de-DE');
    const el = await scores('000657-seed', { locale: 'de-DE' });
    el.requestUpdate();
    await settled(el);
    expect(chartName(el)).to.equal(
      'Setup-Scores für 000657: Trend 100, Momentum 100, Dynamics 77, Relative Strength 100, Volume 58, Risk Control 56.',
    );
    expect(fold(el.shadowRoot!.querySelector('[part="description"]')?.textContent)).to.equal(
      'Zeigen Sie auf einen Score oder fokussieren Sie ihn, um zu sehen, was er misst.',
    );
    await openTables(el);
    const head = [...el.shadowRoot!.querySelectorAll('thead th')].map((th) => th.textContent);
    expect(head).to.deep.equal(['Score', 'Wert', 'Beschreibung']);
    expect(fold(el.shadowRoot!.querySelector('caption')?.textContent)).to.equal('Setup-Scores für 000657 (0–100)');
  });
});
