import { describe, expect, it } from 'vitest';
import { displayOrder, planNeighbours, topScored, type Scored } from './top-lists.ts';

const list = (...scores: [number, number][]): Scored[] => scores.map(([id, score]) => ({ id, score, evidence: score }));
const scored = (...scores: [number, number][]) => new Map(list(...scores).map((entry) => [entry.id, entry]));

describe('topScored', () => {
  it('keeps the best, positive scores only, ties by id', () => {
    expect(topScored(list([3, 0.2], [1, 0.5], [2, 0.2], [4, 0]), 2)).toEqual(list([1, 0.5], [2, 0.2]));
  });
});

describe('planNeighbours', () => {
  it('adds the article to lists whose last entry it beats, and to lists not yet full', () => {
    const lists = new Map([[10, list([1, 0.9], [2, 0.3])], [11, list([1, 0.9], [2, 0.8])], [12, []]]);
    const plan = planNeighbours(99, scored([10, 0.5], [11, 0.4], [12, 0.1]), lists, 2);
    expect(plan.rewrite.get(10)).toEqual(list([1, 0.9], [99, 0.5]));
    expect(plan.rewrite.has(11)).toBe(false);
    expect(plan.rewrite.get(12)).toEqual(list([99, 0.1]));
    expect(plan.recompute).toEqual([]);
  });

  it('updates a listed article in place while it still beats the old last entry', () => {
    const plan = planNeighbours(99, scored([10, 0.6]), new Map([[10, list([99, 0.9], [2, 0.5])]]), 2);
    expect(plan.rewrite.get(10)).toEqual(list([99, 0.6], [2, 0.5]));
  });

  it('recomputes a full list the article fell in or left, since an unknown article may now beat it', () => {
    const lists = new Map([[10, list([99, 0.9], [2, 0.5])], [11, list([2, 0.7], [99, 0.6])]]);
    const plan = planNeighbours(99, scored([10, 0.2]), lists, 2);
    expect(plan.recompute.sort()).toEqual([10, 11]);
  });

  it('on removal drops the article from lists not full, and recomputes full ones', () => {
    const lists = new Map([[10, list([99, 0.9])], [11, list([99, 0.6], [2, 0.5])]]);
    const plan = planNeighbours(99, new Map(), lists, 2);
    expect(plan.rewrite.get(10)).toEqual([]);
    expect(plan.recompute).toEqual([11]);
  });
});

describe('displayOrder', () => {
  it('puts pins first in their order, cuts at the evidence threshold, and never shows exclusions', () => {
    const stored = list([1, 0.8], [2, 0.5], [3, 0.4], [4, 0.05]);
    const pins = [
      { relatedId: 7, kind: 'pin' as const, position: 1 },
      { relatedId: 3, kind: 'pin' as const, position: 0 },
      { relatedId: 2, kind: 'exclude' as const, position: 0 },
    ];
    expect(displayOrder(stored, pins, 0.1)).toEqual([3, 7, 1]);
  });

  it('decides showing by evidence, not by score: a close match on shared settings only stays out', () => {
    const stored: Scored[] = [{ id: 1, score: 0.9, evidence: 0.05 }, { id: 2, score: 0.3, evidence: 0.4 }];
    expect(displayOrder(stored, [], 0.15)).toEqual([2]);
  });
});
