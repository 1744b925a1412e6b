// Pages (About, Contact…) and the header and footer menus through the newsroom's forms, with the
// effect checked on the public site through the page cache: a page's own address without a
// dateline, in the sitemap and the footer; the menu editor's entries in order; and an empty
// section kept out of the navigation until it has a story or an editor adds it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { factories } from '../helpers/factories.ts';
import { parseDocument, texts } from '../helpers/html.ts';
import { signIn, type Staff } from '../helpers/newsroom.ts';

describe('pages and menus', () => {
  let t: TestApp;
  let make: ReturnType<typeof factories>;
  let editor: Staff;

  beforeAll(async () => {
    t = await buildTestApp();
    make = factories(t.app);
    editor = await signIn(t.app, 'editor');
  });
  afterAll(() => t.close());

  const get = async (url: string) => {
    await t.app.cacheInvalidation.settled();
    return t.app.inject({ url });
  };
  const headerNav = async () => texts(parseDocument((await get('/')).body), '.site-nav a');
  const footerNav = async () => texts(parseDocument((await get('/')).body), '.site-footer nav a');
  const pageForm = (fields: Record<string, string> = {}) => ({ title: 'About us', slug: '', description: 'Who we are.', bodyMarkdown: 'We are a small newsroom.\n\n## Our money\n\nReaders pay for it.', status: 'published', ...fields });
  const idOf = (location: unknown) => Number(/\/admin\/pages\/(\d+)\/edit/.exec(String(location))?.[1]);

  describe('pages', () => {
    it('publishes a page at its own address, without dateline, byline or time, listed in the sitemap and the footer', async () => {
      await make.article(); // the home page needs a story for the footer to have a section too
      expect(await footerNav()).not.toContain('About us');
      const created = await editor.post('/admin/pages', pageForm(), { tokenFrom: '/admin/pages/new' });
      expect(created.statusCode).toBe(303);
      const page = await get('/about-us');
      expect(page.statusCode).toBe(200);
      const doc = parseDocument(page.body);
      expect(texts(doc, 'h1')).toEqual(['About us']);
      expect(texts(doc, '.article-body h2')).toEqual(['Our money']);
      expect(doc.querySelector('.dateline, .byline, time, .timestamps')).toBeNull();
      expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe('https://news.example.test/about-us');
      expect(doc.querySelector('meta[name="description"]')?.getAttribute('content')).toBe('Who we are.');
      expect((await get('/sitemaps/sections.xml')).body).toContain('<loc>https://news.example.test/about-us</loc>');
      expect(await footerNav()).toContain('About us');
    });

    it('keeps a draft page off the site, the sitemap and the menus until it is published', async () => {
      const created = await editor.post('/admin/pages', pageForm({ title: 'Ethics code', slug: 'ethics', status: 'draft' }), { tokenFrom: '/admin/pages/new' });
      const id = idOf(created.headers.location);
      expect((await get('/ethics')).statusCode).toBe(404);
      expect((await get('/sitemaps/sections.xml')).body).not.toContain('/ethics<');
      expect(await footerNav()).not.toContain('Ethics code');
      expect((await editor.post(`/admin/pages/${id}`, pageForm({ title: 'Ethics code', slug: 'ethics', status: 'published' }), { tokenFrom: `/admin/pages/${id}/edit` })).statusCode).toBe(303);
      expect((await get('/ethics')).statusCode).toBe(200);
      expect(await footerNav()).toContain('Ethics code');
    });

    it('refuses a slug a section or another page has, keeping everything typed beside the error', async () => {
      const section = await make.section({ slug: 'culture-desk' });
      const refused = await editor.post('/admin/pages', pageForm({ title: 'Typed title', slug: section.slug, bodyMarkdown: 'Typed text.' }), { tokenFrom: '/admin/pages/new' });
      expect(refused.statusCode).toBe(409);
      const doc = parseDocument(refused.body);
      expect(doc.querySelector('#slug-error')?.textContent).toContain('culture-desk');
      expect(doc.querySelector('#title')?.getAttribute('value')).toBe('Typed title');
      expect(doc.querySelector('#bodyMarkdown')?.textContent).toBe('Typed text.');
      const reserved = await editor.post('/admin/pages', pageForm({ slug: 'admin' }), { tokenFrom: '/admin/pages/new' });
      expect(reserved.statusCode).toBe(400);
      const empty = await editor.post('/admin/pages', pageForm({ title: '  ' }), { tokenFrom: '/admin/pages/new' });
      expect(empty.statusCode).toBe(400);
      expect(parseDocument(empty.body).querySelector('#title-error')).not.toBeNull();
      // The other way round: a section may not take a page's address.
      const sectionRefused = await editor.post('/admin/sections', { name: 'About', slug: 'about-us', description: '' }, { tokenFrom: '/admin/sections' });
      expect(sectionRefused.statusCode).toBe(409);
    });

    it("redirects a renamed page's old address to the new one, and deletes a page from the site and the menus", async () => {
      const created = await editor.post('/admin/pages', pageForm({ title: 'Contact', slug: 'contact' }), { tokenFrom: '/admin/pages/new' });
      const id = idOf(created.headers.location);
      expect((await editor.post(`/admin/pages/${id}`, pageForm({ title: 'Contact us', slug: 'contact-us' }), { tokenFrom: `/admin/pages/${id}/edit` })).statusCode).toBe(303);
      const old = await get('/contact');
      expect(old.statusCode).toBe(301);
      expect(old.headers.location).toBe('/contact-us');
      expect(await footerNav()).toContain('Contact us');
      expect((await editor.post(`/admin/pages/${id}/delete`, {}, { tokenFrom: `/admin/pages/${id}/edit` })).statusCode).toBe(303);
      expect((await get('/contact-us')).statusCode).toBe(404);
      expect(await footerNav()).not.toContain('Contact us');
    });
  });

  describe('menus', () => {
    it('regression: an empty section does not appear in the navigation until it has a story', async () => {
      const created = await editor.post('/admin/sections', { name: 'Brand New Desk', slug: 'brand-new-desk', description: '' }, { tokenFrom: '/admin/sections' });
      expect(created.statusCode).toBe(303);
      expect(await headerNav()).not.toContain('Brand New Desk');
      const section = (await t.app.byline.services.taxonomy.findSectionBySlug('brand-new-desk'))!;
      const story = await make.article({ sectionId: section.id });
      expect(await headerNav()).toContain('Brand New Desk');
      // And it leaves again with its only story.
      await t.app.byline.services.articles.updateArticle(story.id, { status: 'draft' });
      expect(await headerNav()).not.toContain('Brand New Desk');
    });

    it("adds an empty section, a page and a link to the header, in order, keeping what it showed before", async () => {
      const before = await headerNav();
      const empty = await make.section({ name: 'Opinion', slug: 'opinion' });
      const csrf = { tokenFrom: '/admin/menus' };
      expect((await editor.post('/admin/menus/header/items', { kind: 'section', sectionId: String(empty.id), label: '' }, csrf)).statusCode).toBe(303);
      const about = (await t.app.byline.services.pages.findPageBySlug('about-us'))!;
      expect((await editor.post('/admin/menus/header/items', { kind: 'page', pageId: String(about.id), label: 'About' }, csrf)).statusCode).toBe(303);
      expect((await editor.post('/admin/menus/header/items', { kind: 'link', label: 'Corrections', url: '/corrections' }, csrf)).statusCode).toBe(303);
      expect(await headerNav()).toEqual([...before, 'Opinion', 'About', 'Corrections']);
      const home = parseDocument((await get('/')).body);
      expect([...home.querySelectorAll('.site-nav a')].slice(-3).map((a) => a.getAttribute('href'))).toEqual(['/opinion', '/about-us', '/corrections']);

      const menus = await t.app.byline.services.navigation.listMenus();
      const link = menus.header.at(-1)!;
      expect((await editor.post(`/admin/menus/items/${link.id}/move`, { direction: 'up' }, csrf)).statusCode).toBe(303);
      expect((await headerNav()).slice(-2)).toEqual(['Corrections', 'About']);
      expect((await editor.post(`/admin/menus/items/${menus.header[0]!.id}/remove`, {}, csrf)).statusCode).toBe(303);
      expect(await headerNav()).toEqual([...before.slice(1), 'Opinion', 'Corrections', 'About']);
      // The footer is its own menu, still made from the sections and pages.
      expect(await footerNav()).toContain(before[0]);
    });

    it('refuses a link to a script or without words, beside the field in the form it came from', async () => {
      const refused = await editor.post('/admin/menus/footer/items', { kind: 'link', label: 'Bad', url: 'javascript:alert(1)' }, { tokenFrom: '/admin/menus' });
      expect(refused.statusCode).toBe(400);
      const doc = parseDocument(refused.body);
      expect(doc.querySelector('#footer-link-url-error')).not.toBeNull();
      expect(doc.querySelector('#footer-link-label')?.getAttribute('value')).toBe('Bad');
      expect((await editor.post('/admin/menus/footer/items', { kind: 'link', label: '', url: 'https://example.org' }, { tokenFrom: '/admin/menus' })).statusCode).toBe(400);
      expect((await editor.post('/admin/menus/footer/items', { kind: 'section', sectionId: '999999' }, { tokenFrom: '/admin/menus' })).statusCode).toBe(400);
      expect((await editor.post('/admin/menus/sidebar/items', { kind: 'link', label: 'X', url: '/x' }, { tokenFrom: '/admin/menus' })).statusCode).toBe(404);
      expect(await footerNav()).not.toContain('Bad');
    });

    it('is out of reach of authors and contributors', async () => {
      for (const role of ['author', 'contributor'] as const) {
        const staff = await signIn(t.app, role);
        expect((await staff.get('/admin/menus')).statusCode).toBe(403);
        expect((await staff.get('/admin/pages')).statusCode).toBe(403);
      }
    });
  });
});
