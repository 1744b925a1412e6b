import { describe, expect, it } from 'vitest';
import { markdownToText } from './markdown-text.ts';

describe('markdownToText', () => {
  it('keeps what a reader reads and drops markup, addresses and raw HTML', () => {
    const text = markdownToText(['## Talks resume', 'Ministers met in *Geneva* with [the envoy](https://example.org/envoy-page).', '![A map of the basin](/media/map.jpg "title")', '<div class="x">raw</div>', '> A quotation.'].join('\n\n'));
    expect(text).toBe('Talks resume\n\nMinisters met in Geneva with the envoy.\n\nA map of the basin\n\nA quotation.');
    expect(text).not.toContain('example.org');
  });

  it('returns an empty string for an empty body', () => {
    expect(markdownToText('')).toBe('');
  });
});
