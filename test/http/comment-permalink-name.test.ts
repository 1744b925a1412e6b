// Regression (issue 8, WCAG 2.5.3 "label in name"; axe label-content-name-mismatch): a comment's
// permalink showed its date but was named "Link to Sam's comment", so a person using speech
// input who says the date they see could not reach it. The name now starts with the visible date.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { reader } from '../helpers/commenter.ts';
import { factories } from '../helpers/factories.ts';
import { parseDocument } from '../helpers/html.ts';

describe('comment permalink accessible name', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
    await t.app.byline.services.settings.updateSiteSettings({ commentPolicy: 'approve-all' });
  });
  afterAll(() => t.close());

  it('does not name the permalink without the date it shows', async () => {
    const article = await factories(t.app).article();
    expect((await reader(t.app, t.clock).comment(article.path!, { body: 'A considered point about the harbour.', name: 'Sam Quay' })).statusCode).toBe(303);
    const links = parseDocument((await t.app.inject({ url: article.path! })).body).querySelectorAll('a.comment-permalink');
    expect(links).toHaveLength(1);
    const visible = links[0]!.textContent!.trim();
    expect(visible).toMatch(/\d/);
    const name = links[0]!.getAttribute('aria-label')!;
    expect(name.startsWith(visible)).toBe(true);
    expect(name).toContain('Sam Quay');
  });
});
