// The XSS corpus (test/fixtures/xss-vectors.txt, 140 attack strings) pushed through every field
// a contributor or reader controls, then every page showing them loaded in Chromium: public
// pages, feeds, the desk, the editor, moderation and the other admin lists. A page fails on any
// dialog, or any element or attribute that could run script (event handlers, javascript:/data:
// URLs, script/iframe/object/embed/base elements the site does not serve itself).
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signFormToken } from '../../src/comments/form-token.ts';
import { launchChromium } from '../helpers/browser.ts';
import { startDemoServer } from '../helpers/demo-server.ts';
import { createStaff } from '../helpers/newsroom.ts';

const vectors = readFileSync(new URL('../fixtures/xss-vectors.txt', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('# '));
const chunks = Array.from({ length: Math.ceil(vectors.length / 10) }, (_, i) => vectors.slice(i * 10, i * 10 + 10));

/** Runs in the page: everything that could execute script and that the site does not put there itself. */
function findInjected(): string[] {
  const found: string[] = [];
  const risky = /^\s*(javascript|vbscript|data:text\/html|data:image\/svg)/i;
  for (const element of Array.from(document.querySelectorAll('*'))) {
    const tag = element.tagName.toLowerCase();
    if (['iframe', 'object', 'embed', 'base', 'frame', 'frameset', 'applet', 'math', 'svg', 'template', 'noscript', 'isindex', 'keygen', 'marquee'].includes(tag)) found.push(`<${tag}>`);
    if (tag === 'script' && !(element.getAttribute('src') ?? '').startsWith('/') && element.getAttribute('type') !== 'application/ld+json') found.push(`<script>${element.textContent?.slice(0, 40)}`);
    if (tag === 'meta' && element.getAttribute('http-equiv')) found.push(`<meta http-equiv=${element.getAttribute('http-equiv')}>`);
    if (tag === 'link' && element.getAttribute('rel') === 'import') found.push('<link rel=import>');
    for (const attribute of Array.from(element.attributes)) {
      if (/^on/i.test(attribute.name)) found.push(`<${tag} ${attribute.name}>`);
      // A meta's content is text (a description), except where it names an address to load.
      const addressMeta = tag === 'meta' && /(url|image)$/i.test(element.getAttribute('property') ?? element.getAttribute('name') ?? '');
      if ((['href', 'src', 'action', 'formaction', 'data', 'srcdoc', 'xlink:href', 'background', 'poster'].includes(attribute.name) || (attribute.name === 'content' && addressMeta)) && (attribute.name === 'srcdoc' || risky.test(attribute.value))) found.push(`<${tag} ${attribute.name}="${attribute.value.slice(0, 40)}">`);
      if (attribute.name === 'style' && /expression|javascript:|url\(/i.test(attribute.value)) found.push(`<${tag} style>`);
    }
  }
  return found;
}

describe('the XSS corpus in every field, in Chromium', () => {
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  let browser: Browser;
  let page: Page;
  const dialogs: string[] = [];
  const publicPages: string[] = [];
  const adminPages: string[] = [];
  const refused: string[] = [];

  beforeAll(async () => {
    server = await startDemoServer();
    const { services } = server.app.byline;
    await services.settings.updateSiteSettings({ commentPolicy: 'approve-all', title: `The Ledger ${vectors[0]}`, tagline: vectors.slice(0, 12).join(' ') });
    const secret = await services.settings.getOrCreateSecret('comments');
    let ip = 0;
    for (const [k, chunk] of chunks.entries()) {
      const section = await services.taxonomy.createSection({ name: chunk[0]!.slice(0, 80), slug: `vector-section-${k}`, description: chunk.join(' ') });
      const person = await services.people.createPerson({ name: chunk[1]!.slice(0, 80), slug: `vector-person-${k}`, roleTitle: chunk[2]!, location: chunk[3]!, bio: chunk.join('\n\n'), links: chunk.slice(0, 4).map((vector) => ({ label: vector, url: /^\S+:/.test(vector) ? vector : `https://example.com/${encodeURIComponent(vector)}` })) }).catch((error) => {
        refused.push(`person ${k}: ${(error as Error).message}`);
        return undefined;
      });
      const authorIds = person ? [person.id] : [(await services.people.listAllPeople())[0]!.id];
      for (const [j, vector] of chunk.entries()) {
        const n = k * 10 + j;
        const bodyMarkdown = [`Vector ${n} as text: ${vector}`, vector, `Inline: **${vector}** and \`${vector}\``, `<p>${vector}</p>`, `<div title="${vector}">${vector}</div>`, `[${vector}](${vector})`, `![${vector}](/media/none.png "${vector}")`].join('\n\n');
        const input = {
          headline: `Vector ${n}: ${vector}`.slice(0, 300),
          slug: `vector-${n}`,
          sectionId: section.id,
          standfirst: vector,
          dateline: vector.slice(0, 60),
          bodyMarkdown,
          authorIds,
          tags: [vector.slice(0, 60)],
          status: 'published' as const,
          publishedAt: new Date(Date.now() - 60_000),
          featuredImage: { url: '/media/none.png', alt: vector, caption: vector, credit: vector, width: 800, height: 600 },
          seoTitle: vector.slice(0, 100),
          seoDescription: vector,
        };
        const article = await services.articles.createArticle(input).catch(async (error) => {
          refused.push(`article ${n}: ${(error as Error).message}`);
          return services.articles.createArticle({ ...input, tags: [] });
        });
        if (j === 0) adminPages.push(`/admin/articles/${article.id}/edit`);
        publicPages.push(article.path!);
        const outcome = await services.comments.post({ articleId: article.id, parentId: null, name: vector.slice(0, 80), email: 'reader@example.net', url: /^\S+:/.test(vector) ? vector : '', body: `${vector}\n\n${vector} https://example.com/${encodeURIComponent(vector)}`, honeypot: '', formToken: signFormToken(secret, article.id, new Date(Date.now() - 60_000)), ip: `198.51.${Math.floor(++ip / 250)}.${ip % 250}`, userAgent: vector });
        if (outcome.kind !== 'accepted') refused.push(`comment ${n}: ${outcome.kind}`);
      }
      publicPages.push(`/vector-section-${k}`, `/author/vector-person-${k}`, `/search?q=${encodeURIComponent(chunk.join(' '))}`);
    }
    publicPages.push('/', '/corrections', '/feed.xml');
    adminPages.push('/admin/articles', '/admin/articles?page=2', '/admin/articles?page=3', '/admin/comments', '/admin/comments?status=approved', '/admin/people', '/admin/sections', '/admin/tags', '/admin/settings');

    browser = await launchChromium();
    page = await browser.newPage();
    page.on('dialog', (dialog) => {
      dialogs.push(`${page.url()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function visit(paths: string[]): Promise<string[]> {
    const problems: string[] = [];
    for (const path of paths) {
      const response = await page.goto(server.url + path, { waitUntil: 'load' });
      if (!response || response.status() >= 500) problems.push(`${path}: status ${response?.status()}`);
      // Focus and hover reach handlers that autofocus or a pointer would.
      await page.mouse.move(200, 200);
      await page.keyboard.press('Tab');
      const injected = await page.evaluate(findInjected);
      if (injected.length > 0) problems.push(`${path}: ${[...new Set(injected)].join(', ')}`);
    }
    return problems;
  }

  it(`runs none of the ${vectors.length} vectors on public pages and feeds`, async () => {
    expect(vectors.length).toBeGreaterThanOrEqual(100);
    expect(await visit(publicPages)).toEqual([]);
    expect(dialogs).toEqual([]);
  }, 600_000);

  it('runs none of them in the newsroom: desk, editor, moderation, people, sections, tags, settings', async () => {
    const staff = await createStaff(server.app, 'administrator');
    await page.goto(server.url + '/admin/login');
    await page.fill('input[name="email"]', staff.email);
    await page.fill('input[name="password"]', staff.password);
    await Promise.all([page.waitForURL((url) => !url.pathname.endsWith('/login')), page.click('button[type="submit"]')]);
    expect(await visit(adminPages)).toEqual([]);
    expect(dialogs).toEqual([]);
    console.log(`XSS corpus: ${vectors.length} vectors, ${publicPages.length} public and ${adminPages.length} admin pages, inputs refused by validation: ${refused.length}`);
  }, 600_000);
});
