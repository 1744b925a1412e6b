// Builds the lookups the checks read from what the service (or the bench) gathered: the
// dictionary, the site's word list, tags and names, the people registry and the archive's
// counts of each name spelling, and the states of the article's link targets.
import type { CopyLookups, LinkState } from './copy.ts';
import { createNameIndex, type NameIndex } from './name-index.ts';
import type { Speller } from './speller.ts';

export interface LookupSources {
  speller: Speller;
  now: Date;
  timeZone: string;
  /** The site's own word list (settings), tag names and every writer's name. */
  siteWords: Iterable<string>;
  registryNames: Iterable<string>;
  archive: NameIndex;
  links: ReadonlyMap<string, LinkState>;
}

const lowerFirst = (word: string) => word.charAt(0).toLowerCase() + word.slice(1);

export function createLookups(sources: LookupSources): CopyLookups {
  const site = new Set<string>();
  for (const entry of sources.siteWords) for (const word of entry.split(/[\s,;:()"“”]+/u)) if (word) site.add(word.replace(/['’]s$/u, ''));
  const people = [...sources.registryNames];
  const registry = new Map<string, number>();
  for (const name of people) for (const token of name.split(/\s+/)) if (token.length >= 2) registry.set(token, 1);
  const cache = new Map<string, boolean>();
  const inDictionary = (word: string) => {
    let known = cache.get(word);
    if (known === undefined) cache.set(word, (known = sources.speller.correct(word)));
    return known;
  };
  const knownHere = (word: string) => site.has(word) || registry.has(word) || sources.archive.count(word) >= 2 || (/^\p{Lu}\p{Ll}/u.test(word) && site.has(lowerFirst(word)));
  return {
    now: sources.now,
    timeZone: sources.timeZone,
    inDictionary,
    isWord: (word) => knownHere(word) || inDictionary(word),
    suggest: (word) => sources.speller.suggest(word),
    registryPeople: people,
    registry: createNameIndex(registry),
    archive: sources.archive,
    links: sources.links,
  };
}

export { createNameIndex };
