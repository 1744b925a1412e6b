import { describe, expect, it } from 'vitest';
import { isValidSlug, slugify } from './slug.ts';

describe('slugify', () => {
  it.each([
    ['Talks resume in Geneva', 'talks-resume-in-geneva'],
    ['Zürich’s “Salt & Iron” opera', 'zurichs-salt-iron-opera'],
    ['Łódź and São Paulo', 'lodz-and-sao-paulo'],
    ['  --Hello--  ', 'hello'],
  ])('%s → %s', (text, slug) => {
    expect(slugify(text)).toBe(slug);
    expect(isValidSlug(slug)).toBe(true);
  });

  it('cuts long slugs at a word boundary', () => {
    expect(slugify('word '.repeat(40), 22)).toBe('word-word-word-word');
  });
});
