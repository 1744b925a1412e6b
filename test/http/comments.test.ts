// Reader comments through HTTP: the form, threads, every bad-input path keeping the text, the
// moderation policy, the spam signals, closing rules, and XSS attempts rendering inert.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/content/content.ts';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { reader } from '../helpers/commenter.ts';
import { factories } from '../helpers/factories.ts';
import { parseDocument, texts } from '../helpers/html.ts';

describe('reader comments', () => {
  let t: TestApp;
  let article: Article;
  let make: ReturnType<typeof factories>;

  const page = async (path = article.path!, jar?: Map<string, string>) => {
    const response = await t.app.inject({ url: path, headers: jar ? { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') } : {} });
    return parseDocument(response.body);
  };
  const approveAll = () => t.app.byline.services.settings.updateSiteSettings({ commentPolicy: 'approve-all' });

  beforeAll(async () => {
    t = await buildTestApp();
    make = factories(t.app);
    article = await make.article({ headline: 'Talks resume', slug: 'talks-resume' });
  });
  afterAll(() => t.close());

  it('offers the "Leave a Reply" form with its promise and required fields', async () => {
    const doc = await page();
    expect(texts(doc, '#reply-title')).toEqual(['Leave a Reply']);
    expect(texts(doc, '.email-promise')).toEqual(['Your email address will not be published. Required fields are marked *']);
    expect([...doc.querySelectorAll('.comment-form label')].map((l) => (l.textContent ?? '').trim())).toEqual(['Comment *', 'Name *', 'Email *', 'Website', 'Leave this field empty']);
    expect(texts(doc, '#comments-heading')).toEqual(['Comments: No comments yet']);
  });

  it("holds a commenter's first comment, shows it only to them, then approves their next ones", async () => {
    const someone = reader(t.app, t.clock);
    const first = await someone.comment(article.path!, { body: 'First thoughts from me.', email: 'first.timer@example.net', name: 'First Timer' });
    expect(first.statusCode).toBe(303);
    const [location, anchor] = (first.headers.location as string).split('#');
    expect(anchor).toMatch(/^comment-\d+$/);
    const mine = await page(location, someone.jar);
    expect(texts(mine, `#${anchor} .awaiting-moderation`)).toEqual(['Your comment is awaiting moderation.']);
    expect((await t.app.inject({ url: location!, headers: { cookie: [...someone.jar].map(([k, v]) => `${k}=${v}`).join('; ') } })).headers['cache-control']).toBe('private, no-store');
    const others = await page();
    expect(others.querySelector(`#${anchor}`)).toBeNull();

    const id = Number(anchor!.slice('comment-'.length));
    await t.app.byline.services.comments.setStatus(id, 'approved');
    expect(texts(await page(), `#${anchor} .comment-body`)).toEqual(['First thoughts from me.']);

    const second = await someone.comment(article.path!, { body: 'And a follow-up.', email: 'First.Timer@example.net', name: 'First Timer' });
    const secondAnchor = (second.headers.location as string).split('#')[1];
    expect(texts(await page(), `#${secondAnchor} .comment-body`)).toEqual(['And a follow-up.']);
  });

  it.each([
    ['an empty comment', { body: '' }, 'body', 'Write your comment.'],
    ['no name', { name: '' }, 'name', 'Give your name.'],
    ['no email', { email: '' }, 'email', 'Give your email address. It will not be published.'],
    ['an invalid email', { email: 'not-an-address' }, 'email', 'That does not look like an email address.'],
    ['a javascript: website', { url: 'javascript:alert(1)' }, 'url', 'Give a web address starting with http:// or https://, or leave it empty.'],
    ['an ftp: website', { url: 'ftp://files.example' }, 'url', 'Give a web address starting with http:// or https://, or leave it empty.'],
    ['a comment over the length limit', { body: 'x'.repeat(5001) }, 'body', 'Keep your comment under 5000 characters (it has 5001).'],
  ])('brings back %s with everything typed and the error beside the field', async (_case, fields, field, message) => {
    const typed = { body: 'My careful words, not to be lost.', name: 'Ada Reader', email: 'ada@example.net', url: 'https://ada.example', ...fields };
    const response = await reader(t.app, t.clock).comment(article.path!, typed);
    expect(response.statusCode).toBe(400);
    const doc = parseDocument(response.body);
    expect(doc.querySelector('#comment-body')?.textContent).toBe(typed.body);
    expect(doc.querySelector('#comment-name')?.getAttribute('value')).toBe(typed.name);
    expect(doc.querySelector('#comment-email')?.getAttribute('value')).toBe(typed.email);
    expect(doc.querySelector('#comment-url')?.getAttribute('value')).toBe(typed.url);
    expect(texts(doc, `#comment-${field}-error`)).toEqual([message]);
    expect(doc.querySelector(`#comment-${field}`)?.getAttribute('aria-describedby')).toBe(`comment-${field}-error`);
    expect(response.headers['cache-control']).toBe('private, no-store');
    // The error summary at the top of the form links to the field (issue 13); the form's action
    // brings the reader back to it.
    expect([...doc.querySelectorAll('#respond > #comment-errors a')].map((a) => [a.getAttribute('href'), a.textContent])).toEqual([[`#comment-${field}`, message]]);
    expect(doc.querySelector('form.comment-form')?.getAttribute('action')).toBe('/comments#comment-errors');
  });

  it('threads replies under their parent, and attaches replies beyond the depth limit at the last level', async () => {
    await t.app.byline.services.settings.updateSiteSettings({ commentPolicy: 'approve-all', commentMaxDepth: 2 });
    const story = await make.article({ slug: 'threaded-story' });
    const top = await reader(t.app, t.clock).comment(story.path!, { body: 'Top level.' });
    const topId = (top.headers.location as string).split('#comment-')[1]!;
    const replyPage = await page(`${story.path}?replyto=${topId}`);
    expect(texts(replyPage, '#reply-title')[0]).toBe('Reply to A Reader');
    const reply = await reader(t.app, t.clock).comment(`${story.path}?replyto=${topId}`, { body: 'A reply.' });
    const replyId = (reply.headers.location as string).split('#comment-')[1]!;
    const deeper = await reader(t.app, t.clock).comment(`${story.path}?replyto=${replyId}`, { body: 'Too deep.' });
    const deeperId = (deeper.headers.location as string).split('#comment-')[1]!;
    const doc = await page(story.path!);
    expect(doc.querySelector(`#comment-${topId}`)?.parentElement?.querySelector(`:scope > ol > li > #comment-${replyId}`)).not.toBeNull();
    expect(doc.querySelector(`#comment-${topId}`)?.parentElement?.querySelector(`:scope > ol > li > #comment-${deeperId}`)).not.toBeNull();
    expect(texts(doc, '#comments-heading')).toEqual(['Comments: 3 comments']);
    await t.app.byline.services.settings.updateSiteSettings({ commentPolicy: 'hold-first', commentMaxDepth: 5 });
  });

  it('shows a held reply under its parent, after its approved replies, not at the top of the thread (issue 13)', async () => {
    await approveAll();
    const story = await make.article({ slug: 'held-reply-story' });
    const idOf = (response: { headers: Record<string, unknown> }) => (response.headers.location as string).split('#comment-')[1]!;
    const first = idOf(await reader(t.app, t.clock).comment(story.path!, { body: 'First, approved.' }));
    const second = idOf(await reader(t.app, t.clock).comment(story.path!, { body: 'Second, approved.' }));
    const earlierReply = idOf(await reader(t.app, t.clock).comment(`${story.path}?replyto=${first}`, { body: 'An approved reply.' }));
    await t.app.byline.services.settings.updateSiteSettings({ commentPolicy: 'hold-all' });
    await page(story.path!); // the shared page is now in the cache
    const someone = reader(t.app, t.clock);
    const held = idOf(await someone.comment(`${story.path}?replyto=${first}`, { body: 'My reply, held.' }));
    const heldToSecond = idOf(await someone.comment(`${story.path}?replyto=${second}`, { body: 'Another reply, held.' }, { thinkMs: 20_000 }));
    const cached = await someone.get(story.path!);
    expect(cached.headers['x-cache']).toBe('hit');
    // And the page of their own a refused comment comes back on, rendered for them.
    const refused = await someone.comment(story.path!, { body: 'Too soon.' }, { thinkMs: 1000 });
    for (const doc of [parseDocument(cached.body), parseDocument(refused.body)]) {
      const replies = [...doc.querySelectorAll(`#comment-${first} + ol > li > article`)].map((element) => element.id);
      expect(replies).toEqual([`comment-${earlierReply}`, `comment-${held}`]);
      expect(doc.querySelector(`#comment-${second} + ol > li > #comment-${heldToSecond} .awaiting-moderation`)).not.toBeNull();
      expect(doc.querySelector('.held-comments')).toBeNull();
    }
    await t.app.byline.services.settings.updateSiteSettings({ commentPolicy: 'hold-first' });
  });

  it('puts a first held comment after the thread, without "Be the first to comment" above it (issue 13)', async () => {
    const story = await make.article({ slug: 'first-held-story' });
    await page(story.path!);
    const someone = reader(t.app, t.clock);
    await someone.comment(story.path!, { body: 'The very first.', email: 'never.seen.before@example.net' });
    const cached = parseDocument((await someone.get(story.path!)).body);
    const order = [...cached.querySelectorAll('#comments > *')].map((element) => element.className);
    expect(order.indexOf('held-comments')).toBeGreaterThan(order.indexOf('comments-note'));
    const refused = parseDocument((await someone.comment(story.path!, { body: 'Too soon.' }, { thinkMs: 1000 })).body);
    expect(refused.querySelector('.comments-note')).toBeNull();
    expect(texts(refused, '.held-comments .comment-body')).toEqual(['The very first.']);
  });

  it('renders every XSS attempt in name, website and comment as inert text', async () => {
    await approveAll();
    const story = await make.article({ slug: 'xss-story' });
    const response = await reader(t.app, t.clock).comment(story.path!, {
      name: '<img src=x onerror=alert(1)>',
      url: 'https://example.org/"><script>alert(2)</script>',
      body: '<script>alert(3)</script> **bold?** [link](javascript:alert(4)) <a href="javascript:alert(5)">x</a> see https://example.org/page',
    });
    expect(response.statusCode).toBe(303);
    const doc = await page(story.path!);
    const comment = doc.querySelector('.comment')!;
    expect(comment.querySelectorAll('script, img')).toHaveLength(0);
    expect(texts(doc, '.comment-author')[0]).toBe('<img src=x onerror=alert(1)>');
    expect(comment.querySelector('.comment-body')!.textContent).toContain('<script>alert(3)</script> **bold?**');
    const links = [...comment.querySelectorAll('a[rel="nofollow ugc noopener"]')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['https://example.org/"><script>alert(2)</script>', 'https://example.org/page']);
    for (const element of doc.querySelectorAll('*')) for (const attribute of element.attributes) expect(attribute.name.startsWith('on')).toBe(false);
    await t.app.byline.services.settings.updateSiteSettings({ commentPolicy: 'hold-first' });
  });

  it('shows a notice instead of the form on a closed article, and refuses a POST to it', async () => {
    const closed = await make.article({ slug: 'closed-story', commentsOpen: false });
    const doc = await page(closed.path!);
    expect(doc.querySelector('form.comment-form')).toBeNull();
    expect(texts(doc, '.comments-closed')).toEqual(['Comments are closed on this article.']);
    const open = await make.article({ slug: 'soon-closed' });
    const someone = reader(t.app, t.clock);
    const response = await (async () => {
      const pageDoc = parseDocument((await someone.get(open.path!)).body);
      expect(pageDoc.querySelector('form.comment-form')).not.toBeNull();
      await t.app.byline.services.articles.updateArticle(open.id, { commentsOpen: false });
      return someone.comment(open.path!, { body: 'Kept?' }).catch(() => undefined);
    })();
    expect(response).toBeUndefined(); // the page no longer has a form at all
  });

  it('closes comments on articles older than the configured age', async () => {
    await t.app.byline.services.settings.updateSiteSettings({ commentsCloseAfterDays: 30 });
    const old = await make.article({ slug: 'old-story', publishedAt: new Date(t.clock.now().getTime() - 31 * 86_400_000) });
    expect(texts(await page(old.path!), '.comments-closed')[0]).toContain('30 days');
    await t.app.byline.services.settings.updateSiteSettings({ commentsCloseAfterDays: null });
  });

  describe('spam signals', () => {
    const statusOf = async (location: string) => t.app.byline.services.comments.findRecord(Number(location.split('#comment-')[1]));

    it('marks a filled honeypot as spam, with the reason recorded', async () => {
      const response = await reader(t.app, t.clock).comment(article.path!, { body: 'Buy now', website_confirm: 'http://spam.example' });
      const row = await statusOf(response.headers.location as string);
      expect(row?.status).toBe('spam');
      expect(JSON.parse(row!.reasons)).toEqual(['filled in the hidden field that people never see']);
    });

    it('marks a comment posted faster than a person can type as spam, saying how fast', async () => {
      const response = await reader(t.app, t.clock).comment(article.path!, { body: 'Instant!' }, { thinkMs: 1200 });
      const row = await statusOf(response.headers.location as string);
      expect(row?.status).toBe('spam');
      expect(JSON.parse(row!.reasons)).toEqual(['posted 1.2 s after the page was served']);
    });

    it('marks a forged form token as spam', async () => {
      const response = await reader(t.app, t.clock).comment(article.path!, { body: 'Forged.' }, { token: 'abc.def' });
      expect((await statusOf(response.headers.location as string))?.status).toBe('spam');
    });

    it('marks the same text twice on one article as spam', async () => {
      await approveAll();
      const text = `Exactly the same words ${Date.now()}`;
      await reader(t.app, t.clock).comment(article.path!, { body: text });
      const again = await reader(t.app, t.clock).comment(article.path!, { body: text });
      expect((await statusOf(again.headers.location as string))?.status).toBe('spam');
      await t.app.byline.services.settings.updateSiteSettings({ commentPolicy: 'hold-first' });
    });

    it('holds comments with disallowed words or too many links, saying why', async () => {
      await t.app.byline.services.settings.updateSiteSettings({ commentPolicy: 'approve-all', commentDisallowedWords: ['scoundrel'] });
      const rude = await reader(t.app, t.clock).comment(article.path!, { body: 'The minister is a Scoundrel.' });
      expect(JSON.parse((await statusOf(rude.headers.location as string))!.reasons)).toEqual(['contains the disallowed word "scoundrel"']);
      const links = await reader(t.app, t.clock).comment(article.path!, { body: 'See https://a.example https://b.example https://c.example' });
      const row = await statusOf(links.headers.location as string);
      expect(row?.status).toBe('pending');
      expect(JSON.parse(row!.reasons)).toEqual(['has 3 links (more than 2)']);
      await t.app.byline.services.settings.updateSiteSettings({ commentPolicy: 'hold-first', commentDisallowedWords: [] });
    });

    it('allows one comment per address every 15 seconds, keeping the text of the refused one', async () => {
      const someone = reader(t.app, t.clock);
      await someone.comment(article.path!, { body: 'One.' });
      const quick = await someone.comment(article.path!, { body: 'Two, too soon.' }, { thinkMs: 5000 });
      expect(quick.statusCode).toBe(429);
      const doc = parseDocument(quick.body);
      expect(texts(doc, '.respond .error-summary p')[0]).toMatch(/^Please wait \d+ seconds/);
      expect(doc.querySelector('#comment-body')?.textContent).toBe('Two, too soon.');
    });

    it('refuses a post from another site, keeping the text', async () => {
      const response = await reader(t.app, t.clock).comment(article.path!, { body: 'Cross-site words.' }, { origin: 'https://evil.example' });
      expect(response.statusCode).toBe(403);
      expect(parseDocument(response.body).querySelector('#comment-body')?.textContent).toBe('Cross-site words.');
    });
  });
});
