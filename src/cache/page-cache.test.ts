import { describe, expect, it } from 'vitest';
import { fixedClock } from '../clock.ts';
import { assemble, createPageCache, formTokenPlaceholder } from './page-cache.ts';

describe('page cache', () => {
  it('stores, serves and expires pages', () => {
    const clock = fixedClock(new Date('2026-11-28T12:00:00Z'));
    const cache = createPageCache({ clock, ttlMs: 1000 });
    cache.set('/a', Buffer.from('<p>a</p>'), {});
    expect(cache.get('/a')?.parts[0]?.toString()).toBe('<p>a</p>');
    clock.advance(1001);
    expect(cache.get('/a')).toBeUndefined();
  });

  it('keeps a gap for the comment form token and fills it on every serve', () => {
    const cache = createPageCache({ clock: fixedClock(new Date()) });
    const entry = cache.set('/story', Buffer.from(`<input value="${formTokenPlaceholder(7)}">`), {});
    expect(entry.tokenArticleId).toBe(7);
    expect(assemble(entry, 'fresh.token').toString()).toBe('<input value="fresh.token">');
  });

  it('drops the least recently used page beyond its size', () => {
    const cache = createPageCache({ clock: fixedClock(new Date()), maxEntries: 2 });
    cache.set('/1', Buffer.from('1'), {});
    cache.set('/2', Buffer.from('2'), {});
    cache.get('/1');
    cache.set('/3', Buffer.from('3'), {});
    expect(cache.get('/2')).toBeUndefined();
    expect(cache.get('/1')).toBeDefined();
  });
});
