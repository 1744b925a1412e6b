// The person form's links field: one link a line as "Label | https://address".
import { describe, expect, it } from 'vitest';
import { formatLinks, parseLinks } from './person-form.ts';

describe('parseLinks', () => {
  it('reads one link a line, skipping blank lines, and labels a bare address with its host', () => {
    expect(parseLinks('Mastodon | https://example.social/@ines\n\n  https://example.com/ines  \n')).toEqual({
      links: [
        { label: 'Mastodon', url: 'https://example.social/@ines' },
        { label: 'example.com', url: 'https://example.com/ines' },
      ],
    });
  });

  it('keeps a bar inside the label', () => {
    expect(parseLinks('Work | archive | https://example.com/a')).toEqual({ links: [{ label: 'Work | archive', url: 'https://example.com/a' }] });
  });

  it('names the first line that is not a web link', () => {
    for (const bad of ['Blog | javascript:alert(1)', 'Mail | mailto:x@example.com', 'just some words', 'Site | //example.com']) {
      const result = parseLinks(`Home | https://example.com\n${bad}`);
      expect('error' in result && result.error, bad).toMatch(/^Line 2 /);
    }
  });

  it('round-trips through the form text', () => {
    const links = [{ label: 'Site', url: 'https://example.com/' }];
    expect(parseLinks(formatLinks(links))).toEqual({ links });
  });
});
