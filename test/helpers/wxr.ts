// Small WordPress exports written for one rule each: a WXR 1.2 file built from plain objects, in
// the shape WordPress writes (CDATA fields, wp:author, wp:category, items with wp:comment).
import { writeFileSync } from 'node:fs';
import path from 'node:path';

export interface FixtureComment {
  id: number;
  author?: string;
  email?: string;
  url?: string;
  date?: string;
  content: string;
  approved?: string;
  type?: string;
  parent?: number;
}

export interface FixtureItem {
  id: number;
  title: string;
  slug?: string;
  type?: string;
  status?: string;
  date?: string;
  link?: string;
  guid?: string;
  content?: string;
  excerpt?: string;
  creator?: string;
  parent?: number;
  categories?: string[];
  tags?: string[];
  attachmentUrl?: string;
  meta?: Record<string, string>;
  comments?: FixtureComment[];
}

export interface Fixture {
  site?: string;
  authors?: { id: number; login: string; email: string; name: string }[];
  categories?: { id: number; slug: string; name: string; parent?: string }[];
  tags?: { id: number; slug: string; name: string }[];
  items: FixtureItem[];
}

const cdata = (text: string) => `<![CDATA[${text.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;

export function wxr(fixture: Fixture): string {
  const site = fixture.site ?? 'https://old.example.org';
  const authors = (fixture.authors ?? [{ id: 1, login: 'editor', email: 'editor@old.example.org', name: 'The Editor' }]).map(
    (a) => `<wp:author><wp:author_id>${a.id}</wp:author_id><wp:author_login>${cdata(a.login)}</wp:author_login><wp:author_email>${cdata(a.email)}</wp:author_email><wp:author_display_name>${cdata(a.name)}</wp:author_display_name><wp:author_first_name>${cdata('')}</wp:author_first_name><wp:author_last_name>${cdata('')}</wp:author_last_name></wp:author>`,
  );
  const categories = (fixture.categories ?? []).map((c) => `<wp:category><wp:term_id>${c.id}</wp:term_id><wp:category_nicename>${cdata(c.slug)}</wp:category_nicename><wp:category_parent>${cdata(c.parent ?? '')}</wp:category_parent><wp:cat_name>${cdata(c.name)}</wp:cat_name></wp:category>`);
  const tags = (fixture.tags ?? []).map((t) => `<wp:tag><wp:term_id>${t.id}</wp:term_id><wp:tag_slug>${cdata(t.slug)}</wp:tag_slug><wp:tag_name>${cdata(t.name)}</wp:tag_name></wp:tag>`);
  const items = fixture.items.map((item) => {
    const date = item.date ?? '2024-03-05 09:30:00';
    const slug = item.slug ?? item.title.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    const [y, m, d] = date.split(' ')[0]!.split('-');
    const link = item.link ?? `${site}/${y}/${m}/${d}/${slug}/`;
    const comments = (item.comments ?? []).map(
      (c) => `<wp:comment><wp:comment_id>${c.id}</wp:comment_id><wp:comment_author>${cdata(c.author ?? 'A Reader')}</wp:comment_author><wp:comment_author_email>${cdata(c.email ?? `reader${c.id}@mail.example.net`)}</wp:comment_author_email><wp:comment_author_url>${cdata(c.url ?? '')}</wp:comment_author_url><wp:comment_author_IP>${cdata('192.0.2.7')}</wp:comment_author_IP><wp:comment_date>${cdata(c.date ?? date)}</wp:comment_date><wp:comment_date_gmt>${cdata(c.date ?? date)}</wp:comment_date_gmt><wp:comment_content>${cdata(c.content)}</wp:comment_content><wp:comment_approved>${cdata(c.approved ?? '1')}</wp:comment_approved><wp:comment_type>${cdata(c.type ?? '')}</wp:comment_type><wp:comment_parent>${c.parent ?? 0}</wp:comment_parent><wp:comment_user_id>0</wp:comment_user_id></wp:comment>`,
    );
    const meta = Object.entries(item.meta ?? {}).map(([k, v]) => `<wp:postmeta><wp:meta_key>${cdata(k)}</wp:meta_key><wp:meta_value>${cdata(v)}</wp:meta_value></wp:postmeta>`);
    return `<item><title>${cdata(item.title)}</title><link>${link}</link><pubDate>Tue, 05 Mar 2024 09:30:00 +0000</pubDate><dc:creator>${cdata(item.creator ?? 'editor')}</dc:creator><guid isPermaLink="false">${item.guid ?? `${site}/?p=${item.id}`}</guid><description></description><content:encoded>${cdata(item.content ?? '')}</content:encoded><excerpt:encoded>${cdata(item.excerpt ?? '')}</excerpt:encoded><wp:post_id>${item.id}</wp:post_id><wp:post_date>${cdata(date)}</wp:post_date><wp:post_date_gmt>${cdata(date)}</wp:post_date_gmt><wp:comment_status>${cdata('open')}</wp:comment_status><wp:post_name>${cdata(slug)}</wp:post_name><wp:status>${cdata(item.status ?? (item.type === 'attachment' ? 'inherit' : 'publish'))}</wp:status><wp:post_parent>${item.parent ?? 0}</wp:post_parent><wp:menu_order>0</wp:menu_order><wp:post_type>${cdata(item.type ?? 'post')}</wp:post_type><wp:post_password>${cdata('')}</wp:post_password><wp:is_sticky>0</wp:is_sticky>${item.attachmentUrl ? `<wp:attachment_url>${cdata(item.attachmentUrl)}</wp:attachment_url>` : ''}${(item.categories ?? []).map((c) => `<category domain="category" nicename="${c}">${cdata(c)}</category>`).join('')}${(item.tags ?? []).map((t) => `<category domain="post_tag" nicename="${t}">${cdata(t)}</category>`).join('')}${meta.join('')}${comments.join('')}</item>`;
  });
  return `<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
<title>Old Site</title>
<link>${site}</link>
<language>en-GB</language>
<wp:wxr_version>1.2</wp:wxr_version>
<wp:base_site_url>${site}</wp:base_site_url>
<wp:base_blog_url>${site}</wp:base_blog_url>
${authors.join('\n')}
${categories.join('\n')}
${tags.join('\n')}
${items.join('\n')}
</channel>
</rss>
`;
}

export function writeWxr(dir: string, name: string, content: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}
