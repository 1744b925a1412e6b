import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../bench/comment-corpus.ts';
import { calibratedThreshold, calibrationBounds, calibrationMinArticles, mixtureCut, otsuCut, recalibrationDue } from './calibration.ts';
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

  it('does not show the upper tail of widely spread chance overlaps: the cut sits where a value becomes likelier a story\'s than a one-off\'s', () => {
    // Log-scale best evidence like a hard archive's: one-offs spread wide (sd 0.9) around 0.09,
    // stories tight (sd 0.27) around 0.38, 30 % one-offs. Otsu's cut assumes equal spreads and
    // sits too low; the mixture's sits where the two generating densities cross.
    const random = mulberry32(7);
    const normal = (mean: number, sd: number) => mean + sd * Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    const [low, high] = [{ weight: 0.3, mean: Math.log(0.09), sd: 0.9 }, { weight: 0.7, mean: Math.log(0.38), sd: 0.27 }];
    const values = [...Array.from({ length: 600 }, () => normal(low.mean, low.sd)), ...Array.from({ length: 1400 }, () => normal(high.mean, high.sd))];
    const density = (x: number, g: typeof low) => (g.weight / g.sd) * Math.exp(-0.5 * ((x - g.mean) / g.sd) ** 2);
    const cut = mixtureCut(values);
    expect(cut).toBeGreaterThan(otsuCut(values));
    expect(Math.abs(Math.log(density(cut, high) / density(cut, low)))).toBeLessThan(0.5);
  });

  it('falls back to Otsu\'s cut on values that do not form two groups', () => {
    expect(mixtureCut([0.5, 0.5, 0.5])).toBe(otsuCut([0.5, 0.5, 0.5]));
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
