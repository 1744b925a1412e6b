// What search engines and link previews read in a page's head: JSON-LD (NewsArticle,
// BreadcrumbList, ProfilePage), Open Graph and Twitter card tags, canonical and rel=prev/next.
// A headline with "</script>" must stay inside its JSON-LD block, and no script may run.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/content/content.ts';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { factories } from '../helpers/factories.ts';
import { parseDocument } from '../helpers/html.ts';

const base = 'https://news.example.test';
const trickyHeadline = 'Q&A: </script><script>alert(1)</script> what now?';

describe('structured data and social metadata', () => {
  let t: TestApp;
  let article: Article;
  let plain: Article;

  beforeAll(async () => {
    t = await buildTestApp({ env: { BYLINE_PAGE_SIZE: '2' } });
    const make = factories(t.app);
    await t.app.byline.services.settings.updateSiteSettings({ title: 'The Test Ledger', language: 'en-GB', logoUrl: '/media/logo.png' });
    const world = await make.section({ name: 'World', slug: 'world' });
    const li = await make.person({ name: 'Li Wei', slug: 'li-wei', roleTitle: 'Beijing correspondent', email: 'li.private@example.com', bio: 'Li Wei reports on China.' });
    await t.app.byline.services.people.updatePerson(li.id, { avatarUrl: '/media/li.jpg', links: [{ label: 'Mastodon', url: 'https://social.example/@liwei' }] });
    const ana = await make.person({ name: 'Ana Souza', slug: 'ana-souza', roleTitle: '' });
    plain = await make.article({ sectionId: world.id, authorIds: [ana.id], headline: 'A plain story', slug: 'plain', standfirst: 'Nothing to see.', publishedAt: new Date('2026-11-27T09:00:00Z') });
    await make.article({ sectionId: world.id, authorIds: [li.id], headline: 'An older story', slug: 'older', publishedAt: new Date('2026-11-26T09:00:00Z') });
    article = await make.article({
      sectionId: world.id,
      authorIds: [li.id, ana.id],
      headline: trickyHeadline,
      slug: 'tricky',
      standfirst: 'Negotiators & lawyers return.',
      tags: ['Trade'],
      publishedAt: new Date('2026-11-28T09:15:00Z'),
      updatedAt: new Date('2026-11-28T11:40:00Z'),
      featuredImage: { url: '/media/demo/geneva.jpg', alt: 'The lake at dawn', caption: '', credit: '', width: 1200, height: 675 },
    });
  });
  afterAll(() => t.close());

  const load = async (url: string) => {
    const response = await t.app.inject({ url });
    expect(response.statusCode, url).toBe(200);
    return { body: response.body, doc: parseDocument(response.body) };
  };
  const jsonLd = (doc: Document) => [...doc.querySelectorAll('script[type="application/ld+json"]')].map((script) => JSON.parse(script.textContent!));
  const meta = (doc: Document, key: string) => doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');

  describe('the article page', () => {
    it('describes the article as a NewsArticle with authors, publisher and dates', async () => {
      const { doc } = await load(article.path!);
      const [news] = jsonLd(doc);
      expect(news).toEqual({
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: trickyHeadline,
        description: 'Negotiators & lawyers return.',
        image: [`${base}/media/demo/geneva.jpg`],
        datePublished: '2026-11-28T09:15:00.000Z',
        dateModified: '2026-11-28T11:40:00.000Z',
        // Approved reader comments, all of them: none yet.
        commentCount: 0,
        author: [
          { '@type': 'Person', name: 'Li Wei', url: `${base}/author/li-wei` },
          { '@type': 'Person', name: 'Ana Souza', url: `${base}/author/ana-souza` },
        ],
        publisher: { '@type': 'NewsMediaOrganization', name: 'The Test Ledger', url: `${base}/`, logo: { '@type': 'ImageObject', url: `${base}/media/logo.png` } },
        articleSection: 'World',
        keywords: ['Trade'],
        inLanguage: 'en-GB',
        isAccessibleForFree: true,
        url: base + article.path,
        mainEntityOfPage: { '@type': 'WebPage', '@id': base + article.path },
      });
    });

    it('adds a breadcrumb trail from the home page through the section', async () => {
      const { doc } = await load(article.path!);
      const breadcrumbs = jsonLd(doc)[1];
      expect(breadcrumbs['@type']).toBe('BreadcrumbList');
      expect(breadcrumbs.itemListElement).toEqual([
        { '@type': 'ListItem', position: 1, name: 'The Test Ledger', item: `${base}/` },
        { '@type': 'ListItem', position: 2, name: 'World', item: `${base}/world` },
        { '@type': 'ListItem', position: 3, name: trickyHeadline, item: base + article.path },
      ]);
    });

    it('keeps a headline containing </script> inside its JSON-LD block, and runs no script at all', async () => {
      const { body, doc } = await load(article.path!);
      const scripts = [...doc.querySelectorAll('script')];
      expect(scripts.map((script) => script.getAttribute('type'))).toEqual(['application/ld+json', 'application/ld+json']);
      expect(scripts.every((script) => !script.hasAttribute('src'))).toBe(true);
      for (const script of scripts) {
        expect(script.textContent).not.toMatch(/[<>&\u2028\u2029]/);
        expect(script.textContent).toContain('\\u003c/script\\u003e');
      }
      expect(body).not.toContain('<script>alert(1)');
      expect(body).not.toContain('li.private@example.com');
    });

    it('has Open Graph and Twitter card tags with the absolute image URL', async () => {
      const { doc } = await load(article.path!);
      expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(base + article.path);
      expect(meta(doc, 'og:type')).toBe('article');
      expect(meta(doc, 'og:title')).toBe(trickyHeadline);
      expect(meta(doc, 'og:description')).toBe('Negotiators & lawyers return.');
      expect(meta(doc, 'og:url')).toBe(base + article.path);
      expect(meta(doc, 'og:image')).toBe(`${base}/media/demo/geneva.jpg`);
      expect(meta(doc, 'og:image:alt')).toBe('The lake at dawn');
      expect(meta(doc, 'article:published_time')).toBe('2026-11-28T09:15:00.000Z');
      expect(meta(doc, 'article:modified_time')).toBe('2026-11-28T11:40:00.000Z');
      expect(meta(doc, 'article:section')).toBe('World');
      expect([...doc.querySelectorAll('meta[property="article:author"]')].map((m) => m.getAttribute('content'))).toEqual([`${base}/author/li-wei`, `${base}/author/ana-souza`]);
      expect(meta(doc, 'twitter:card')).toBe('summary_large_image');
      expect(meta(doc, 'twitter:title')).toBe(trickyHeadline);
      expect(meta(doc, 'twitter:image')).toBe(`${base}/media/demo/geneva.jpg`);
      expect(meta(doc, 'description')).toBe('Negotiators & lawyers return.');
    });

    it('uses a summary card and leaves out the image when an article has none', async () => {
      const { doc } = await load(plain.path!);
      expect(meta(doc, 'twitter:card')).toBe('summary');
      expect(meta(doc, 'og:image')).toBeUndefined();
      expect(jsonLd(doc)[0].image).toBeUndefined();
    });
  });

  it("describes an author's page as a ProfilePage of a Person, with no email", async () => {
    const { doc, body } = await load('/author/li-wei');
    expect(jsonLd(doc)).toEqual([
      {
        '@context': 'https://schema.org',
        '@type': 'ProfilePage',
        url: `${base}/author/li-wei`,
        mainEntity: {
          '@type': 'Person',
          name: 'Li Wei',
          url: `${base}/author/li-wei`,
          jobTitle: 'Beijing correspondent',
          description: 'Li Wei reports on China.',
          image: `${base}/media/li.jpg`,
          sameAs: ['https://social.example/@liwei'],
        },
      },
    ]);
    expect(meta(doc, 'og:type')).toBe('profile');
    expect(body).not.toContain('li.private@example.com');
  });

  it('omits the publisher logo when the site has none', async () => {
    await t.app.byline.services.settings.updateSiteSettings({ logoUrl: null });
    try {
      const { doc } = await load(article.path!);
      expect(jsonLd(doc)[0].publisher).toEqual({ '@type': 'NewsMediaOrganization', name: 'The Test Ledger', url: `${base}/` });
    } finally {
      await t.app.byline.services.settings.updateSiteSettings({ logoUrl: '/media/logo.png' });
    }
  });

  it('links paginated lists to their neighbours with rel=prev and rel=next in the head', async () => {
    const links = async (url: string) => {
      const { doc } = await load(url);
      return { prev: doc.querySelector('head link[rel="prev"]')?.getAttribute('href'), next: doc.querySelector('head link[rel="next"]')?.getAttribute('href') };
    };
    const first = await links('/world');
    expect(first.prev).toBeUndefined();
    expect(first.next).toMatch(new RegExp(`^${base}/world\\?before=\\d+-\\d+$`));
    const second = await links(first.next!.slice(base.length));
    expect(second.prev).toMatch(new RegExp(`^${base}/world\\?after=\\d+-\\d+$`));
    expect(second.next).toBeUndefined();
    expect((await links('/')).next).toMatch(new RegExp(`^${base}/\\?before=\\d+-\\d+$`));
    expect(await links('/author/li-wei')).toEqual({ prev: undefined, next: undefined });
  });
});
