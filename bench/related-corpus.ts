// A labelled corpus for measuring related articles: forty clusters of eight articles on one
// story each, and forty one-off distractors, written from templates and the vocabularies in
// related-corpus-data.ts. Clusters in a domain share its words and tags; every article shares
// reporters, filler sentences and general copy drawn from one Zipf-distributed lexicon (common
// news words, then made-up words), so similarity must come from what a story is about.
import { clusters, commonWords, distractors, domains, fillerSentences, headlines, reporters, storySentences } from './related-corpus-data.ts';

export interface CorpusArticle {
  /** Index in `clusters`, or -1 for a distractor. */
  cluster: number;
  section: string;
  headline: string;
  standfirst: string;
  bodyMarkdown: string;
  tags: string[];
  author: string;
  /** People in the site's registry whom the article names (created by the bench, not authors). */
  mentions?: string[];
  publishedAt: Date;
}

const otherNames = ['Clara Jensen', 'Peter Vogel', 'Maria Santos', 'John Ellis', 'Aiko Hara', 'Samuel Price', 'Lucia Romano', 'Hugo Brandt', 'Irene Walsh', 'Felix Osterberg'];
const otherPlaces = ['the capital', 'the northern provinces', 'the coastal towns', 'the old town', 'the eastern districts'];

/** A small seeded generator (mulberry32): the same corpus on every run. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Common words, then 2,000 made-up ones from syllables: the general vocabulary, most frequent first. */
function lexicon(rand: () => number): string[] {
  const onsets = ['b', 'd', 'f', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'br', 'st', 'tr', 'pl', 'gr'];
  const vowels = ['a', 'e', 'i', 'o', 'u', 'ai', 'ou'];
  const codas = ['', '', 'n', 'r', 'l', 's', 'nt', 'rd'];
  const made = new Set<string>();
  while (made.size < 2000) {
    const syllables = 2 + Math.floor(rand() * 2);
    let word = '';
    for (let i = 0; i < syllables; i++) word += onsets[Math.floor(rand() * onsets.length)]! + vowels[Math.floor(rand() * vowels.length)]! + (i === syllables - 1 ? codas[Math.floor(rand() * codas.length)]! : '');
    if (!commonWords.includes(word)) made.add(word);
  }
  return [...commonWords, ...made];
}

interface Topic {
  names: string[];
  places: string[];
  nouns: string[];
  domainWords: string[];
}

export function buildCorpus(seed = 20261129, perCluster = 8): CorpusArticle[] {
  const rand = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  const start = Date.parse('2024-01-01T08:00:00Z');
  const words = lexicon(rand);
  // Zipf's law: the word of rank r is drawn with weight 1/r.
  const cumulative: number[] = [];
  words.reduce((sum, _, rank) => (cumulative.push(sum + 1 / (rank + 1)), sum + 1 / (rank + 1)), 0);
  const zipfWord = () => {
    const target = rand() * cumulative[cumulative.length - 1]!;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (cumulative[mid]! < target) low = mid + 1;
      else high = mid;
    }
    return words[low]!;
  };
  /** A sentence of general copy, now and then a word of the domain. */
  const copy = (domainWords: string[]) => {
    const length = 8 + Math.floor(rand() * 8);
    const sentence = Array.from({ length }, () => (rand() < 0.1 ? pick(domainWords) : zipfWord())).join(' ');
    return sentence[0]!.toUpperCase() + sentence.slice(1) + '.';
  };
  const day = 86_400_000;

  function fill(template: string, topic: Topic): string {
    const noun = pick(topic.nouns);
    const others = topic.nouns.filter((n) => n !== noun);
    return template
      .replaceAll('{Noun}', noun[0]!.toUpperCase() + noun.slice(1))
      .replaceAll('{noun}', noun)
      .replaceAll('{noun2}', pick(others.length > 0 ? others : topic.nouns))
      .replaceAll('{name}', pick(topic.names))
      .replaceAll('{place}', pick(topic.places))
      .replaceAll('{domain}', pick(topic.domainWords));
  }

  function body(topic: Topic): string {
    const generic: Topic = { names: otherNames, places: otherPlaces, nouns: topic.domainWords, domainWords: topic.domainWords };
    const paragraphs: string[] = [];
    const count = 5 + Math.floor(rand() * 3);
    for (let p = 0; p < count; p++) {
      const sentences: string[] = [];
      const length = 2 + Math.floor(rand() * 2);
      for (let s = 0; s < length; s++) {
        const roll = rand();
        sentences.push(roll < 0.3 ? fill(pick(storySentences), topic) : roll < 0.4 ? fill(pick(storySentences), generic) : roll < 0.5 ? pick(fillerSentences) : copy(topic.domainWords));
      }
      paragraphs.push(sentences.join(' '));
    }
    return paragraphs.join('\n\n');
  }

  function article(cluster: number, topic: Topic, domain: string, ownTag: string, beat: string, publishedAt: Date): CorpusArticle {
    // A third of headlines and standfirsts speak only of the domain, as many real ones do.
    const generic: Topic = { names: [...topic.names, ...otherNames], places: [...topic.places, ...otherPlaces], nouns: topic.domainWords, domainWords: topic.domainWords };
    const tags = [domains[domain]!.tag];
    if (rand() < 0.5) tags.push(ownTag);
    if (rand() < 0.15) tags.push(pick(Object.values(domains)).tag);
    return {
      cluster,
      section: domains[domain]!.section,
      headline: fill(pick(headlines), rand() < 0.33 ? generic : topic),
      standfirst: fill(pick(storySentences), rand() < 0.33 ? generic : topic),
      bodyMarkdown: body(topic),
      tags: [...new Set(tags)],
      author: rand() < 0.5 ? beat : pick(reporters),
      publishedAt,
    };
  }

  const corpus: CorpusArticle[] = [];
  clusters.forEach((spec, index) => {
    // Each story borrows two words, a name and a place from a neighbouring story of its domain.
    const sibling = clusters.find((other, j) => j > index && other.domain === spec.domain) ?? clusters.find((other) => other.domain === spec.domain && other !== spec)!;
    const topic: Topic = {
      names: [...spec.names, sibling.names[0]!],
      places: [...spec.places, sibling.places[0]!],
      nouns: [...spec.nouns, ...sibling.nouns.slice(0, 2)],
      domainWords: domains[spec.domain]!.words,
    };
    const base = start + Math.floor(rand() * 600) * day;
    for (let i = 0; i < perCluster; i++) {
      corpus.push(article(index, topic, spec.domain, spec.tag, reporters[index % reporters.length]!, new Date(base + Math.floor(rand() * 120) * day + i * 3_600_000)));
    }
  });
  for (const spec of distractors) {
    const topic: Topic = { names: [pick(otherNames)], places: [pick(otherPlaces)], nouns: spec.nouns, domainWords: domains[spec.domain]!.words };
    const ownTag = spec.nouns[0]![0]!.toUpperCase() + spec.nouns[0]!.slice(1);
    corpus.push(article(-1, topic, spec.domain, ownTag, pick(reporters), new Date(start + Math.floor(rand() * 720) * day)));
  }
  return corpus.sort((a, b) => a.publishedAt.getTime() - b.publishedAt.getTime());
}
