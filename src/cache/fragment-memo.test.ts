import { describe, expect, it } from 'vitest';
import { fixedClock } from '../clock.ts';
import { createFragmentMemo } from './fragment-memo.ts';

const clock = () => fixedClock(new Date('2026-11-28T12:00:00Z'));
const size = (value: string) => value.length;

describe('fragment memo', () => {
  it('builds once, then answers from memory until a key it was built from is purged', async () => {
    const memo = createFragmentMemo({ clock: clock() });
    let builds = 0;
    const build = async () => `thread ${++builds}`;
    expect(await memo.remember('thread:1', () => ['c:1', 'a:1'], build, size)).toBe('thread 1');
    expect(await memo.remember('thread:1', () => ['c:1', 'a:1'], build, size)).toBe('thread 1');
    memo.purge(['c:2', 'a:2']);
    expect(await memo.remember('thread:1', () => ['c:1', 'a:1'], build, size)).toBe('thread 1');
    memo.purge(['a:1']);
    expect(await memo.remember('thread:1', () => ['c:1', 'a:1'], build, size)).toBe('thread 2');
    memo.purge(['*']);
    expect(memo.get('thread:1')).toBeUndefined();
  });

  it('never keeps a region built while a purge happened: its data may be from before the change', async () => {
    const memo = createFragmentMemo({ clock: clock() });
    let release!: () => void;
    const slow = memo.remember('thread:1', () => ['c:1'], () => new Promise<string>((resolve) => (release = () => resolve('read before the change'))), size);
    memo.purge(['c:9']); // any purge, even of another key
    release();
    expect(await slow).toBe('read before the change');
    expect(memo.get('thread:1')).toBeUndefined();
    const ticket = memo.ticket();
    memo.purge(['nav']);
    memo.keep('story:1', ['a:1'], 'story', 5, ticket);
    expect(memo.get('story:1')).toBeUndefined();
    memo.keep('story:1', ['a:1'], 'story', 5, memo.ticket());
    expect(memo.get('story:1')).toBe('story');
  });

  it('keeps nothing undefined, forgets after its time to live, and stays within its budget (least recently used out first)', async () => {
    const c = clock();
    const memo = createFragmentMemo({ clock: c, ttlMs: 1000, maxBytes: 4 * (1000 + 256) });
    expect(await memo.remember('none', () => [], async () => undefined, () => 0)).toBeUndefined();
    expect(memo.stats().entries).toBe(0);
    memo.keep('old', ['a:1'], 'x', 10, memo.ticket());
    c.advance(1001);
    expect(memo.get('old')).toBeUndefined();
    for (const name of ['a', 'b', 'c', 'd']) memo.keep(name, [`a:${name}`], name, 1000, memo.ticket());
    expect(memo.get('a')).toBe('a'); // now the most recently used
    memo.keep('e', ['a:e'], 'e', 1000, memo.ticket());
    expect(memo.get('b')).toBeUndefined();
    expect(['a', 'c', 'd', 'e'].map((name) => memo.get(name))).toEqual(['a', 'c', 'd', 'e']);
    const off = createFragmentMemo({ clock: c, maxBytes: 0 });
    off.keep('a', [], 'a', 1, off.ticket());
    expect(off.get('a')).toBeUndefined();
  });
});
