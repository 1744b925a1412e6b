// What search indexes of an article's Markdown: the words readers read, no URLs or markup.
import { describe, expect, it } from 'vitest';
import { markdownToPlainText } from './body-text.ts';

describe('markdownToPlainText', () => {
  it('keeps text, link words, code and image alt text; drops markup', () => {
    const text = markdownToPlainText('## The *big* vote\n\nRead [the report](https://example.com/report.pdf) and `x < y`.\n\n![Voters queue in the rain](/media/queue.jpg "Queue")\n\n> Quoted **words**');
    expect(text).toBe('The big vote\n\nRead the report and x < y.\n\nVoters queue in the rain\n\nQuoted words');
  });

  it('drops URLs written out, autolinked or linkified, and raw HTML', () => {
    const text = markdownToPlainText('See <https://example.com/a> or https://example.org/b today.\n\n<div class="x">hidden</div>\n\nTom &amp; Jerry <b>bold</b>');
    expect(text).not.toMatch(/example|https|div|class|<b>/);
    expect(text).toContain('See or today.');
    expect(text).toContain('Tom & Jerry bold');
  });

  it('removes the snippet markers an editor could have typed', () => {
    expect(markdownToPlainText('a \uE000b\uE001 c')).toBe('a  b  c');
  });
});
