import { describe, expect, it } from 'vitest';
import { nearDuplicateCosine, nearDuplicatePenalty, recencyFactor, recencyHalfLifeDays, recencyWeight, relatedEvidence, relatedScore } from './scoring.ts';

const day = 86_400_000;

describe('scoring', () => {
  it('prefers stories published close together, mildly and symmetrically', () => {
    expect(recencyFactor(0)).toBe(1);
    expect(recencyFactor(recencyHalfLifeDays * day)).toBeCloseTo(1 - recencyWeight / 2);
    expect(recencyFactor(-30 * day)).toBe(recencyFactor(30 * day));
    expect(recencyFactor(100 * 365 * day)).toBeGreaterThanOrEqual(1 - recencyWeight);
  });

  it('penalises near-duplicates heavily', () => {
    expect(nearDuplicatePenalty(nearDuplicateCosine)).toBe(1);
    expect(nearDuplicatePenalty(0.95)).toBeLessThan(0.1);
    expect(relatedScore(0.97, 0)).toBeLessThan(relatedScore(0.4, 365 * day));
  });

  it('ranks a closer match above a more recent weaker one', () => {
    expect(relatedScore(0.6, 400 * day)).toBeGreaterThan(relatedScore(0.4, 0));
  });

  it('puts the same story above any similarity, with full evidence', () => {
    expect(relatedScore(0.05, 300 * day, true)).toBeGreaterThan(relatedScore(0.89, 0));
    expect(relatedEvidence(0, 0.05, true)).toBe(1);
    expect(relatedEvidence(0.3, 0.5)).toBeCloseTo(0.3);
    expect(relatedEvidence(0.95, 0.95)).toBeLessThan(0.1);
  });
});
