// Regression (issue 8): axe's label-content-name-mismatch (WCAG 2.5.3) failed on every comment's
// permalink, whose name left out the date it shows. The rule is experimental in axe, so it is
// switched on here, over an article page with two comments.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/content/content.ts';
import { axeViolations } from '../helpers/axe.ts';
import { launchChromium } from '../helpers/browser.ts';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { reader } from '../helpers/commenter.ts';
import { factories } from '../helpers/factories.ts';

describe('comment permalinks in Chromium', () => {
  let t: TestApp;
  let url: string;
  let browser: Browser;
  let page: Page;
  let story: Article;

  beforeAll(async () => {
    t = await buildTestApp();
    await t.app.byline.services.settings.updateSiteSettings({ commentPolicy: 'approve-all' });
    story = await factories(t.app).article();
    for (const [name, body] of [['Sam Quay', 'The dredging will help the ferries.'], ['Ada Pier', 'It will also stir up the silt.']]) {
      expect((await reader(t.app, t.clock).comment(story.path!, { name, body })).statusCode).toBe(303);
    }
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    url = `http://127.0.0.1:${(t.app.server.address() as { port: number }).port}`;
    browser = await launchChromium();
    page = await browser.newPage({ bypassCSP: true });
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('has no label-content-name-mismatch (nor any other axe violation) on an article with comments', async () => {
    await page.goto(url + story.path);
    expect(await page.locator('a.comment-permalink').count()).toBe(2);
    expect(await axeViolations(page, { enable: ['label-content-name-mismatch'] })).toEqual([]);
  });
});
