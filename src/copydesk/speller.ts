// The Hunspell dictionaries behind the spelling and glued-word checks, through nspell: British
// English for en-GB and its neighbours, American for en-US, both for plain "en" (a word either
// knows is a word). Loading takes about half a second, so each is loaded once per process.
// nspell itself loads with the first dictionary, not at start.
import type nspell from 'nspell';

export interface Speller {
  correct(word: string): boolean;
  suggest(word: string): string[];
}

const loaded = new Map<string, Promise<ReturnType<typeof nspell>>>();

function load(name: 'en' | 'en-gb'): Promise<ReturnType<typeof nspell>> {
  if (!loaded.has(name)) {
    const module = name === 'en' ? import('dictionary-en') : import('dictionary-en-gb');
    // The packages give Uint8Arrays (they are Buffers); nspell's types ask for Buffers.
    loaded.set(name, Promise.all([import('nspell'), module]).then(([{ default: make }, m]) => make({ aff: Buffer.from(m.default.aff), dic: Buffer.from(m.default.dic) })));
  }
  return loaded.get(name)!;
}

const american = new Set(['en-us', 'en-ph', 'en-pr']);

export async function spellerFor(language: string): Promise<Speller> {
  const tag = language.toLowerCase();
  const names: ('en' | 'en-gb')[] = tag === 'en' || !tag.startsWith('en') ? ['en-gb', 'en'] : american.has(tag) ? ['en'] : ['en-gb'];
  const spellers = await Promise.all(names.map(load));
  const folded = (word: string) => word.normalize('NFC');
  return {
    correct: (word) => spellers.some((s) => s.correct(folded(word)) || s.correct(word.normalize('NFD'))),
    suggest: (word) => spellers[0]!.suggest(folded(word)),
  };
}
