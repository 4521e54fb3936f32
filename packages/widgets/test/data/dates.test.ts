import { expect } from '@open-wc/testing';
import { parseIsoDate, resolveWeekLabel } from '../../src/data/dates.js';

describe('week dates', () => {
  it('gives "27 Feb" the year of latest_week', () => {
    expect(resolveWeekLabel('27 Feb', '2026-06-12')).to.equal('2026-02-27');
    expect(resolveWeekLabel('12 Jun', '2026-06-12')).to.equal('2026-06-12');
  });

  it('puts weeks after latest_week in the year before, across a new year', () => {
    const weeks = ['18 Dec', '25 Dec', '1 Jan', '8 Jan'].map((w) => resolveWeekLabel(w, '2027-01-08'));
    expect(weeks).to.deep.equal(['2026-12-18', '2026-12-25', '2027-01-01', '2027-01-08']);
  });

  it('reads "Feb 27" too, and refuses nonsense', () => {
    expect(resolveWeekLabel('Feb 27', '2026-06-12')).to.equal('2026-02-27');
    expect(resolveWeekLabel('31 Feb', '2026-06-12')).to.equal(undefined);
    expect(resolveWeekLabel('soon', '2026-06-12')).to.equal(undefined);
    expect(resolveWeekLabel('27 Feb', undefined)).to.equal(undefined);
  });

  it('parseIsoDate accepts real calendar dates only', () => {
    expect(parseIsoDate('2026-06-12')).to.equal('2026-06-12');
    expect(parseIsoDate('2026-02-30')).to.equal(undefined);
    expect(parseIsoDate('12/06/2026')).to.equal(undefined);
    expect(parseIsoDate('2026-06-12T23:59:59Z')).to.equal('2026-06-12');
  });

  it('knows leap years', () => {
    expect(['2024-02-29', '2000-02-29', '2023-02-29', '1900-02-29', '2026-04-31'].map(parseIsoDate)).to.deep.equal([
      '2024-02-29',
      '2000-02-29',
      undefined,
      undefined,
      undefined,
    ]);
    expect(resolveWeekLabel('29 Feb', '2024-06-01')).to.equal('2024-02-29');
    expect(resolveWeekLabel('29 Feb', '2025-06-01')).to.equal(undefined);
    expect(resolveWeekLabel('31 Dec', '2027-01-08')).to.equal('2026-12-31');
  });
});
