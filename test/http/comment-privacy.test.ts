// The promise on the form — "Your email address will not be published" — proven: a comment is
// posted with a unique address and approved, then every public URL (pages from the sitemaps,
// feeds, search JSON, robots) is fetched and searched for the address in any form, hashed too.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { reader } from '../helpers/commenter.ts';
import { factories } from '../helpers/factories.ts';

describe('commenters’ email addresses', () => {
  let t: TestApp;
  const email = `Unique.Reader.${Date.now()}@privacy-test.example`;
  const forms = [email, email.toLowerCase(), encodeURIComponent(email), encodeURIComponent(email.toLowerCase())];
  for (const algorithm of ['md5', 'sha1', 'sha256']) {
    for (const variant of [email, email.toLowerCase()]) forms.push(createHash(algorithm).update(variant).digest('hex'));
  }

  beforeAll(async () => {
    t = await buildTestApp();
    const make = factories(t.app);
    const author = await make.person({ name: 'Robin Writer', slug: 'robin-writer' });
    const article = await make.article({ slug: 'private-story', authorIds: [author.id], tags: ['Privacy'] });
    await t.app.byline.services.settings.updateSiteSettings({ commentPolicy: 'approve-all' });
    const response = await reader(t.app, t.clock).comment(article.path!, { body: 'A comment whose author must stay private.', name: 'Private Person', email });
    expect(response.statusCode).toBe(303);
    const held = await reader(t.app, t.clock).comment(article.path!, { body: 'Another, held this time.', name: 'Held Person', email: `held.${email}` });
    expect(held.statusCode).toBe(303);
  });
  afterAll(() => t.close());

  it('appears on no public URL, in no form', async () => {
    const seen = new Set<string>();
    const queue = ['/', '/robots.txt', '/sitemap.xml', '/feed.xml', '/feed.atom', '/feed.json', '/search?q=private', '/search.json?q=private', '/search.json?q=comment'];
    let fetched = 0;
    let sawComment = false;
    while (queue.length > 0 && fetched < 400) {
      const url = queue.shift()!;
      if (seen.has(url)) continue;
      seen.add(url);
      const response = await t.app.inject({ url });
      fetched++;
      const body = response.body;
      sawComment ||= body.includes('A comment whose author must stay private.');
      for (const form of forms) expect(body.includes(form), `${url} contains ${form}`).toBe(false);
      expect(body.toLowerCase()).not.toContain('privacy-test.example');
      // Follow every same-site link and every <loc> in sitemaps.
      for (const match of body.matchAll(/(?:href|src)="([^"#]+)"|<loc>([^<]+)<\/loc>|"url":\s*"([^"]+)"/g)) {
        const raw = match[1] ?? match[2] ?? match[3]!;
        const path = raw.replace(/^https:\/\/news\.example\.test/, '').replace(/&amp;/g, '&');
        if (path.startsWith('/') && !path.startsWith('//') && !path.startsWith('/admin') && !seen.has(path)) queue.push(path);
      }
    }
    expect(fetched).toBeGreaterThan(15);
    expect(sawComment).toBe(true);
    expect([...seen].some((url) => url.includes('/private-story'))).toBe(true);
  });
});
