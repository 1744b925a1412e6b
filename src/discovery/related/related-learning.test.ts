import { describe, expect, it } from 'vitest';
import { maximumFactor, minimumFactor, termFactor } from './related-learning.ts';

describe('what pins and exclusions teach a term', () => {
  it('halves a term per exclusion, down to a quarter', () => {
    expect(termFactor({ exclusions: 1, pins: 0 })).toBe(0.5);
    expect(termFactor({ exclusions: 2, pins: 0 })).toBe(0.25);
    expect(termFactor({ exclusions: 9, pins: 0 })).toBe(minimumFactor);
  });

  it('raises a term by half per pin, up to twice', () => {
    expect(termFactor({ exclusions: 0, pins: 0 })).toBe(1);
    expect(termFactor({ exclusions: 0, pins: 1 })).toBe(1.5);
    expect(termFactor({ exclusions: 0, pins: 5 })).toBe(maximumFactor);
  });

  it('weighs a term both pinned and excluded by both', () => {
    expect(termFactor({ exclusions: 1, pins: 1 })).toBe(0.75);
    expect(termFactor({ exclusions: 3, pins: 3 })).toBe(minimumFactor * maximumFactor);
  });
});
