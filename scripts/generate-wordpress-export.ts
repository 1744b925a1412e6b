// A WordPress export (WXR 1.2) of a chosen size for timing `byline import wordpress`: authors,
// nested categories, tags, posts in block and classic markup with [caption]s, threaded comments
// in every state, pingbacks, attachments. Seeded: the same size gives the same file. Written as a
// stream, so generating 100 MB needs no more memory than generating 1.
//   npx tsx scripts/generate-wordpress-export.ts --megabytes 100 --out /tmp/wp-100mb.xml
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { mulberry32 as seeded } from '../bench/comment-corpus.ts';

const { values } = parseArgs({ options: { megabytes: { type: 'string', default: '100' }, out: { type: 'string', default: 'wordpress-export.xml' } } });
const target = Number(values.megabytes) * 1024 * 1024;
const random = seeded(11);
const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;
const words = 'harbour council ferry budget school river election market bridge weather library housing festival station hospital museum rail park farmers tide orchestra planning court museum'.split(' ');
const sentence = () => {
  const n = 8 + Math.floor(random() * 14);
  const s = Array.from({ length: n }, () => pick(words)).join(' ');
  return s[0]!.toUpperCase() + s.slice(1) + '.';
};
const paragraph = () => Array.from({ length: 3 + Math.floor(random() * 4) }, sentence).join(' ');
const cdata = (s: string) => `<![CDATA[${s}]]>`;
const site = 'https://generated.example.org';

const out = createWriteStream(String(values.out));
let written = 0;
async function write(text: string) {
  written += Buffer.byteLength(text);
  if (!out.write(text)) await once(out, 'drain');
}

await write(`<?xml version="1.0" encoding="UTF-8" ?>\n<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">\n<channel>\n<title>Generated Gazette</title><link>${site}</link><language>en-GB</language><wp:wxr_version>1.2</wp:wxr_version><wp:base_site_url>${site}</wp:base_site_url><wp:base_blog_url>${site}</wp:base_blog_url>\n`);
const authors = Array.from({ length: 40 }, (_, i) => `writer${i}`);
for (const [i, login] of authors.entries()) await write(`<wp:author><wp:author_id>${i + 1}</wp:author_id><wp:author_login>${cdata(login)}</wp:author_login><wp:author_email>${cdata(`${login}@generated.example.org`)}</wp:author_email><wp:author_display_name>${cdata(`Writer ${i}`)}</wp:author_display_name><wp:author_first_name>${cdata('')}</wp:author_first_name><wp:author_last_name>${cdata('')}</wp:author_last_name></wp:author>\n`);
const categories = Array.from({ length: 30 }, (_, i) => ({ slug: `desk-${i}`, parent: i >= 10 ? `desk-${i % 10}` : '' }));
for (const [i, c] of categories.entries()) await write(`<wp:category><wp:term_id>${i + 1}</wp:term_id><wp:category_nicename>${cdata(c.slug)}</wp:category_nicename><wp:category_parent>${cdata(c.parent)}</wp:category_parent><wp:cat_name>${cdata(`Desk ${i}`)}</wp:cat_name></wp:category>\n`);
const tags = Array.from({ length: 500 }, (_, i) => `topic-${i}`);
for (const [i, tag] of tags.entries()) await write(`<wp:tag><wp:term_id>${1000 + i}</wp:term_id><wp:tag_slug>${cdata(tag)}</wp:tag_slug><wp:tag_name>${cdata(`Topic ${i}`)}</wp:tag_name></wp:tag>\n`);

let id = 10_000;
let comment = 0;
let posts = 0;
while (written < target) {
  const postId = ++id;
  const day = new Date(Date.UTC(2015, 0, 1) + posts * 3 * 3600_000);
  const date = day.toISOString().slice(0, 19).replace('T', ' ');
  const slug = `story-${postId}`;
  const classic = random() < 0.4;
  const paras = Array.from({ length: 4 + Math.floor(random() * 6) }, paragraph);
  const imageUrl = `${site}/wp-content/uploads/${date.slice(0, 4)}/${date.slice(5, 7)}/photo-${postId}.jpg`;
  const content = classic
    ? `${paras.join('\n\n')}\n\n[caption id="attachment_${postId + 1}" width="640"]<img src="${imageUrl}" alt="${sentence()}" width="640" height="427" /> ${sentence()}[/caption]`
    : paras.map((p) => `<!-- wp:paragraph -->\n<p>${p}</p>\n<!-- /wp:paragraph -->`).join('\n\n') + `\n\n<!-- wp:image {"id":${postId + 1}} -->\n<figure class="wp-block-image"><img src="${imageUrl}" alt="${sentence()}" class="wp-image-${postId + 1}"/><figcaption>${sentence()}</figcaption></figure>\n<!-- /wp:image -->`;
  const status = random() < 0.93 ? 'publish' : pick(['draft', 'pending', 'private', 'future']);
  let comments = '';
  const count = Math.floor(random() ** 3 * 25);
  const first = comment + 1;
  for (let c = 0; c < count; c++) {
    const cid = ++comment;
    const parent = c > 0 && random() < 0.3 ? first + Math.floor(random() * c) : 0;
    const approved = random() < 0.85 ? '1' : pick(['0', 'spam', 'trash']);
    const type = random() < 0.03 ? 'pingback' : '';
    comments += `<wp:comment><wp:comment_id>${cid}</wp:comment_id><wp:comment_author>${cdata(`Reader ${cid % 997}`)}</wp:comment_author><wp:comment_author_email>${cdata(`reader${cid % 997}@mail.example.net`)}</wp:comment_author_email><wp:comment_author_url></wp:comment_author_url><wp:comment_date>${cdata(date)}</wp:comment_date><wp:comment_date_gmt>${cdata(date)}</wp:comment_date_gmt><wp:comment_content>${cdata(sentence() + ' ' + sentence())}</wp:comment_content><wp:comment_approved>${cdata(approved)}</wp:comment_approved><wp:comment_type>${cdata(type)}</wp:comment_type><wp:comment_parent>${parent}</wp:comment_parent></wp:comment>`;
  }
  const cats = [pick(categories).slug];
  const postTags = Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(tags));
  await write(`<item><title>${cdata(sentence().slice(0, 90))}</title><link>${site}/${date.slice(0, 4)}/${date.slice(5, 7)}/${date.slice(8, 10)}/${slug}/</link><dc:creator>${cdata(pick(authors))}</dc:creator><guid isPermaLink="false">${site}/?p=${postId}</guid><content:encoded>${cdata(content)}</content:encoded><excerpt:encoded>${cdata(sentence())}</excerpt:encoded><wp:post_id>${postId}</wp:post_id><wp:post_date>${cdata(date)}</wp:post_date><wp:post_date_gmt>${cdata(date)}</wp:post_date_gmt><wp:comment_status>${cdata('open')}</wp:comment_status><wp:post_name>${cdata(slug)}</wp:post_name><wp:status>${cdata(status)}</wp:status><wp:post_parent>0</wp:post_parent><wp:post_type>${cdata('post')}</wp:post_type><wp:post_password>${cdata('')}</wp:post_password>${cats.map((c) => `<category domain="category" nicename="${c}">${cdata(c)}</category>`).join('')}${[...new Set(postTags)].map((t) => `<category domain="post_tag" nicename="${t}">${cdata(t)}</category>`).join('')}<wp:postmeta><wp:meta_key>${cdata('_thumbnail_id')}</wp:meta_key><wp:meta_value>${cdata(String(postId + 1))}</wp:meta_value></wp:postmeta>${comments}</item>\n`);
  const attachmentId = ++id;
  await write(`<item><title>${cdata(`photo-${postId}`)}</title><link>${site}/${date.slice(0, 4)}/${date.slice(5, 7)}/${date.slice(8, 10)}/${slug}/photo-${postId}/</link><dc:creator>${cdata(pick(authors))}</dc:creator><guid isPermaLink="false">${imageUrl}</guid><content:encoded>${cdata('')}</content:encoded><excerpt:encoded>${cdata(sentence())}</excerpt:encoded><wp:post_id>${attachmentId}</wp:post_id><wp:post_date>${cdata(date)}</wp:post_date><wp:post_date_gmt>${cdata(date)}</wp:post_date_gmt><wp:post_name>${cdata(`photo-${postId}`)}</wp:post_name><wp:status>${cdata('inherit')}</wp:status><wp:post_parent>${postId}</wp:post_parent><wp:post_type>${cdata('attachment')}</wp:post_type><wp:attachment_url>${cdata(imageUrl)}</wp:attachment_url><wp:postmeta><wp:meta_key>${cdata('_wp_attachment_image_alt')}</wp:meta_key><wp:meta_value>${cdata(sentence())}</wp:meta_value></wp:postmeta></item>\n`);
  posts++;
}
await write('</channel>\n</rss>\n');
out.end();
await once(out, 'finish');
console.log(`Wrote ${String(values.out)}: ${(written / 1048576).toFixed(1)} MB, ${posts} posts, ${posts} attachments, ${comment} comments.`);
