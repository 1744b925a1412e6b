// Rendered regions of public pages kept between renders (the comment thread of an article, the
// site header and footer), so a page the page cache does not hold (off, evicted, purged, a
// reader's own) is put together from strings instead of queries and Preact. Each entry records
// the page keys it was built from (web/page-keys.ts) and is dropped by the same purges that drop
// pages (web/cache-invalidation.ts, here and from every other instance), and after the same ten
// minutes. A region whose inputs were read before a purge is never stored after it: `remember`
// and `keep` refuse a value built across any purge, so no stale fragment outlives the change.
import type { Clock } from '../clock.ts';
import { createKeyIndex } from './key-index.ts';

export interface FragmentMemoOptions {
  clock: Clock;
  /** Budget in bytes (the length of the strings kept, roughly); 0 turns the memo off. */
  maxBytes?: number;
  ttlMs?: number;
}

interface Entry {
  value: unknown;
  keys: string[];
  bytes: number;
  storedAt: number;
}

export type FragmentMemo = ReturnType<typeof createFragmentMemo>;

const entryOverhead = 256;

export function createFragmentMemo({ clock, maxBytes = 16 * 1024 * 1024, ttlMs = 10 * 60_000 }: FragmentMemoOptions) {
  const entries = new Map<string, Entry>();
  const byKey = createKeyIndex();
  let bytes = 0;
  // Counts purges: a region built while one happened may hold what the purge made stale.
  let generation = 0;
  let hits = 0;
  let misses = 0;

  function remove(name: string): void {
    const entry = entries.get(name);
    if (!entry) return;
    entries.delete(name);
    bytes -= entry.bytes;
    byKey.delete(name, entry.keys);
  }

  function store(name: string, value: unknown, keys: string[], size: number): void {
    const entry: Entry = { value, keys: [...new Set(keys)], bytes: size + entryOverhead, storedAt: clock.now().getTime() };
    if (maxBytes <= 0 || entry.bytes > maxBytes / 4) return;
    remove(name);
    entries.set(name, entry);
    bytes += entry.bytes;
    byKey.add(name, entry.keys);
    while (bytes > maxBytes && entries.size > 0) remove(entries.keys().next().value!);
  }

  return {
    enabled: maxBytes > 0,

    /** The region kept under `name`, if any and not older than the time to live. */
    get<T>(name: string): T | undefined {
      const entry = entries.get(name);
      if (!entry || clock.now().getTime() - entry.storedAt > ttlMs) {
        if (entry) remove(name);
        misses++;
        return undefined;
      }
      entries.delete(name);
      entries.set(name, entry); // most recently used last
      hits++;
      return entry.value as T;
    },

    /**
     * The value under `name`, or `build()`'s when none is kept; what build returns is kept
     * (built from `keys(value)`, about `size(value)` bytes) unless a purge happened while it
     * ran. `build` returning undefined keeps nothing. Kept values are shared: never change one.
     */
    async remember<T>(name: string, keys: (value: T) => string[], build: () => Promise<T | undefined>, size: (value: T) => number): Promise<T | undefined> {
      const kept = this.get<T>(name);
      if (kept !== undefined) return kept;
      const ticket = generation;
      const value = await build();
      if (value !== undefined && ticket === generation) store(name, value, keys(value), size(value));
      return value;
    },

    /** A ticket taken before reading a region's data; `keep` with it stores nothing if a purge came since. */
    ticket: (): number => generation,

    /** Keeps a region built from data read after `ticket` was taken, unless a purge came since. */
    keep(name: string, keys: string[], value: unknown, size: number, ticket: number): void {
      if (ticket === generation) store(name, value, keys, size);
    },

    /** Drops every region built from any of these keys ('*': all). */
    purge(keys: Iterable<string>): void {
      generation++;
      for (const key of keys) {
        if (key === '*') {
          entries.clear();
          byKey.clear();
          bytes = 0;
          return;
        }
        for (const name of byKey.named(key)) remove(name);
      }
    },

    stats: () => ({ entries: entries.size, bytes, hits, misses }),
  };
}
