// Streams a WXR file with saxes: records come out one at a time as their closing tag is read,
// so memory holds one item, never the file. The channel's own fields come first as a 'site'
// record (before the first author, term or item). A malformed file stops with IMPORT_FAILED
// naming the line and column; a file that is not WXR at all stops at its first element.
import type { Readable } from 'node:stream';
import { SaxesParser } from 'saxes';
import { AppError } from '../../errors.ts';
import type { WxrAuthor, WxrComment, WxrItem, WxrRecord, WxrSite, WxrTerm } from './wxr-types.ts';

interface Element {
  name: string;
  attributes: Record<string, string>;
  text: string;
  children: Element[];
  line: number;
}

/** Elements of the channel that become records; everything inside them is kept as a small tree. */
const recordElements = new Set(['item', 'wp:author', 'wp:category', 'wp:tag', 'wp:term']);
const siteFields: Record<string, keyof WxrSite> = { title: 'title', link: 'link', 'wp:base_site_url': 'baseSiteUrl', 'wp:base_blog_url': 'baseBlogUrl', 'wp:wxr_version': 'wxrVersion', language: 'language' };

export async function* readWxr(input: Readable, onBytes?: (bytes: number) => void): AsyncGenerator<WxrRecord> {
  const parser = new SaxesParser({ position: true });
  const ready: WxrRecord[] = [];
  const stack: Element[] = [];
  const path: string[] = [];
  const site: WxrSite = { title: '', link: '', baseSiteUrl: '', baseBlogUrl: '', wxrVersion: '', language: '' };
  let siteSent = false;
  let failure: AppError | undefined;

  const sendSite = () => {
    if (siteSent) return;
    siteSent = true;
    if (!site.wxrVersion) throw new AppError('IMPORT_FAILED', `Line ${parser.line}: this is RSS but not a WordPress export (no <wp:wxr_version> before the first item).`);
    ready.push({ kind: 'site', site: { ...site } });
  };

  // After the first error saxes reads on; nothing after it is trusted, and the first error is the one reported.
  parser.on('opentag', (tag) => {
    if (failure) return;
    if (path.length === 0 && tag.name !== 'rss') throw new AppError('IMPORT_FAILED', `Line ${parser.line}: the file starts with <${tag.name}>, not <rss>: it is not a WordPress export.`);
    path.push(tag.name);
    const inRecord = stack.length > 0;
    if (inRecord || (path.length === 3 && path[1] === 'channel' && recordElements.has(tag.name))) {
      if (!inRecord) sendSite();
      const element: Element = { name: tag.name, attributes: tag.attributes as Record<string, string>, text: '', children: [], line: parser.line };
      stack[stack.length - 1]?.children.push(element);
      stack.push(element);
    }
  });
  const onText = (text: string) => {
    if (failure) return;
    const top = stack[stack.length - 1];
    if (top) top.text += text;
    else if (path.length === 3 && path[1] === 'channel' && siteFields[path[2]!]) site[siteFields[path[2]!]!] += text;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', () => {
    if (failure) return;
    path.pop();
    const element = stack.pop();
    if (element && stack.length === 0) ready.push(toRecord(element));
  });
  parser.on('error', (error) => {
    failure ??= new AppError('IMPORT_FAILED', `The export is not well-formed XML at line ${parser.line}, column ${parser.column}: ${error.message.replace(/^(?:[^:\s]*:)?\d+:\d+: /, '')}`);
  });

  const drain = function* () {
    if (failure) throw failure;
    while (ready.length > 0) yield ready.shift()!;
  };

  input.setEncoding('utf8');
  for await (const chunk of input as AsyncIterable<string>) {
    try {
      parser.write(chunk);
    } catch (error) {
      throw error instanceof AppError ? error : new AppError('IMPORT_FAILED', `The export is not well-formed XML at line ${parser.line}, column ${parser.column}: ${(error as Error).message.replace(/^(?:[^:\s]*:)?\d+:\d+: /, '')}`);
    }
    onBytes?.(Buffer.byteLength(chunk));
    yield* drain();
  }
  try {
    parser.close();
  } catch (error) {
    throw error instanceof AppError ? error : new AppError('IMPORT_FAILED', `The export ends before it is complete: ${(error as Error).message}`);
  }
  if (path.length > 0) throw new AppError('IMPORT_FAILED', `The export ends inside <${path[path.length - 1]}> (line ${parser.line}): it is cut short.`);
  yield* drain();
  if (!siteSent) {
    sendSite();
    yield* drain();
  }
}

function child(element: Element, name: string): string {
  return element.children.find((c) => c.name === name)?.text.trim() ?? '';
}

/** Post content keeps its whitespace (wpautop reads the line breaks). */
function rawChild(element: Element, name: string): string {
  return element.children.find((c) => c.name === name)?.text ?? '';
}

function toRecord(element: Element): WxrRecord {
  switch (element.name) {
    case 'wp:author':
      return { kind: 'author', author: toAuthor(element) };
    case 'item':
      return { kind: 'item', item: toItem(element) };
    default:
      return { kind: 'term', term: toTerm(element) };
  }
}

function toAuthor(e: Element): WxrAuthor {
  return {
    id: child(e, 'wp:author_id'),
    login: child(e, 'wp:author_login'),
    email: child(e, 'wp:author_email'),
    displayName: child(e, 'wp:author_display_name'),
    firstName: child(e, 'wp:author_first_name'),
    lastName: child(e, 'wp:author_last_name'),
    line: e.line,
  };
}

function toTerm(e: Element): WxrTerm {
  if (e.name === 'wp:category') {
    return { kind: 'category', id: child(e, 'wp:term_id'), slug: child(e, 'wp:category_nicename'), name: child(e, 'wp:cat_name'), parentSlug: child(e, 'wp:category_parent'), description: child(e, 'wp:category_description'), line: e.line };
  }
  if (e.name === 'wp:tag') {
    return { kind: 'tag', id: child(e, 'wp:term_id'), slug: child(e, 'wp:tag_slug'), name: child(e, 'wp:tag_name'), parentSlug: '', description: child(e, 'wp:tag_description'), line: e.line };
  }
  // <wp:term> repeats categories and tags (and carries nav menus, formats): only those two matter.
  const taxonomy = child(e, 'wp:term_taxonomy');
  const kind = taxonomy === 'category' ? 'category' : taxonomy === 'post_tag' ? 'tag' : undefined;
  return { kind: kind ?? ('other' as 'tag'), id: child(e, 'wp:term_id'), slug: child(e, 'wp:term_slug'), name: child(e, 'wp:term_name'), parentSlug: child(e, 'wp:term_parent'), description: child(e, 'wp:term_description'), line: e.line };
}

function toComment(e: Element): WxrComment {
  return {
    id: child(e, 'wp:comment_id'),
    author: child(e, 'wp:comment_author'),
    email: child(e, 'wp:comment_author_email'),
    url: child(e, 'wp:comment_author_url'),
    date: child(e, 'wp:comment_date'),
    dateGmt: child(e, 'wp:comment_date_gmt'),
    content: rawChild(e, 'wp:comment_content'),
    approved: child(e, 'wp:comment_approved'),
    type: child(e, 'wp:comment_type'),
    parent: child(e, 'wp:comment_parent'),
  };
}

function toItem(e: Element): WxrItem {
  const meta: Record<string, string> = {};
  for (const m of e.children.filter((c) => c.name === 'wp:postmeta')) meta[child(m, 'wp:meta_key')] = child(m, 'wp:meta_value');
  return {
    title: child(e, 'title'),
    link: child(e, 'link'),
    creator: child(e, 'dc:creator'),
    guid: child(e, 'guid'),
    content: rawChild(e, 'content:encoded'),
    excerpt: child(e, 'excerpt:encoded'),
    postId: child(e, 'wp:post_id'),
    postDate: child(e, 'wp:post_date'),
    postDateGmt: child(e, 'wp:post_date_gmt'),
    modifiedGmt: child(e, 'wp:post_modified_gmt'),
    commentStatus: child(e, 'wp:comment_status'),
    postName: child(e, 'wp:post_name'),
    status: child(e, 'wp:status'),
    postParent: child(e, 'wp:post_parent'),
    postType: child(e, 'wp:post_type'),
    password: child(e, 'wp:post_password'),
    isSticky: child(e, 'wp:is_sticky') === '1',
    attachmentUrl: child(e, 'wp:attachment_url'),
    categories: e.children.filter((c) => c.name === 'category').map((c) => ({ domain: c.attributes.domain ?? 'category', nicename: c.attributes.nicename ?? '', name: c.text.trim() })),
    meta,
    comments: e.children.filter((c) => c.name === 'wp:comment').map(toComment),
    line: e.line,
  };
}
