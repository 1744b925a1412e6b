// A second, harder labelled corpus for related articles, built to defeat keyword overlap: local
// stories of ten kinds in six towns, where every story shares its town, its institution, its
// kind's vocabulary and its tags with other stories and with one-off articles. Within a story the
// writers and sections differ, the articles are spread over months, half never name the key
// person (a stock description stands in, one that other stories of the kind use too), and each
// article speaks of only two of the story's three particulars (a ward, a company, a review…), so
// two siblings may share one particular and little else. Vocabulary: related-hard-corpus-data.ts.
import { experts, firstNames, kinds as allKinds, lastNames, months, stockSentences, towns, writers, type Kind } from './related-hard-corpus-data.ts';
import { random, type CorpusArticle } from './related-corpus.ts';

export interface HardCorpusOptions {
  stories?: number;
  loners?: number;
  /** Use only the first this many kinds: fewer kinds, more look-alike stories (test fixtures). */
  kindCount?: number;
}

interface Story {
  kind: Kind;
  institution: Kind['institutions'][number];
  name: string;
  description: string;
  particulars: [string, string, string];
  /** A tag of its own (its first particular), given to some of its articles. */
  tag: string;
  /** Whether the key person is in the site's people registry (a public figure). */
  registered: boolean;
}

const day = 86_400_000;
const slots = ['a', 'b', 'c'] as const;

export function buildHardCorpus(seed = 20261129, { stories = 48, loners = 96, kindCount = allKinds.length }: HardCorpusOptions = {}): CorpusArticle[] {
  const kinds = allKinds.slice(0, kindCount);
  const rand = random(seed ^ 0x5eed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  const shuffle = <T>(items: T[]): T[] => {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [items[i], items[j]] = [items[j]!, items[i]!];
    }
    return items;
  };
  const usedNames = new Set<string>();
  const usedParticulars = new Set<string>();
  const capital = (text: string) => text[0]!.toUpperCase() + text.slice(1);

  function newStory(kind: Kind): Story {
    let name = '';
    do name = `${pick(firstNames)} ${pick(lastNames)}`;
    while (usedNames.has(name));
    usedNames.add(name);
    // Particulars unused by any other story where the pools allow; a clash now and then is real life.
    let particulars = kind.particulars(pick);
    for (let tries = 0; tries < 100 && particulars.some((p) => usedParticulars.has(p)); tries++) particulars = kind.particulars(pick);
    for (const p of particulars) usedParticulars.add(p);
    const tag = capital(particulars[0].replace(/^the /, ''));
    return { kind, institution: pick(kind.institutions), name, description: pick(kind.descriptions), particulars, tag, registered: rand() < 0.5 };
  }

  /** One article: only the templates whose particulars are among the two this article speaks of. */
  function write(story: Story, cluster: number, publishedAt: Date): CorpusArticle {
    const { kind, institution } = story;
    const spoken = new Set(shuffle([...slots]).slice(0, 2));
    const named = rand() < 0.5;
    const who = named ? story.name : story.description;
    const allowed = (template: string) => slots.every((slot) => spoken.has(slot) || !template.includes(`{${slot}}`));
    const particular = (template: string) => slots.some((slot) => template.includes(`{${slot}}`));
    const fill = (template: string) =>
      capital(
        template
          .replaceAll('{Who}', capital(who))
          .replaceAll('{who}', who)
          .replaceAll('{a}', story.particulars[0])
          .replaceAll('{b}', story.particulars[1])
          .replaceAll('{c}', story.particulars[2])
          .replaceAll('{inst}', institution.name)
          .replaceAll('{town}', institution.town)
          .replaceAll('{month}', pick(months))
          .replaceAll('{num}', String(2 + Math.floor(rand() * 38)))
          .replaceAll('the the ', 'the '),
      );
    const own = shuffle(kind.sentences.filter((s) => allowed(s) && particular(s)));
    const general = shuffle(kind.sentences.filter((s) => !particular(s)));
    const town = towns.find((t) => t.name === institution.town)!;
    const otherTown = pick(towns);
    const sentences = [
      ...own.slice(0, 3 + Math.floor(rand() * 3)).map(fill),
      ...general.slice(0, 2 + Math.floor(rand() * 2)).map(fill),
      ...shuffle([...town.setting]).slice(0, 1 + Math.floor(rand() * 2)),
      ...(rand() < 0.3 ? [pick(otherTown.setting)] : []),
      ...shuffle([...stockSentences]).slice(0, 1 + Math.floor(rand() * 2)),
      `${capital(pick(experts))} said what had happened at ${institution.name} raised questions that went well beyond ${institution.short}.`,
    ];
    if (named && rand() < 0.5) sentences.unshift(`${story.name}, ${story.description}, has been at the centre of events at ${institution.name}.`);
    else sentences.unshift(`The row at ${institution.name} has gone on for months.`.replace('The row', pick(['The row', 'The dispute', 'The controversy', 'The affair'])));
    const [first, ...rest] = sentences;
    const body = [first!, ...shuffle(rest)];
    const paragraphs: string[] = [];
    for (let i = 0; i < body.length; ) {
      const size = 2 + Math.floor(rand() * 2);
      paragraphs.push(body.slice(i, i + size).join(' '));
      i += size;
    }
    const headline = fill(pick(kind.headlines.filter(allowed)));
    const standfirst = fill(pick(own.length > 0 ? own : general));
    const tags = [kind.tags[0]!];
    if (rand() < 0.5) tags.push(kind.tags[1]!);
    if (rand() < 0.6) tags.push(institution.town);
    if (rand() < 0.4) tags.push(institution.name);
    if (rand() < 0.25 && spoken.has('a')) tags.push(story.tag);
    return {
      cluster,
      section: pick(kind.sections),
      headline,
      standfirst,
      bodyMarkdown: paragraphs.join('\n\n'),
      tags: [...new Set(tags)],
      author: pick(writers),
      mentions: story.registered && named ? [story.name] : [],
      publishedAt,
    };
  }

  const start = Date.parse('2025-01-06T07:00:00Z');
  const corpus: CorpusArticle[] = [];
  for (let s = 0; s < stories; s++) {
    const story = newStory(kinds[s % kinds.length]!);
    const size = 4 + Math.floor(rand() * 5);
    const base = start + Math.floor(rand() * 480) * day;
    const span = 60 + Math.floor(rand() * 240);
    const offsets = Array.from({ length: size }, () => Math.floor(rand() * span)).sort((x, y) => x - y);
    offsets.forEach((offset, i) => corpus.push(write(story, s, new Date(base + offset * day + i * 3_600_000))));
  }
  for (let l = 0; l < loners; l++) {
    const story = newStory(kinds[l % kinds.length]!);
    corpus.push(write(story, -1, new Date(start + Math.floor(rand() * 720) * day + 9 * 3_600_000)));
  }
  return corpus.sort((x, y) => x.publishedAt.getTime() - y.publishedAt.getTime());
}
