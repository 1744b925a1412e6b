// What the copy desk reads (the article as the writer has it now) and what it is given to read
// it with: facts gathered once by the service from the archive, the people registry, the tags,
// the site's word list and its settings. Checks get both and do no I/O of their own.
import type { CheckKind, FindingInput } from './finding.ts';
import type { NameIndex } from './name-index.ts';

export interface CopyInput {
  headline: string;
  standfirst: string;
  bodyMarkdown: string;
  seoTitle: string;
  seoDescription: string;
  /** Names of the byline's people, as their profiles spell them. */
  authorNames: string[];
  featuredImage: { url: string; alt: string } | null;
  /** When the story will first appear, if that is still ahead (scheduled). */
  appearsAt: Date | null;
  /** Articles pinned as related: what the "See also" box will link to. */
  pinned: { headline: string; published: boolean }[];
}

export type LinkState = 'published' | 'unpublished' | 'scheduled' | 'missing';

export interface CopyLookups {
  now: Date;
  timeZone: string;
  /** Whether the Hunspell dictionary knows this word as written (a lowercase entry also allows a capital). */
  inDictionary(word: string): boolean;
  /** The dictionary, or the site's own words: its custom word list, tags and names. */
  isWord(word: string): boolean;
  /** A few dictionary suggestions for an unknown word (slow: ask sparingly). */
  suggest(word: string): string[];
  /** Every writer's name, as their profile spells it. */
  registryPeople: readonly string[];
  /** The tokens of those names. */
  registry: NameIndex;
  /** Name tokens of the other published stories, counted by story. */
  archive: NameIndex;
  /** State of each internal link target, by path as written. */
  links: ReadonlyMap<string, LinkState>;
}

export interface CopyCheck {
  id: string;
  kind: CheckKind;
  /** Shown in settings, where each check can be turned off. */
  label: string;
  run(input: CopyInput, lookups: CopyLookups): FindingInput[];
}
