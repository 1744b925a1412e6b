// An index of name spellings and how many stories use each, answering "which known spellings
// is this one a variant of?" without comparing against every name: candidates come from the same
// transliteration key, or the same first letter and a length within two.
import { isNameVariant, transliterationKey } from './name-distance.ts';

export interface NameIndex {
  count(token: string): number;
  /** Known spellings `token` may be a misspelling of, used in at least `minCount` stories, most used first. */
  variantsOf(token: string, minCount: number): [string, number][];
  size(): number;
}

export interface ArchiveIndex extends NameIndex {
  /** Counts one more (or one fewer, with -1) story using this spelling. */
  add(token: string, delta: number): void;
  /** The same index with one story's own spellings left out: a story is not its own archive. */
  excluding(tokens: ReadonlySet<string>): NameIndex;
}

export function createNameIndex(initial: Iterable<[string, number]> = []): ArchiveIndex {
  const counts = new Map<string, number>();
  const byKey = new Map<string, Set<string>>();
  const byShape = new Map<string, Set<string>>();
  const pool = (map: Map<string, Set<string>>, key: string) => map.get(key) ?? map.set(key, new Set()).get(key)!;
  const index: ArchiveIndex = {
    count: (token) => counts.get(token) ?? 0,
    add(token, delta) {
      const next = (counts.get(token) ?? 0) + delta;
      if (next <= 0) {
        counts.delete(token);
        return;
      }
      if (!counts.has(token)) {
        pool(byKey, transliterationKey(token)).add(token);
        pool(byShape, `${token[0]!.toLowerCase()}${token.length}`).add(token);
      }
      counts.set(token, next);
    },
    variantsOf(token, minCount) {
      const first = token[0]!.toLowerCase();
      const candidates = new Set(byKey.get(transliterationKey(token)) ?? []);
      for (let length = token.length - 2; length <= token.length + 2; length++) for (const other of byShape.get(`${first}${length}`) ?? []) candidates.add(other);
      return [...candidates]
        .filter((other) => (counts.get(other) ?? 0) >= minCount && isNameVariant(token, other))
        .map((other): [string, number] => [other, counts.get(other)!])
        .sort((a, b) => b[1] - a[1]);
    },
    size: () => counts.size,
    excluding(tokens) {
      const count = (token: string) => index.count(token) - (tokens.has(token) && index.count(token) > 0 ? 1 : 0);
      return {
        count,
        variantsOf: (token, minCount) => index.variantsOf(token, minCount).map(([other]): [string, number] => [other, count(other)]).filter(([, n]) => n >= minCount),
        size: index.size,
      };
    },
  };
  for (const [token, n] of initial) index.add(token, n);
  return index;
}

/** Capitalised words of a story (possessives off), each once: what the archive counts. */
export function nameTokensOf(text: string): Set<string> {
  const tokens = new Set<string>();
  for (const match of text.matchAll(/(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}]*(?:['’-]\p{Lu}[\p{L}\p{M}]*)*/gu)) {
    const word = match[0].replace(/['’]s$/u, '');
    if (word.length >= 2 && /\p{Ll}/u.test(word)) tokens.add(word);
  }
  return tokens;
}
