import { describe, expect, it } from 'vitest';
import { calibratedThreshold, calibrationBounds, calibrationMinArticles, otsuCut, recalibrationDue } from './calibration.ts';
import { evidenceThreshold } from './scoring.ts';

const repeat = (value: number, times: number) => Array.from({ length: times }, (_, i) => value * (1 + (i % 5) / 50));

describe('calibration', () => {
  it('cuts between two groups of values', () => {
    const cut = otsuCut([...repeat(1, 40), ...repeat(10, 60)]);
    expect(cut).toBeGreaterThan(1.1);
    expect(cut).toBeLessThan(10);
  });

  it('does not show chance overlaps on a site whose one-offs sit closer to its stories: the threshold follows the site', () => {
    const stories = repeat(0.45, 300);
    const farOneOffs = [...stories, ...repeat(0.02, 100)];
    const closeOneOffs = [...stories, ...repeat(0.1, 100)];
    expect(calibratedThreshold(closeOneOffs)).toBeGreaterThan(calibratedThreshold(farOneOffs));
    expect(calibratedThreshold(closeOneOffs)).toBeGreaterThan(0.1);
    expect(calibratedThreshold(closeOneOffs)).toBeLessThan(0.45);
  });

  it('keeps within bounds, and uses the default until there are enough articles', () => {
    expect(calibratedThreshold(repeat(0.001, 200))).toBe(calibrationBounds.min);
    expect(calibratedThreshold(repeat(0.9, 200))).toBeLessThanOrEqual(calibrationBounds.max);
    expect(calibratedThreshold(repeat(0.5, calibrationMinArticles - 1))).toBe(evidenceThreshold);
  });

  it('is computed again once the site has grown or shrunk by a twentieth', () => {
    expect(recalibrationDue(undefined, calibrationMinArticles - 1)).toBe(false);
    expect(recalibrationDue(undefined, calibrationMinArticles)).toBe(true);
    expect(recalibrationDue(1000, 1040)).toBe(false);
    expect(recalibrationDue(1000, 1050)).toBe(true);
    expect(recalibrationDue(1000, 950)).toBe(true);
  });
});
