// The curated home front through the newsroom's form and the public home page (page cache on):
// a pinned lead and featured stories, the rest filled by recency, no story twice on the page,
// paging that skips nothing, and pins that start and end on schedule (the background jobs).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/content/content.ts';
import { createJobRunner } from '../../src/jobs.ts';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { factories } from '../helpers/factories.ts';
import { parseDocument, texts } from '../helpers/html.ts';
import { signIn, type Staff } from '../helpers/newsroom.ts';

const quiet = { error: () => {}, info: () => {} };

describe('the curated home front', () => {
  let t: TestApp;
  let editor: Staff;
  let stories: Article[];
  let runJobs: ReturnType<typeof createJobRunner>;

  beforeAll(async () => {
    t = await buildTestApp();
    const make = factories(t.app);
    const section = await make.section({ name: 'News', slug: 'news' });
    const writer = await make.person();
    stories = [];
    // Newest first: stories[0] is the newest.
    for (let i = 0; i < 14; i++) stories.push(await make.article({ sectionId: section.id, authorIds: [writer.id], headline: `Story ${i}`, publishedAt: new Date(t.clock.now().getTime() - (i + 1) * 3_600_000) }));
    editor = await signIn(t.app, 'editor');
    runJobs = createJobRunner(t.app.byline, quiet);
  });
  afterAll(() => t.close());

  const home = async (url = '/') => {
    await t.app.cacheInvalidation.settled();
    const doc = parseDocument((await t.app.inject({ url })).body);
    return { doc, lead: texts(doc, '.lead-story .story-headline')[0], beside: texts(doc, '.front-latest .story-headline'), all: texts(doc, 'main .story-headline'), older: doc.querySelector('link[rel="next"]')?.getAttribute('href') };
  };
  const pin = (fields: Record<string, string>) => editor.post('/admin/front/pins', { kind: 'featured', startsAt: '', endsAt: '', ...fields }, { tokenFrom: '/admin/front' });

  it('fills by recency while nothing is pinned', async () => {
    const page = await home();
    expect(page.lead).toBe('Story 0');
    expect(page.beside).toEqual(['Story 1', 'Story 2', 'Story 3', 'Story 4', 'Story 5']);
  });

  it('leads with the pinned story, features the pinned ones next, fills the rest by recency, and shows none twice', async () => {
    expect((await pin({ kind: 'lead', articleId: String(stories[9]!.id) })).statusCode).toBe(303);
    expect((await pin({ articleId: String(stories[7]!.id) })).statusCode).toBe(303);
    expect((await pin({ articleId: String(stories[1]!.id) })).statusCode).toBe(303);
    // Pinned twice: shown once.
    expect((await pin({ articleId: String(stories[9]!.id) })).statusCode).toBe(303);
    const page = await home();
    expect(page.lead).toBe('Story 9');
    expect(page.beside).toEqual(['Story 7', 'Story 1', 'Story 0', 'Story 2', 'Story 3']);
    expect(new Set(page.all).size).toBe(page.all.length);
  });

  it('pages on from the last story filled by recency, so no story is skipped', async () => {
    const seen = new Set((await home()).all);
    let next = (await home()).older;
    while (next) {
      const page = await home(next.replace('https://news.example.test', ''));
      page.all.forEach((headline) => seen.add(headline));
      next = page.older;
    }
    expect([...seen].sort()).toEqual(stories.map((story) => story.headline).sort());
  });

  it('starts and ends a scheduled pin on time, through the background jobs and the page cache', async () => {
    const menus = await t.app.byline.services.front.listSlots();
    for (const slot of menus) await t.app.byline.services.front.unpin(slot.id);
    expect((await home()).lead).toBe('Story 0');
    // Site time is UTC in tests; the clock is at 12:00. Steps shorter than the page cache's
    // lifetime (10 minutes), so only the jobs' purge can make the change show.
    expect((await pin({ kind: 'lead', articleId: String(stories[12]!.id), startsAt: '2026-11-28T12:05', endsAt: '2026-11-28T12:10' })).statusCode).toBe(303);
    expect((await home()).lead).toBe('Story 0');
    t.clock.advance(6 * 60_000);
    expect((await home()).lead).toBe('Story 0'); // still cached from before the start
    await runJobs();
    expect((await home()).lead).toBe('Story 12');
    t.clock.advance(5 * 60_000);
    await runJobs();
    expect((await home()).lead).toBe('Story 0');
    const list = parseDocument((await editor.get('/admin/front')).body);
    expect(texts(list, '#lead-pins td:nth-child(2)')[0]).toMatch(/^Ended/);
  });

  it('refuses an end before the start, a draft, or no story, beside the field', async () => {
    const backwards = await pin({ articleId: String(stories[3]!.id), startsAt: '2026-12-01T10:00', endsAt: '2026-12-01T09:00' });
    expect(backwards.statusCode).toBe(400);
    const doc = parseDocument(backwards.body);
    expect(doc.querySelector('#endsAt-error')).not.toBeNull();
    expect(doc.querySelector('#startsAt')?.getAttribute('value')).toBe('2026-12-01T10:00');
    const draft = await t.app.byline.services.articles.createArticle({ headline: 'Unfinished', sectionId: stories[0]!.section.id, authorIds: [stories[0]!.authors[0]!.id], bodyMarkdown: 'Draft.' });
    expect((await pin({ articleId: String(draft.id) })).statusCode).toBe(400);
    expect((await pin({ articleId: '' })).statusCode).toBe(400);
    expect((await pin({ articleId: String(stories[3]!.id), startsAt: 'tomorrow' })).statusCode).toBe(400);
  });

  it('is out of reach of authors and contributors', async () => {
    for (const role of ['author', 'contributor'] as const) {
      const staff = await signIn(t.app, role);
      expect((await staff.get('/admin/front')).statusCode).toBe(403);
      expect((await staff.post('/admin/front/pins', { kind: 'lead', articleId: String(stories[0]!.id) })).statusCode).toBe(403);
    }
  });
});
