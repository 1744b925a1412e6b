// When two spellings are one name spelt two ways: a letter dropped, added, swapped or changed
// (optimal-string-alignment distance), or the same name through another transliteration
// ("Antony"/"Anthony", "Renée"/"Renee", "Orlov"/"Orloff"). Plurals, possessives and demonyms
// ("German"/"Germany") are not variants; neither are two different dictionary names ("Iran"/"Iraq").
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

const foldings: [RegExp, string][] = [
  [/ph/g, 'f'], [/([bdgkpt])h/g, '$1'], [/ck/g, 'k'], [/c(?=[aoukrl])/g, 'k'], [/q/g, 'k'], [/x/g, 'ks'], [/sch/g, 'sh'], [/tch/g, 'ch'],
  [/(ou|oo)/g, 'u'], [/(ee|ie|ei|ey|y)/g, 'i'], [/w/g, 'v'], [/z/g, 's'], [/j/g, 'i'], [/ff$/g, 'v'], [/(.)\1+/g, '$1'],
];

/** A spelling with diacritics, doubled letters and common transliteration differences folded away. */
export function transliterationKey(word: string): string {
  let key = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  for (const [pattern, replacement] of foldings) key = key.replace(pattern, replacement);
  return key;
}

const suffixes = ['s', 'es', "'s", '’s', 'y', 'n', 'an', 'ian', 'ese', 'ish', 'i', 'ns', 'ans'];

/** "German"/"Germany", "Swede"/"Swedes": one is the other with an ending. */
function sameStem(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.startsWith(short) && suffixes.includes(long.slice(short.length))) return true;
  // Demonyms that replace a final vowel: "Qadira"/"Qadiri", "Valmora"/"Valmoran".
  const root = short.replace(/[aeiouy]$/, '');
  if (long.length === short.length) return short.endsWith('a') && long === `${root}i`;
  return root !== short && long.startsWith(root) && suffixes.includes(long.slice(root.length)) && long.length - root.length <= 3;
}

export interface VariantOptions {
  /** Both spellings are names the dictionary knows: only a transliteration makes them one. */
  bothInDictionary?: boolean;
  /** Part of a person's full name, where an ending cannot be a plural or a demonym. */
  inFullName?: boolean;
}

/** Whether `a` and `b` look like one name spelt two ways. */
export function isNameVariant(a: string, b: string, options: VariantOptions = {}): boolean {
  if (a === b || a.length < 4 || b.length < 4 || (!options.inFullName && sameStem(a, b))) return false;
  const sameKey = transliterationKey(a) === transliterationKey(b);
  if (options.bothInDictionary) return sameKey;
  if (sameKey) return true;
  if (a[0]!.toLowerCase() !== b[0]!.toLowerCase() || Math.abs(a.length - b.length) > 2) return false;
  const distance = editDistance(a.toLowerCase(), b.toLowerCase());
  return distance === 1 || (distance === 2 && Math.min(a.length, b.length) >= 8);
}
