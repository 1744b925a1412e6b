// Comment pages in a real browser with JavaScript switched off: a reader follows "Later
// comments" to the second page, replies to a comment there, and comes back to that page with
// their held reply under its parent; the permalink lands on the page; axe-core finds nothing.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe.ts';
import { launchChromium } from '../helpers/browser.ts';
import { startDemoServer } from '../helpers/demo-server.ts';

describe('comment pages in Chromium', () => {
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  let browser: Browser;
  let page: Page;
  let articleUrl: string;
  const threads: number[] = [];

  beforeAll(async () => {
    server = await startDemoServer({ BYLINE_COMMENTS_PER_PAGE: '2' });
    const { articles } = server.app.byline.services;
    const story = await articles.createArticle({ headline: 'Night buses return', sectionId: (await server.app.byline.services.taxonomy.listSections())[0]!.id, authorIds: [], status: 'published', bodyMarkdown: 'The night network runs again from Friday.' });
    const published = await articles.getArticle(story.id);
    articleUrl = server.url + published.path!;
    // Threads older than any comment a reader posts now, so they come first.
    for (let i = 1; i <= 5; i++) {
      const at = new Date(Date.now() - (10 - i) * 60_000).toISOString();
      const row = await server.app.byline.db
        .insertInto('comments')
        .values({ article_id: story.id, parent_id: null, status: 'approved', author_name: `Rider ${i}`, author_email: `rider${i}@example.net`, author_url: null, body: `Thread ${i} on the night buses.`, ip: null, user_agent: null, staff_user_id: null, reasons: '[]', spam_score: null, learned_as: null, created_at: at, status_changed_at: at, edited_at: null })
        .returning('id')
        .executeTakeFirstOrThrow();
      threads.push(row.id);
    }
    browser = await launchChromium();
    page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('pages the comments by links, and brings a reply on the second page back there, held under its parent', async () => {
    await page.goto(articleUrl);
    expect(await page.locator('.comment-body').allTextContents()).toEqual(['Thread 1 on the night buses.', 'Thread 2 on the night buses.']);
    await page.getByRole('link', { name: 'Later comments' }).first().click();
    expect(await page.locator('.comment-body').allTextContents()).toEqual(['Thread 3 on the night buses.', 'Thread 4 on the night buses.']);
    // axe-core runs as a script: in a context of its own that lets it past the CSP.
    const checker = await (await browser.newContext({ bypassCSP: true })).newPage();
    await checker.goto(page.url());
    expect(await axeViolations(checker)).toEqual([]);
    await checker.context().close();
    await page.getByRole('link', { name: 'Reply to Rider 4' }).click();
    expect(await page.locator('#reply-title').textContent()).toBe('Reply to Rider 4');
    await page.getByLabel('Comment *').fill('Which routes come back first?');
    await page.getByLabel('Name *').fill('Late Worker');
    await page.getByLabel('Email *').fill('late.worker@example.net');
    await page.waitForTimeout(3100); // the form token is timed: a person takes a few seconds
    await page.getByRole('button', { name: 'Post Comment' }).click();
    // Back on the comment page it was posted from.
    expect(new URL(page.url()).searchParams.get('after')).toBe(String(threads[1]));
    const held = page.locator(`#comment-${threads[3]} + ol .comment-held`);
    expect(await held.locator('.awaiting-moderation').textContent()).toBe('Your comment is awaiting moderation.');
    expect(await held.locator('.comment-body').textContent()).toBe('Which routes come back first?');
  });

  it('follows a permalink to the page that holds the comment, and back to the first page', async () => {
    await page.goto(`${server.url}/comments/${threads[4]}`);
    expect(await page.locator('.comment-body').first().textContent()).toBe('Thread 5 on the night buses.');
    expect(new URL(page.url()).hash).toBe(`#comment-${threads[4]}`);
    await page.getByRole('link', { name: 'Earlier comments' }).first().click();
    expect(await page.locator('.comment-body').allTextContents()).toContain('Thread 3 on the night buses.');
  });
});
