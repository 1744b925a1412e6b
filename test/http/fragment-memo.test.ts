// Regions kept between uncached renders (cache/fragment-memo.ts): with the page cache off,
// every view renders, but an article's comment thread, story and related list come from memory.
// They are kept (a change made behind Byline's back, straight in the database, does not show)
// until a change readers could see drops them: an approved or edited comment, an edit, a bio, a
// setting, a section's name, all at the next request; a change elsewhere drops nothing here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/content/content.ts';
import type { Person } from '../../src/people/people.ts';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { reader } from '../helpers/commenter.ts';
import { factories } from '../helpers/factories.ts';
import { parseDocument, texts } from '../helpers/html.ts';

describe('regions kept between uncached renders', () => {
  let t: TestApp;
  let amara: Person;
  let harbour: Article; // by Amara, with comments
  let comet: Article; // by Bruno, with comments
  let sectionId: number;

  beforeAll(async () => {
    t = await buildTestApp({ env: { BYLINE_PAGE_CACHE_MB: '0' } });
    await t.app.byline.services.settings.updateSiteSettings({ commentPolicy: 'hold-all' });
    const make = factories(t.app);
    const world = await make.section({ name: 'World', slug: 'world' });
    sectionId = world.id;
    amara = await make.person({ name: 'Amara Okafor', slug: 'amara-okafor', bio: 'Amara covers the port.' });
    const bruno = await make.person({ name: 'Bruno Ferreira', slug: 'bruno-ferreira', bio: 'Bruno covers the sky.' });
    harbour = await make.article({ headline: 'Harbour vote passes', slug: 'harbour-vote', sectionId: world.id, authorIds: [amara.id], bodyMarkdown: 'Councillors approved dredging of the quays.' });
    comet = await make.article({ headline: 'Comet seen at dawn', slug: 'comet-dawn', sectionId: world.id, authorIds: [bruno.id], bodyMarkdown: 'Astronomers photographed its icy tail.' });
    await approved(harbour, 'The first word on the harbour.');
    await approved(comet, 'The first word on the comet.');
  });
  afterAll(() => t.close());

  const page = async (article: Article) => {
    const response = await t.app.inject({ url: article.path! });
    expect(response.statusCode).toBe(200);
    expect(response.headers['x-cache']).toBeUndefined(); // rendered, not from the page cache
    return parseDocument(response.body);
  };
  const commentBodies = async (article: Article) => texts(await page(article), '.comment-body');

  /** A comment posted through the form and approved by the newsroom. */
  async function approved(article: Article, body: string): Promise<number> {
    await reader(t.app, t.clock).comment(article.path!, { body });
    const held = (await t.app.byline.services.comments.queue({ status: 'pending' }, { page: 1, pageSize: 50 })).items.find((comment) => comment.body === body)!;
    await t.app.byline.services.comments.setStatus(held.id, 'approved');
    return held.id;
  }

  /** Rewrites a comment straight in the database: no event, so nothing kept is dropped. */
  async function behindTheBack(body: string, to: string): Promise<void> {
    await t.app.byline.db.updateTable('comments').set({ body: to }).where('body', '=', body).execute();
  }

  it('keeps both threads: a change made straight in the database does not show', async () => {
    await commentBodies(harbour);
    await commentBodies(comet);
    await behindTheBack('The first word on the comet.', 'Rewritten behind Byline’s back.');
    expect(await commentBodies(comet)).toEqual(['The first word on the comet.']);
  });

  it('shows an approved comment at the next request, and keeps the other article’s thread', async () => {
    await approved(harbour, 'A second view on dredging.');
    expect(await commentBodies(harbour)).toEqual(['The first word on the harbour.', 'A second view on dredging.']);
    const heading = (await page(harbour)).querySelector('#comments-heading')!.textContent!;
    expect(heading).toContain('2');
    expect(await commentBodies(comet)).toEqual(['The first word on the comet.']);
  });

  it('shows an edited comment at the next request', async () => {
    const id = (await t.app.byline.services.comments.queue({ status: 'approved', articleId: comet.id }, { page: 1, pageSize: 50 })).items[0]!.id;
    await t.app.byline.services.comments.edit(id, 'Edited by the newsroom.');
    expect(await commentBodies(comet)).toEqual(['Edited by the newsroom.']);
  });

  it('shows an edit of the article (headline and body) at the next request', async () => {
    await page(harbour);
    harbour = await t.app.byline.services.articles.updateArticle(harbour.id, { headline: 'Harbour vote passes narrowly', bodyMarkdown: 'Councillors approved dredging by one vote.' });
    const document = await page(harbour);
    expect(document.querySelector('h1')!.textContent).toBe('Harbour vote passes narrowly');
    expect(texts(document, '.article-body p')).toContain('Councillors approved dredging by one vote.');
  });

  it('shows a changed bio in the author box, and a new name in the byline, at the next request', async () => {
    await page(harbour);
    await t.app.byline.services.people.updatePerson(amara.id, { bio: 'Amara now edits the business pages.' });
    expect(texts(await page(harbour), '.author-bio')).toEqual(['Amara now edits the business pages.']);
    await t.app.byline.services.people.updatePerson(amara.id, { name: 'Amara N. Okafor' });
    expect((await page(harbour)).querySelector('.byline')!.textContent).toContain('Amara N. Okafor');
  });

  it('shows a renamed section in the breadcrumbs and a changed setting at the next request', async () => {
    await page(harbour);
    await t.app.byline.services.taxonomy.updateSection(sectionId, { name: 'World News' });
    expect(texts(await page(harbour), '.breadcrumbs a')).toContain('World News');
    const times = async () => [...(await page(harbour)).querySelectorAll('.comment-permalink time')].map((node) => node.textContent ?? '');
    expect((await times()).some((text) => text.includes('GMT+9'))).toBe(false);
    await t.app.byline.services.settings.updateSiteSettings({ timeZone: 'Asia/Tokyo' });
    // The comments' times are shown in the site's zone: 9 PM in Tokyo is noon UTC.
    const after = await times();
    expect(after.length).toBeGreaterThan(0);
    for (const text of after) expect(text).toMatch(/09:0\d PM GMT\+9/);
  });

  it('answers 404 once the article is unpublished', async () => {
    await page(comet);
    await t.app.byline.services.articles.updateArticle(comet.id, { status: 'draft' });
    expect((await t.app.inject({ url: comet.path! })).statusCode).toBe(404);
  });

  it('keeps what the database rewrite hid until then, and shows it once the thread is dropped', async () => {
    await behindTheBack('The first word on the harbour.', 'Rewritten on the harbour.');
    expect(await commentBodies(harbour)).toContain('The first word on the harbour.');
    await approved(harbour, 'A third voice.');
    expect(await commentBodies(harbour)).toEqual(['Rewritten on the harbour.', 'A second view on dredging.', 'A third voice.']);
  });
});

// The site's chrome (web/site-chrome.tsx): header, footer, the site's feed links and the head's
// tail, kept once for every kind of public page. The pages are the same bytes as without the
// memo, and a menu, section name or site title change shows in every page's header next time.
describe('the site chrome kept between uncached renders', () => {
  let t: TestApp;
  let bare: Awaited<ReturnType<TestApp['another']>>;
  let sectionId: number;
  let paths: string[];

  beforeAll(async () => {
    t = await buildTestApp({ env: { BYLINE_PAGE_CACHE_MB: '0' } });
    bare = await t.another({ config: { fragmentMemoBytes: 0 } });
    const make = factories(t.app);
    const world = await make.section({ name: 'World', slug: 'world' });
    sectionId = world.id;
    const amara = await make.person({ name: 'Amara Okafor', slug: 'amara-okafor', bio: 'Amara covers the port.' });
    const story = await make.article({ headline: 'Harbour vote passes', slug: 'harbour-vote', sectionId: world.id, authorIds: [amara.id], tags: ['Harbours'], bodyMarkdown: 'Councillors approved dredging of the quays.' });
    await reader(t.app, t.clock).comment(story.path!, { body: 'A word on the harbour.' });
    const about = await t.app.byline.services.pages.createPage({ title: 'About us', bodyMarkdown: 'Who we are.', status: 'published' });
    paths = ['/', '/world', story.path!, `${story.path!}/history`, '/tag/harbours', '/author/amara-okafor', '/search?q=harbour', '/corrections', `/${about.slug}`, '/no-such-page'];
  });
  afterAll(() => t.close());

  // The comment form's signed token is the one part that differs from view to view.
  const body = async (app: TestApp['app'], url: string) => (await app.inject({ url })).body.replace(/name="formToken" form="comment-form" value="[^"]*"/, 'formToken');
  const headers = async () => Promise.all(paths.map(async (url) => parseDocument((await t.app.inject({ url })).body)));

  it('sends every kind of page byte for byte as rendered without kept regions, kept or not', async () => {
    for (const url of paths) {
      const expected = await body(bare, url);
      expect(expected).toContain('<header class="site-header"');
      expect(await body(t.app, url), url).toBe(expected); // the chrome rendered and kept
      expect(await body(t.app, url), url).toBe(expected); // the chrome from memory
    }
    const current = (await headers()).map((document) => document.querySelector('.site-nav a[aria-current]')?.textContent ?? null);
    expect(current[1]).toBe('World'); // the section front marks its own entry, the home page none
    expect(current[0]).toBeNull();
  });

  it('shows a renamed section in the header of every page at the next request', async () => {
    await headers();
    await t.app.byline.services.taxonomy.updateSection(sectionId, { name: 'World News' });
    for (const document of await headers()) expect(texts(document, '.site-nav a')).toContain('World News');
  });

  it('shows a new menu entry in the header of every page at the next request', async () => {
    await headers();
    await t.app.byline.services.navigation.addMenuItem('header', { kind: 'link', label: 'Newsletter', url: '/search' });
    for (const document of await headers()) expect(texts(document, '.site-nav a')).toContain('Newsletter');
  });

  it('shows a new site title in the header and footer of every page at the next request', async () => {
    await headers();
    await t.app.byline.services.settings.updateSiteSettings({ title: 'The Harbour Gazette' });
    for (const document of await headers()) {
      expect(document.querySelector('.site-title span')!.textContent).toBe('The Harbour Gazette');
      expect(document.querySelector('.imprint')!.textContent).toContain('The Harbour Gazette');
    }
  });
});
