// An editor nests a section in Chromium (issue 13): adds Europe under World on the sections page,
// files a story there, and a reader finds the front at /world/europe with its breadcrumb trail,
// the World front with Europe's story and a link to Europe, and the trail on the article page.
// axe-core checks the changed newsroom pages and the new public ones.
import type { FastifyInstance } from 'fastify';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe.ts';
import { type BrowserNewsroom, openBrowserNewsroom } from '../helpers/browser-newsroom.ts';

describe('a child section, in Chromium', () => {
  let app: FastifyInstance;
  let url: string;
  let context: BrowserContext;
  let page: Page;
  let session: BrowserNewsroom | undefined;

  beforeAll(async () => {
    session = await openBrowserNewsroom({
      now: new Date('2026-11-28T10:00:00Z'),
      async setup(built) {
        const { taxonomy, people, articles } = built.byline.services;
        const world = await taxonomy.createSection({ name: 'World', slug: 'world', description: 'News from everywhere.' });
        const writer = await people.createPerson({ name: 'Nadia Brandt', slug: 'nadia-brandt' });
        await articles.createArticle({ headline: 'Ocean treaty signed', sectionId: world.id, authorIds: [writer.id], status: 'published', publishedAt: new Date('2026-11-27T08:00:00Z'), bodyMarkdown: 'Delegates agreed at dawn.' });
      },
    });
    ({ app, url, context, page } = session);
  });
  afterAll(() => session?.close());

  it('adds Europe under World on the sections page, which lists it under its parent', async () => {
    await page.goto(`${url}/admin/sections`);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Name').fill('Europe');
    await page.getByLabel('Parent section').selectOption({ label: 'World' });
    await page.getByRole('button', { name: 'Add section' }).click();
    await expect.poll(() => page.locator('.notice').textContent()).toContain('Section added');
    const names = (await page.locator('table.listing tbody td:nth-child(2)').allTextContents()).map((text) => text.trim());
    expect(names).toEqual(['World', 'Under World: Europe']);
    expect(await page.locator('table.listing a[href="/world/europe"]').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
  });

  it("does not offer World's own subsection as World's parent on the edit page", async () => {
    const world = (await app.byline.services.taxonomy.findSectionBySlug('world'))!;
    await page.goto(`${url}/admin/sections/${world.id}/edit`);
    expect(await page.getByLabel('Parent section').locator('option', { hasText: 'Europe' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  it("shows a reader the child's front with its breadcrumbs, and the parent's front with the child's story", async () => {
    const { taxonomy, people, articles } = app.byline.services;
    const europe = (await taxonomy.findSectionBySlug('europe'))!;
    const writer = (await people.findPersonBySlug('nadia-brandt'))!;
    const story = await articles.createArticle({ headline: 'Rhine barges stranded', sectionId: europe.id, authorIds: [writer.id], status: 'published', publishedAt: new Date('2026-11-28T08:00:00Z'), bodyMarkdown: 'The river is low.' });
    await app.cacheInvalidation.settled();

    const reader = await context.newPage();
    await reader.goto(`${url}/world`);
    expect(await reader.locator('.story-headline').allTextContents()).toEqual(expect.arrayContaining(['Rhine barges stranded', 'Ocean treaty signed']));
    expect(await axeViolations(reader)).toEqual([]);
    await reader.getByRole('navigation', { name: 'In this section' }).getByRole('link', { name: 'Europe' }).click();
    expect(new URL(reader.url()).pathname).toBe('/world/europe');
    const trail = reader.getByRole('navigation', { name: 'Breadcrumb' });
    expect((await trail.locator('li').allTextContents()).map((text) => text.trim())).toEqual(['Home', 'World', 'Europe']);
    expect(await trail.locator('[aria-current="page"]').textContent()).toBe('Europe');
    expect(await axeViolations(reader)).toEqual([]);

    await reader.getByRole('link', { name: 'Rhine barges stranded' }).click();
    expect(new URL(reader.url()).pathname).toBe(story.path);
    const articleTrail = reader.getByRole('navigation', { name: 'Breadcrumb' });
    expect((await articleTrail.locator('li').allTextContents()).map((text) => text.trim())).toEqual(['Home', 'World', 'Europe']);
    expect(await axeViolations(reader)).toEqual([]);
    await articleTrail.getByRole('link', { name: 'World' }).click();
    expect(new URL(reader.url()).pathname).toBe('/world');
    await reader.close();
  });
});
