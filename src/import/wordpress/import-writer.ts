// Writes one WXR record at a time on the import's transaction: authors → people, categories →
// sections (nested as the categories are, up to maxSectionDepth levels, deeper ones under their
// ancestor at the last level; a post's section is its most specific category, its other
// categories become tags), tags → tags, posts → articles with their comments
// (threads and states), pages → pages at /their-slug (Byline pages have no comments: a page's
// comments are reported lost), and every old URL → redirect. A record whose checksum matches the
// stored one is left exactly as it is.
import { articlePath, maxSectionDepth, renderMarkdown, reservedSectionSlugs } from '../../content/content.ts';
import type { Db } from '../../db/database.ts';
import { findRedirect, recordRedirect, type RedirectTarget } from '../../redirects/redirects.ts';
import { slugify } from '../../slug.ts';
import { type AttachmentInfo, convertContent } from './convert-content.ts';
import { checksum, missingWords, normalise, textOf } from './fidelity.ts';
import * as repo from './import.repository.ts';
import type { ImportReport, ReportKind } from './import-report.ts';
import { commentStatusOf, commentText, isPingback, plainText, statusOf, wpTime } from './map-records.ts';
import { authorNicename, authorPaths, categoryPaths, itemPaths, structuredPath, tagPaths } from './permalinks.ts';
import { createPageWriter } from './page-writer.ts';
import type { WxrAuthor, WxrItem, WxrRecord, WxrTerm } from './wxr-types.ts';

export interface ImportOptions {
  /** Import pingbacks and trackbacks as comments (default: skip them, reported as skipped by option). */
  keepPingbacks?: boolean;
  /** The WordPress site's time zone for local dates (default: the Byline site's). */
  timeZone?: string;
  /** A permalink structure such as /%year%/%monthnum%/%postname%/ whose paths also redirect. */
  permalinks?: string;
  /** A copy of wp-content/uploads: images found there are imported through the media pipeline. */
  mediaDir?: string;
  /** Create a newsroom account (author, no password until one is set) for each author with an email. */
  createAccounts?: boolean;
}

interface WriterDeps {
  db: Db;
  now: string;
  timeZone: string;
  options: ImportOptions;
  report: ImportReport;
  attachments: Map<string, AttachmentInfo>;
  /** Every post id in the export (from the first pass). */
  postIds: Set<string>;
  /** The slugs the export's pages will ask for (first pass): a page keeps /about, so a category named so takes another. */
  pageSlugs?: Set<string>;
}

/** A WordPress slug (percent-encoded, any script) as a Byline slug; '' when nothing is left. */
export const wpSlug = (wanted: string) => slugify(decodeURIComponent(wanted).replace(/%/g, ''));

/** Post types that are site chrome or machinery, not stories: leaving them out loses nothing a reader reads. */
const chromeTypes = new Set(['nav_menu_item', 'wp_navigation', 'wp_template', 'wp_template_part', 'wp_global_styles', 'custom_css', 'customize_changeset', 'oembed_cache', 'user_request', 'revision', 'wp_font_family', 'wp_font_face']);

export function createImportWriter({ db, now, timeZone, options, report, attachments, postIds, pageSlugs = new Set() }: WriterDeps) {
  let source = '';
  const people = new Map<string, { id: number; slug: string; login: string; wpId: string }>();
  const sections = new Map<string, { id: number; slug: string; path: string }>();
  const categories = new Map<string, WxrTerm>();
  const tags = new Map<string, number>();
  const articleIds = new Map<string, number>();
  const claimed = new Map<string, RedirectTarget>();
  const attachmentsOfPost = new Map<string, AttachmentInfo[]>();
  for (const a of attachments.values()) attachmentsOfPost.set(a.parentId, [...(attachmentsOfPost.get(a.parentId) ?? []), a]);
  const count = (kind: ReportKind, what: 'created' | 'updated' | 'unchanged' | 'skipped') => report.counts[kind][what]++;

  /** The stored row for this WordPress record, if a previous import made one that still exists. */
  async function mapped(kind: repo.WpKind, wpId: string, table: 'people' | 'sections' | 'tags' | 'articles' | 'pages' | 'comments', guid?: string) {
    const mapping = await repo.findMapping(db, source, kind, wpId, guid);
    // A GUID match stands in for an id only for a record whose own id is not in this export (WordPress reuses GUIDs of copies).
    if (mapping && mapping.wp_id !== wpId && postIds.has(mapping.wp_id)) return undefined;
    return mapping && (await repo.rowExists(db, table, mapping.target_id)) ? mapping : undefined;
  }

  async function remember(kind: repo.WpKind, wpId: string, targetId: number, sum: string, guid: string | null = null) {
    await repo.saveMapping(db, { source, wp_kind: kind, wp_id: wpId, guid, target_id: targetId, checksum: sum, imported_at: now });
  }

  async function redirect(paths: string[], target: RedirectTarget, livePath?: string | null) {
    for (const path of paths) {
      if (path === livePath) continue;
      // The first record of this export to claim a path keeps it.
      const claimant = claimed.get(path);
      if (claimant && (claimant.kind !== target.kind || claimant.targetId !== target.targetId)) {
        report.notes.push(`${path} belongs to two records; it leads to the first (${claimant.kind} ${claimant.targetId}).`);
        continue;
      }
      claimed.set(path, target);
      report.counts.redirects.read++;
      const existing = await findRedirect(db, path);
      if (existing && existing.kind === target.kind && existing.targetId === target.targetId) count('redirects', 'unchanged');
      else {
        await recordRedirect(db, path, target, now);
        count('redirects', existing ? 'updated' : 'created');
      }
    }
  }

  /** A page's slug is its address, /slug: it may not be the site's own, nor a section's. */
  const notAPageAddress = async (slug: string) => reservedSectionSlugs.has(slug) || (await repo.findIdBySlug(db, 'sections', slug)) !== undefined;

  async function freeSlug(table: 'people' | 'sections' | 'tags' | 'articles' | 'pages', wanted: string, ownId?: number): Promise<string> {
    const base = wpSlug(wanted) || table.slice(0, -1);
    for (let n = 1; ; n++) {
      const slug = n === 1 ? base : `${base}-${n}`;
      if (table === 'pages' && (await notAPageAddress(slug))) continue;
      const holder = await repo.findIdBySlug(db, table, slug);
      if (holder === undefined || holder === ownId) return slug;
    }
  }

  async function writePerson(login: string, author?: WxrAuthor): Promise<number> {
    const key = login || 'unknown';
    const known = people.get(key);
    if (known) return known.id;
    report.counts.authors.read++;
    const name = author?.displayName || [author?.firstName, author?.lastName].filter(Boolean).join(' ') || login || 'Unknown author';
    const email = author?.email || null;
    const sum = checksum(JSON.stringify([name, email]));
    const wpId = author?.id || `login:${key}`;
    const existing = await mapped('author', wpId, 'people');
    let id: number;
    if (existing) {
      id = existing.target_id;
      if (existing.checksum === sum) count('authors', 'unchanged');
      else {
        await repo.updatePerson(db, id, { name, email, now });
        count('authors', 'updated');
      }
    } else {
      // A person the newsroom already has under the same slug is the same writer: adopt, never duplicate.
      const wanted = slugify(name) || authorNicename(key);
      id = (await repo.findIdBySlug(db, 'people', wanted)) ?? (await repo.insertPerson(db, { slug: wanted, name, email, now }));
      count('authors', 'created');
      if (options.createAccounts && email && (await repo.insertAccount(db, { email, name, personId: id, now }))) report.notes.push(`Created an author account for ${name} (no password: send them a link with \`byline user reset-password --email …\`).`);
    }
    if (existing?.checksum !== sum) await remember('author', wpId, id, sum);
    const slug = (await repo.findSlugById(db, 'people', id))!;
    people.set(key, { id, slug, login: key, wpId: author?.id ?? '' });
    await redirect(authorPaths(author?.id ?? '', key), { kind: 'person', targetId: id }, `/author/${slug}`);
    return id;
  }

  /** A new section goes under `parent` (a section written already); one adopted or imported before stays where it is. */
  async function writeSection(slug: string, name: string, description: string, wpId: string, parent?: { id: number; path: string }): Promise<{ id: number; slug: string; path: string }> {
    const known = sections.get(slug);
    if (known) return known;
    report.counts.categories.read++;
    const sum = checksum(JSON.stringify([name, description]));
    const existing = await mapped('category', wpId || `slug:${slug}`, 'sections');
    let id: number;
    if (existing) {
      id = existing.target_id;
      if (existing.checksum === sum) count('categories', 'unchanged');
      else (await repo.updateSection(db, id, { name, description }), count('categories', 'updated'));
    } else {
      const own = slugify(decodeURIComponent(slug)) || 'section';
      // A section shares the first path segment with pages (this export's /about, or an earlier import's).
      const wanted = reservedSectionSlugs.has(own) || pageSlugs.has(own) || (await repo.findIdBySlug(db, 'pages', own)) !== undefined ? `${own}-section` : own;
      id = (await repo.findIdBySlug(db, 'sections', wanted)) ?? (await repo.insertSection(db, { slug: wanted, name: name || slug, description, parent: parent ?? null }));
      count('categories', 'created');
    }
    if (existing?.checksum !== sum) await remember('category', wpId || `slug:${slug}`, id, sum);
    const section = (await repo.findSectionAddress(db, id))!;
    sections.set(slug, section);
    return section;
  }

  async function writeTag(slug: string, name: string, wpId: string): Promise<number> {
    const known = tags.get(slug);
    if (known !== undefined) return known;
    report.counts.tags.read++;
    const sum = checksum(name);
    const existing = await mapped('tag', wpId || `slug:${slug}`, 'tags');
    let id: number;
    if (existing) {
      id = existing.target_id;
      if (existing.checksum === sum) count('tags', 'unchanged');
      else (await repo.updateTag(db, id, name), count('tags', 'updated'));
    } else {
      const wanted = slugify(decodeURIComponent(slug)) || slugify(name) || 'tag';
      id = (await repo.findIdBySlug(db, 'tags', wanted)) ?? (await repo.insertTag(db, { slug: wanted, name: name || slug }));
      count('tags', 'created');
    }
    if (existing?.checksum !== sum) await remember('tag', wpId || `slug:${slug}`, id, sum);
    tags.set(slug, id);
    await redirect(tagPaths(slug), { kind: 'tag', targetId: id }, `/tag/${(await repo.findSlugById(db, 'tags', id))!}`);
    return id;
  }

  /** /category/parent/child: WordPress nests a category's path under its ancestors. */
  function categoryTrail(slug: string): string[] {
    const trail = [slug];
    for (let parent = categories.get(slug)?.parentSlug; parent && trail.length < 20; parent = categories.get(parent)?.parentSlug) trail.unshift(parent);
    return trail;
  }

  /** The section a category's section sits under: its parent's, or for a category nested deeper than sections go, its ancestor's at the last level but one. */
  function parentSection(term: WxrTerm): { id: number; path: string } | undefined {
    if (!term.parentSlug) return undefined;
    const trail = categoryTrail(term.parentSlug);
    const parent = sections.get(trail[Math.min(trail.length, maxSectionDepth - 1) - 1]!);
    // A section the newsroom had already nested deep enough takes no more levels under it.
    return parent && parent.path.split('/').length - 1 < maxSectionDepth ? parent : undefined;
  }

  async function writeCategory(term: WxrTerm) {
    const section = await writeSection(term.slug, term.name, term.description, term.id, parentSection(term));
    await redirect(categoryPaths(term.id, categoryTrail(term.slug)), { kind: 'section', targetId: section.id }, section.path);
  }

  async function writeTerm(term: WxrTerm) {
    if (term.kind === 'category') {
      if (categories.has(term.slug)) return;
      categories.set(term.slug, term);
      await writeCategory(term);
    } else if (term.kind === 'tag') await writeTag(term.slug, term.name, term.id);
  }

  const depth = (slug: string) => categoryTrail(slug).length;

  /** The item's status rule, or undefined when it is skipped (counted and reported, with its comments). */
  function ruleFor(item: WxrItem, kind: ReportKind) {
    report.counts[kind].read++;
    const rule = statusOf(item);
    if ('skip' in rule) {
      count(kind, 'skipped');
      report.skipped.push({ kind: item.postType, id: item.postId, title: item.title, reason: rule.skip, byOption: true });
      for (const _ of item.comments) (report.counts.comments.read++, count('comments', 'skipped'));
      return undefined;
    }
    if (rule.note) report.notes.push(`${item.postType} ${item.postId} "${item.title}" is ${rule.note}.`);
    return rule;
  }

  /** The item's content as stored HTML, rendered; what did not convert goes in the report. Converted every time, so a second run reports the same. */
  async function convertItem(item: WxrItem) {
    const converted = convertContent(item.content, { attachment: (a) => attachments.get(a), attachmentsOf: (p) => attachmentsOfPost.get(p) ?? [], postId: item.postId });
    if (converted.unknownShortcodes.length > 0) report.unknownShortcodes.push({ postId: item.postId, title: item.title, names: converted.unknownShortcodes });
    for (const name of converted.dynamicBlocks) report.dynamicBlocks[name] = (report.dynamicBlocks[name] ?? 0) + 1;
    const body = await renderMarkdown(converted.html);
    const lost = missingWords(item.content, body.html);
    if (lost.length > 0) report.lostText.push({ postId: item.postId, title: item.title, words: lost });
    report.articleChecksums.push(checksum(normalise(textOf(body.html))));
    return { markdown: converted.html, body };
  }

  const { writePage, pageIds } = createPageWriter({ db, now, timeZone, options, report, ruleFor, convertItem, mapped, remember, freeSlug, redirect, source: () => source });

  async function writeArticle(item: WxrItem) {
    const kind: ReportKind = 'posts';
    const rule = ruleFor(item, kind);
    if (!rule) return;
    const cats = item.categories.filter((c) => c.domain === 'category');
    for (const c of cats) if (!categories.has(c.nicename)) (categories.set(c.nicename, { kind: 'category', id: '', slug: c.nicename, name: c.name, parentSlug: '', description: '', line: item.line }), await writeCategory(categories.get(c.nicename)!));
    const primary = item.meta._yoast_wpseo_primary_category ? cats.find((c) => categories.get(c.nicename)?.id === item.meta._yoast_wpseo_primary_category) : undefined;
    const sectionCat = primary ?? [...cats].sort((a, b) => depth(b.nicename) - depth(a.nicename))[0];
    const section = sectionCat ? sections.get(sectionCat.nicename)! : await writeSection('uncategorized', 'Uncategorized', '', 'slug:uncategorized');
    const tagIds: number[] = [];
    for (const c of item.categories.filter((c) => c.domain === 'post_tag')) tagIds.push(await writeTag(c.nicename, c.name, ''));
    for (const c of cats.filter((c) => c !== sectionCat)) tagIds.push(await writeTag(c.nicename, categories.get(c.nicename)?.name || c.name, ''));
    const authorId = await writePerson(item.creator);

    const thumb = item.meta._thumbnail_id ? attachments.get(item.meta._thumbnail_id) : undefined;
    const publishedAt = wpTime(item.postDateGmt, item.postDate, timeZone);
    const sum = checksum(JSON.stringify([item.title, item.content, item.excerpt, item.status, item.password !== '', item.postDateGmt, item.postDate, item.postName, item.commentStatus, section.id, tagIds, authorId, thumb, timeZone]));
    const existing = await mapped('post', item.postId, 'articles', item.guid || undefined);
    let id: number;
    let slug: string;
    const { markdown, body } = await convertItem(item);
    if (existing && existing.checksum === sum) {
      id = existing.target_id;
      slug = (await repo.findArticleBody(db, id))!.slug;
      count(kind, 'unchanged');
    } else {
      slug = await freeSlug('articles', item.postName || item.title || `wordpress-${item.postId}`, existing?.target_id);
      const values = {
        slug,
        section_id: section.id,
        headline: item.title.trim() || `(untitled ${item.postType} ${item.postId})`,
        standfirst: plainText(item.excerpt),
        dateline: '',
        body_markdown: markdown,
        body_html: body.html,
        body_break: body.breakOffset,
        body_html_rules: body.rulesVersion,
        status: rule.status,
        published_at: publishedAt && rule.status !== 'draft' ? publishedAt.toISOString() : null,
        updated_at: null,
        modified_at: now,
        featured_image_url: thumb?.url ?? null,
        featured_image_alt: thumb ? thumb.alt : null,
        featured_image_caption: thumb ? plainText(thumb.caption) : null,
        featured_image_credit: thumb ? '' : null,
        featured_image_width: null,
        featured_image_height: null,
        comments_open: item.commentStatus === 'closed' ? 0 : 1,
        seo_title: null,
        seo_description: null,
        submitted_at: rule.submitted ? now : null,
      };
      let version = 1;
      if (existing) {
        id = existing.target_id;
        version = await repo.updateArticle(db, id, values);
        count(kind, 'updated');
      } else {
        id = await repo.insertArticle(db, { ...values, created_at: publishedAt?.toISOString() ?? now, created_by: null });
        count(kind, 'created');
      }
      await repo.replaceBylinesAndTags(db, id, [authorId], [...new Set(tagIds)], rule.status === 'published' ? values.published_at : null);
      const snapshot = { headline: values.headline, slug, standfirst: values.standfirst, dateline: '', sectionId: section.id, bodyMarkdown: markdown, tags: [], authorIds: [authorId], featuredImage: null, commentsOpen: values.comments_open === 1, seoTitle: null, seoDescription: null, status: rule.status, publishedAt: values.published_at };
      await repo.insertRevision(db, { articleId: id, version, createdAt: now, changedFields: ['imported from WordPress'], snapshot });
      await remember('post', item.postId, id, sum, item.guid || null);
    }
    articleIds.set(item.postId, id);
    report.articleIds.push(id);
    const livePath = publishedAt && rule.status !== 'draft' ? articlePath(section.slug, slug, publishedAt, timeZone) : null;
    const structured = options.permalinks && item.postType === 'post' ? structuredPath(options.permalinks, item, item.postName || slug, sectionCat ? categoryTrail(sectionCat.nicename).join('/') : 'uncategorized', authorNicename(item.creator), item.postDate) : undefined;
    await redirect([...itemPaths(item, source), ...(structured ? [structured] : [])], { kind: 'article', targetId: id }, livePath);
    await writeComments(item, id);
  }

  async function writeComments(item: WxrItem, articleId: number) {
    const ids = new Map<string, number>();
    // Each imported comment's thread: the top-level comment it is under (null: it is one).
    const threads = new Map<number, number | null>();
    for (const comment of [...item.comments].sort((a, b) => Number(a.id) - Number(b.id))) {
      report.counts.comments.read++;
      const status = commentStatusOf(comment.approved);
      if (isPingback(comment.type) && !options.keepPingbacks) {
        count('comments', 'skipped');
        report.skipped.push({ kind: comment.type, id: comment.id, title: comment.author, reason: 'pingbacks and trackbacks are skipped (--keep-pingbacks keeps them)', byOption: true });
        continue;
      }
      if (!status) {
        count('comments', 'skipped');
        report.skipped.push({ kind: 'comment', id: comment.id, title: comment.author, reason: `unknown approval state "${comment.approved}"`, byOption: false });
        continue;
      }
      const created = (wpTime(comment.dateGmt, comment.date, timeZone) ?? new Date(now)).toISOString();
      const parentId = comment.parent && comment.parent !== '0' ? (ids.get(comment.parent) ?? null) : null;
      if (comment.parent && comment.parent !== '0' && parentId === null) report.notes.push(`Comment ${comment.id} replied to comment ${comment.parent}, which was not imported: it stands on its own.`);
      const values = { article_id: articleId, parent_id: parentId, status, author_name: comment.author.trim() || 'Anonymous', author_email: comment.email.trim(), author_url: /^https?:\/\//i.test(comment.url.trim()) ? comment.url.trim() : null, body: commentText(comment.content) };
      const sum = checksum(JSON.stringify([values, created]));
      const thread = { thread_id: parentId === null ? null : (threads.get(parentId) ?? parentId) };
      const existing = await mapped('comment', comment.id, 'comments');
      let id: number;
      if (existing) {
        id = existing.target_id;
        if (existing.checksum === sum) count('comments', 'unchanged');
        else (await repo.updateComment(db, id, { ...values, ...thread, status_changed_at: now }), count('comments', 'updated'));
      } else {
        id = await repo.insertComment(db, { ...values, ...thread, ip: null, user_agent: null, staff_user_id: null, reasons: '[]', spam_score: null, learned_as: null, created_at: created, status_changed_at: created, edited_at: null });
        count('comments', 'created');
      }
      if (existing?.checksum !== sum) await remember('comment', comment.id, id, sum);
      ids.set(comment.id, id);
      threads.set(id, thread.thread_id);
    }
  }

  const deferredAttachments: WxrItem[] = [];

  return {
    async write(record: WxrRecord) {
      switch (record.kind) {
        case 'site':
          source = record.site.baseBlogUrl || record.site.link || record.site.baseSiteUrl;
          report.source = source;
          report.wxrVersion = record.site.wxrVersion;
          return;
        case 'author':
          await writePerson(record.author.login, record.author);
          return;
        case 'term':
          await writeTerm(record.term);
          return;
        case 'item': {
          const item = record.item;
          if (item.postType === 'post') await writeArticle(item);
          else if (item.postType === 'page') await writePage(item);
          else if (item.postType === 'attachment') (report.counts.attachments.read++, deferredAttachments.push({ ...item, content: '', comments: [] }));
          else if (chromeTypes.has(item.postType)) report.skipped.push({ kind: item.postType, id: item.postId, title: item.title, reason: 'site chrome, not content (menus and templates are built in Byline)', byOption: true });
          else if (item.postType === 'wp_block') report.skipped.push({ kind: item.postType, id: item.postId, title: item.title, reason: 'a reusable block (its uses are dynamic blocks in posts)', byOption: true });
          else report.skipped.push({ kind: item.postType, id: item.postId, title: item.title, reason: `Byline has no place for the post type "${item.postType}"`, byOption: false });
        }
      }
    },
    /** Attachment pages lead to the article (or page) they belong to; attachments themselves are recorded as media URLs. */
    async finish() {
      let unattached = 0;
      for (const item of deferredAttachments) {
        const article = articleIds.get(item.postParent);
        const page = pageIds.get(item.postParent);
        if (!article && !page) {
          unattached++;
          count('attachments', 'skipped');
          continue;
        }
        const before = report.counts.redirects.unchanged;
        const paths = itemPaths(item, source);
        await redirect(paths, article ? { kind: 'article', targetId: article } : { kind: 'page', targetId: page! });
        count('attachments', report.counts.redirects.unchanged - before === paths.length ? 'unchanged' : 'created');
      }
      if (unattached > 0) report.notes.push(`${unattached} attachment(s) belong to no imported post: their files are referenced by URL where used, their attachment pages have no article to lead to.`);
    },
  };
}
