import { describe, expect, it } from 'vitest';
import { cosine, dot, heaviest, idf, norm, sublinearTf, tfIdf, unit } from './tf-idf.ts';

describe('tf-idf', () => {
  it('makes term frequency sublinear, and scales vectors to unit length', () => {
    const tf = sublinearTf(new Map([['water', Math.E], ['treati', 1], ['none', 0]]));
    expect(tf.get('water')).toBeCloseTo(2);
    expect(tf.get('treati')).toBe(1);
    expect(tf.has('none')).toBe(false);
    expect(norm(unit(tf))).toBeCloseTo(1);
    expect(unit(new Map([['a', 0]])).get('a')).toBe(0);
  });

  it('gives rare terms more weight than common ones, and never zero or infinity', () => {
    expect(idf(1, 1000)).toBeGreaterThan(idf(500, 1000));
    expect(idf(1000, 1000)).toBeCloseTo(1);
    expect(Number.isFinite(idf(0, 0))).toBe(true);
  });

  it('multiplies tf by idf, treating an unknown term as unseen', () => {
    const vector = tfIdf(new Map([['a', 0.5], ['b', 0.5]]), new Map([['a', 2]]), 9);
    expect(vector.get('a')).toBe(1);
    expect(vector.get('b')).toBeCloseTo(0.5 * idf(0, 9));
  });

  it('keeps the heaviest terms, ties by term', () => {
    expect([...heaviest(new Map([['c', 1], ['a', 2], ['b', 1]]), 2).keys()]).toEqual(['a', 'b']);
  });

  it('computes cosine similarity: 1 for the same direction, 0 for nothing shared', () => {
    const a = new Map([['x', 1], ['y', 2]]);
    expect(cosine(a, new Map([['x', 2], ['y', 4]]))).toBeCloseTo(1);
    expect(cosine(a, new Map([['z', 1]]))).toBe(0);
    expect(cosine(a, new Map())).toBe(0);
    expect(dot(a, new Map([['y', 3]]))).toBe(6);
    expect(cosine(new Map([['x', 1], ['y', 1]]), new Map([['x', 1]]))).toBeCloseTo(Math.SQRT1_2);
  });
});
