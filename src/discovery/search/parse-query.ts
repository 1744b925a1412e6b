// What a reader typed into the search box → a list of terms, before any database sees it.
// Terms are words, "quoted phrases" and a trailing `*` for prefixes, `-` to exclude; each word
// is letters, digits and marks only, so no input can reach FTS5 or tsquery syntax. Anything
// else is a reason to say so on the page (never an error): empty, no words, too long.
export interface SearchTerm {
  /** One word, or several that must be adjacent (a quoted phrase, or `e-mail`). */
  words: string[];
  /** The last word is a prefix (`elect*`). */
  prefix: boolean;
  /** `-word`: results must not contain it. */
  exclude: boolean;
}

export type QueryProblem = 'empty' | 'no-words' | 'only-exclusions' | 'too-long';

export type ParsedQuery = { ok: true; terms: SearchTerm[] } | { ok: false; problem: QueryProblem };

export const maxQueryLength = 256;
export const maxTerms = 12;
/** A shorter prefix (`a*`) would expand to most of the vocabulary: it is searched as a word. */
const minPrefixLength = 2;

/** The characters search uses to mark matches in snippets: never part of indexed or query text. */
export const matchStart = '\uE000';
export const matchEnd = '\uE001';

/** Text safe to index or to search: no control characters, no match markers. */
export function cleanText(text: string): string {
  return text.normalize('NFC').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\uE000\uE001]/g, ' ');
}

const wordPieces = /[\p{L}\p{N}\p{M}]+/gu;

export function parseQuery(raw: string): ParsedQuery {
  const text = cleanText(raw).replace(/\s+/g, ' ').trim();
  if (text === '') return { ok: false, problem: 'empty' };
  if (text.length > maxQueryLength) return { ok: false, problem: 'too-long' };

  const terms: SearchTerm[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] === ' ') {
      i++;
      continue;
    }
    let exclude = false;
    if (text[i] === '-' && i + 1 < text.length && text[i + 1] !== ' ') {
      exclude = true;
      i++;
    }
    let body: string;
    let prefix = false;
    if (text[i] === '"') {
      // An unclosed quote runs to the end: the reader meant a phrase.
      const close = text.indexOf('"', i + 1);
      const end = close === -1 ? text.length : close;
      body = text.slice(i + 1, end);
      i = end + 1;
      while (text[i] === '*') {
        prefix = true;
        i++;
      }
    } else {
      const start = i;
      while (i < text.length && text[i] !== ' ' && text[i] !== '"') i++;
      body = text.slice(start, i);
      prefix = body.endsWith('*');
    }
    const words = body.match(wordPieces) ?? [];
    if (words.length === 0) continue;
    if (prefix && [...words[words.length - 1]!].length < minPrefixLength) prefix = false;
    terms.push({ words, prefix, exclude });
  }

  if (terms.length === 0) return { ok: false, problem: 'no-words' };
  if (terms.length > maxTerms) return { ok: false, problem: 'too-long' };
  if (terms.every((term) => term.exclude)) return { ok: false, problem: 'only-exclusions' };
  return { ok: true, terms };
}
