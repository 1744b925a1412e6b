// The article service: saving (Markdown rendered and sanitized once, at save time), reading
// for pages, and lists for fronts. A save that moves an article's public path records the old
// path as a redirect in the same transaction, so no published URL ever stops answering.
import { storedBody } from './stored-body.ts';
import { canSetByline } from '../auth/auth.ts';
import { isCredit } from './credit.ts';
import type { Clock } from '../clock.ts';
import { toStoredTime } from '../clock.ts';
import type { Db } from '../db/database.ts';
import { AppError } from '../errors.ts';
import type { Events } from '../events.ts';
import { type CursorPage, cursorOf, type PageRequest, type Page, offsetOf, parseCursor, toPage } from '../pagination.ts';
import type { PeopleService } from '../people/people.ts';
import { forgetRedirect, recordRedirect } from '../redirects/redirects.ts';
import type { SettingsService } from '../settings/site-settings.ts';
import { isValidSlug, slugify } from '../slug.ts';
import type { Article, ArticleFilter, ArticleInput, ArticleSummary, ArticleWithBody, FeaturedImage, SaveOptions } from './article.ts';
import { articlePath } from './article-path.ts';
import * as repo from './article.repository.ts';
import { changedFields, snapshotOf, type ArticleSnapshot } from './revision.ts';
import { insertRevision, listRevisions } from './revision.repository.ts';
import { insertNote } from './article-note.repository.ts';
import type { TaxonomyService } from './taxonomy.service.ts';

export interface ArticleServiceDeps {
  db: Db;
  clock: Clock;
  events: Events;
  people: PeopleService;
  taxonomy: TaxonomyService;
  settings: SettingsService;
  /** Stored related-article ids, best first (discovery/related's lookup, wired in app-context). */
  related?: { listRelatedIds(articleId: number): Promise<number[]> };
  /** The media library (wired in app-context): a featured image chosen from it brings its text and size. */
  imageLibrary?: { findImageByUrl(url: string): Promise<Pick<FeaturedImage, 'alt' | 'caption' | 'credit'> & { width: number; height: number } | undefined> };
}

export type ArticleService = ReturnType<typeof createArticleService>;

export function createArticleService({ db, clock, events, people, taxonomy, settings, related, imageLibrary }: ArticleServiceDeps) {
  const now = () => toStoredTime(clock.now());
  const listRevisionsFor = (articleId: number) => listRevisions(db, articleId);
  const timeZone = async () => (await settings.getSiteSettings()).timeZone;

  async function pathOf(row: Pick<repo.ArticleRow, 'slug' | 'section_id' | 'published_at'>): Promise<string | null> {
    if (!row.published_at) return null;
    const section = await taxonomy.findSectionById(row.section_id);
    return section ? articlePath(section.slug, row.slug, new Date(row.published_at), await timeZone()) : null;
  }

  async function toArticle(row: repo.ArticleRow): Promise<Article> {
    const [section, byline, tags] = await Promise.all([taxonomy.findSectionById(row.section_id), repo.listCredits(db, row.id), repo.listTagsOf(db, row.id)]);
    const authorsById = new Map((await people.listPeopleByIds(byline.map((entry) => entry.personId))).map((person) => [person.id, person]));
    return {
      id: row.id,
      slug: row.slug,
      status: row.status,
      section: { id: section!.id, slug: section!.slug, name: section!.name, path: section!.path },
      headline: row.headline,
      standfirst: row.standfirst,
      dateline: row.dateline,
      authors: byline.flatMap(({ personId, credit }) => { const person = authorsById.get(personId); return person ? [{ ...person, credit }] : []; }),
      tags,
      bodyMarkdown: row.body_markdown,
      bodyHtml: row.body_html,
      bodyBreak: row.body_break,
      featuredImage: repo.toFeaturedImage(row),
      publishedAt: row.published_at ? new Date(row.published_at) : null,
      updatedAt: row.updated_at ? new Date(row.updated_at) : null,
      commentsOpen: row.comments_open === 1,
      seoTitle: row.seo_title,
      seoDescription: row.seo_description,
      story: row.story ?? null,
      path: await pathOf(row),
      version: row.version,
      createdBy: row.created_by,
      submittedAt: row.submitted_at ? new Date(row.submitted_at) : null,
      modifiedAt: new Date(row.modified_at),
    };
  }

  async function toSummaries(rows: repo.SummaryRow[]): Promise<ArticleSummary[]> {
    const bylines = await repo.listBylines(db, rows.map((row) => row.id));
    const zone = await timeZone();
    return rows.map((row) => ({
      id: row.id,
      slug: row.slug,
      headline: row.headline,
      standfirst: row.standfirst,
      section: { id: row.section_id, slug: row.section_slug, name: row.section_name, path: row.section_path },
      authors: bylines.filter((b) => b.article_id === row.id).map((b) => ({ id: b.id, slug: b.slug, name: b.name, roleTitle: b.role_title, credit: isCredit(b.credit) ? b.credit : 'author' })),
      featuredImage: repo.toFeaturedImage(row),
      publishedAt: new Date(row.published_at!),
      updatedAt: row.updated_at ? new Date(row.updated_at) : null,
      path: articlePath(row.section_slug, row.slug, new Date(row.published_at!), zone),
    }));
  }

  async function validate(input: Partial<ArticleInput>, exceptId?: number): Promise<void> {
    if (input.headline !== undefined && input.headline.trim() === '') throw new AppError('VALIDATION_FAILED', 'An article needs a headline.');
    if (input.slug !== undefined) {
      if (!isValidSlug(input.slug)) throw new AppError('VALIDATION_FAILED', `"${input.slug}" is not a valid slug: use lowercase letters, digits and hyphens.`);
      if (await repo.slugTaken(db, input.slug, exceptId)) throw new AppError('SLUG_TAKEN', `Another article already uses the slug "${input.slug}".`);
    }
    if (input.sectionId !== undefined && !(await taxonomy.findSectionById(input.sectionId))) {
      throw new AppError('VALIDATION_FAILED', `No section has id ${input.sectionId}.`);
    }
    if (input.authorIds !== undefined) {
      const found = await people.listPeopleByIds(input.authorIds);
      if (found.length !== new Set(input.authorIds).size) throw new AppError('VALIDATION_FAILED', 'Every author in the byline must be a known person.');
    }
  }


  /**
   * A featured image that is a library image takes the library's alt text, caption and credit
   * where these are empty (a form posted without JavaScript, an import, an API client), and always
   * the library's width and height. Any other image is kept as given.
   */
  async function withLibraryDefaults<T extends FeaturedImage | null | undefined>(image: T): Promise<T> {
    if (!image || !imageLibrary) return image;
    const item = await imageLibrary.findImageByUrl(image.url);
    if (!item) return image;
    const or = (given: string, library: string) => (given.trim() === '' ? library : given);
    return { ...image, alt: or(image.alt, item.alt), caption: or(image.caption, item.caption), credit: or(image.credit, item.credit), width: item.width, height: item.height };
  }

  function imageColumns(image: ArticleInput['featuredImage']) {
    return {
      featured_image_url: image?.url ?? null,
      featured_image_alt: image?.alt ?? null,
      featured_image_caption: image?.caption ?? null,
      featured_image_credit: image?.credit ?? null,
      featured_image_width: image?.width ?? null,
      featured_image_height: image?.height ?? null,
    };
  }

  /** A refused save says who saved since, and which fields they changed. */
  async function conflict(id: number, fromVersion: number, currentVersion: number): Promise<AppError> {
    const revisions = (await listRevisionsFor(id)).filter((revision) => revision.version > fromVersion);
    const fields = [...new Set(revisions.flatMap((revision) => revision.changedFields))];
    const who = [...new Set(revisions.map((revision) => revision.userName ?? 'someone'))].join(', ') || 'someone';
    return new AppError('VERSION_CONFLICT', `${who} saved this article after you opened it (now version ${currentVersion}; you started from version ${fromVersion}). Changed: ${fields.join(', ') || 'unknown fields'}. Your text has not been saved: copy it, reload, and apply your changes again.`, {
      details: { currentVersion, fromVersion, changedFields: fields, savedBy: who, current: revisions[0]?.snapshot },
    });
  }

  /** A writer without the right to name others may put only themselves on a byline. */
  function checkByline(options: SaveOptions, requested: number[] | undefined, current: number[] = []): void {
    if (!options.viewer || requested === undefined || canSetByline(options.viewer, requested, current)) return;
    throw new AppError('FORBIDDEN', 'You can put only yourself on the byline; ask an editor to add other writers.', { details: { field: 'author1' } });
  }

  async function emitSaved(id: number, status: Article['status'], wasPublished: boolean): Promise<void> {
    await events.emit('article.saved', { articleId: id, status });
    if (status === 'published' && !wasPublished) await events.emit('article.published', { articleId: id });
    if (status !== 'published' && wasPublished) await events.emit('article.unpublished', { articleId: id });
  }

  return {
    withLibraryDefaults,

    async createArticle(given: ArticleInput, options: SaveOptions = {}): Promise<Article> {
      const input = given.featuredImage ? { ...given, featuredImage: await withLibraryDefaults(given.featuredImage) } : given;
      const slug = input.slug ?? slugify(input.headline);
      checkByline(options, input.authorIds);
      await validate({ ...input, slug });
      const status = input.status ?? 'draft';
      const stamp = now();
      const publishedAt = input.publishedAt ?? (status === 'published' ? clock.now() : null);
      const body = await storedBody(input.bodyMarkdown ?? '');
      const id = await db.transaction().execute(async (trx) => {
        const articleId = await repo.insertArticle(trx, {
          slug,
          section_id: input.sectionId,
          headline: input.headline.trim(),
          standfirst: input.standfirst ?? '',
          dateline: input.dateline ?? '',
          ...body,
          status,
          published_at: publishedAt ? toStoredTime(publishedAt) : null,
          updated_at: input.updatedAt ? toStoredTime(input.updatedAt) : null,
          created_at: stamp,
          modified_at: stamp,
          ...imageColumns(input.featuredImage),
          comments_open: input.commentsOpen === false ? 0 : 1,
          seo_title: input.seoTitle ?? null,
          seo_description: input.seoDescription ?? null,
          story: storyColumn(input.story),
          version: 1,
          created_by: options.userId ?? null,
          submitted_at: options.submitForReview ? stamp : null,
        });
        await repo.replaceAuthors(trx, articleId, input.authorIds, input.credits);
        const tags = await taxonomy.ensureTags(input.tags ?? [], trx);
        await repo.replaceTags(trx, articleId, tags.map((tag) => tag.id));
        await repo.syncListingTimes(trx, articleId);
        const snapshot = snapshotFromInput(input, slug, status, publishedAt, tags.map((tag) => tag.name));
        await insertRevision(trx, { articleId, version: 1, userId: options.userId ?? null, createdAt: stamp, changedFields: changedFields(null, snapshot), snapshot });
        return articleId;
      });
      await emitSaved(id, status, false);
      return this.getArticle(id);
    },

    async updateArticle(id: number, given: Partial<ArticleInput>, options: SaveOptions = {}): Promise<Article> {
      const changes = given.featuredImage ? { ...given, featuredImage: await withLibraryDefaults(given.featuredImage) } : given;
      const current = await repo.findArticleRowById(db, id);
      if (!current) throw new AppError('NOT_FOUND', `No article has id ${id}.`);
      const before = snapshotOf(await toArticle(current));
      if (options.expectedVersion !== undefined && options.expectedVersion !== current.version) {
        throw await conflict(id, options.expectedVersion, current.version);
      }
      checkByline(options, changes.authorIds, before.authorIds);
      await validate(changes, id);
      const status = changes.status ?? current.status;
      const wasPublished = current.status === 'published';
      const stamp = now();
      const publishedAt = changes.publishedAt !== undefined ? changes.publishedAt : status === 'published' && !current.published_at ? clock.now() : undefined;
      // A save that changes nothing (an autosave racing a refused submit, "Save" pressed twice)
      // writes no revision and keeps the version, so it can never become a conflict with oneself.
      if (isNoOp(before, current, changes, status, publishedAt, options)) return this.getArticle(id);
      const values: Partial<repo.ArticleRow> = {
        ...(changes.slug !== undefined && { slug: changes.slug }),
        ...(changes.sectionId !== undefined && { section_id: changes.sectionId }),
        ...(changes.headline !== undefined && { headline: changes.headline.trim() }),
        ...(changes.standfirst !== undefined && { standfirst: changes.standfirst }),
        ...(changes.dateline !== undefined && { dateline: changes.dateline }),
        ...(changes.bodyMarkdown !== undefined && (await storedBody(changes.bodyMarkdown))),
        ...(changes.featuredImage !== undefined && imageColumns(changes.featuredImage)),
        ...(changes.commentsOpen !== undefined && { comments_open: changes.commentsOpen ? 1 : 0 }),
        ...(changes.seoTitle !== undefined && { seo_title: changes.seoTitle }),
        ...(changes.seoDescription !== undefined && { seo_description: changes.seoDescription }),
        ...(changes.story !== undefined && { story: storyColumn(changes.story) }),
        ...(publishedAt !== undefined && { published_at: publishedAt ? toStoredTime(publishedAt) : null }),
        status,
        modified_at: stamp,
        version: current.version + 1,
        ...(options.submitForReview !== undefined && { submitted_at: options.submitForReview ? stamp : null }),
        // Readers see "Updated" only for changes after publication.
        updated_at: changes.updatedAt !== undefined ? (changes.updatedAt && toStoredTime(changes.updatedAt)) : wasPublished && status === 'published' ? stamp : current.updated_at,
      };
      // Paths are worked out before the transaction: on SQLite the transaction holds the only
      // connection, so a query on `db` inside it would wait for itself.
      const oldPath = wasPublished ? await pathOf(current) : null;
      const newPath = await pathOf({ ...current, ...values });
      // Only `trx` is used inside: the lost race is reported after the transaction, where `db` is free.
      const saved = await db.transaction().execute(async (trx) => {
        // The version in the WHERE makes the check atomic: of two saves from one version, one wins.
        if (!(await repo.updateArticleIfVersion(trx, id, current.version, values))) return false;
        if (changes.authorIds !== undefined) await repo.replaceAuthors(trx, id, changes.authorIds, changes.credits);
        let tagNames = before.tags;
        if (changes.tags !== undefined) {
          const tags = await taxonomy.ensureTags(changes.tags, trx);
          await repo.replaceTags(trx, id, tags.map((tag) => tag.id));
          tagNames = tags.map((tag) => tag.name);
        }
        const after: ArticleSnapshot = {
          ...before,
          ...snapshotChanges(changes),
          tags: tagNames,
          status,
          publishedAt: values.published_at !== undefined ? values.published_at : before.publishedAt,
          ...(changes.slug !== undefined && { slug: changes.slug }),
        };
        await insertRevision(trx, { articleId: id, version: current.version + 1, userId: options.userId ?? null, createdAt: stamp, changedFields: changedFields(before, after), snapshot: after });
        await repo.syncListingTimes(trx, id);
        if (options.note && wasPublished) await insertNote(trx, { articleId: id, kind: options.note.kind, note: options.note.text, version: current.version + 1, userId: options.userId ?? null, createdAt: stamp });
        if (oldPath && newPath && oldPath !== newPath) {
          await recordRedirect(trx, oldPath, { kind: 'article', targetId: id }, stamp);
          await forgetRedirect(trx, newPath);
        }
        return true;
      });
      if (!saved) throw await conflict(id, current.version, current.version + 1);
      await emitSaved(id, status, wasPublished);
      return this.getArticle(id);
    },

    async getArticle(id: number): Promise<Article> {
      const row = await repo.findArticleRowById(db, id);
      if (!row) throw new AppError('NOT_FOUND', `No article has id ${id}.`);
      return toArticle(row);
    },

    /** A published article readers may see now, by slug. */
    async findPublishedArticle(slug: string): Promise<Article | undefined> {
      const row = await repo.findArticleRowBySlug(db, slug);
      if (!row || row.status !== 'published' || !row.published_at || row.published_at > now()) return undefined;
      return toArticle(row);
    },

    async findPublishedArticleById(id: number): Promise<Article | undefined> {
      const row = await repo.findArticleRowById(db, id);
      if (!row || row.status !== 'published' || !row.published_at || row.published_at > now()) return undefined;
      return toArticle(row);
    },

    /**
     * A page of a list for readers, by keyset (`before` or `after` a cursor, or the newest): two
     * index reads of `limit` rows or fewer and one for bylines, whatever the archive's size.
     * Undefined for a malformed cursor.
     */
    async listPublishedPage(filter: ArticleFilter, position: { before?: string; after?: string }, limit: number): Promise<CursorPage<ArticleSummary> | undefined> {
      const stamp = now();
      const raw = position.before ?? position.after;
      const cursor = raw === undefined ? undefined : parseCursor(raw);
      if (raw !== undefined && !cursor) return undefined;
      const forward = position.after === undefined;
      const rows = await repo.listPublishedRowsByKeyset(db, stamp, filter, forward ? { ...(cursor && { before: cursor }) } : { after: cursor! }, limit + 1);
      const more = rows.length > limit;
      const page = rows.slice(0, limit);
      if (!forward) page.reverse();
      const items = await toSummaries(page);
      const first = items[0];
      const last = items[items.length - 1];
      // Is there anything beyond the far end of the page we came from? One row tells.
      const beyond = async (item: ArticleSummary, older: boolean) => (await repo.listPublishedRowsByKeyset(db, stamp, filter, older ? { before: { publishedAt: item.publishedAt.toISOString(), id: item.id } } : { after: { publishedAt: item.publishedAt.toISOString(), id: item.id } }, 1)).length > 0;
      const hasOlder = forward ? more : last !== undefined && (await beyond(last, true));
      const hasNewer = forward ? cursor !== undefined && first !== undefined && (await beyond(first, false)) : more;
      return {
        items,
        ...(raw !== undefined && { position: forward ? { before: raw } : { after: raw } }),
        ...(hasOlder && last && { older: cursorOf(last) }),
        ...(hasNewer && first && { newer: cursorOf(first) }),
      };
    },

    async listPublished(filter: ArticleFilter, request: PageRequest): Promise<Page<ArticleSummary>> {
      const stamp = now();
      const [rows, total] = await Promise.all([
        repo.listPublishedRows(db, stamp, filter, request.pageSize, offsetOf(request)),
        repo.countPublished(db, stamp, filter),
      ]);
      return toPage(await toSummaries(rows), request, total);
    },

    /** The `limit` newest published articles with their bodies: one query for rows, one for bylines. */
    async listPublishedWithBodies(filter: ArticleFilter, limit: number): Promise<ArticleWithBody[]> {
      const rows = await repo.listPublishedRowsWithBodies(db, now(), filter, limit);
      const summaries = await toSummaries(rows);
      return summaries.map((summary, i) => ({ ...summary, bodyHtml: rows[i]!.body_html }));
    },

    /** The best related story for the inline "See also" box; none when nothing is similar enough. */
    async findSeeAlso(article: Pick<Article, 'id' | 'section'>): Promise<ArticleSummary | undefined> {
      return (await this.findRelated(article, 1))[0];
    },

    /** Up to `limit` related stories readers may see now, best first (pins, then stored matches). */
    async findRelated(article: Pick<Article, 'id'>, limit: number): Promise<ArticleSummary[]> {
      const ids = related && limit > 0 ? await related.listRelatedIds(article.id) : [];
      if (ids.length === 0) return [];
      const rows = new Map((await repo.findPublishedRowsByIds(db, now(), ids)).map((row) => [row.id, row]));
      return toSummaries(ids.flatMap((id) => rows.get(id) ?? []).slice(0, limit));
    },

    /** Summaries of these articles in the order given, leaving out any readers may not see now (for search results). */
    async listPublishedByIds(ids: number[]): Promise<ArticleSummary[]> {
      const rows = new Map((await repo.findPublishedRowsByIds(db, now(), ids)).map((row) => [row.id, row]));
      return toSummaries(ids.flatMap((id) => rows.get(id) ?? []));
    },

    /** Any article by slug, whatever its status: what the copy desk needs to judge a link. */
    async findArticleState(slug: string): Promise<{ id: number; status: Article['status'] } | undefined> {
      const row = await repo.findArticleRowBySlug(db, slug);
      return row && { id: row.id, status: row.status === 'published' && row.published_at && row.published_at > now() ? 'scheduled' : row.status };
    },

    /** Published articles' text in id order, `limit` after `afterId`: for the copy desk's archive of names. */
    listArchiveText: (afterId: number, limit: number) => repo.listPublishedText(db, now(), afterId, limit),

    countArticles: () => repo.countArticles(db),
    listRevisions: (articleId: number) => listRevisionsFor(articleId),
  };
}

function isNoOp(before: ArticleSnapshot, current: repo.ArticleRow, changes: Partial<ArticleInput>, status: Article['status'], publishedAt: Date | null | undefined, options: SaveOptions): boolean {
  const after: ArticleSnapshot = {
    ...before,
    ...snapshotChanges(changes),
    ...(changes.slug !== undefined && { slug: changes.slug }),
    status,
    publishedAt: publishedAt !== undefined ? (publishedAt?.toISOString() ?? null) : before.publishedAt,
  };
  const submittedChanges = options.submitForReview !== undefined && options.submitForReview !== (current.submitted_at !== null);
  // Tags are a set, matched by slug (ensureTags keeps an existing tag's spelling).
  const tagSet = (names: string[]) => JSON.stringify([...new Set(names.map((name) => slugify(name)).filter(Boolean))].sort());
  const tagsChange = changes.tags !== undefined && tagSet(changes.tags) !== tagSet(before.tags);
  return changedFields(before, after).length === 0 && !tagsChange && !submittedChanges && changes.updatedAt === undefined && !options.note;
}

function snapshotFromInput(input: ArticleInput, slug: string, status: Article['status'], publishedAt: Date | null, tags: string[]): ArticleSnapshot {
  return {
    headline: input.headline.trim(),
    slug,
    standfirst: input.standfirst ?? '',
    dateline: input.dateline ?? '',
    sectionId: input.sectionId,
    bodyMarkdown: input.bodyMarkdown ?? '',
    tags,
    authorIds: input.authorIds,
    credits: input.authorIds.map((_, i) => input.credits?.[i] ?? 'author'),
    story: storyColumn(input.story),
    featuredImage: input.featuredImage ?? null,
    commentsOpen: input.commentsOpen !== false,
    seoTitle: input.seoTitle ?? null,
    seoDescription: input.seoDescription ?? null,
    status,
    publishedAt: publishedAt?.toISOString() ?? null,
  };
}

/** A story as stored: trimmed, inner spaces single; blank is none. */
function storyColumn(story: string | null | undefined): string | null {
  const trimmed = (story ?? '').trim().replace(/\s+/gu, ' ');
  return trimmed === '' ? null : trimmed;
}

function snapshotChanges(changes: Partial<ArticleInput>): Partial<ArticleSnapshot> {
  return {
    ...(changes.headline !== undefined && { headline: changes.headline.trim() }),
    ...(changes.standfirst !== undefined && { standfirst: changes.standfirst }),
    ...(changes.dateline !== undefined && { dateline: changes.dateline }),
    ...(changes.sectionId !== undefined && { sectionId: changes.sectionId }),
    ...(changes.bodyMarkdown !== undefined && { bodyMarkdown: changes.bodyMarkdown }),
    ...(changes.authorIds !== undefined && { authorIds: changes.authorIds, credits: changes.authorIds.map((_, i) => changes.credits?.[i] ?? 'author') }),
    ...(changes.story !== undefined && { story: storyColumn(changes.story) }),
    ...(changes.featuredImage !== undefined && { featuredImage: changes.featuredImage }),
    ...(changes.commentsOpen !== undefined && { commentsOpen: changes.commentsOpen }),
    ...(changes.seoTitle !== undefined && { seoTitle: changes.seoTitle }),
    ...(changes.seoDescription !== undefined && { seoDescription: changes.seoDescription }),
  };
}
