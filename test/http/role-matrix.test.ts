// The role matrix: every state-changing newsroom route, tried by every role, expecting either
// success or 403. Rights are enforced on the server whatever the forms show.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Role, roles } from '../../src/auth/auth.ts';
import type { Article } from '../../src/content/content.ts';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
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
  let stranger: number;
  const fixtures = new Map<Role, Fixture>();

  let n = 0;
  const fields = (authorId: number) => ({ headline: `Matrix story ${++n}`, sectionId: String(sectionId), author1: String(authorId), bodyMarkdown: 'One.\n\nTwo.\n\nThree.' });

  beforeAll(async () => {
    t = await buildTestApp();
    const { taxonomy, people, articles } = t.app.byline.services;
    sectionId = (await taxonomy.createSection({ name: 'Matrix', slug: 'matrix' })).id;
    stranger = (await people.createPerson({ name: 'Somebody Else', slug: 'somebody-else' })).id;
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
  const revisionOf = async (article: Article) => (await t.app.byline.services.articles.listRevisions(article.id)).at(-1)!.id;

  const routes: [string, Attempt, Record<Role, boolean>][] = [
    ['POST /admin/articles (save draft)', async (f) => (await f.staff.post('/admin/articles', { ...fields(f.staff.personId!), action: 'save' })).statusCode, allowed('administrator', 'editor', 'author', 'contributor')],
    ['POST /admin/articles (submit for review)', async (f) => (await f.staff.post('/admin/articles', { ...fields(f.staff.personId!), action: 'submit' })).statusCode, allowed('administrator', 'editor', 'author', 'contributor')],
    ['POST /admin/articles (publish)', async (f) => (await f.staff.post('/admin/articles', { ...fields(f.staff.personId!), action: 'publish' })).statusCode, allowed('administrator', 'editor', 'author')],
    ['POST /admin/articles/:own (save)', save((f) => f.own, 'save'), allowed('administrator', 'editor', 'author', 'contributor')],
    ['POST /admin/articles/:own (publish)', save((f) => f.own, 'publish'), allowed('administrator', 'editor', 'author')],
    ['POST /admin/articles/:own (schedule)', async (f) => (await f.staff.post(`/admin/articles/${f.own.id}`, { ...fields(f.staff.personId!), publishAt: '2027-01-01T09:00', action: 'schedule' })).statusCode, allowed('administrator', 'editor', 'author')],
    ['POST /admin/articles/:own-published (update)', save((f) => f.ownPublished, 'save'), allowed('administrator', 'editor', 'author')],
    ['POST /admin/articles/:own-published (unpublish)', save((f) => f.ownPublished, 'unpublish'), allowed('administrator', 'editor', 'author')],
    ["POST /admin/articles/:other's draft (save)", save((f) => f.othersDraft, 'save'), allowed('administrator', 'editor')],
    ["POST /admin/articles/:other's published (unpublish)", save((f) => f.othersPublished, 'unpublish'), allowed('administrator', 'editor')],
    ["POST /admin/articles/:other's/delete", async (f) => (await f.staff.post(`/admin/articles/${f.othersDraft.id}/delete`, {})).statusCode, allowed('administrator', 'editor')],
    ['POST /admin/articles/:own/delete', async (f) => (await f.staff.post(`/admin/articles/${f.own.id}/delete`, {})).statusCode, allowed('administrator', 'editor')],
    ["POST /admin/articles/:other's/revisions/:r/restore", async (f) => (await f.staff.post(`/admin/articles/${f.othersPublished.id}/revisions/${await revisionOf(f.othersPublished)}/restore`, {})).statusCode, allowed('administrator', 'editor')],
    ['POST /admin/autosave (new draft)', async (f) => (await f.staff.postJson('/admin/autosave', fields(f.staff.personId!))).statusCode, allowed('administrator', 'editor', 'author', 'contributor')],
    ['POST /admin/preview', async (f) => (await f.staff.postJson('/admin/preview', { markdown: 'x' })).statusCode, allowed('administrator', 'editor', 'author', 'contributor')],
  ];

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
