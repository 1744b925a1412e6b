// A changed slug or section keeps old URLs answering with a 301 to the current one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { factories } from '../helpers/factories.ts';

describe('slug and section changes', () => {
  let t: TestApp;
  let make: ReturnType<typeof factories>;

  beforeAll(async () => {
    t = await buildTestApp();
    make = factories(t.app);
  });
  afterAll(() => t.close());

  const location = async (url: string) => {
    const response = await t.app.inject({ url });
    return { status: response.statusCode, location: response.headers.location };
  };

  it("redirects an article's old slug, and a slug changed twice, in one hop", async () => {
    const article = await make.article({ slug: 'first-slug', publishedAt: new Date('2026-11-27T10:00:00Z') });
    const firstPath = article.path!;
    const second = await t.app.byline.services.articles.updateArticle(article.id, { slug: 'second-slug' });
    const third = await t.app.byline.services.articles.updateArticle(article.id, { slug: 'third-slug' });
    expect(await location(firstPath)).toEqual({ status: 301, location: third.path });
    expect(await location(second.path!)).toEqual({ status: 301, location: third.path });
    expect((await location(third.path!)).status).toBe(200);
  });

  it("redirects an article's old section to its new one", async () => {
    const from = await make.section({ slug: 'politics' });
    const to = await make.section({ slug: 'world-affairs' });
    const article = await make.article({ sectionId: from.id, slug: 'moving-story', publishedAt: new Date('2026-11-27T10:00:00Z') });
    await t.app.byline.services.articles.updateArticle(article.id, { sectionId: to.id });
    expect(await location('/politics/2026/11/27/moving-story')).toEqual({ status: 301, location: '/world-affairs/2026/11/27/moving-story' });
  });

  it('redirects a path with the wrong date to the canonical one', async () => {
    const article = await make.article({ slug: 'dated-story', publishedAt: new Date('2026-11-27T10:00:00Z') });
    const [, section] = article.path!.split('/');
    expect(await location(`/${section}/2020/01/01/dated-story`)).toEqual({ status: 301, location: article.path });
  });

  it('redirects renamed sections, tags and authors', async () => {
    const section = await make.section({ slug: 'techs' });
    const person = await make.person({ slug: 'jo-smyth' });
    await make.article({ sectionId: section.id, authorIds: [person.id], tags: ['Cyber security'] });
    const { taxonomy, people } = t.app.byline.services;
    await taxonomy.updateSection(section.id, { slug: 'technology' });
    await people.updatePerson(person.id, { slug: 'jo-smith' });
    const tag = (await taxonomy.findTagBySlug('cyber-security'))!;
    await taxonomy.renameTag(tag.id, { name: 'Cybersecurity', slug: 'cybersecurity' });
    expect(await location('/techs')).toEqual({ status: 301, location: '/technology' });
    expect(await location('/author/jo-smyth')).toEqual({ status: 301, location: '/author/jo-smith' });
    expect(await location('/tag/cyber-security')).toEqual({ status: 301, location: '/tag/cybersecurity' });
  });

  it('lets a slug be taken back without redirecting away from itself', async () => {
    const person = await make.person({ slug: 'kim-lee' });
    await make.article({ authorIds: [person.id] });
    const { people } = t.app.byline.services;
    await people.updatePerson(person.id, { slug: 'kim-lee-2' });
    await people.updatePerson(person.id, { slug: 'kim-lee' });
    expect((await location('/author/kim-lee')).status).toBe(200);
    expect(await location('/author/kim-lee-2')).toEqual({ status: 301, location: '/author/kim-lee' });
  });

  it('refuses a section slug the site itself uses', async () => {
    await expect(t.app.byline.services.taxonomy.createSection({ name: 'Tag', slug: 'tag' })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await expect(t.app.byline.services.taxonomy.createSection({ name: 'Assets' })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('refuses a duplicate article slug', async () => {
    await make.article({ slug: 'only-once' });
    await expect(make.article({ slug: 'only-once' })).rejects.toMatchObject({ code: 'SLUG_TAKEN' });
  });
});
