// Regression (issue 8): a picture in a demo article's body had no width and height, so the text
// under it jumped when it loaded (layout shift), and the site's own demo failed the page check.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../src/demo/load-demo.ts';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { parseDocument } from '../helpers/html.ts';

describe('demo article body images', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
    await loadDemo(t.app.byline);
  });
  afterAll(() => t.close());

  it('does not publish a body image without its width and height, and keeps it a captioned figure', async () => {
    const articles = (await t.app.byline.services.articles.listPublished({}, { page: 1, pageSize: 100 })).items;
    let images = 0;
    for (const article of articles) {
      const page = parseDocument((await t.app.inject({ url: article.path })).body);
      for (const img of page.querySelectorAll('.article-body img')) {
        images++;
        expect(Number(img.getAttribute('width')), article.path).toBeGreaterThan(0);
        expect(Number(img.getAttribute('height')), article.path).toBeGreaterThan(0);
        expect(img.getAttribute('alt')).not.toBe('');
        const figure = img.closest('figure');
        expect(figure, article.path).not.toBeNull();
        expect(figure!.querySelector('figcaption')?.textContent?.trim(), article.path).toBeTruthy(); // every demo picture has its caption
        const file = await t.app.inject({ url: img.getAttribute('src')! });
        expect(file.statusCode).toBe(200);
      }
    }
    expect(images).toBe(6); // the demo's six body pictures
  });
});
