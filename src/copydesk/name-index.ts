// An index of name spellings and how many stories use each, answering "which known spellings
// is this one a variant of?" without comparing against every name: candidates come from the same
// transliteration key, or the same first letter and a length within two.
import { isNameVariant, transliterationKey } from './name-distance.ts';

export interface NameIndex {
  count(token: string): number;
  /** Known spellings `token` may be a misspelling of, most used first. */
  variantsOf(token: string, minCount: number): [string, number][];
  size(): number;
}

export function createNameIndex(counts: ReadonlyMap<string, number>): NameIndex {
  const byKey = new Map<string, string[]>();
  const byShape = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, key: string, token: string) => map.set(key, [...(map.get(key) ?? []), token]);
  for (const token of counts.keys()) {
    add(byKey, transliterationKey(token), token);
    add(byShape, `${token[0]!.toLowerCase()}${token.length}`, token);
  }
  return {
    count: (token) => counts.get(token) ?? 0,
    variantsOf(token, minCount) {
      const first = token[0]!.toLowerCase();
      const pool = new Set(byKey.get(transliterationKey(token)) ?? []);
      for (let length = token.length - 2; length <= token.length + 2; length++) for (const other of byShape.get(`${first}${length}`) ?? []) pool.add(other);
      return [...pool]
        .filter((other) => (counts.get(other) ?? 0) >= minCount && isNameVariant(token, other))
        .map((other): [string, number] => [other, counts.get(other)!])
        .sort((a, b) => b[1] - a[1]);
    },
    size: () => counts.size,
  };
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
