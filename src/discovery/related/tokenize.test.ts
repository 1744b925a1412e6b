import { describe, expect, it } from 'vitest';
import { namesIn, tokenize } from './tokenize.ts';

describe('tokenize', () => {
  it('lower-cases words, splits at apostrophes and punctuation, drops single letters and bare numbers', () => {
    expect(tokenize("Geneva's water-sharing talks: 12 ministers, l'accord in 2026!")).toEqual(['geneva', 'water', 'sharing', 'talks', 'ministers', 'accord', 'in']);
  });

  it('keeps letters beyond ASCII and mixed letter-digit words', () => {
    expect(tokenize('Négociations à Zürich sur le G20')).toEqual(['négociations', 'zürich', 'sur', 'le', 'g20']);
  });
});

describe('namesIn', () => {
  const stop = (word: string) => ['the', 'after', 'a'].includes(word);

  it('finds capitalised runs of two or more words, without a leading stop word', () => {
    expect(namesIn('After Amara Osei spoke, the European Central Bank held rates. The Treaty was signed.', stop)).toEqual(['amara osei', 'european central bank']);
  });

  it('ends a name at a possessive and ignores single capitalised words', () => {
    expect(namesIn("Amara Osei's plan reached Geneva today.", stop)).toEqual(['amara osei']);
  });
});
