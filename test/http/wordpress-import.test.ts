// The WordPress importer, one rule at a time, on small exports of our own: comment threads and
// states, shortcodes and block markup, old URLs, a second import, atomic failure, hostile content.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import sharp from 'sharp';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runWordpressImport } from '../../src/import/wordpress/run-import.ts';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { parseDocument, texts } from '../helpers/html.ts';
import { type Fixture, writeWxr, wxr } from '../helpers/wxr.ts';

const tables = ['articles', 'comments', 'people', 'sections', 'tags', 'redirects', 'article_tags', 'article_authors', 'wordpress_imports'] as const;

describe('byline import wordpress: the rules', () => {
  let t: TestApp;
  let dir: string;
  beforeAll(async () => {
    t = await buildTestApp({ now: new Date('2026-11-28T12:00:00Z') });
    dir = mkdtempSync(path.join(tmpdir(), 'wxr-'));
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const importFixture = (name: string, fixture: Fixture | string, options = {}) =>
    runWordpressImport(t.app.byline, writeWxr(dir, name, typeof fixture === 'string' ? fixture : wxr(fixture)), { reportFile: path.join(dir, `${name}.json`), ...options });
  const get = (url: string) => t.app.inject({ url });
  const counts = async () => Object.fromEntries(await Promise.all(tables.map(async (table) => [table, Number((await t.app.byline.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n)])));
  const dump = async () => Promise.all(tables.map((table) => t.app.byline.db.selectFrom(table).selectAll().execute()));
  async function follow(url: string) {
    const first = await get(url);
    expect(first.statusCode, url).toBe(301);
    const final = await get(first.headers.location as string);
    return { location: first.headers.location as string, status: final.statusCode, body: final.body };
  }

  const threads: Fixture = {
    site: 'https://threads.example.org',
    categories: [{ id: 3, slug: 'city', name: 'City' }],
    items: [
      {
        id: 10,
        title: 'Bridge reopens after repairs',
        categories: ['city'],
        content: 'The bridge opened on Monday.\n\nTraffic was light.',
        comments: [
          { id: 1, author: 'Ada', content: 'Good news at last.' },
          { id: 2, author: 'Ben', content: 'Replying to Ada: agreed.', parent: 1 },
          { id: 3, author: 'Cy', content: 'Held for moderation.', approved: '0' },
          { id: 4, author: 'Spammer', content: 'Cheap pills here.', approved: 'spam' },
          { id: 5, author: 'Binned', content: 'A trashed remark.', approved: 'trash' },
          { id: 6, author: 'Other Blog', content: 'Linked to you.', type: 'pingback' },
        ],
      },
    ],
  };

  it('imports comments with their threads and states, shows only approved ones, and skips pingbacks by default', async () => {
    const { report } = await importFixture('threads.xml', threads);
    expect(report.counts.comments).toMatchObject({ read: 6, created: 5, skipped: 1 });
    expect(report.losses).toEqual([]);
    const { location, status, body } = await follow('/2024/03/05/bridge-reopens-after-repairs/');
    expect(status).toBe(200);
    expect(location).toBe('/city/2024/03/05/bridge-reopens-after-repairs');
    const page = parseDocument(body);
    expect(texts(page, '.comment-author')).toEqual(['Ada', 'Ben']);
    // Ben's reply sits inside Ada's thread.
    expect(page.querySelector('.comment-list li .comment-list .comment-author')?.textContent?.trim()).toBe('Ben');
    expect(body).not.toContain('Held for moderation');
    expect(body).not.toContain('Cheap pills');
    expect(body).not.toContain('Linked to you');
    expect(body).not.toMatch(/mail\.example\.net|editor@old/);
    const states = await t.app.byline.db.selectFrom('comments').select(['author_name', 'status']).orderBy('id').execute();
    expect(states.map((s) => `${s.author_name}:${s.status}`)).toEqual(['Ada:approved', 'Ben:approved', 'Cy:pending', 'Spammer:spam', 'Binned:trash']);
  });

  it('changes nothing on a second import of the same export, and updates in place what changed', async () => {
    const before = await dump();
    const again = await importFixture('threads.xml', threads);
    expect(again.report.counts.posts).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
    expect(again.report.counts.comments).toMatchObject({ created: 0, updated: 0, unchanged: 5 });
    expect(await dump()).toEqual(before);
    const edited = structuredClone(threads);
    edited.items[0]!.title = 'Bridge reopens after long repairs';
    const third = await importFixture('threads-edited.xml', edited);
    expect(third.report.counts.posts).toMatchObject({ updated: 1, created: 0 });
    expect((await counts()).articles).toBe(1);
    expect(parseDocument((await follow('/?p=10')).body).querySelector('h1')?.textContent).toBe('Bridge reopens after long repairs');
  });

  it('converts [caption], [gallery], [embed] and block markup, keeps alt text, and reports an unknown shortcode with its text kept', async () => {
    const { report } = await importFixture('shortcodes.xml', {
      site: 'https://shortcodes.example.org',
      items: [
        { id: 40, title: 'Harbour photo', type: 'attachment', parent: 41, attachmentUrl: 'https://shortcodes.example.org/wp-content/uploads/2024/03/harbour.jpg', meta: { _wp_attachment_image_alt: 'Boats at dawn' }, excerpt: 'The harbour at first light' },
        {
          id: 41,
          title: 'Shortcode story',
          content: [
            '[caption id="attachment_40" align="alignnone" width="640"]<img src="https://shortcodes.example.org/wp-content/uploads/2024/03/harbour.jpg" alt="Fishing boats" width="640" height="480" /> Boats return to the quay[/caption]',
            '',
            '[gallery ids="40"]',
            '',
            '[embed]https://www.youtube.com/watch?v=abc123[/embed]',
            '',
            '[pullout size="big"]A remark worth keeping[/pullout]',
            '',
            'Reporting by [sic] our own team.',
          ].join('\n'),
        },
        { id: 42, title: 'Block story', content: '<!-- wp:paragraph -->\n<p>First block paragraph.</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:heading {"level":5} -->\n<h5>Small heading</h5>\n<!-- /wp:heading -->\n\n<!-- wp:latest-posts /-->' },
      ],
    });
    const page = parseDocument((await follow('/2024/03/05/shortcode-story/')).body);
    const body = page.querySelector('.article-body') ?? page.body;
    expect(texts(body as unknown as Document, 'figcaption')).toContain('Boats return to the quay');
    const alts = [...body.querySelectorAll('img')].map((img) => img.getAttribute('alt'));
    expect(alts).toEqual(expect.arrayContaining(['Fishing boats', 'Boats at dawn']));
    expect(body.querySelector('a[href="https://www.youtube.com/watch?v=abc123"]')).not.toBeNull();
    expect(body.textContent).toContain('A remark worth keeping');
    expect(body.textContent).toContain('[sic]');
    expect(body.textContent).not.toMatch(/\[(caption|gallery|embed|pullout)/);
    expect(report.unknownShortcodes).toEqual([{ postId: '41', title: 'Shortcode story', names: ['pullout'] }]);
    expect(report.losses.join('\n')).toContain('[pullout]');
    expect(report.dynamicBlocks).toEqual({ 'latest-posts': 1 });
    const block = parseDocument((await follow('/?p=42')).body);
    expect(texts(block, 'h4')).toContain('Small heading');
    // An attachment page leads to the post it belongs to.
    expect((await follow('/?attachment_id=40')).location).toBe('/uncategorized/2024/03/05/shortcode-story');
  });

  it('keeps old category, tag, author, ?p= and feed URLs answering with a 301 to a page that exists', async () => {
    await importFixture('paths.xml', {
      site: 'https://paths.example.org',
      authors: [{ id: 7, login: 'jo.reporter', email: 'jo@paths.example.org', name: 'Jo Reporter' }],
      categories: [{ id: 20, slug: 'sport', name: 'Sport' }, { id: 21, slug: 'rowing', name: 'Rowing', parent: 'sport' }],
      tags: [{ id: 30, slug: 'regatta', name: 'Regatta' }],
      items: [{ id: 50, title: 'Regatta results', creator: 'jo.reporter', categories: ['rowing', 'sport'], tags: ['regatta'], content: 'Crews raced all day.', link: 'https://paths.example.org/regatta-results/' }],
    }, { permalinks: '/%year%/%monthnum%/%postname%/' });
    const article = '/rowing/2024/03/05/regatta-results';
    expect(await follow('/regatta-results/')).toMatchObject({ location: article, status: 200 });
    expect(await follow('/2024/03/regatta-results/')).toMatchObject({ location: article, status: 200 });
    expect(await follow('/?p=50')).toMatchObject({ location: article, status: 200 });
    // Sections nest as the categories did: Rowing under Sport, whose front has the rowing story too.
    expect(await follow('/category/sport/rowing/')).toMatchObject({ location: '/sport/rowing', status: 200 });
    expect(await follow('/?cat=21')).toMatchObject({ location: '/sport/rowing', status: 200 });
    expect(await follow('/category/sport/rowing/feed/')).toMatchObject({ location: '/sport/rowing/feed.xml', status: 200 });
    expect(await follow('/category/sport/')).toMatchObject({ location: '/sport', status: 200 });
    expect(texts(parseDocument((await get('/sport')).body), '.story-headline')).toContain('Regatta results');
    // WordPress's nicename for jo.reporter is the person's slug here, so the old path is already live.
    expect((await get('/author/jo-reporter/')).statusCode).toBe(200);
    expect(await follow('/?author=7')).toMatchObject({ location: '/author/jo-reporter', status: 200 });
    expect(await follow('/author/jo-reporter/feed/')).toMatchObject({ location: '/author/jo-reporter/feed.xml', status: 200 });
    expect(await follow('/feed/')).toMatchObject({ location: '/feed.xml', status: 200 });
    // The tag keeps its slug, so /tag/regatta/ is already live; its ?tag= form redirects.
    expect((await get('/tag/regatta')).statusCode).toBe(200);
    expect(await follow('/?tag=regatta')).toMatchObject({ location: '/tag/regatta', status: 200 });
    // The section is the most specific category; the other becomes a tag.
    const tagsOnPage = texts(parseDocument((await get(article)).body), 'a[href^="/tag/"]');
    expect(tagsOnPage).toEqual(expect.arrayContaining(['Regatta', 'Sport']));
  });

  it('imports WordPress pages as pages at their own slug (/about stays /about), with their old URLs redirected and no dateline', async () => {
    const site = 'https://pages.example.org';
    const fixture: Fixture = {
      site,
      categories: [{ id: 40, slug: 'contact', name: 'Contact desk' }],
      items: [
        { id: 90, type: 'page', title: 'About us', slug: 'about', link: `${site}/about/`, content: 'We report on the harbour towns.\n\nReaders pay for it.', excerpt: 'Who we are.' },
        { id: 91, type: 'page', title: 'Our team', slug: 'team', parent: 90, link: `${site}/about/team/`, content: 'Six reporters and an editor.', comments: [{ id: 900, author: 'Visitor', content: 'Nice team.' }] },
        { id: 92, type: 'page', title: 'Contact', slug: 'contact', link: `${site}/contact/`, content: 'Write to the newsroom.' },
        { id: 93, type: 'page', title: 'Search', slug: 'search', link: `${site}/search-page/`, content: 'Use the box at the top.' },
        { id: 94, type: 'page', title: 'Ethics draft', slug: 'ethics', status: 'draft', link: `${site}/?page_id=94`, content: 'Not ready yet.' },
        { id: 95, title: 'A story in Contact desk', categories: ['contact'], content: 'Filed under the category.' },
      ],
    };
    const { report } = await importFixture('pages.xml', fixture);
    expect(report.counts.pages).toMatchObject({ read: 5, created: 5 });
    // No article and no "pages" section any more.
    expect(await t.app.byline.services.taxonomy.findSectionBySlug('pages')).toBeUndefined();
    const articles = await t.app.byline.db.selectFrom('articles').select('headline').where('headline', 'in', ['About us', 'Our team', 'Contact', 'Search']).execute();
    expect(articles).toEqual([]);

    const about = await get('/about');
    expect(about.statusCode).toBe(200);
    const doc = parseDocument(about.body);
    expect(texts(doc, 'h1')).toEqual(['About us']);
    expect(doc.querySelector('.article-body')?.textContent).toContain('We report on the harbour towns.');
    expect(doc.querySelectorAll('.dateline, .byline, .article-meta time').length).toBe(0);
    expect(await follow('/?page_id=90')).toMatchObject({ location: '/about', status: 200 });
    // A child page's nested WordPress address leads to its page at /team.
    expect(await follow('/about/team/')).toMatchObject({ location: '/team', status: 200 });
    // The page keeps /contact; the category of the same slug becomes a section at another address.
    const contact = await get('/contact/');
    expect(contact.statusCode).toBe(200);
    expect(texts(parseDocument(contact.body), 'h1')).toEqual(['Contact']);
    expect(await follow('/category/contact/')).toMatchObject({ location: '/contact-section', status: 200 });
    // A slug the site itself answers (/search) gets another, and the old URL leads there.
    const search = await follow('/search-page/');
    expect(search.location).not.toBe('/search');
    expect(texts(parseDocument(search.body), 'h1')).toEqual(['Search']);
    // A draft page is imported as a draft: not public yet.
    const ethics = await t.app.byline.services.pages.findPageBySlug('ethics');
    expect(ethics?.status).toBe('draft');
    expect((await get('/ethics')).statusCode).toBe(404);
    // Byline pages have no comments: the one on "Our team" is reported, not silently dropped.
    expect(report.counts.comments).toMatchObject({ read: 1, created: 0, skipped: 1 });
    expect(report.losses.some((loss) => loss.includes('900') && loss.includes('Our team'))).toBe(true);

    // A second import changes nothing.
    const before = await t.app.byline.db.selectFrom('pages').selectAll().orderBy('id').execute();
    const again = await importFixture('pages.xml', fixture);
    expect(again.report.counts.pages).toMatchObject({ read: 5, created: 0, updated: 0, unchanged: 5 });
    expect(again.report.counts.redirects).toMatchObject({ created: 0, updated: 0 });
    expect(await t.app.byline.db.selectFrom('pages').selectAll().orderBy('id').execute()).toEqual(before);
  });

  it('leaves the database as it was when the file is malformed, naming the line', async () => {
    const before = await counts();
    const broken = wxr({ items: [{ id: 60, title: 'Never stored', content: 'x' }] }).replace('</item>', '</itme>');
    await expect(importFixture('broken.xml', broken)).rejects.toMatchObject({ code: 'IMPORT_FAILED', message: expect.stringMatching(/line \d+/i) });
    await expect(importFixture('not-wxr.xml', '<?xml version="1.0"?><html><body>hello</body></html>')).rejects.toMatchObject({ code: 'IMPORT_FAILED' });
    expect(await counts()).toEqual(before);
  });

  it('leaves the database as it was when an import fails half way, naming the item it was on', async () => {
    const before = await counts();
    const many: Fixture = { site: 'https://many.example.org', items: Array.from({ length: 60 }, (_, i) => ({ id: 100 + i, title: `Bulk story ${i}`, content: `Paragraph ${'of text '.repeat(200)}` })) };
    let written = false;
    const failing = runWordpressImport(t.app.byline, writeWxr(dir, 'many.xml', wxr(many)), { reportFile: path.join(dir, 'many.json') }, (phase, done) => {
      if (phase === 'importing' && done > 70_000) {
        written = true;
        throw new Error('the disk filled up');
      }
    });
    await expect(failing).rejects.toMatchObject({ code: 'IMPORT_FAILED', message: expect.stringMatching(/Item "Bulk story \d+" \(post \d+, line \d+\): the disk filled up/) });
    expect(written).toBe(true);
    expect(await counts()).toEqual(before);
  });

  it('renders hostile posts, names and comments inert, and never shows an email or IP address', async () => {
    await importFixture('hostile.xml', {
      site: 'https://hostile.example.org',
      authors: [{ id: 9, login: 'mallory', email: 'mallory@evil.example', name: '<img src=x onerror=alert(1)>Mallory' }],
      items: [
        {
          id: 70,
          title: '<script>alert("title")</script>Hostile story',
          slug: 'hostile-story',
          creator: 'mallory',
          content: '<p onclick="alert(1)">Hello <a href="javascript:alert(2)">click</a></p><script>alert(3)</script><iframe src="javascript:alert(4)"></iframe><img src="https://x.example/a.png" onerror="alert(5)" alt="pic">',
          comments: [
            { id: 71, author: '<b onmouseover=alert(6)>Eve</b>', email: 'eve@evil.example', content: '<script>alert(7)</script>Nice <img src=x onerror=alert(8)>' },
            { id: 72, author: 'Held', email: 'held@evil.example', content: '<script>alert(9)</script>held', approved: '0' },
          ],
        },
      ],
    });
    const { body } = await follow('/?p=70');
    const page = parseDocument(body);
    expect(page.querySelectorAll('script:not([src]):not([type="application/ld+json"])').length).toBe(0);
    expect(page.querySelector('[onclick], [onerror], [onmouseover], iframe, a[href^="javascript:"]')).toBeNull();
    expect(texts(page, '.comment-body').join(' ')).toContain('alert(7)');
    expect(body).not.toContain('held');
    for (const url of ['/feed.xml', '/author/img-src-x-onerror-alert-1-mallory', '/?p=70']) {
      const response = await get(url);
      const text = response.statusCode === 301 ? (await get(response.headers.location as string)).body : response.body;
      expect(text).not.toMatch(/evil\.example|192\.0\.2\.7/);
    }
  });

  it('imports images from --media-dir through the media pipeline, points the body and featured image at them, and reports a missing one', async () => {
    const uploads = path.join(dir, 'uploads');
    mkdirSync(path.join(uploads, '2024/03'), { recursive: true });
    writeFileSync(path.join(uploads, '2024/03/quay.jpg'), await sharp({ create: { width: 1600, height: 1000, channels: 3, background: '#3a6ea5' } }).jpeg().toBuffer());
    const site = 'https://media.example.org';
    const fixture: Fixture = {
      site,
      items: [
        { id: 80, title: 'Quay', type: 'attachment', parent: 81, attachmentUrl: `${site}/wp-content/uploads/2024/03/quay.jpg`, meta: { _wp_attachment_image_alt: 'The quay at noon' } },
        { id: 81, title: 'Media story', meta: { _thumbnail_id: '80' }, content: `<img src="${site}/wp-content/uploads/2024/03/quay-300x188.jpg" alt="Quay, small" />\n\n<img src="${site}/wp-content/uploads/2024/03/gone.jpg" alt="Lost" />` },
        { id: 82, type: 'page', title: 'Media page', slug: 'media-page', link: `${site}/media-page/`, content: `<img src="${site}/wp-content/uploads/2024/03/quay.jpg" alt="The quay, on a page" />` },
      ],
    };
    const { report } = await importFixture('media.xml', fixture, { mediaDir: uploads });
    expect(report.missingMedia).toEqual([{ postId: expect.any(String), url: `${site}/wp-content/uploads/2024/03/gone.jpg` }]);
    expect(report.losses.some((loss) => loss.includes('gone.jpg'))).toBe(true);
    const page = parseDocument((await follow('/?p=81')).body);
    const srcs = [...page.querySelectorAll('.article-body img')].map((img) => img.getAttribute('src'));
    expect(srcs[0]).toMatch(/^\/media\//);
    expect((await get(srcs[0]!)).statusCode).toBe(200);
    const library = await t.app.byline.services.media.listMedia({ page: 1, pageSize: 10 });
    expect(library.items.filter((item) => item.originalFilename === 'quay.jpg')).toHaveLength(1);
    expect(library.items[0]!.variants.length).toBeGreaterThan(1);
    const article = await t.app.byline.db.selectFrom('articles').select('featured_image_url').where('slug', '=', 'media-story').executeTakeFirstOrThrow();
    expect(article.featured_image_url).toBe(srcs[0]);
    // A page's images are imported too, as the same library item.
    const onPage = parseDocument((await get('/media-page')).body).querySelector('.article-body img')?.getAttribute('src');
    expect(onPage).toBe(srcs[0]);
    // A second run imports no image twice.
    const again = await importFixture('media.xml', fixture, { mediaDir: uploads });
    expect(again.report.notes.join(' ')).toContain('0 image(s) imported');
    expect((await t.app.byline.services.media.listMedia({ page: 1, pageSize: 10 })).items).toHaveLength(library.items.length);
  });

});
