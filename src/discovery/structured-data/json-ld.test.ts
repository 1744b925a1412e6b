// JSON-LD inside <script>: the same JSON value, with nothing an HTML parser would stop at.
import { describe, expect, it } from 'vitest';
import { serializeJsonLd } from './json-ld.ts';

describe('serializeJsonLd', () => {
  const value = { '@context': 'https://schema.org' as const, '@type': 'NewsArticle', headline: '</script><script>alert(1)</script> & <!-- \u2028\u2029' };

  it('escapes <, >, & and the two line separators', () => {
    const text = serializeJsonLd(value);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(text).toContain('\\u003c/script\\u003e');
  });

  it('parses back to exactly the same value', () => {
    expect(JSON.parse(serializeJsonLd(value))).toEqual(value);
  });
});
