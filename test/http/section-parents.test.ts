// Sections with parents (issue 13), through the newsroom's forms and the public site: a child's
// front at /parent/child with its breadcrumbs, a parent's front and feed with its children's
// stories, redirects after a rename or re-parent (the whole subtree), refused cycles beside the
// field, merging sections, the nested footer menu, sitemaps, and the fronts a move purges.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article, Section } from '../../src/content/content.ts';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { factories } from '../helpers/factories.ts';
import { parseDocument, texts } from '../helpers/html.ts';
import { signIn, type Staff } from '../helpers/newsroom.ts';
import { parseXml } from '../helpers/xml.ts';

const jsonLd = (doc: Document) => [...doc.querySelectorAll('script[type="application/ld+json"]')].map((script) => JSON.parse(script.textContent!));
const breadcrumbList = (doc: Document) => jsonLd(doc).find((data) => data['@type'] === 'BreadcrumbList');
const crumbNames = (doc: Document) => texts(doc, 'nav[aria-label="Breadcrumb"] li');
const headlines = (doc: Document) => texts(doc, '.story-headline');

describe('sections with parents', () => {
  let t: TestApp;
  let make: ReturnType<typeof factories>;
  let editor: Staff;
  const get = (url: string) => t.app.inject({ url });
  const page = async (url: string) => {
    const response = await get(url);
    expect(response.statusCode, url).toBe(200);
    return parseDocument(response.body);
  };
  const services = () => t.app.byline.services;
  const section = async (slug: string) => (await services().taxonomy.findSectionBySlug(slug))!;

  beforeAll(async () => {
    t = await buildTestApp();
    make = factories(t.app);
    editor = await signIn(t.app, 'editor');
  });
  afterAll(() => t.close());

  describe('a child section', () => {
    let world: Section;
    let europe: Section;
    let worldStory: Article;
    let europeStory: Article;

    beforeAll(async () => {
      world = await make.section({ name: 'World', slug: 'world' });
      const created = await editor.post('/admin/sections', { name: 'Europe', slug: 'europe', description: 'The continent.', parentId: String(world.id) }, { tokenFrom: '/admin/sections' });
      expect(created.statusCode).toBe(303);
      europe = await section('europe');
      worldStory = await make.article({ headline: 'Ocean treaty signed', sectionId: world.id });
      europeStory = await make.article({ headline: 'Rhine barges stranded', sectionId: europe.id });
    });

    it("is offered in the editor's section list under its parent, named with it", async () => {
      const doc = parseDocument((await editor.get('/admin/articles/new')).body);
      const options = [...doc.querySelectorAll('select[name="sectionId"] option')].map((option) => option.textContent);
      expect(options).toContain('World › Europe');
      expect(options.indexOf('World › Europe')).toBe(options.indexOf('World') + 1);
    });

    it('has its front at /parent/child, with a breadcrumb trail and BreadcrumbList', async () => {
      expect(europe.parentId).toBe(world.id);
      expect(europe.path).toBe('/world/europe');
      const doc = await page('/world/europe');
      expect(texts(doc, 'h1')).toEqual(['Europe']);
      expect(crumbNames(doc)).toEqual(['Home', 'World', 'Europe']);
      expect(doc.querySelector('nav[aria-label="Breadcrumb"] li[aria-current="page"]')?.textContent).toBe('Europe');
      expect(doc.querySelector('nav[aria-label="Breadcrumb"] a[href="/world"]')).not.toBeNull();
      const trail = breadcrumbList(doc);
      expect(trail.itemListElement.map((item: { name: string }) => item.name)).toEqual([expect.any(String), 'World', 'Europe']);
      expect(trail.itemListElement.at(-1).item).toMatch(/\/world\/europe$/);
      expect(headlines(doc)).toContain('Rhine barges stranded');
      expect(headlines(doc)).not.toContain('Ocean treaty signed');
    });

    it('answers its own slug alone, or under a wrong parent, with a 301 to its path', async () => {
      for (const url of ['/europe', '/science/europe', '/europe?before=x']) {
        const response = await get(url);
        expect(response.statusCode, url).toBe(301);
        expect(response.headers.location, url).toBe(url.includes('?') ? '/world/europe?before=x' : '/world/europe');
      }
    });

    it("shows the children's stories on the parent's front, with links to the children that have stories", async () => {
      // A subsection with no story yet is not pointed to (as the menus leave out an empty section).
      await make.section({ name: 'Antarctica', slug: 'antarctica', parentId: world.id });
      const doc = await page('/world');
      expect(headlines(doc)).toEqual(expect.arrayContaining(['Ocean treaty signed', 'Rhine barges stranded']));
      expect(texts(doc, 'nav.subsections a')).toEqual(['Europe']);
      // On a parent's front each story says which section it is from.
      expect(texts(doc, '.story-card .section-label')).toEqual(expect.arrayContaining(['World', 'Europe']));
      expect(crumbNames(doc)).toEqual(['Home', 'World']);
      // The home page has a row per top-level section, World's with Europe's stories in it.
      const home = await page('/');
      expect(texts(home, '.front-section h2')).not.toContain('Europe');
    });

    it("shows a new story of the child on the parent's cached front at once", async () => {
      await get('/world');
      expect((await get('/world')).headers['x-cache']).toBe('hit');
      await make.article({ headline: 'Alpine pass reopens', sectionId: europe.id });
      await t.app.cacheInvalidation.settled();
      const front = await get('/world');
      expect(front.headers['x-cache']).not.toBe('hit');
      expect(headlines(parseDocument(front.body))).toContain('Alpine pass reopens');
    });

    it("includes the children's stories in the parent's feed; the child's feed is under its path", async () => {
      const parentFeed = await get('/world/feed.xml');
      expect(parentFeed.statusCode).toBe(200);
      const titles = [parseXml(parentFeed.body).rss.channel.item].flat().map((item: { title: string }) => item.title);
      expect(titles).toEqual(expect.arrayContaining(['Ocean treaty signed', 'Rhine barges stranded']));
      const childFeed = await get('/world/europe/feed.json');
      expect(childFeed.statusCode).toBe(200);
      const childTitles = JSON.parse(childFeed.body).items.map((item: { title: string }) => item.title);
      expect(childTitles).toContain('Rhine barges stranded');
      expect(childTitles).not.toContain('Ocean treaty signed');
      const flat = await get('/europe/feed.xml');
      expect(flat.statusCode).toBe(301);
      expect(flat.headers.location).toBe('/world/europe/feed.xml');
      // The page announces the feed it has.
      expect((await page('/world/europe')).querySelector('link[rel="alternate"][href$="/world/europe/feed.xml"]')).not.toBeNull();
    });

    it("keeps the article's path on its own section slug, with the trail on the article page", async () => {
      expect(europeStory.path).toMatch(/^\/europe\/\d{4}\/\d{2}\/\d{2}\//);
      const doc = await page(europeStory.path!);
      expect(crumbNames(doc)).toEqual(['Home', 'World', 'Europe']);
      expect(doc.querySelector('.article-header nav[aria-label="Breadcrumb"] a[href="/world/europe"]')).not.toBeNull();
      const trail = breadcrumbList(doc).itemListElement.map((item: { name: string }) => item.name);
      expect(trail.slice(1)).toEqual(['World', 'Europe', 'Rhine barges stranded']);
      // Story cards link to the section's front, not its bare slug.
      expect((await page('/')).querySelector(`.story-card a.section-label[href="/world/europe"]`)).not.toBeNull();
      expect(worldStory.path).toMatch(/^\/world\//);
    });

    it('lists the child under its parent in the footer and in the sitemap', async () => {
      const doc = await page('/');
      expect(texts(doc, '.site-footer li:has(> a[href="/world"]) > ul a')).toEqual(['Europe']);
      // The header keeps top-level entries; inside Europe, World is marked as the current branch.
      expect(texts(doc, '.site-nav a')).not.toContain('Europe');
      const onChild = await page('/world/europe');
      expect(onChild.querySelector('.site-nav a[href="/world"]')?.getAttribute('aria-current')).toBe('true');
      const sitemap = await get('/sitemaps/sections.xml');
      expect(sitemap.statusCode).toBe(200);
      expect(sitemap.body).toContain('/world/europe</loc>');
    });

    it('narrows a search by a parent section to its children too', async () => {
      await services().search.rebuildIndex();
      const doc = await page('/search?q=barges&section=world');
      expect(texts(doc, '.search-result h2, .search-result h3').join(' ')).toContain('Rhine barges stranded');
      // The filter lists each subsection under its parent, named with it.
      const options = texts(doc, '#search-section option');
      expect(options.indexOf('World › Europe')).toBe(options.indexOf('World') + 1);
    });
  });

  describe('renaming and re-parenting', () => {
    it('redirects the old paths of the section and every section under it', async () => {
      const news = await make.section({ name: 'News', slug: 'news-desk' });
      const americas = await make.section({ name: 'Americas', slug: 'americas', parentId: news.id });
      const brazil = await make.section({ name: 'Brazil', slug: 'brazil', parentId: americas.id });
      expect(brazil.path).toBe('/news-desk/americas/brazil');
      const story = await make.article({ headline: 'Amazon river low', sectionId: brazil.id });

      const renamed = await editor.post(`/admin/sections/${news.id}`, { name: 'News', slug: 'newsroom', description: '', parentId: '' }, { tokenFrom: `/admin/sections/${news.id}/edit` });
      expect(renamed.statusCode).toBe(303);
      expect((await section('brazil')).path).toBe('/newsroom/americas/brazil');
      // Three levels deep, the front and its feed answer (the feed's four segments are no article path).
      expect((await get('/newsroom/americas/brazil')).statusCode).toBe(200);
      const deepFeed = await get('/newsroom/americas/brazil/feed.atom');
      expect(deepFeed.statusCode).toBe(200);
      expect(deepFeed.body).toContain('Amazon river low');
      for (const [from, to] of [['/news-desk', '/newsroom'], ['/news-desk/americas', '/newsroom/americas'], ['/news-desk/americas/brazil', '/newsroom/americas/brazil'], ['/news-desk/feed.xml', '/newsroom/feed.xml']]) {
        const response = await get(from!);
        expect(response.statusCode, from).toBe(301);
        expect(response.headers.location, from).toBe(to);
      }

      // Americas moves to the top: its path and Brazil's change, the old ones redirect.
      const moved = await editor.post(`/admin/sections/${americas.id}`, { name: 'Americas', slug: 'americas', description: '', parentId: '' }, { tokenFrom: `/admin/sections/${americas.id}/edit` });
      expect(moved.statusCode).toBe(303);
      for (const [from, to] of [['/newsroom/americas', '/americas'], ['/newsroom/americas/brazil', '/americas/brazil'], ['/news-desk/americas/brazil', '/americas/brazil']]) {
        const response = await get(from!);
        expect(response.statusCode, from).toBe(301);
        expect(response.headers.location, from).toBe(to);
      }
      expect(crumbNames(await page('/americas/brazil'))).toEqual(['Home', 'Americas', 'Brazil']);
      // The article never moved.
      const article = await get(story.path!);
      expect(article.statusCode).toBe(200);
      expect(crumbNames(parseDocument(article.body))).toEqual(['Home', 'Americas', 'Brazil']);
      expect(headlines(await page('/newsroom'))).not.toContain('Amazon river low');
    });

    it("purges the fronts a move changes: the old parent's and the new one's", async () => {
      const asia = await make.section({ name: 'Asia', slug: 'asia' });
      const oceania = await make.section({ name: 'Oceania', slug: 'oceania' });
      const pacific = await make.section({ name: 'Pacific', slug: 'pacific', parentId: asia.id });
      await make.article({ headline: 'Atoll school reopens', sectionId: pacific.id });
      await make.article({ headline: 'Sydney ferries late', sectionId: oceania.id });
      for (const url of ['/asia', '/oceania']) {
        await get(url);
        expect((await get(url)).headers['x-cache'], url).toBe('hit');
      }
      expect(headlines(await page('/asia'))).toContain('Atoll school reopens');

      const moved = await editor.post(`/admin/sections/${pacific.id}`, { name: 'Pacific', slug: 'pacific', description: '', parentId: String(oceania.id) }, { tokenFrom: `/admin/sections/${pacific.id}/edit` });
      expect(moved.statusCode).toBe(303);
      await t.app.cacheInvalidation.settled();
      const asiaFront = await get('/asia');
      expect(asiaFront.headers['x-cache']).not.toBe('hit');
      expect(headlines(parseDocument(asiaFront.body))).not.toContain('Atoll school reopens');
      const oceaniaFront = await get('/oceania');
      expect(oceaniaFront.headers['x-cache']).not.toBe('hit');
      expect(headlines(parseDocument(oceaniaFront.body))).toEqual(expect.arrayContaining(['Atoll school reopens', 'Sydney ferries late']));
    });
  });

  describe('refused parents', () => {
    it('refuses a cycle beside the parent field, keeping what was typed, and changes nothing', async () => {
      const top = await make.section({ name: 'Culture', slug: 'culture-top' });
      const film = await make.section({ name: 'Film', slug: 'film', parentId: top.id });
      const intoChild = await editor.post(`/admin/sections/${top.id}`, { name: 'Culture typed', slug: 'culture-top', description: 'Typed', parentId: String(film.id) }, { tokenFrom: `/admin/sections/${top.id}/edit` });
      expect(intoChild.statusCode).toBe(400);
      const doc = parseDocument(intoChild.body);
      expect(doc.querySelector('#parentId-error')?.textContent).toContain('Film');
      expect(doc.querySelector('#parentId')?.getAttribute('aria-describedby')).toContain('parentId-error');
      expect(doc.querySelector('#name')?.getAttribute('value')).toBe('Culture typed');
      // The form never offers a section's own subsections as its parent (this post was made by hand).
      expect(texts(doc, '#parentId option')).not.toContain('Culture › Film');
      expect((await section('culture-top')).parentId).toBeNull();

      const itself = await editor.post(`/admin/sections/${film.id}`, { name: 'Film', slug: 'film', description: '', parentId: String(film.id) });
      expect(itself.statusCode).toBe(400);
      expect(parseDocument(itself.body).querySelector('#parentId-error')?.textContent).toContain('itself');
      expect((await section('film')).parentId).toBe(top.id);
    });

    it(`refuses nesting deeper than three levels, an unknown parent, and a parent that is not a number`, async () => {
      const a = await make.section({ slug: 'level-a' });
      const b = await make.section({ slug: 'level-b', parentId: a.id });
      const c = await make.section({ slug: 'level-c', parentId: b.id });
      const tooDeep = await editor.post('/admin/sections', { name: 'Level D', slug: 'level-d', description: '', parentId: String(c.id) }, { tokenFrom: '/admin/sections' });
      expect(tooDeep.statusCode).toBe(400);
      expect(parseDocument(tooDeep.body).querySelector('#parentId-error')?.textContent).toContain('3 levels');
      expect(await services().taxonomy.findSectionBySlug('level-d')).toBeUndefined();
      // Moving a two-level subtree under a second-level section would make four levels too.
      const other = await make.section({ slug: 'level-x' });
      const otherChild = await make.section({ slug: 'level-y', parentId: other.id });
      expect((await editor.post(`/admin/sections/${a.id}`, { name: 'A', slug: 'level-a', description: '', parentId: String(otherChild.id) })).statusCode).toBe(400);
      for (const parentId of ['999999', 'abc']) {
        const response = await editor.post('/admin/sections', { name: 'Orphan', slug: `orphan-${parentId}`, description: '', parentId });
        expect(response.statusCode, parentId).toBe(400);
        expect(parseDocument(response.body).querySelector('#parentId-error'), parentId).not.toBeNull();
      }
    });
  });

  describe('merging sections', () => {
    it('moves the articles and subsections to the target, redirects the old paths there, and removes the section', async () => {
      const from = await make.section({ name: 'Environment', slug: 'environment-old' });
      await make.section({ name: 'Oceans', slug: 'oceans', parentId: from.id });
      const into = await make.section({ name: 'Climate', slug: 'climate-new' });
      const story = await make.article({ headline: 'Glacier retreats', sectionId: from.id });
      await services().taxonomy.updateSection(from.id, { slug: 'environment' });
      const menu = await editor.post('/admin/menus/footer/items', { kind: 'section', sectionId: String(from.id), label: '' }, { tokenFrom: '/admin/menus' });
      expect(menu.statusCode).toBe(303);

      const merged = await editor.post(`/admin/sections/${from.id}/merge`, { intoId: String(into.id) }, { tokenFrom: `/admin/sections/${from.id}/edit` });
      expect(merged.statusCode).toBe(303);
      expect(merged.headers.location).toBe(`/admin/sections/${into.id}/edit?done=merged`);
      expect(await services().taxonomy.findSectionById(from.id)).toBeUndefined();
      for (const [old, now] of [['/environment', '/climate-new'], ['/environment-old', '/climate-new'], ['/environment/oceans', '/climate-new/oceans']]) {
        const response = await get(old!);
        expect(response.statusCode, old).toBe(301);
        expect(response.headers.location, old).toBe(now);
      }
      expect((await section('oceans')).parentId).toBe(into.id);
      // The article is in the survivor now; its old address redirects to its new one.
      const moved = (await services().articles.findPublishedArticle(story.slug))!;
      expect(moved.section.id).toBe(into.id);
      const old = await get(story.path!);
      expect(old.statusCode).toBe(301);
      expect(old.headers.location).toBe(moved.path);
      expect(headlines(await page('/climate-new'))).toContain('Glacier retreats');
      // The footer entry now names the survivor.
      expect(texts(await page('/'), '.site-footer a')).toContain('Climate');
    });

    it('refuses to merge a section into itself or into one of its own subsections', async () => {
      const parent = await make.section({ slug: 'merge-parent' });
      const child = await make.section({ slug: 'merge-child', parentId: parent.id });
      for (const target of [parent.id, child.id]) {
        const response = await editor.post(`/admin/sections/${parent.id}/merge`, { intoId: String(target) }, { tokenFrom: `/admin/sections/${parent.id}/edit` });
        expect(response.statusCode, String(target)).toBe(400);
        expect(parseDocument(response.body).querySelector('#intoId')?.getAttribute('aria-describedby')).toContain('intoId-error');
      }
      expect(await services().taxonomy.findSectionById(parent.id)).toBeDefined();
    });
  });

  describe('arranged menus', () => {
    it('nests a subsection under its parent’s entry, but not again when the menu names it itself', async () => {
      const parent = await make.section({ name: 'Travel', slug: 'travel' });
      const child = await make.section({ name: 'Rail', slug: 'rail', parentId: parent.id });
      await make.article({ headline: 'Night train returns', sectionId: child.id });
      const add = (sectionId: number) => editor.post('/admin/menus/header/items', { kind: 'section', sectionId: String(sectionId), label: '' }, { tokenFrom: '/admin/menus' });
      expect((await add(parent.id)).statusCode).toBe(303);
      await t.app.cacheInvalidation.settled();
      const header = async () => {
        const nav = (await t.app.byline.services.navigation.getNavigation()).header;
        return nav.filter((link) => ['/travel', '/travel/rail'].includes(link.href)).map((link) => ({ href: link.href, children: (link.children ?? []).map((c) => c.href) }));
      };
      // The parent has stories through its child, and carries it (the first entry also keeps what the menu showed: Travel once more).
      const before = await header();
      expect(before.length).toBeGreaterThan(0);
      for (const entry of before) expect(entry).toEqual({ href: '/travel', children: ['/travel/rail'] });
      expect((await add(child.id)).statusCode).toBe(303);
      const after = await header();
      expect(after.filter((entry) => entry.href === '/travel/rail')).toEqual([{ href: '/travel/rail', children: [] }]);
      for (const entry of after.filter((e) => e.href === '/travel')) expect(entry.children).toEqual([]);
    });
  });

  describe('the newsroom', () => {
    it('lists subsections under their parent, and offers the parent choices without the section’s own subtree', async () => {
      const top = await make.section({ name: 'Arts', slug: 'arts' });
      const music = await make.section({ name: 'Music', slug: 'music', parentId: top.id });
      const list = parseDocument((await editor.get('/admin/sections')).body);
      const rows = texts(list, 'table.listing tbody td:nth-child(2)');
      expect(rows.indexOf('Under Arts: Music')).toBe(rows.indexOf('Arts') + 1);
      const edit = parseDocument((await editor.get(`/admin/sections/${top.id}/edit`)).body);
      const choices = texts(edit, '#parentId option');
      expect(choices).not.toContain('Arts');
      expect(choices).not.toContain('Arts › Music');
      expect(texts(parseDocument((await editor.get(`/admin/sections/${music.id}/edit`)).body), '#parentId option')).toContain('Arts');
    });

    it('keeps an unknown newsroom address in the newsroom’s own 404 (regression: nested section routes must not take /admin/…)', async () => {
      const response = await editor.get('/admin/no-such-page');
      expect(response.statusCode).toBe(404);
      expect(response.body).toContain('There is nothing at this address in the newsroom.');
    });
  });
});
