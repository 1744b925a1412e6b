// The search box's language: words, "phrases", prefix*, -exclusions; and what the two indexes
// are asked for, so that no reader input can become FTS5 or tsquery syntax.
import { describe, expect, it } from 'vitest';
import { maxQueryLength, parseQuery, type SearchTerm } from './parse-query.ts';
import { tsqueryTexts } from './search-index.postgres.ts';
import { fts5Match } from './search-index.sqlite.ts';

const word = (text: string, extra: Partial<SearchTerm> = {}): SearchTerm => ({ words: [text], prefix: false, exclude: false, ...extra });
const terms = (raw: string) => {
  const parsed = parseQuery(raw);
  if (!parsed.ok) throw new Error(`"${raw}" did not parse: ${parsed.problem}`);
  return parsed.terms;
};

describe('parseQuery', () => {
  it('reads words separated by spaces', () => {
    expect(terms('  climate   summit ')).toEqual([word('climate'), word('summit')]);
  });

  it('reads a quoted phrase as adjacent words', () => {
    expect(terms('"carbon border tax" EU')).toEqual([{ words: ['carbon', 'border', 'tax'], prefix: false, exclude: false }, word('EU')]);
  });

  it('runs an unclosed quote to the end of the query', () => {
    expect(terms('"unclosed phrase')).toEqual([{ words: ['unclosed', 'phrase'], prefix: false, exclude: false }]);
  });

  it('reads a trailing asterisk as a prefix, on a word or after a phrase', () => {
    expect(terms('elect* "green bon"*')).toEqual([word('elect', { prefix: true }), { words: ['green', 'bon'], prefix: true, exclude: false }]);
  });

  it('searches a one-letter prefix as a word: it would expand to most of the vocabulary', () => {
    expect(terms('a* storm')).toEqual([word('a'), word('storm')]);
  });

  it('reads a leading minus as an exclusion, a lone one as punctuation', () => {
    expect(terms('rates -mortgage - "-x"')).toEqual([word('rates'), word('mortgage', { exclude: true }), word('x')]);
    expect(terms('budget -"sports desk"')).toEqual([word('budget'), { words: ['sports', 'desk'], prefix: false, exclude: true }]);
  });

  it('splits words on punctuation, keeping the pieces together as a phrase', () => {
    expect(terms('e-mail')).toEqual([{ words: ['e', 'mail'], prefix: false, exclude: false }]);
    expect(terms('NEAR(')).toEqual([word('NEAR')]);
    expect(terms('title:budget')).toEqual([{ words: ['title', 'budget'], prefix: false, exclude: false }]);
  });

  it('keeps letters of every script, digits and combining marks', () => {
    expect(terms('Zürich 東京 2026 café')).toEqual([word('Zürich'), word('東京'), word('2026'), word('café')]);
  });

  it('treats operators as ordinary words', () => {
    expect(terms('AND OR NOT')).toEqual([word('AND'), word('OR'), word('NOT')]);
  });

  it('says why a query cannot be searched', () => {
    expect(parseQuery('')).toEqual({ ok: false, problem: 'empty' });
    expect(parseQuery('   ')).toEqual({ ok: false, problem: 'empty' });
    for (const raw of ['*', '(', '-', '"', '""', '!?;:()[]{}', '* * *', '^']) expect(parseQuery(raw)).toEqual({ ok: false, problem: 'no-words' });
    expect(parseQuery('-football -cricket')).toEqual({ ok: false, problem: 'only-exclusions' });
    expect(parseQuery('a'.repeat(2000))).toEqual({ ok: false, problem: 'too-long' });
    expect(parseQuery('w '.repeat(13))).toEqual({ ok: false, problem: 'too-long' });
    expect(parseQuery('x'.repeat(maxQueryLength)).ok).toBe(true);
  });

  it('drops control characters and the snippet markers', () => {
    expect(terms('bud\u0000get \uE000mark\uE001')).toEqual([word('bud'), word('get'), word('mark')]);
  });
});

describe('the FTS5 MATCH expression', () => {
  it('quotes every word, so nothing is read as an operator or a column', () => {
    expect(fts5Match(terms('AND OR NEAR( title:budget'))).toBe('("AND" "OR" "NEAR" "title budget")');
  });

  it('writes phrases, prefixes and exclusions', () => {
    expect(fts5Match(terms('"green bond" elect* -sport -"red card"'))).toBe('("green bond" "elect"*) NOT "sport" NOT "red card"');
  });
});

describe('the PostgreSQL tsquery texts', () => {
  it('quotes words for websearch_to_tsquery and keeps prefixes for to_tsquery', () => {
    expect(tsqueryTexts(terms('or "green bond" elect* -sport -"red card" -tax*'))).toEqual({
      includedWords: '"or" "green bond"',
      includedPrefixes: '(elect:*)',
      excludedWords: '"sport" or "red card"',
      excludedPrefixes: '(tax:*)',
    });
  });

  it('joins a prefix phrase with the followed-by operator', () => {
    expect(tsqueryTexts(terms('"carbon bor"* rate*')).includedPrefixes).toBe('(carbon <-> bor:*) & (rate:*)');
  });
});
