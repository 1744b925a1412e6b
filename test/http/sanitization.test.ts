// Whatever an author writes in a body, headline or caption, no script reaches a reader's page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { factories } from '../helpers/factories.ts';
import { parseDocument } from '../helpers/html.ts';

describe('article body sanitization', () => {
  let t: TestApp;
  let doc: Document;
  let body: string;

  beforeAll(async () => {
    t = await buildTestApp();
    const article = await factories(t.app).article({
      headline: 'Headline with <script>alert("h")</script> in it',
      standfirst: '<img src=x onerror=alert(2)>',
      featuredImage: { url: '/media/a.jpg', alt: '"><script>alert(3)</script>', caption: '<b onmouseover=alert(4)>cap</b>', credit: 'x', width: 10, height: 10 },
      bodyMarkdown: [
        'Opening paragraph.',
        '<script>alert(5)</script>',
        '[a link](javascript:alert(6))',
        '<a href="javascript:alert(7)">raw link</a>',
        '<img src="x" onerror="alert(8)">',
        '<div onclick="alert(9)">a div</div>',
        '<iframe src="https://evil.example/"></iframe>',
        'Closing paragraph.',
      ].join('\n\n'),
    });
    const response = await t.app.inject({ url: article.path! });
    body = response.body;
    doc = parseDocument(body);
  });
  afterAll(() => t.close());

  it('has no executable script: only the JSON-LD data blocks, which the headline cannot break out of', () => {
    expect(doc.querySelectorAll('script:not([type="application/ld+json"])')).toHaveLength(0);
    expect(doc.querySelectorAll('script[type="application/ld+json"]')).toHaveLength(2);
  });

  it('has no event-handler attributes and no javascript: URLs', () => {
    for (const element of doc.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        expect(attribute.name.startsWith('on'), `${element.tagName} ${attribute.name}`).toBe(false);
        expect(/^\s*javascript:/i.test(attribute.value), `${element.tagName} ${attribute.name}=${attribute.value}`).toBe(false);
      }
    }
  });

  it('shows the headline text as text', () => {
    expect(doc.querySelector('h1')?.textContent).toBe('Headline with <script>alert("h")</script> in it');
  });

  it('drops frames and keeps the harmless text', () => {
    expect(doc.querySelector('iframe')).toBeNull();
    expect(doc.querySelector('.article-body')?.textContent).toContain('raw link');
    expect(doc.querySelector('.article-body')?.textContent).toContain('Closing paragraph.');
  });
});
