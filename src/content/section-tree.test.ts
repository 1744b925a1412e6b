import { describe, expect, it } from 'vitest';
import { childrenOf, sectionTrail, subtreeHeight, subtreeIds, treeOrder } from './section-tree.ts';

const s = (id: number, slug: string, parentId: number | null, position = id) => ({ id, slug, parentId, position });
const sections = [s(1, 'world', null, 1), s(2, 'europe', 1, 1), s(3, 'asia', 1, 0), s(4, 'uk', 2), s(5, 'sport', null, 0)];

describe('section tree', () => {
  it('gives a trail from the top down, and nothing for an unknown id', () => {
    expect(sectionTrail(sections, 4).map((x) => x.slug)).toEqual(['world', 'europe', 'uk']);
    expect(sectionTrail(sections, 5).map((x) => x.slug)).toEqual(['sport']);
    expect(sectionTrail(sections, 99)).toEqual([]);
  });

  it('collects a subtree at any depth', () => {
    expect(subtreeIds(sections, 1).sort()).toEqual([1, 2, 3, 4]);
    expect(subtreeIds(sections, 4)).toEqual([4]);
    expect(subtreeHeight(sections, 1)).toBe(3);
    expect(subtreeHeight(sections, 4)).toBe(1);
  });

  it('orders the tree depth-first by position, children under their parent', () => {
    expect(treeOrder(sections).map(({ section, depth }) => `${depth}:${section.slug}`)).toEqual(['0:sport', '0:world', '1:asia', '1:europe', '2:uk']);
    expect(childrenOf(sections, 1).map((x) => x.slug)).toEqual(['asia', 'europe']);
  });

  it('does not loop on a cycle that older data might hold, and shows orphans at the top', () => {
    const looped = [s(1, 'a', 2), s(2, 'b', 1), s(3, 'c', 42)];
    expect(sectionTrail(looped, 1).map((x) => x.slug)).toEqual(['b', 'a']);
    expect(subtreeIds(looped, 1).sort()).toEqual([1, 2]);
    expect(childrenOf(looped, null).map((x) => x.slug)).toEqual(['c']);
  });
});
