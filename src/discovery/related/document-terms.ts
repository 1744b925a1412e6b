// What an article is about, as weighted term counts: headline and tags count three times a
// word, the standfirst and the people named twice, the body once. Tags also count whole
// ("#water treaty") and people by full name ("@amara osei"), so a shared tag or name outweighs
// a shared common word. Prefixes keep those apart from ordinary stems.
import type { Analyzer } from './analyzer.ts';

export interface RelatedSource {
  headline: string;
  standfirst: string;
  /** The body as plain text (markdown-text.ts). */
  bodyText: string;
  tags: string[];
  /** Byline authors' names. */
  people: string[];
}

export const fieldWeights = { headline: 3, tags: 3, standfirst: 2, people: 2, body: 1 } as const;

export function documentTerms(source: RelatedSource, analyzer: Analyzer): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (term: string, weight: number) => counts.set(term, (counts.get(term) ?? 0) + weight);
  for (const word of analyzer.words(source.headline)) add(word, fieldWeights.headline);
  for (const tag of source.tags) {
    add(`#${tag.trim().toLowerCase()}`, fieldWeights.tags);
    for (const word of analyzer.words(tag)) add(word, fieldWeights.tags);
  }
  for (const word of analyzer.words(source.standfirst)) add(word, fieldWeights.standfirst);
  for (const word of analyzer.words(source.bodyText)) add(word, fieldWeights.body);
  const people = [...source.people.map((name) => name.trim().toLowerCase()), ...analyzer.names(`${source.standfirst}\n${source.bodyText}`)];
  for (const name of people) if (name) add(`@${name}`, fieldWeights.people);
  return counts;
}
