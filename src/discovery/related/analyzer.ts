// Text → terms for the site's language: words (tokenize.ts), stop words removed (`stopword`'s
// lists), the rest reduced to Snowball stems (`@orama/stemmers`). A language without a stemmer
// here keeps whole words; one without a stop-word list relies on IDF alone. Changing the site
// language changes every term: rebuild the index afterwards (RelatedService.rebuildIndex).
// `stopword` (every language's list, about 200 kB of source) loads with the first analyzer, not at start.
import { namesIn, tokenize } from './tokenize.ts';

type Stem = (word: string) => string;
type StopwordList = Exclude<keyof typeof import('stopword'), 'removeStopwords' | 'default'>;

/** ISO 639-1 → `stopword` list and Snowball stemmer, for every language both packages cover. */
const languages: Record<string, { stopwords: StopwordList; stemmer: () => Promise<{ stemmer: Stem }> }> = {
  da: { stopwords: 'dan', stemmer: () => import('@orama/stemmers/danish') },
  de: { stopwords: 'deu', stemmer: () => import('@orama/stemmers/german') },
  en: { stopwords: 'eng', stemmer: () => import('@orama/stemmers/english') },
  es: { stopwords: 'spa', stemmer: () => import('@orama/stemmers/spanish') },
  fi: { stopwords: 'fin', stemmer: () => import('@orama/stemmers/finnish') },
  fr: { stopwords: 'fra', stemmer: () => import('@orama/stemmers/french') },
  ga: { stopwords: 'gle', stemmer: () => import('@orama/stemmers/irish') },
  hu: { stopwords: 'hun', stemmer: () => import('@orama/stemmers/hungarian') },
  id: { stopwords: 'ind', stemmer: () => import('@orama/stemmers/indonesian') },
  it: { stopwords: 'ita', stemmer: () => import('@orama/stemmers/italian') },
  lt: { stopwords: 'lit', stemmer: () => import('@orama/stemmers/lithuanian') },
  nb: { stopwords: 'nob', stemmer: () => import('@orama/stemmers/norwegian') },
  nl: { stopwords: 'nld', stemmer: () => import('@orama/stemmers/dutch') },
  no: { stopwords: 'nob', stemmer: () => import('@orama/stemmers/norwegian') },
  pt: { stopwords: 'por', stemmer: () => import('@orama/stemmers/portuguese') },
  ro: { stopwords: 'ron', stemmer: () => import('@orama/stemmers/romanian') },
  ru: { stopwords: 'rus', stemmer: () => import('@orama/stemmers/russian') },
  sv: { stopwords: 'swe', stemmer: () => import('@orama/stemmers/swedish') },
  tr: { stopwords: 'tur', stemmer: () => import('@orama/stemmers/turkish') },
  uk: { stopwords: 'ukr', stemmer: () => import('@orama/stemmers/ukrainian') },
};

export interface Analyzer {
  /** The primary language subtag the terms were made for ("en"). */
  language: string;
  /** Stemmed words without stop words, in text order, repeats kept (they are the counts). */
  words(text: string): string[];
  /** Multi-word capitalised names, lower-cased and unstemmed. */
  names(text: string): string[];
}

const loaded = new Map<string, Promise<Analyzer>>();

/** The analyzer for a BCP 47 tag ("en-GB" → English); loaded once per language. */
export function loadAnalyzer(languageTag: string): Promise<Analyzer> {
  const language = languageTag.split('-')[0]!.toLowerCase();
  let analyzer = loaded.get(language);
  if (!analyzer) {
    analyzer = makeAnalyzer(language);
    loaded.set(language, analyzer);
  }
  return analyzer;
}

async function makeAnalyzer(language: string): Promise<Analyzer> {
  const entry = languages[language];
  const stops = new Set<string>(entry ? (await import('stopword'))[entry.stopwords] : []);
  const stem: Stem = entry ? (await entry.stemmer()).stemmer : (word) => word;
  const isStopword = (word: string) => stops.has(word);
  return {
    language,
    words: (text) => tokenize(text).filter((word) => !stops.has(word)).map(stem).filter((term) => term.length > 1),
    names: (text) => namesIn(text, isStopword),
  };
}
