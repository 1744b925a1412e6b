// People, sections and tags through the newsroom's forms, with the effect checked on the public
// site: author pages and their old addresses, the section navigation and its order, tag pages
// after a rename or a merge. Refused values come back beside their fields; roles without the
// permission get 403 on every form.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { factories } from '../helpers/factories.ts';
import { parseDocument, texts } from '../helpers/html.ts';
import { signIn, type Staff } from '../helpers/newsroom.ts';

const idFrom = (location: unknown, kind: string) => Number(new RegExp(`/admin/${kind}/(\\d+)/edit`).exec(String(location))?.[1]);
const valueOf = (html: string, selector: string) => parseDocument(html).querySelector(selector)?.getAttribute('value');
const textOf = (html: string, selector: string) => parseDocument(html).querySelector(selector)?.textContent;
const describedBy = (html: string, id: string) => parseDocument(html).querySelector(`#${id}`)?.getAttribute('aria-describedby') ?? '';

describe('people, sections and tags in the newsroom', () => {
  let t: TestApp;
  let make: ReturnType<typeof factories>;
  let editor: Staff;

  beforeAll(async () => {
    t = await buildTestApp();
    make = factories(t.app);
    editor = await signIn(t.app, 'editor');
  });
  afterAll(() => t.close());

  const personForm = (fields: Record<string, string> = {}) => ({
    name: 'Ines Okafor',
    slug: '',
    roleTitle: 'Lagos correspondent',
    location: 'Lagos',
    bio: 'Covers trade and ports.',
    avatarUrl: '',
    links: 'Mastodon | https://example.social/@ines\nhttps://example.com/ines',
    email: 'ines.private@example.com',
    ...fields,
  });

  describe('people', () => {
    it('creates a person whose author page shows the profile and links but never the private email', async () => {
      const created = await editor.post('/admin/people', personForm());
      expect(created.statusCode).toBe(303);
      const id = idFrom(created.headers.location, 'people');
      const edit = await editor.get(created.headers.location as string);
      expect(valueOf(edit.body, '#email')).toBe('ines.private@example.com');
      expect(textOf(edit.body, '#links')).toBe('Mastodon | https://example.social/@ines\nexample.com | https://example.com/ines');

      const person = await t.app.byline.services.people.findPersonById(id);
      expect(person?.slug).toBe('ines-okafor');
      const page = await t.app.inject({ url: '/author/ines-okafor' });
      expect(page.statusCode).toBe(200);
      const doc = parseDocument(page.body);
      expect(texts(doc, 'h1')).toEqual(['Ines Okafor']);
      expect([...doc.querySelectorAll('.profile-links a')].map((a) => a.getAttribute('href'))).toEqual(['https://example.social/@ines', 'https://example.com/ines']);
      expect(page.body).not.toContain('ines.private@example.com');
    });

    it('keeps everything typed when a link or the slug is refused, with the error beside the field', async () => {
      const badLink = await editor.post('/admin/people', personForm({ name: 'Kept Name', links: 'Home | https://example.com\nMy blog | javascript:alert(1)' }));
      expect(badLink.statusCode).toBe(400);
      expect(textOf(badLink.body, '#links-error')).toContain('Line 2');
      expect(describedBy(badLink.body, 'links')).toContain('links-error');
      expect(valueOf(badLink.body, '#name')).toBe('Kept Name');
      expect(textOf(badLink.body, '#links')).toBe('Home | https://example.com\nMy blog | javascript:alert(1)');
      expect(textOf(badLink.body, '#bio')).toBe('Covers trade and ports.');

      const existing = await make.person();
      const taken = await editor.post('/admin/people', personForm({ name: 'Second Writer', slug: existing.slug }));
      expect(taken.statusCode).toBe(409);
      expect(textOf(taken.body, '#slug-error')).toContain(existing.slug);
      expect(describedBy(taken.body, 'slug')).toContain('slug-error');
      expect(valueOf(taken.body, '#name')).toBe('Second Writer');
      expect(valueOf(taken.body, '#email')).toBe('ines.private@example.com');

      const avatar = await editor.post(`/admin/people/${existing.id}`, personForm({ name: existing.name, slug: existing.slug, avatarUrl: 'javascript:alert(1)' }));
      expect(avatar.statusCode).toBe(400);
      expect(textOf(avatar.body, '#avatarUrl-error')).toContain('not an image address');
      expect(valueOf(avatar.body, '#avatarUrl')).toBe('javascript:alert(1)');
    });

    it('keeps the old author page answering with a 301 after a slug change', async () => {
      const person = await make.person({ slug: 'sam-old' });
      const saved = await editor.post(`/admin/people/${person.id}`, personForm({ name: person.name, slug: 'sam-new' }));
      expect(saved.statusCode).toBe(303);
      const old = await t.app.inject({ url: '/author/sam-old' });
      expect(old.statusCode).toBe(301);
      expect(old.headers.location).toBe('/author/sam-new');
      expect((await t.app.inject({ url: '/author/sam-new' })).statusCode).toBe(200);
    });

    it("lets a writer edit only their own profile, which /admin/profile opens", async () => {
      const writer = await signIn(t.app, 'contributor');
      const profile = await writer.get('/admin/profile');
      expect(profile.statusCode).toBe(303);
      expect(profile.headers.location).toBe(`/admin/people/${writer.personId}/edit`);
      const page = await writer.get(profile.headers.location as string);
      expect(page.statusCode).toBe(200);
      expect(texts(parseDocument(page.body), 'h1')).toEqual(['Your profile']);

      const own = await writer.post(`/admin/people/${writer.personId}`, personForm({ name: 'Renamed Contributor', slug: `own-${writer.personId}`, bio: 'My own words.' }), { tokenFrom: `/admin/people/${writer.personId}/edit` });
      expect(own.statusCode).toBe(303);
      expect((await t.app.byline.services.people.findPersonById(writer.personId!))?.bio).toBe('My own words.');

      const someoneElse = await make.person({ bio: 'Untouched.' });
      expect((await writer.get(`/admin/people/${someoneElse.id}/edit`)).statusCode).toBe(403);
      expect((await writer.post(`/admin/people/${someoneElse.id}`, personForm({ bio: 'Defaced.' }))).statusCode).toBe(403);
      expect((await t.app.byline.services.people.findPersonById(someoneElse.id))?.bio).toBe('Untouched.');
    });

    it('tells a user without a byline profile that they have none', async () => {
      const unlinked = await signIn(t.app, 'author', { withProfile: false });
      const response = await unlinked.get('/admin/profile');
      expect(response.statusCode).toBe(404);
      expect(texts(parseDocument(response.body), '.message')[0]).toContain('not linked to a byline profile');
    });
  });

  describe('sections', () => {
    it('renames a section; the old address answers 301 to the new one', async () => {
      const created = await editor.post('/admin/sections', { name: 'Environment', slug: 'environment', description: 'Air, water, land.' });
      expect(created.statusCode).toBe(303);
      const section = (await t.app.byline.services.taxonomy.findSectionBySlug('environment'))!;
      expect(section.description).toBe('Air, water, land.');
      const saved = await editor.post(`/admin/sections/${section.id}`, { name: 'Climate', slug: 'climate-desk', description: 'The warming world.' });
      expect(saved.statusCode).toBe(303);
      const old = await t.app.inject({ url: '/environment' });
      expect(old.statusCode).toBe(301);
      expect(old.headers.location).toBe('/climate-desk');
      const page = parseDocument((await t.app.inject({ url: '/climate-desk' })).body);
      expect(texts(page, 'h1')).toEqual(['Climate']);
    });

    it('refuses a reserved or taken slug beside the field, keeping what was typed', async () => {
      const reserved = await editor.post('/admin/sections', { name: 'Admin things', slug: 'admin', description: 'Typed description' });
      expect(reserved.statusCode).toBe(400);
      expect(textOf(reserved.body, '#slug-error')).toContain('reserved');
      expect(describedBy(reserved.body, 'slug')).toContain('slug-error');
      expect(valueOf(reserved.body, '#name')).toBe('Admin things');
      expect(valueOf(reserved.body, '#slug')).toBe('admin');
      expect(textOf(reserved.body, '#description')).toBe('Typed description');

      const first = await make.section({ slug: 'taken-one' });
      const second = await make.section({ slug: 'taken-two' });
      const taken = await editor.post(`/admin/sections/${second.id}`, { name: 'Typed name', slug: first.slug, description: 'Kept' });
      expect(taken.statusCode).toBe(409);
      expect(textOf(taken.body, '#slug-error')).toContain('taken-one');
      expect(valueOf(taken.body, '#name')).toBe('Typed name');
      expect((await t.app.byline.services.taxonomy.findSectionById(second.id))?.slug).toBe('taken-two');
    });

    it('moves a section in the navigation readers see', async () => {
      const nav = async () => texts(parseDocument((await t.app.inject({ url: '/' })).body), '.site-nav a');
      const sections = await t.app.byline.services.taxonomy.listSections();
      // The navigation lists sections with stories (pages-and-menus.test.ts): give each one.
      for (const section of sections) await make.article({ sectionId: section.id });
      const last = sections[sections.length - 1]!;
      const before = await nav();
      expect(before[before.length - 1]).toBe(last.name);

      const moved = await editor.post(`/admin/sections/${last.id}/move`, { direction: 'up' }, { tokenFrom: '/admin/sections' });
      expect(moved.statusCode).toBe(303);
      const after = await nav();
      expect(after[after.length - 2]).toBe(last.name);
      expect(after[after.length - 1]).toBe(before[before.length - 2]);

      // The first section cannot move further up: nothing changes.
      const first = (await t.app.byline.services.taxonomy.listSections())[0]!;
      expect((await editor.post(`/admin/sections/${first.id}/move`, { direction: 'up' })).statusCode).toBe(303);
      expect(await nav()).toEqual(after);
      const list = parseDocument((await editor.get('/admin/sections')).body);
      expect(texts(list, 'table.listing tbody td:nth-child(2)')).toEqual(after);
    });
  });

  describe('tags', () => {
    it('lists tags with how many articles carry each', async () => {
      await make.article({ tags: ['Counted tag'] });
      await make.article({ tags: ['Counted tag', 'Other'] });
      const page = parseDocument((await editor.get('/admin/tags')).body);
      const row = [...page.querySelectorAll('table.listing tbody tr')].find((tr) => tr.querySelector('a')?.textContent === 'Counted tag');
      expect(row?.querySelector('td.number')?.textContent).toBe('2');
    });

    it('renames a tag; its old address answers 301 to the new one', async () => {
      await make.article({ tags: ['Elections'] });
      const tag = (await t.app.byline.services.taxonomy.findTagBySlug('elections'))!;
      const saved = await editor.post(`/admin/tags/${tag.id}`, { name: 'Votes', slug: 'votes' });
      expect(saved.statusCode).toBe(303);
      const old = await t.app.inject({ url: '/tag/elections' });
      expect(old.statusCode).toBe(301);
      expect(old.headers.location).toBe('/tag/votes');
      expect(texts(parseDocument((await t.app.inject({ url: '/tag/votes' })).body), 'h1')[0]).toContain('Votes');
    });

    it('keeps a refused rename in the form, with the error beside the slug', async () => {
      await make.article({ tags: ['Harbours', 'Ports'] });
      const tag = (await t.app.byline.services.taxonomy.findTagBySlug('harbours'))!;
      const invalid = await editor.post(`/admin/tags/${tag.id}`, { name: 'Typed', slug: 'Not A Slug' });
      expect(invalid.statusCode).toBe(400);
      expect(valueOf(invalid.body, '#slug')).toBe('Not A Slug');
      expect(valueOf(invalid.body, '#name')).toBe('Typed');
      expect(describedBy(invalid.body, 'slug')).toContain('slug-error');
      const taken = await editor.post(`/admin/tags/${tag.id}`, { name: 'Typed', slug: 'ports' });
      expect(taken.statusCode).toBe(409);
      expect(textOf(taken.body, '#slug-error')).toContain('ports');
      expect((await t.app.byline.services.taxonomy.findTagById(tag.id))?.slug).toBe('harbours');
    });

    it('merges a tag into another: its articles carry the target, its addresses redirect there, and it is gone', async () => {
      const a = await make.article({ tags: ['Global warming'] });
      const b = await make.article({ tags: ['Climate crisis', 'Global warming'] });
      const c = await make.article({ tags: ['Climate crisis'] });
      const { taxonomy } = t.app.byline.services;
      const from = (await taxonomy.findTagBySlug('global-warming'))!;
      const into = (await taxonomy.findTagBySlug('climate-crisis'))!;
      // An older address of the merged tag must lead to the survivor too, in one hop.
      await taxonomy.renameTag(from.id, { slug: 'warming' });

      const merged = await editor.post(`/admin/tags/${from.id}/merge`, { intoId: String(into.id) }, { tokenFrom: `/admin/tags/${from.id}/edit` });
      expect(merged.statusCode).toBe(303);
      expect(merged.headers.location).toBe(`/admin/tags/${into.id}/edit?done=merged`);

      for (const oldPath of ['/tag/warming', '/tag/global-warming']) {
        const old = await t.app.inject({ url: oldPath });
        expect(old.statusCode, oldPath).toBe(301);
        expect(old.headers.location).toBe('/tag/climate-crisis');
      }
      const listing = parseDocument((await t.app.inject({ url: '/tag/climate-crisis' })).body);
      const headlines = texts(listing, 'main h2, main h3');
      for (const article of [a, b, c]) expect(headlines.some((h) => h.includes(article.headline))).toBe(true);
      const articlePage = parseDocument((await t.app.inject({ url: a.path! })).body);
      expect(texts(articlePage, '.article-tags a')).toEqual(['Climate crisis']);
      expect(await taxonomy.findTagById(from.id)).toBeUndefined();
      expect((await taxonomy.findTagWithCount(into.id))?.articleCount).toBe(3);
      expect((await editor.get(`/admin/tags/${from.id}/edit`)).statusCode).toBe(404);
    });

    it('refuses to merge a tag into itself, beside the field', async () => {
      await make.article({ tags: ['Self'] });
      const tag = (await t.app.byline.services.taxonomy.findTagBySlug('self'))!;
      const response = await editor.post(`/admin/tags/${tag.id}/merge`, { intoId: String(tag.id) });
      expect(response.statusCode).toBe(400);
      expect(describedBy(response.body, 'intoId')).toContain('intoId-error');
      expect(await t.app.byline.services.taxonomy.findTagById(tag.id)).toBeDefined();
    });
  });

  describe('permissions', () => {
    it('refuses every people, section and tag change to roles without the permission', async () => {
      const section = await make.section();
      const person = await make.person();
      await make.article({ tags: ['Guarded', 'Guarded target'], sectionId: section.id });
      const tag = (await t.app.byline.services.taxonomy.findTagBySlug('guarded'))!;
      const target = (await t.app.byline.services.taxonomy.findTagBySlug('guarded-target'))!;
      const attempts: [string, Record<string, string>][] = [
        ['/admin/people', personForm({ name: 'Intruder' })],
        [`/admin/people/${person.id}`, personForm({ name: 'Intruder' })],
        ['/admin/sections', { name: 'Intruder', slug: 'intruder', description: '' }],
        [`/admin/sections/${section.id}`, { name: 'Intruder', slug: 'intruder', description: '' }],
        [`/admin/sections/${section.id}/move`, { direction: 'up' }],
        [`/admin/tags/${tag.id}`, { name: 'Intruder', slug: 'intruder' }],
        [`/admin/tags/${tag.id}/merge`, { intoId: String(target.id) }],
      ];
      for (const role of ['author', 'contributor'] as const) {
        const staff = await signIn(t.app, role);
        for (const [url, form] of attempts) expect((await staff.post(url, form)).statusCode, `${role} POST ${url}`).toBe(403);
        for (const url of ['/admin/people', '/admin/people/new', '/admin/sections', '/admin/tags', `/admin/tags/${tag.id}/edit`]) expect((await staff.get(url)).statusCode, `${role} GET ${url}`).toBe(403);
      }
      const { taxonomy, people } = t.app.byline.services;
      expect((await taxonomy.findSectionById(section.id))?.name).toBe(section.name);
      expect((await people.findPersonById(person.id))?.name).toBe(person.name);
      expect(await taxonomy.findTagById(tag.id)).toEqual(tag);
      expect(await taxonomy.findSectionBySlug('intruder')).toBeUndefined();
    });

    it('refuses a form without its CSRF token', async () => {
      const response = await editor.post('/admin/sections', { name: 'Forged', slug: 'forged', description: '' }, { csrf: null });
      expect(response.statusCode).toBe(403);
      expect(await t.app.byline.services.taxonomy.findSectionBySlug('forged')).toBeUndefined();
    });
  });
});
