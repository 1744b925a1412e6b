// The editor's "See also" lookup (GET /admin/articles/lookup): published stories matching the
// words, as JSON, for signed-in staff only; drafts never; a bad query is a 400 with a message.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { factories } from '../helpers/factories.ts';
import { parseDocument } from '../helpers/html.ts';
import { signIn, type Staff } from '../helpers/newsroom.ts';

describe("the editor's story lookup", () => {
  let t: TestApp;
  let contributor: Staff;

  beforeAll(async () => {
    t = await buildTestApp();
    const make = factories(t.app);
    const section = await make.section({ name: 'Harbour', slug: 'harbour' });
    await make.article({ sectionId: section.id, headline: 'Lighthouse keepers return to the rock' });
    await make.article({ sectionId: section.id, headline: 'Lighthouse plans kept secret', status: 'draft', publishedAt: null });
    contributor = await signIn(t.app, 'contributor');
  });
  afterAll(() => t.close());

  it('finds published stories only, with their headline, address and section', async () => {
    const response = await contributor.get('/admin/articles/lookup?q=lighthouse');
    expect(response.statusCode).toBe(200);
    const { results } = response.json() as { results: { headline: string; path: string; section: string }[] };
    expect(results.map((r) => r.headline)).toEqual(['Lighthouse keepers return to the rock']);
    expect(results[0]!.path).toMatch(/^\/harbour\/\d{4}\/\d{2}\/\d{2}\/story-\d+$/);
    expect(results[0]!.section).toBe('Harbour');
  });

  it('answers an empty or overlong query with a 400 and a message, and a signed-out request with no results', async () => {
    expect((await contributor.get('/admin/articles/lookup?q=')).statusCode).toBe(400);
    expect((await contributor.get(`/admin/articles/lookup?q=${'x'.repeat(500)}`)).statusCode).toBe(400);
    expect((await contributor.get('/admin/articles/lookup?q=a&q=b')).statusCode).toBe(400);
    const signedOut = await t.app.inject({ url: '/admin/articles/lookup?q=lighthouse' });
    expect(signedOut.statusCode).toBe(303);
    expect(signedOut.body).not.toContain('Lighthouse');
  });

  it('leaves the body a plain textarea that posts without JavaScript; the toolbar is a deferred script', async () => {
    const doc = parseDocument((await contributor.get('/admin/articles/new')).body);
    expect(doc.querySelector('form textarea[name="bodyMarkdown"]')).not.toBeNull();
    const toolbar = [...doc.querySelectorAll('script[src]')].find((s) => s.getAttribute('src')?.includes('markdown-toolbar'));
    expect(toolbar?.hasAttribute('defer')).toBe(true);
    expect(doc.querySelector('[role="toolbar"]')).toBeNull();
  });
});
