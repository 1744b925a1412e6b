// Markdown rendering: figures, the "See also" break, and sanitization of whatever an author writes.
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './render-markdown.ts';

const paragraphs = (n: number) => Array.from({ length: n }, (_, i) => `Paragraph ${i + 1}.`).join('\n\n');

describe('renderMarkdown', () => {
  it('turns an image alone in a paragraph into a captioned figure', () => {
    const { html } = renderMarkdown('![A harbour at dusk](/media/harbour.jpg "Boats in the harbour")');
    expect(html).toBe('<figure><img alt="A harbour at dusk" src="/media/harbour.jpg" loading="lazy" decoding="async" /><figcaption>Boats in the harbour</figcaption></figure>\n');
  });

  it('renders a credit after the last bar of the title as the caption\'s credit, escaped', () => {
    const { html } = renderMarkdown('![A pier](/media/pier.jpg "Low tide | A | B <Lind>")');
    expect(html).toBe('<figure><img alt="A pier" src="/media/pier.jpg" loading="lazy" decoding="async" /><figcaption>Low tide | A<span class="credit"> B &lt;Lind&gt;</span></figcaption></figure>\n');
    expect(renderMarkdown('![A pier](/media/pier.jpg "| Oskar Lind")').html).toContain('<figcaption><span class="credit">Oskar Lind</span></figcaption>');
    expect(renderMarkdown('![A pier](/media/pier.jpg "Low tide |")').html).toContain('<figcaption>Low tide |</figcaption>');
  });

  it('keeps only the credit class on an author\'s own span', () => {
    expect(renderMarkdown('Text <span class="credit x" onclick="y">here</span>.').html).toBe('<p>Text <span class="credit">here</span>.</p>\n');
  });

  it('breaks after the 2nd paragraph of a short body and the 3rd of a long one', () => {
    const short = renderMarkdown(paragraphs(4));
    expect(short.html.slice(0, short.breakOffset)).toBe('<p>Paragraph 1.</p>\n<p>Paragraph 2.</p>\n');
    const long = renderMarkdown(paragraphs(8));
    expect(long.html.slice(0, long.breakOffset).match(/<p>/g)).toHaveLength(3);
  });

  it('does not count paragraphs inside a quotation or figures', () => {
    const { html, breakOffset } = renderMarkdown(['> Quoted one.\n>\n> Quoted two.', '![x](/a.jpg)', 'Real one.', 'Real two.', 'Real three.'].join('\n\n'));
    expect(html.slice(0, breakOffset).endsWith('<p>Real two.</p>\n')).toBe(true);
  });

  it('puts the break at the end of a body with fewer than two paragraphs', () => {
    const { html, breakOffset } = renderMarkdown('Only one.');
    expect(breakOffset).toBe(html.length);
  });

  it.each([
    ['<script>alert(1)</script>', '<script'],
    ['<img src=x onerror="alert(1)">', 'onerror'],
    ['[click](javascript:alert(1))', 'href="javascript:'],
    ['<a href="javascript:alert(1)">x</a>', 'javascript:'],
    ['<a href="JaVaScRiPt:alert(1)">x</a>', 'alert(1)"'],
    ['<iframe src="https://evil.example"></iframe>', '<iframe'],
    ['<p style="background:url(javascript:alert(1))">x</p>', 'style='],
    ['<svg onload="alert(1)"></svg>', '<svg'],
    ['<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>', 'data:'],
    ['<form action="/x"><input name="a"></form>', '<form'],
  ])('never lets %s through', (markdown, forbidden) => {
    expect(renderMarkdown(markdown).html.toLowerCase()).not.toContain(forbidden.toLowerCase());
  });

  it('keeps code about script as visible text', () => {
    expect(renderMarkdown('Use `<script>alert(1)</script>` carefully.').html).toContain('<code>&lt;script&gt;alert(1)&lt;/script&gt;</code>');
  });

  it('demotes a level-1 heading: the headline is the only h1', () => {
    expect(renderMarkdown('# Big\n\ntext').html).toContain('<h2>Big</h2>');
  });
});
