import { describe, expect, test } from 'vitest';
import { VOLUME_LONG_WEEKS, VOLUME_SHORT_WEEKS, volumeAverage, volumeRatio } from '../../src/metrics/volume.js';

describe('volumeAverage(volume, index, n)', () => {
  test('averages the n weeks ending at the week, the latest included (worked by hand)', () => {
    const volume = Float64Array.of(10, 20, 30, 40);
    expect(volumeAverage(volume, 3, 2)).toBe(35);
    expect(volumeAverage(volume, 3, 4)).toBe(25);
    expect([VOLUME_SHORT_WEEKS, VOLUME_LONG_WEEKS]).toEqual([13, 52]);
  });

  test('13 and 52 weeks on a ramp 1..60: the means of 48..60 and 9..60', () => {
    const volume = Float64Array.from({ length: 60 }, (_, i) => i + 1);
    expect(volumeAverage(volume, 59, 13)).toBe(54);
    expect(volumeAverage(volume, 59, 52)).toBe(34.5);
  });

  test('is NaN with fewer than n weeks, or with an unknown (NaN) volume in the window; a zero volume counts', () => {
    expect(volumeAverage(Float64Array.of(1, 2), 1, 13)).toBeNaN();
    expect(volumeAverage(Float64Array.of(1, NaN, 3), 2, 3)).toBeNaN();
    expect(volumeAverage(Float64Array.of(1, NaN, 3), 2, 1)).toBe(3);
    expect(volumeAverage(Float64Array.of(0, 0, 3), 2, 3)).toBe(1);
  });
});

describe('volumeRatio(latest, average)', () => {
  test('latest / average: the seed’s 571.0M against 413.6M is 1.4x', () => {
    expect(volumeRatio(571.0e6, 413.6e6)).toBeCloseTo(1.38, 2);
  });

  test('is NaN when the latest volume is unknown or the average is missing or 0', () => {
    expect(volumeRatio(NaN, 5)).toBeNaN();
    expect(volumeRatio(5, NaN)).toBeNaN();
    expect(volumeRatio(5, 0)).toBeNaN();
  });
});
