// The article page's anatomy, checked element by element in the parsed HTML.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { factories } from '../helpers/factories.ts';
import { parseDocument, texts } from '../helpers/html.ts';

describe('the article page', () => {
  let t: TestApp;
  let doc: Document;
  let related: { headline: string; path: string | null };
  let articlePath: string;

  beforeAll(async () => {
    t = await buildTestApp();
    const make = factories(t.app);
    const world = await make.section({ name: 'World', slug: 'world' });
    const li = await make.person({ name: 'Li Wei', slug: 'li-wei', roleTitle: 'Beijing correspondent', email: 'li.private@example.com', bio: 'Li Wei reports on China.' });
    const ana = await make.person({ name: 'Ana Souza', slug: 'ana-souza', roleTitle: '', bio: 'Ana Souza edits the world desk.' });
    await make.article({ sectionId: world.id, authorIds: [li.id], tags: ['Trade'], headline: 'An unrelated older story', slug: 'older-story' });
    const relatedArticle = await make.article({ sectionId: world.id, authorIds: [li.id], tags: ['Geneva talks', 'Water'], headline: 'Water talks open in Geneva', slug: 'water-talks-open' });
    related = { headline: relatedArticle.headline, path: relatedArticle.path };
    const article = await make.article({
      sectionId: world.id,
      authorIds: [li.id, ana.id],
      tags: ['Geneva talks', 'Water'],
      headline: 'Talks resume in Geneva',
      slug: 'talks-resume-in-geneva',
      standfirst: 'Negotiators return after a six-week pause.',
      dateline: 'Geneva',
      publishedAt: new Date('2026-11-28T09:15:00Z'),
      updatedAt: new Date('2026-11-28T11:40:00Z'),
      featuredImage: { url: '/media/demo/geneva.jpg', alt: 'The lake at dawn', caption: 'Lake Geneva at dawn.', credit: 'Illustration: The Ledger', width: 1200, height: 675 },
      bodyMarkdown: [
        'First paragraph.',
        'Second paragraph.',
        '## What changed',
        'Third paragraph with a [link](https://example.org/report).',
        '> A quotation from a negotiator.',
        '![A map of the river basin](/media/demo/map.jpg "The basin shared by four countries")',
        '### Next steps',
        'Fourth paragraph.',
      ].join('\n\n'),
    });
    articlePath = article.path!;
    const response = await t.app.inject({ url: articlePath });
    expect(response.statusCode).toBe(200);
    doc = parseDocument(response.body);
  });
  afterAll(() => t.close());

  it('lives at a readable, dated URL', () => {
    expect(articlePath).toBe('/world/2026/11/28/talks-resume-in-geneva');
  });

  it('declares the site language and has one h1, the headline', () => {
    expect(doc.documentElement.getAttribute('lang')).toBe('en');
    expect(texts(doc, 'h1')).toEqual(['Talks resume in Geneva']);
  });

  it('has a skip link to the main landmark, a header with navigation and a footer', () => {
    const skip = doc.querySelector('a.skip-link');
    expect(skip?.getAttribute('href')).toBe('#main');
    expect(doc.querySelector('main#main')).not.toBeNull();
    expect(doc.querySelector('header.site-header nav a[href="/world"]')).not.toBeNull();
    expect(doc.querySelector('footer.site-footer')).not.toBeNull();
  });

  it('puts the regions in reading order', () => {
    const order = ['.site-header', '.section-label', 'h1', '.standfirst', '.byline', '.dateline', '.timestamps', '.featured-image', '.article-body', '.author-boxes', '#comments', '.back-to-top', '.site-footer'];
    const all = [...doc.querySelectorAll('*')];
    const positions = order.map((selector) => all.indexOf(doc.querySelector(selector)!));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('names every writer in the byline with a link and their role', () => {
    expect(texts(doc, '.byline')).toEqual(['By Li Wei, Beijing correspondent, and Ana Souza']);
    expect([...doc.querySelectorAll('.byline a')].map((a) => a.getAttribute('href'))).toEqual(['/author/li-wei', '/author/ana-souza']);
  });

  it('shows the dateline and machine-readable published and updated times', () => {
    expect(texts(doc, '.dateline')).toEqual(['Geneva']);
    expect([...doc.querySelectorAll('.timestamps time')].map((time) => time.getAttribute('datetime'))).toEqual(['2026-11-28T09:15:00.000Z', '2026-11-28T11:40:00.000Z']);
  });

  it('shows the featured image with alt text, size, caption and credit', () => {
    const img = doc.querySelector('.featured-image img')!;
    expect(img.getAttribute('alt')).toBe('The lake at dawn');
    expect(img.getAttribute('width')).toBe('1200');
    expect(img.getAttribute('height')).toBe('675');
    expect(texts(doc, '.featured-image figcaption')[0]).toContain('Illustration: The Ledger');
  });

  it('renders the body: subheadings, quotation, link and a captioned image', () => {
    const body = doc.querySelector('.article-body')!;
    expect(texts(body as unknown as Document, 'h2')).toEqual(['What changed']);
    expect(texts(body as unknown as Document, 'h3')).toEqual(['Next steps']);
    expect(body.querySelector('blockquote')).not.toBeNull();
    expect(body.querySelector('a[href="https://example.org/report"]')).not.toBeNull();
    expect(body.querySelector('figure img')?.getAttribute('alt')).toBe('A map of the river basin');
    expect(texts(body as unknown as Document, 'figure figcaption')).toEqual(['The basin shared by four countries']);
  });

  it('places "See also" after the second paragraph, linking the story sharing the most tags', () => {
    const box = doc.querySelector('.article-body .see-also')!;
    expect(box).not.toBeNull();
    expect(box.querySelector('a')?.getAttribute('href')).toBe(related.path);
    expect(box.querySelector('a')?.textContent).toBe(related.headline);
    const paragraphsBefore = [...doc.querySelectorAll('.article-body > .body-part:first-child > p')];
    expect(paragraphsBefore.map((p) => p.textContent)).toEqual(['First paragraph.', 'Second paragraph.']);
  });

  it('has an author box for each writer, and never their email', () => {
    const boxes = [...doc.querySelectorAll('.author-box')];
    expect(boxes.map((box) => box.querySelector('.author-name a')?.getAttribute('href'))).toEqual(['/author/li-wei', '/author/ana-souza']);
    expect(texts(doc, '.author-role')).toEqual(['Beijing correspondent']);
    expect(texts(doc, '.author-bio')[0]).toBe('Li Wei reports on China.');
    expect(doc.documentElement.outerHTML).not.toContain('li.private@example.com');
  });

  it('leaves a comments region and a working back-to-top link', () => {
    expect(doc.querySelector('section#comments')).not.toBeNull();
    const back = doc.querySelector('.back-to-top a')!;
    expect(back.getAttribute('href')).toBe('#top');
    expect(doc.getElementById('top')).not.toBeNull();
  });

  it('gives every image alt text', () => {
    for (const img of doc.querySelectorAll('img')) expect(img.hasAttribute('alt')).toBe(true);
  });

  it('answers 404 inside the site chrome for an unknown article', async () => {
    const response = await t.app.inject({ url: '/world/2026/11/28/no-such-story' });
    expect(response.statusCode).toBe(404);
    const page = parseDocument(response.body);
    expect(page.querySelector('header.site-header')).not.toBeNull();
    expect(texts(page, 'h1')).toEqual(['Page not found']);
  });
});
