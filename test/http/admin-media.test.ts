// The media library through HTTP: uploads checked by their bytes, alt text, search and rights.
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { parseDocument, texts } from '../helpers/html.ts';
import { uploadAs, type UploadFile } from '../helpers/media-upload.ts';
import { signIn, type Staff } from '../helpers/newsroom.ts';

const upload = (t: TestApp, staff: Staff, file: UploadFile, fields: Record<string, string> = {}, headers: Record<string, string> = {}) => uploadAs(t.app, staff, file, fields, headers);

const png = () => sharp({ create: { width: 1000, height: 600, channels: 3, background: '#336699' } }).png().toBuffer();

describe('the media library', () => {
  let t: TestApp;
  let author: Staff;
  beforeAll(async () => {
    t = await buildTestApp();
    author = await signIn(t.app, 'author');
  });
  afterAll(() => t.close());

  it("answers the editor's upload (Accept: application/json) with the item, and refuses one without alt text", async () => {
    const json = { accept: 'application/json' };
    const refused = await upload(t, author, { bytes: await png(), name: 'pier.png', type: 'image/png' }, { alt: ' ' }, json);
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({ error: 'UPLOAD_REFUSED' });
    const notImage = await upload(t, author, { bytes: Buffer.from('plain text'), name: 'notes.png', type: 'image/png' }, { alt: 'Notes' }, json);
    expect(notImage.statusCode).toBe(415);
    const uploaded = await upload(t, author, { bytes: await png(), name: 'pier.png', type: 'image/png' }, { alt: 'A pier', caption: 'Low tide', credit: 'Oskar Lind' }, json);
    expect(uploaded.statusCode).toBe(201);
    const item = uploaded.json() as { id: number; url: string; alt: string; caption: string; credit: string; width: number };
    expect(item).toMatchObject({ alt: 'A pier', caption: 'Low tide', credit: 'Oskar Lind', width: 1000 });
    expect((await t.app.inject({ url: item.url })).statusCode).toBe(200);
  });

  it('uploads an image, makes responsive variants and shows its address and Markdown', async () => {
    const response = await upload(t, author, { bytes: await png(), name: 'harbour.png', type: 'image/png' }, { alt: 'Cranes at the harbour', caption: 'The quiet docks' });
    expect(response.statusCode).toBe(303);
    const page = parseDocument((await author.get(response.headers.location as string)).body);
    const address = page.querySelector('#address')!.getAttribute('value')!;
    expect(address).toMatch(/^\/media\/uploads\/.+\.(jpg|jpeg|png)$/);
    expect(page.querySelector('#markdown')!.getAttribute('value')).toBe(`![Cranes at the harbour](${address} "The quiet docks")`);
    const served = await t.app.inject({ url: address });
    expect(served.statusCode).toBe(200);
    expect(served.headers['cache-control']).toContain('immutable');
  });

  it('refuses SVG and files whose bytes are not an image, whatever their name', async () => {
    const svg = await upload(t, author, { bytes: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>'), name: 'logo.svg', type: 'image/svg+xml' });
    expect(svg.statusCode).toBe(415);
    const fake = await upload(t, author, { bytes: Buffer.from('just some text pretending'), name: 'photo.jpg', type: 'image/jpeg' });
    expect(fake.statusCode).toBe(415);
    expect(texts(parseDocument(fake.body), '.form-error')).toHaveLength(1);
  });

  it('lets the library be searched by alt text', async () => {
    await upload(t, author, { bytes: await png(), name: 'market.png', type: 'image/png' }, { alt: 'A crowded fish market' });
    const page = parseDocument((await author.get('/admin/media?q=fish')).body);
    expect(texts(page, '.media-grid li span')).toEqual(['market.png']);
  });

  it('serves a library image as a responsive picture on the article page, with its alt text', async () => {
    const uploaded = await upload(t, author, { bytes: await png(), name: 'port.png', type: 'image/png' }, { alt: 'A port at dawn', credit: 'Photo: Ana Lima' });
    const address = parseDocument((await author.get(uploaded.headers.location as string)).body).querySelector('#address')!.getAttribute('value')!;
    const section = await t.app.byline.services.taxonomy.createSection({ name: 'Ports', slug: 'ports' });
    const saved = await author.post('/admin/articles', { headline: 'Ports reopen', sectionId: String(section.id), author1: String(author.personId), bodyMarkdown: 'One.\n\nTwo.', imageUrl: address, action: 'publish' });
    expect(saved.statusCode).toBe(303);
    const id = Number(/articles\/(\d+)/.exec(saved.headers.location as string)![1]);
    const article = await t.app.byline.services.articles.getArticle(id);
    expect(article.featuredImage).toMatchObject({ alt: 'A port at dawn', credit: 'Photo: Ana Lima', width: 1000, height: 600 });
    const page = parseDocument((await t.app.inject({ url: article.path! })).body);
    expect(page.querySelector('.featured-image picture source[type="image/avif"]')?.getAttribute('srcset')).toMatch(/ 480w, .* 1000w$/);
    expect(page.querySelector('.featured-image img')?.getAttribute('alt')).toBe('A port at dawn');
  });

  it('does not let contributors upload', async () => {
    const contributor = await signIn(t.app, 'contributor');
    expect((await contributor.get('/admin/media')).statusCode).toBe(403);
  });
});
