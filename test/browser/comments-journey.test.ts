// Commenting in a real browser with JavaScript switched off: a reader leaves a reply, sees it
// awaiting moderation, gets their text back after a mistake, and an editor approves it in the
// queue; markup typed into every field stays inert text. Then a reply threads under its parent.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';
import { startDemoServer } from '../helpers/demo-server.ts';
import { createStaff } from '../helpers/newsroom.ts';

describe('comments in Chromium', () => {
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  let browser: Browser;
  let readerContext: BrowserContext;
  let page: Page;
  let articleUrl: string;
  const alerts: string[] = [];
  let lastPostAt = 0;

  beforeAll(async () => {
    server = await startDemoServer();
    const { articles } = server.app.byline.services;
    const open = (await articles.listPublished({}, { page: 1, pageSize: 10 })).items;
    for (const story of open) {
      if ((await articles.getArticle(story.id)).commentsOpen) {
        articleUrl = server.url + story.path;
        break;
      }
    }
    browser = await launchChromium();
    readerContext = await browser.newContext({ javaScriptEnabled: false });
    page = await readerContext.newPage();
    page.on('dialog', async (dialog) => {
      alerts.push(dialog.message());
      await dialog.dismiss();
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function fill(fields: { body: string; name: string; email: string; url?: string }) {
    await page.getByLabel('Comment *').fill(fields.body);
    await page.getByLabel('Name *').fill(fields.name);
    await page.getByLabel('Email *').fill(fields.email);
    await page.getByLabel('Website').fill(fields.url ?? '');
  }

  it('keeps everything typed when the email is wrong, with the message beside the field', async () => {
    await page.goto(articleUrl);
    expect(await page.locator('.email-promise').textContent()).toBe('Your email address will not be published. Required fields are marked *');
    await fill({ body: 'A long and careful comment that must not be lost.', name: 'Mara Reader', email: 'mara-at-example' });
    await page.waitForTimeout(3100); // a person takes a few seconds; the form token is timed
    await page.getByRole('button', { name: 'Post Comment' }).click();
    expect(await page.locator('#comment-email-error').textContent()).toBe('That does not look like an email address.');
    expect(await page.getByLabel('Comment *').inputValue()).toBe('A long and careful comment that must not be lost.');
    expect(await page.getByLabel('Name *').inputValue()).toBe('Mara Reader');
  });

  it('posts without JavaScript and shows the writer, and only the writer, their held comment', async () => {
    await page.getByLabel('Email *').fill('mara@example.net');
    await page.getByLabel('Website').fill('https://mara.example/"><script>alert("url")</script>');
    await page.getByLabel('Name *').fill('<img src=x onerror=alert("name")>');
    await page.getByLabel('Comment *').fill('<script>alert("body")</script> I was there. https://example.org/report');
    await page.waitForTimeout(3100);
    await page.getByRole('button', { name: 'Post Comment' }).click();
    lastPostAt = Date.now();
    await expect.poll(() => page.locator('.awaiting-moderation').textContent()).toBe('Your comment is awaiting moderation.');
    const stranger = await browser.newPage();
    await stranger.goto(articleUrl);
    expect(await stranger.locator('.awaiting-moderation').count()).toBe(0);
    await stranger.close();
  });

  it('appears for everyone once an editor approves it in the queue, with every field inert', async () => {
    const editor = await createStaff(server.app, 'editor');
    const staff = await browser.newPage();
    await staff.goto(`${server.url}/admin/login`);
    await staff.getByLabel('Email').fill(editor.email);
    await staff.getByLabel('Password').fill(editor.password);
    await staff.getByRole('button', { name: 'Sign in' }).click();
    await staff.getByRole('link', { name: /^Comments \(1 pending\)$/ }).click();
    await staff.locator('.queue-item').first().getByRole('button', { name: 'Approve' }).click();
    await expect.poll(() => staff.locator('.notice').textContent()).toBe('Approved.');
    await staff.close();

    const everyone = await browser.newPage();
    everyone.on('dialog', async (dialog) => {
      alerts.push(dialog.message());
      await dialog.dismiss();
    });
    await everyone.goto(articleUrl);
    const comment = everyone.locator('.comment-list .comment').first();
    expect(await comment.locator('.comment-author').textContent()).toBe('<img src=x onerror=alert("name")>');
    expect(await comment.locator('.comment-body').textContent()).toContain('<script>alert("body")</script> I was there.');
    expect(await comment.locator('.comment-body a').getAttribute('rel')).toBe('nofollow ugc noopener');
    expect(alerts).toEqual([]);
    await everyone.close();
  });

  it('threads a reply under its parent', async () => {
    await server.app.byline.services.settings.updateSiteSettings({ commentPolicy: 'approve-all' });
    // A new address: this browser cached the public page (for a minute) before the approval.
    await page.goto(`${articleUrl}?fresh=approval`);
    await page.locator('.comment-list .comment').first().getByRole('link', { name: /^Reply to/ }).click();
    expect(await page.locator('#reply-title').textContent()).toMatch(/^Reply to /);
    await fill({ body: 'Replying to that.', name: 'Second Reader', email: 'second@example.net' });
    // Every reader here shares 127.0.0.1, and an address may post once every 15 seconds.
    await page.waitForTimeout(Math.max(3100, 15_500 - (Date.now() - lastPostAt)));
    await page.getByRole('button', { name: 'Post Comment' }).click();
    const reply = page.locator('.comment-list > li > .comment-list .comment-body', { hasText: 'Replying to that.' });
    await expect.poll(() => reply.count()).toBe(1);
  });
});
