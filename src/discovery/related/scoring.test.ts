import { describe, expect, it } from 'vitest';
import { entityAgreementFloor, entityDisagreementFactor, evidenceHalfLifeDays, evidenceThreshold, evidenceTimeFactor, evidenceTimeFloor, nearDuplicateCosine, nearDuplicatePenalty, recencyFactor, recencyHalfLifeDays, recencyWeight, relatedEvidence, relatedScore } from './scoring.ts';

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

  it('tells near-duplicates by the texts alone, not by what pins taught', () => {
    // A pin's lesson can lift a pair's cosine over the near-duplicate line; its texts are no closer.
    expect(relatedScore(0.95, 0, false, 0.7)).toBeCloseTo(0.95);
    expect(relatedScore(0.95, 0, false, 0.95)).toBeLessThan(0.1);
    expect(relatedEvidence(0.6, 0.7, 0)).toBeCloseTo(0.6);
  });

  it('ranks a closer match above a more recent weaker one', () => {
    expect(relatedScore(0.6, 400 * day)).toBeGreaterThan(relatedScore(0.4, 0));
  });

  it('puts the same story above any similarity, with full evidence', () => {
    expect(relatedScore(0.05, 300 * day, true)).toBeGreaterThan(relatedScore(0.89, 0));
    expect(relatedEvidence(0, 0.05, 900 * day, true)).toBe(1);
    expect(relatedEvidence(0.3, 0.5, 0)).toBeCloseTo(0.3);
    expect(relatedEvidence(0.95, 0.95, 0)).toBeLessThan(0.1);
  });

  it('does not show a one-particular match from far away in time: evidence fades with time apart, symmetrically, to a floor', () => {
    expect(evidenceTimeFactor(0)).toBe(1);
    expect(evidenceTimeFactor(evidenceHalfLifeDays * day)).toBeCloseTo(0.5);
    expect(evidenceTimeFactor(-40 * day)).toBe(evidenceTimeFactor(40 * day));
    expect(evidenceTimeFactor(10 * 365 * day)).toBe(evidenceTimeFloor);
    // The same shared particulars: shown a week apart, not two years apart.
    expect(relatedEvidence(0.25, 0.5, 7 * day)).toBeGreaterThanOrEqual(evidenceThreshold);
    expect(relatedEvidence(0.25, 0.5, 730 * day)).toBeLessThan(evidenceThreshold);
    // A match strong enough still shows at any distance.
    expect(relatedEvidence(0.7, 0.8, 730 * day)).toBeGreaterThanOrEqual(evidenceThreshold);
  });

  it('does not link two stories that share a phrase but not their people, names or tags: disagreeing entities halve the evidence', () => {
    expect(relatedEvidence(0.25, 0.5, 0, false, entityAgreementFloor)).toBeCloseTo(0.25);
    expect(relatedEvidence(0.25, 0.5, 0, false, entityAgreementFloor - 0.01)).toBeCloseTo(0.25 * entityDisagreementFactor);
    expect(relatedEvidence(0.25, 0.5, 0, false, 0.1)).toBeLessThan(evidenceThreshold);
    expect(relatedEvidence(0.6, 0.7, 0, false, 0)).toBeGreaterThanOrEqual(evidenceThreshold);
    expect(relatedEvidence(0, 0.1, 0, true, 0)).toBe(1);
  });
});
