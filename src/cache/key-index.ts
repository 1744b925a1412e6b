// Which cached entries were built from which page keys (web/page-keys.ts), so a purge of a key
// finds exactly the entries to drop. Shared by the page cache and the fragment memo.
export interface KeyIndex {
  /** Records that the entry `name` was built from these keys. */
  add(name: string, keys: Iterable<string>): void;
  /** Forgets the entry `name` under these keys (the ones it was added with). */
  delete(name: string, keys: Iterable<string>): void;
  /** The entries built from `key`, as a copy: safe to remove them while going through it. */
  named(key: string): string[];
  clear(): void;
}

export function createKeyIndex(): KeyIndex {
  const byKey = new Map<string, Set<string>>();
  return {
    add(name, keys) {
      for (const key of keys) {
        let names = byKey.get(key);
        if (!names) byKey.set(key, (names = new Set()));
        names.add(name);
      }
    },
    delete(name, keys) {
      for (const key of keys) {
        const names = byKey.get(key);
        names?.delete(name);
        if (names?.size === 0) byKey.delete(key);
      }
    },
    named: (key) => [...(byKey.get(key) ?? [])],
    clear: () => byKey.clear(),
  };
}
