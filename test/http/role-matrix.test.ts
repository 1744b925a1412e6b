// The role matrix: every state-changing newsroom route, tried by every role, expecting either
// success or 403. Rights are enforced on the server whatever the forms show. (Uploading itself
// is covered in admin-media.test.ts; sign-in and sign-out are open to everyone.)
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Role, roles } from '../../src/auth/auth.ts';
import type { Article } from '../../src/content/content.ts';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { parseDocument, texts } from '../helpers/html.ts';
import { signIn, type Staff } from '../helpers/newsroom.ts';

interface Fixture {
  staff: Staff;
  own: Article;
  ownPublished: Article;
  othersDraft: Article;
  othersPublished: Article;
}

type Attempt = (f: Fixture) => Promise<number>;

const allowed = (...who: Role[]) => Object.fromEntries(roles.map((role) => [role, who.includes(role)])) as Record<Role, boolean>;

describe('the role matrix', () => {
  let t: TestApp;
  let sectionId: number;
  let tagId: number;
  let stranger: number;
  const fixtures = new Map<Role, Fixture>();

  let n = 0;
  const fields = (authorId: number) => ({ headline: `Matrix story ${++n}`, sectionId: String(sectionId), author1: String(authorId), bodyMarkdown: 'One.\n\nTwo.\n\nThree.' });

  beforeAll(async () => {
    t = await buildTestApp();
    const { taxonomy, people, articles } = t.app.byline.services;
    sectionId = (await taxonomy.createSection({ name: 'Matrix', slug: 'matrix' })).id;
    stranger = (await people.createPerson({ name: 'Somebody Else', slug: 'somebody-else' })).id;
    tagId = (await taxonomy.ensureTags(['Matrix topic']))[0]!.id;
    for (const role of roles) {
      const staff = await signIn(t.app, role);
      const make = (status: 'draft' | 'published', authorId: number, createdBy: number | null) =>
        articles.createArticle({ headline: `${role} ${status} ${authorId}`, sectionId, authorIds: [authorId], status, bodyMarkdown: 'Body.' }, { userId: createdBy });
      fixtures.set(role, {
        staff,
        own: await make('draft', staff.personId!, staff.userId),
        ownPublished: await make('published', staff.personId!, staff.userId),
        othersDraft: await make('draft', stranger, null),
        othersPublished: await make('published', stranger, null),
      });
    }
  });
  afterAll(() => t.close());

  const save = (article: (f: Fixture) => Article, action: string): Attempt => async (f) => {
    const target = article(f);
    return (await f.staff.post(`/admin/articles/${target.id}`, { ...fields(f.staff.personId!), headline: target.headline, action })).statusCode;
  };
  const newMedia = async (uploadedBy: number | null) => {
    const bytes = await sharp({ create: { width: 32, height: 32, channels: 3, background: '#777' } }).png().toBuffer();
    return (await t.app.byline.services.media.uploadMedia({ bytes, filename: 'matrix.png', uploadedBy })).id;
  };
  const newComment = async () => {
    const now = new Date().toISOString();
    const row = await t.app.byline.db
      .insertInto('comments')
      .values({ article_id: fixtures.get('administrator')!.othersPublished.id, parent_id: null, status: 'pending', author_name: 'Reader', author_email: 'reader@example.net', author_url: null, body: `Comment ${++n}`, ip: null, user_agent: null, staff_user_id: null, reasons: '[]', spam_score: null, learned_as: null, created_at: now, status_changed_at: now, edited_at: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  };
  const frontStory = async () => (await t.app.byline.services.articles.createArticle({ headline: `Front story ${++n}`, sectionId, authorIds: [stranger], status: 'published', bodyMarkdown: 'Body.' })).id;
  const revisionOf = async (article: Article) => (await t.app.byline.services.articles.listRevisions(article.id)).at(-1)!.id;

  const routes: [string, Attempt, Record<Role, boolean>][] = [
    ['POST /admin/articles (save draft)', async (f) => (await f.staff.post('/admin/articles', { ...fields(f.staff.personId!), action: 'save' })).statusCode, allowed('administrator', 'editor', 'author', 'contributor')],
    ['POST /admin/articles (submit for review)', async (f) => (await f.staff.post('/admin/articles', { ...fields(f.staff.personId!), action: 'submit' })).statusCode, allowed('administrator', 'editor', 'author', 'contributor')],
    ['POST /admin/articles (publish)', async (f) => (await f.staff.post('/admin/articles', { ...fields(f.staff.personId!), action: 'publish' })).statusCode, allowed('administrator', 'editor', 'author')],
    ["POST /admin/articles (publish under another writer's byline)", async (f) => (await f.staff.post('/admin/articles', { ...fields(stranger), action: 'publish' })).statusCode, allowed('administrator', 'editor')],
    ["POST /admin/articles (draft under another writer's byline)", async (f) => (await f.staff.post('/admin/articles', { ...fields(stranger), action: 'save' })).statusCode, allowed('administrator', 'editor')],
    ["POST /admin/articles/:own (publish with another writer added to the byline)", async (f) => {
      const draft = await t.app.byline.services.articles.createArticle({ headline: `Byline ${++n}`, sectionId, authorIds: [f.staff.personId!], bodyMarkdown: 'Body.' }, { userId: f.staff.userId });
      return (await f.staff.post(`/admin/articles/${draft.id}`, { ...fields(f.staff.personId!), author2: String(stranger), headline: draft.headline, action: 'publish' })).statusCode;
    }, allowed('administrator', 'editor')],
    ['POST /admin/articles/:own (save)', save((f) => f.own, 'save'), allowed('administrator', 'editor', 'author', 'contributor')],
    ['POST /admin/articles/:own (publish)', save((f) => f.own, 'publish'), allowed('administrator', 'editor', 'author')],
    ['POST /admin/articles/:own (schedule)', async (f) => (await f.staff.post(`/admin/articles/${f.own.id}`, { ...fields(f.staff.personId!), publishAt: '2027-01-01T09:00', action: 'schedule' })).statusCode, allowed('administrator', 'editor', 'author')],
    ['POST /admin/articles/:own-published (update)', async (f) => (await f.staff.post(`/admin/articles/${f.ownPublished.id}`, { ...fields(f.staff.personId!), headline: f.ownPublished.headline, action: 'save', changeKind: 'update', changeNote: 'Adds two paragraphs.' })).statusCode, allowed('administrator', 'editor', 'author')],
    ['POST /admin/articles/:own (publish over copy desk errors, with a reason)', async (f) => {
      const draft = await t.app.byline.services.articles.createArticle({ headline: `Override ${++n}`, sectionId, authorIds: [f.staff.personId!], bodyMarkdown: 'Body.' }, { userId: f.staff.userId });
      return (await f.staff.post(`/admin/articles/${draft.id}`, { ...fields(f.staff.personId!), headline: draft.headline, bodyMarkdown: 'It was the the end.', action: 'publish', copydeskOverride: 'The doubling is in the quoted title.' })).statusCode;
    }, allowed('administrator', 'editor')],
    ['POST /admin/copydesk/check', async (f) => (await f.staff.postJson('/admin/copydesk/check', fields(f.staff.personId!))).statusCode, allowed('administrator', 'editor', 'author', 'contributor')],
    ["POST /admin/copydesk/check (someone else's draft)", async (f) => (await f.staff.postJson(`/admin/copydesk/check?id=${f.othersDraft.id}`, fields(f.staff.personId!))).statusCode, allowed('administrator', 'editor')],
    ['POST /admin/settings/copy-desk', async (f) => (await f.staff.post('/admin/settings/copy-desk', { enabled: 'spelling', copyDeskWords: 'boda', publicHistory: 'corrected' })).statusCode, allowed('administrator')],
    ['POST /admin/articles/:own-published (unpublish)', save((f) => f.ownPublished, 'unpublish'), allowed('administrator', 'editor', 'author')],
    ["POST /admin/articles/:other's draft (save)", save((f) => f.othersDraft, 'save'), allowed('administrator', 'editor')],
    ["POST /admin/articles/:other's published (unpublish)", save((f) => f.othersPublished, 'unpublish'), allowed('administrator', 'editor')],
    ["POST /admin/articles/:other's/delete", async (f) => (await f.staff.post(`/admin/articles/${f.othersDraft.id}/delete`, {})).statusCode, allowed('administrator', 'editor')],
    ['POST /admin/articles/:own/delete', async (f) => (await f.staff.post(`/admin/articles/${f.own.id}/delete`, {})).statusCode, allowed('administrator', 'editor')],
    ["POST /admin/articles/:other's/revisions/:r/restore", async (f) => (await f.staff.post(`/admin/articles/${f.othersPublished.id}/revisions/${await revisionOf(f.othersPublished)}/restore`, {})).statusCode, allowed('administrator', 'editor')],
    ['POST /admin/autosave (new draft)', async (f) => (await f.staff.postJson('/admin/autosave', fields(f.staff.personId!))).statusCode, allowed('administrator', 'editor', 'author', 'contributor')],
    ['POST /admin/preview', async (f) => (await f.staff.postJson('/admin/preview', { markdown: 'x' })).statusCode, allowed('administrator', 'editor', 'author', 'contributor')],
    ["POST /admin/articles/:other's/related (exclude)", async (f) => (await f.staff.post(`/admin/articles/${f.othersPublished.id}/related`, { action: 'exclude', related: String(fixtures.get('administrator')!.ownPublished.id) })).statusCode, allowed('administrator', 'editor')],
    ['POST /admin/articles/:own-published/related (exclude)', async (f) => (await f.staff.post(`/admin/articles/${f.ownPublished.id}/related`, { action: 'exclude', related: String(f.othersPublished.id) })).statusCode, allowed('administrator', 'editor', 'author')],
    ['POST /admin/people', async (f) => (await f.staff.post('/admin/people', { name: `New Writer ${++n}` })).statusCode, allowed('administrator', 'editor')],
    ["POST /admin/people/:someone else's", async (f) => (await f.staff.post(`/admin/people/${stranger}`, { name: 'Somebody Else', slug: 'somebody-else' })).statusCode, allowed('administrator', 'editor')],
    ['POST /admin/people/:own profile', async (f) => (await f.staff.post(`/admin/people/${f.staff.personId}`, { name: `Own Name ${++n}` })).statusCode, allowed('administrator', 'editor', 'author', 'contributor')],
    ['POST /admin/sections', async (f) => (await f.staff.post('/admin/sections', { name: `Desk ${++n}` })).statusCode, allowed('administrator', 'editor')],
    ['POST /admin/sections/:id', async (f) => (await f.staff.post(`/admin/sections/${sectionId}`, { name: 'Matrix', slug: 'matrix', description: `Described ${++n}` })).statusCode, allowed('administrator', 'editor')],
    ['POST /admin/sections/:id/move', async (f) => (await f.staff.post(`/admin/sections/${sectionId}/move`, { direction: 'down' })).statusCode, allowed('administrator', 'editor')],
    ['POST /admin/pages', async (f) => (await f.staff.post('/admin/pages', { title: `Standing page ${++n}`, bodyMarkdown: 'Text.', status: 'published' })).statusCode, allowed('administrator', 'editor')],
    ['POST /admin/pages/:id', async (f) => {
      const page = await t.app.byline.services.pages.createPage({ title: `Page to edit ${++n}`, bodyMarkdown: 'Text.', status: 'draft' });
      return (await f.staff.post(`/admin/pages/${page.id}`, { title: 'Edited page', slug: page.slug, bodyMarkdown: 'New text.', status: 'published' })).statusCode;
    }, allowed('administrator', 'editor')],
    ['POST /admin/pages/:id/delete', async (f) => {
      const page = await t.app.byline.services.pages.createPage({ title: `Page to delete ${++n}`, bodyMarkdown: 'Text.', status: 'draft' });
      return (await f.staff.post(`/admin/pages/${page.id}/delete`, {})).statusCode;
    }, allowed('administrator', 'editor')],
    ['POST /admin/menus/:menu/items', async (f) => (await f.staff.post('/admin/menus/footer/items', { kind: 'link', label: `Link ${++n}`, url: '/corrections' })).statusCode, allowed('administrator', 'editor')],
    ['POST /admin/menus/items/:id/move', async (f) => {
      const id = await t.app.byline.services.navigation.addMenuItem('header', { kind: 'link', label: `Moved ${++n}`, url: '/search' });
      return (await f.staff.post(`/admin/menus/items/${id}/move`, { direction: 'up' })).statusCode;
    }, allowed('administrator', 'editor')],
    ['POST /admin/menus/items/:id/remove', async (f) => {
      const id = await t.app.byline.services.navigation.addMenuItem('header', { kind: 'link', label: `Removed ${++n}`, url: '/search' });
      return (await f.staff.post(`/admin/menus/items/${id}/remove`, {})).statusCode;
    }, allowed('administrator', 'editor')],
    ['POST /admin/front/pins', async (f) => (await f.staff.post('/admin/front/pins', { kind: 'featured', articleId: String(await frontStory()), startsAt: '', endsAt: '' })).statusCode, allowed('administrator', 'editor')],
    ['POST /admin/front/pins/:id/move', async (f) => {
      const id = await t.app.byline.services.front.pin({ kind: 'featured', articleId: await frontStory() });
      return (await f.staff.post(`/admin/front/pins/${id}/move`, { direction: 'up' })).statusCode;
    }, allowed('administrator', 'editor')],
    ['POST /admin/front/pins/:id/remove', async (f) => {
      const id = await t.app.byline.services.front.pin({ kind: 'lead', articleId: await frontStory() });
      return (await f.staff.post(`/admin/front/pins/${id}/remove`, {})).statusCode;
    }, allowed('administrator', 'editor')],
    ['POST /admin/tags/:id (rename)', async (f) => (await f.staff.post(`/admin/tags/${tagId}`, { name: `Topic ${++n}`, slug: `topic-${n}` })).statusCode, allowed('administrator', 'editor')],
    ['POST /admin/tags/:id/merge', async (f) => {
      const { taxonomy } = t.app.byline.services;
      const [from] = await taxonomy.ensureTags([`Merge from ${++n}`]);
      return (await f.staff.post(`/admin/tags/${from!.id}/merge`, { intoId: String(tagId) })).statusCode;
    }, allowed('administrator', 'editor')],
    ['POST /admin/settings', async (f) => (await f.staff.post('/admin/settings', { tagline: `Tagline ${++n}` })).statusCode, allowed('administrator')],
    ['POST /admin/users', async (f) => (await f.staff.post('/admin/users', { email: `new${++n}@example.com`, name: 'New Person', role: 'contributor' })).statusCode, allowed('administrator')],
    ['POST /admin/users/:id', async (f) => (await f.staff.post(`/admin/users/${fixtures.get('contributor')!.staff.userId}`, { name: 'Renamed Contributor', role: 'contributor' })).statusCode, allowed('administrator')],
    ['POST /admin/users/:id/reset', async (f) => (await f.staff.post(`/admin/users/${fixtures.get('contributor')!.staff.userId}/reset`, {})).statusCode, allowed('administrator')],
    ['POST /admin/media/:id (alt text)', async (f) => (await f.staff.post(`/admin/media/${await newMedia(f.staff.userId)}`, { alt: 'Described' })).statusCode, allowed('administrator', 'editor', 'author')],
    ["POST /admin/media/:id (someone else's)", async (f) => (await f.staff.post(`/admin/media/${await newMedia(null)}`, { alt: 'Described' })).statusCode, allowed('administrator', 'editor')],
    ['POST /admin/media/:id/delete', async (f) => (await f.staff.post(`/admin/media/${await newMedia(f.staff.userId)}/delete`, {})).statusCode, allowed('administrator', 'editor')],
    ['POST /admin/comments/:id/status', async (f) => (await f.staff.post(`/admin/comments/${await newComment()}/status`, { status: 'approved' })).statusCode, allowed('administrator', 'editor')],
    ['POST /admin/comments/bulk', async (f) => (await f.staff.post('/admin/comments/bulk', { status: 'spam', ids: String(await newComment()) })).statusCode, allowed('administrator', 'editor')],
    ['POST /admin/comments/:id/edit', async (f) => (await f.staff.post(`/admin/comments/${await newComment()}/edit`, { body: 'Edited.' })).statusCode, allowed('administrator', 'editor')],
    ['POST /admin/comments/:id/reply', async (f) => (await f.staff.post(`/admin/comments/${await newComment()}/reply`, { body: 'From the newsroom.' })).statusCode, allowed('administrator', 'editor')],
  ];

  // Reading: the desk lists unpublished headlines only to those who may see them.
  const seesOthersDrafts = allowed('administrator', 'editor');
  for (const role of roles) {
    it(`GET /admin/articles as ${role}: another writer's draft headline ${seesOthersDrafts[role] ? 'listed' : 'hidden'}, own draft listed`, async () => {
      const f = fixtures.get(role)!;
      const listed = (page: string, headline: string) => texts(parseDocument(page), 'a').includes(headline);
      const desk = (await f.staff.get('/admin/articles')).body;
      expect(listed(desk, f.othersDraft.headline)).toBe(seesOthersDrafts[role]);
      expect(listed(desk, f.own.headline)).toBe(true);
      expect(listed((await f.staff.get(`/admin/articles?q=${encodeURIComponent(f.othersDraft.headline)}`)).body, f.othersDraft.headline)).toBe(seesOthersDrafts[role]);
    });
  }

  for (const [route, attempt, expected] of routes) {
    for (const role of roles) {
      it(`${route} as ${role}: ${expected[role] ? 'allowed' : '403'}`, async () => {
        const status = await attempt(fixtures.get(role)!);
        if (expected[role]) expect([200, 303]).toContain(status);
        else expect(status).toBe(403);
      });
    }
  }
});
