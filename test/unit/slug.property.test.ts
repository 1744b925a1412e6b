// Property-based tests of slugs: for any text (any script, accents, punctuation, attack strings),
// slugify gives a valid slug or nothing, within the length asked for, and slugifying a slug
// changes nothing, so a slug round-trips through a form or an import.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidSlug, slugify } from '../../src/slug.ts';
import { anyText, runs } from '../helpers/property.ts';

const words = fc.array(fc.constantFrom('Zürich', 'Straße', 'Łódź', 'Ærø', 'crème brûlée', "O'Neill", 'don’t', '2026', '—', '...', '   ', '-', '--', 'ǅ', 'ﬁ', '①', 'Ⅻ', 'İstanbul', 'κόσμος', '東京', 'a', 'Z'), { maxLength: 30 }).map((parts) => parts.join(' '));

describe('slugs, for any text', () => {
  it('are valid or empty, never longer than asked, and idempotent', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, words), fc.integer({ min: 1, max: 120 }), (text, maxLength) => {
        const slug = slugify(text, maxLength);
        expect(slug === '' || isValidSlug(slug)).toBe(true);
        expect(slug.length).toBeLessThanOrEqual(maxLength);
        expect(slugify(slug, maxLength)).toBe(slug);
      }),
      runs(1000),
    );
  });

  it('accepts exactly the slugs slugify can make: a valid slug is its own slug', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9]{1,10}(-[a-z0-9]{1,10}){0,6}$/), (slug) => {
        expect(isValidSlug(slug)).toBe(true);
        expect(slugify(slug, 120)).toBe(slug);
      }),
      runs(300),
    );
  });
});
