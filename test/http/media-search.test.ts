// The editor's image picker through HTTP: GET /admin/media/search finds library images by
// filename, alt text, caption or credit, newest first, a few at a time by keyset; only people
// who may use the library may search it; a malformed query is a 400 with a message; the upload
// it sits beside refuses a request without the form's CSRF token. And a featured image that is a
// library image takes the library's alt text, caption and credit where a save leaves them empty,
// in the article service itself, whoever calls it.
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { factories } from '../helpers/factories.ts';
import { parseDocument } from '../helpers/html.ts';
import { uploadAs } from '../helpers/media-upload.ts';
import { signIn, type Staff } from '../helpers/newsroom.ts';

interface Found {
  items: { id: number; url: string; thumbnailUrl: string; filename: string; alt: string; caption: string; credit: string; width: number; height: number }[];
  older: string | null;
}

const png = (background: string) => sharp({ create: { width: 600, height: 400, channels: 3, background } }).png().toBuffer();

describe("the editor's library search and the featured image's library text", () => {
  let t: TestApp;
  let author: Staff;
  let contributor: Staff;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    t = await buildTestApp({ env: { BYLINE_MAX_UPLOAD_MB: '1' } });
    author = await signIn(t.app, 'author');
    contributor = await signIn(t.app, 'contributor');
    const { media } = t.app.byline.services;
    const library = [
      { filename: 'Quay-Morning.png', alt: 'Fishing boats tied up at the quay', caption: 'Morning at the north quay', credit: 'Hale Osei' },
      { filename: 'ferry.png', alt: 'A ferry leaving the harbour', caption: 'The 7.15 to Skerra', credit: 'Ruth Anand' },
      { filename: 'storm.png', alt: 'Spray over the sea wall', caption: '100% of the wall was under water', credit: 'Hale Osei' },
      { filename: 'market_day.png', alt: 'Stalls in the square', caption: 'Market day', credit: 'Lena Brook' },
      { filename: 'script.png', alt: '<script>alert(1)</script> a strange sign', caption: '', credit: '' },
    ];
    for (const [i, item] of library.entries()) {
      ids[item.filename] = (await media.uploadMedia({ bytes: await png(`#${(30 + i * 20).toString(16)}5070`), ...item })).id;
      if (i % 2 === 1) t.clock.advance(60_000); // some share an upload time, so the keyset's tie-break on id counts
    }
  });
  afterAll(() => t.close());

  const search = async (query: string) => author.get(`/admin/media/search${query}`);
  const found = async (query: string) => {
    const response = await search(query);
    expect(response.statusCode).toBe(200);
    return response.json() as Found;
  };

  it('finds images by filename, alt text, caption or credit, ignoring case, newest first', async () => {
    expect((await found('?q=quay-MORNING')).items.map((item) => item.filename)).toEqual(['Quay-Morning.png']);
    expect((await found('?q=leaving')).items.map((item) => item.filename)).toEqual(['ferry.png']);
    expect((await found('?q=skerra')).items.map((item) => item.filename)).toEqual(['ferry.png']);
    expect((await found('?q=hale%20osei')).items.map((item) => item.filename)).toEqual(['storm.png', 'Quay-Morning.png']);
    const ferry = (await found('?q=ferry')).items[0]!;
    expect(ferry).toMatchObject({ id: ids['ferry.png'], alt: 'A ferry leaving the harbour', caption: 'The 7.15 to Skerra', credit: 'Ruth Anand', width: 600, height: 400 });
    expect(ferry.url).toMatch(/^\/media\/uploads\/.+\.(jpg|png)$/);
    expect((await t.app.inject({ url: ferry.thumbnailUrl })).statusCode).toBe(200);
  });

  it('finds by credit on the library page too (its form works without JavaScript)', async () => {
    const page = parseDocument((await author.get('/admin/media?q=osei')).body);
    expect([...page.querySelectorAll('.media-grid li span')].map((span) => span.textContent)).toEqual(['storm.png', 'Quay-Morning.png']);
  });

  it('treats % and _ in a query as letters, not patterns', async () => {
    expect((await found('?q=100%25')).items.map((item) => item.filename)).toEqual(['storm.png']);
    expect((await found('?q=e_r')).items).toEqual([]); // as a pattern it would match "ferry"
    expect((await found('?q=market_')).items.map((item) => item.filename)).toEqual(['market_day.png']);
  });

  it('pages through every image by keyset, each once, newest first', async () => {
    const seen: number[] = [];
    let query = '?limit=2';
    for (let pages = 0; pages < 10; pages++) {
      const page = await found(query);
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((item) => item.id));
      if (!page.older) break;
      query = `?limit=2&before=${page.older}`;
    }
    const all = await t.app.byline.services.media.listMedia({ page: 1, pageSize: 100 });
    expect(seen).toEqual(all.items.map((item) => item.id));
    expect(new Set(seen).size).toBe(5);
  });

  it('answers JSON, never HTML, so what an image is called cannot become markup', async () => {
    const response = await search('?q=strange');
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect((response.json() as Found).items[0]!.alt).toBe('<script>alert(1)</script> a strange sign');
  });

  it('refuses a malformed query with a 400 and a message', async () => {
    for (const [query, message] of [
      ['?limit=0', 'Ask for 1 to 50 images at a time.'],
      ['?limit=51', 'Ask for 1 to 50 images at a time.'],
      ['?limit=ten', 'Ask for 1 to 50 images at a time.'],
      ['?before=yesterday', 'That position in the library is not one this site gave out.'],
      [`?q=${'x'.repeat(201)}`, 'Type at most 200 characters.'],
      ['?q=boat&order=oldest', 'This search takes only q, before and limit.'],
    ] as const) {
      const response = await search(query);
      expect(response.statusCode, query).toBe(400);
      expect(response.json(), query).toEqual({ error: 'QUERY_INVALID', message });
    }
    // A repeated parameter is stopped by the newsroom's request-shape check before the route.
    expect((await search('?q=a&q=b')).statusCode).toBe(400);
  });

  it('is for people who may use the library: signed out goes to sign-in, a contributor is refused', async () => {
    const signedOut = await t.app.inject({ url: '/admin/media/search?q=ferry' });
    expect(signedOut.statusCode).toBe(303);
    expect(signedOut.headers.location).toMatch(/^\/admin\/login\?next=/);
    expect(signedOut.body).not.toContain('ferry');
    const refused = await contributor.get('/admin/media/search?q=ferry');
    expect(refused.statusCode).toBe(403);
    expect(refused.body).not.toContain('Skerra');
  });

  it("refuses the editor's upload without the form's CSRF token, or with a forged one, and stores nothing", async () => {
    const before = (await t.app.byline.services.media.listMedia({ page: 1, pageSize: 1 })).total;
    const file = { bytes: await png('#446688'), name: 'forged.png', type: 'image/png' };
    const json = { accept: 'application/json' };
    expect((await uploadAs(t.app, author, file, { alt: 'A forged upload' }, json, { csrf: null })).statusCode).toBe(403);
    expect((await uploadAs(t.app, author, file, { alt: 'A forged upload' }, json, { csrf: 'not-the-token' })).statusCode).toBe(403);
    expect((await t.app.byline.services.media.listMedia({ page: 1, pageSize: 1 })).total).toBe(before);
    const accepted = await uploadAs(t.app, author, file, { alt: 'An honest upload' }, json);
    expect(accepted.statusCode).toBe(201);
  });

  it("answers the editor's refused uploads, a file over the limit among them, in JSON naming the control the message belongs beside", async () => {
    const json = { accept: 'application/json' };
    const tooLarge = await uploadAs(t.app, author, { bytes: Buffer.alloc(1_300_000, 7), name: 'huge.png', type: 'image/png' }, { alt: 'Too large' }, json);
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.json()).toEqual({ error: 'UPLOAD_REFUSED', message: 'That file is larger than the 1 MB limit.', field: 'file' });
    // The library page's own form (no JavaScript) gets the page back with the message.
    const fromPage = await uploadAs(t.app, author, { bytes: Buffer.alloc(1_300_000, 7), name: 'huge.png', type: 'image/png' }, { alt: 'Too large' });
    expect(fromPage.statusCode).toBe(413);
    expect(parseDocument(fromPage.body).querySelector('#upload-error')?.textContent).toBe('That file is larger than the 1 MB limit.');
    const noAlt = await uploadAs(t.app, author, { bytes: await png('#223344'), name: 'bare.png', type: 'image/png' }, { alt: '' }, json);
    expect(noAlt.json()).toMatchObject({ field: 'alt' });
    const longAlt = await uploadAs(t.app, author, { bytes: await png('#223344'), name: 'long.png', type: 'image/png' }, { alt: 'x'.repeat(1001) }, json);
    expect(longAlt.statusCode).toBe(400);
    expect(longAlt.json()).toMatchObject({ field: 'alt', message: 'The alt text is too long: at most 1000 characters.' });
  });

  it('gives a library featured image its alt text, caption, credit and size in the article service, keeping what was given', async () => {
    const { articles, media, taxonomy } = t.app.byline.services;
    const section = await taxonomy.createSection({ name: 'Harbour', slug: 'harbour' });
    const make = factories(t.app);
    const writer = await make.person();
    const quay = (await media.getMedia(ids['Quay-Morning.png']!)).fallbackUrl;
    const empty = { alt: '', caption: '', credit: '', width: null, height: null };
    const created = await articles.createArticle({ headline: 'Boats stay in', sectionId: section.id, authorIds: [writer.id], featuredImage: { url: quay, ...empty } });
    expect(created.featuredImage).toEqual({ url: quay, alt: 'Fishing boats tied up at the quay', caption: 'Morning at the north quay', credit: 'Hale Osei', width: 600, height: 400 });
    const ferry = (await media.getMedia(ids['ferry.png']!)).fallbackUrl;
    const updated = await articles.updateArticle(created.id, { featuredImage: { url: ferry, ...empty, caption: 'Our own caption' } });
    expect(updated.featuredImage).toEqual({ url: ferry, alt: 'A ferry leaving the harbour', caption: 'Our own caption', credit: 'Ruth Anand', width: 600, height: 400 });
    // An image from elsewhere is kept as given.
    const outside = await articles.updateArticle(created.id, { featuredImage: { url: 'https://photos.example/boat.jpg', ...empty, alt: 'A boat' } });
    expect(outside.featuredImage).toEqual({ url: 'https://photos.example/boat.jpg', ...empty, alt: 'A boat' });
  });

  it('publishes from a form that names only the library address, and readers see the alt text, caption and credit', async () => {
    const section = await t.app.byline.services.taxonomy.createSection({ name: 'Weather', slug: 'weather' });
    const storm = (await t.app.byline.services.media.getMedia(ids['storm.png']!)).fallbackUrl;
    const saved = await author.post('/admin/articles', { headline: 'The sea wall holds', sectionId: String(section.id), author1: String(author.personId), bodyMarkdown: 'One.\n\nTwo.', imageUrl: storm, imageAlt: '', imageCaption: '', imageCredit: '', action: 'publish' });
    expect(saved.statusCode).toBe(303);
    const id = Number(/articles\/(\d+)/.exec(saved.headers.location as string)![1]);
    const article = await t.app.byline.services.articles.getArticle(id);
    const page = parseDocument((await t.app.inject({ url: article.path! })).body);
    expect(page.querySelector('.featured-image img')?.getAttribute('alt')).toBe('Spray over the sea wall');
    expect(page.querySelector('.featured-image figcaption')?.textContent?.trim()).toBe('100% of the wall was under water Photo: Hale Osei');
  });
});
