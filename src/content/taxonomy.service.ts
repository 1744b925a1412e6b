// Sections (the navigation, in order) and tags (created inline as articles are written).
// Renaming a slug records the old public path as a redirect in the same transaction; merging
// a tag moves its articles to the survivor and sends its old paths there. Errors about one
// form field name it in `details.field`, so the newsroom can show them beside that field.
import type { Clock } from '../clock.ts';
import { toStoredTime } from '../clock.ts';
import type { Db } from '../db/database.ts';
import { AppError } from '../errors.ts';
import type { Events } from '../events.ts';
import type { Page, PageRequest } from '../pagination.ts';
import { offsetOf, toPage } from '../pagination.ts';
import { forgetRedirect, recordRedirect, retargetRedirects } from '../redirects/redirects.ts';
import { isValidSlug, slugify } from '../slug.ts';
import type { TagRef } from './article.ts';
import { findPageBySlug } from './page.repository.ts';
import * as repo from './taxonomy.repository.ts';
import type { Section, TagWithCount } from './taxonomy.repository.ts';

/** First path segments the site itself answers; a section may not take one. */
export const reservedSectionSlugs = new Set(['tag', 'author', 'assets', 'media', 'admin', 'search', 'feed', 'feeds', 'sitemap', 'sitemaps', 'api', 'robots.txt', 'favicon.ico', 'corrections']);

export const sectionPath = (section: { slug: string }) => `/${section.slug}`;
export const tagPath = (tag: { slug: string }) => `/tag/${tag.slug}`;

export type TaxonomyService = ReturnType<typeof createTaxonomyService>;

export function createTaxonomyService({ db, clock, events }: { db: Db; clock: Clock; events: Events }) {
  const onField = (field: string) => ({ details: { field } });

  async function checkSectionSlug(slug: string): Promise<void> {
    if (!isValidSlug(slug)) throw new AppError('VALIDATION_FAILED', `"${slug}" is not a valid slug: use lowercase letters, digits and hyphens.`, onField('slug'));
    if (reservedSectionSlugs.has(slug)) throw new AppError('VALIDATION_FAILED', `"${slug}" is reserved for the site's own pages; choose another section slug.`, onField('slug'));
    // Pages share the first path segment (page.service.ts checks the other way round).
    if (await findPageBySlug(db, slug)) throw new AppError('SLUG_TAKEN', `The page "${slug}" already has the address /${slug}.`, onField('slug'));
  }

  function checkName(name: string | undefined, what: string): void {
    if (name !== undefined && name.trim() === '') throw new AppError('VALIDATION_FAILED', `A ${what} needs a name.`, onField('name'));
  }

  // The navigation is on every page: kept in memory, forgotten on every change here and, through
  // the page cache's bus, on a change made by another instance.
  let sections: Promise<Section[]> | undefined;
  const forgetSections = () => {
    sections = undefined;
  };
  const changed = async (change: { ids: number[]; navigation: boolean }) => {
    forgetSections();
    await events.emit('site.changed', { what: 'section', ...change });
  };

  return {
    listSections: (): Promise<Section[]> => {
      const listed = (sections ??= repo.listSections(db));
      listed.catch(forgetSections);
      return listed;
    },
    forgetSections,
    findSectionBySlug: (slug: string) => repo.findSectionBySlug(db, slug),
    findSectionById: (id: number) => repo.findSectionById(db, id),
    findTagBySlug: (slug: string) => repo.findTagBySlug(db, slug),
    findTagById: (id: number) => repo.findTagById(db, id),

    async createSection(input: { name: string; slug?: string; description?: string; position?: number }): Promise<Section> {
      checkName(input.name, 'section');
      const slug = input.slug ?? slugify(input.name);
      await checkSectionSlug(slug);
      if (await repo.findSectionBySlug(db, slug)) throw new AppError('SLUG_TAKEN', `Another section already uses the slug "${slug}".`, onField('slug'));
      const position = input.position ?? (await repo.listSections(db)).length;
      const id = await repo.insertSection(db, { slug, name: input.name, description: input.description ?? '', position });
      await changed({ ids: [id], navigation: true });
      return (await repo.findSectionById(db, id))!;
    },

    async updateSection(id: number, changes: Partial<Omit<Section, 'id'>>): Promise<Section> {
      const current = await repo.findSectionById(db, id);
      if (!current) throw new AppError('NOT_FOUND', `No section has id ${id}.`);
      checkName(changes.name, 'section');
      const renamed = changes.slug !== undefined && changes.slug !== current.slug;
      if (renamed) {
        await checkSectionSlug(changes.slug!);
        if (await repo.findSectionBySlug(db, changes.slug!)) throw new AppError('SLUG_TAKEN', `Another section already uses the slug "${changes.slug}".`, onField('slug'));
      }
      await db.transaction().execute(async (trx) => {
        await repo.updateSectionRow(trx, id, changes);
        if (renamed) {
          await recordRedirect(trx, sectionPath(current), { kind: 'section', targetId: id }, toStoredTime(clock.now()));
          await forgetRedirect(trx, sectionPath({ slug: changes.slug! }));
        }
      });
      const inNavigation = renamed || (changes.name !== undefined && changes.name !== current.name) || (changes.position !== undefined && changes.position !== current.position);
      await changed({ ids: [id], navigation: inNavigation });
      return (await repo.findSectionById(db, id))!;
    },

    /** The tags with these names, creating those that do not exist yet; order kept, duplicates dropped. */
    async ensureTags(names: string[], trx: Db = db): Promise<TagRef[]> {
      const wanted = new Map<string, string>();
      for (const name of names.map((n) => n.trim()).filter(Boolean)) {
        const slug = slugify(name);
        if (slug && !wanted.has(slug)) wanted.set(slug, name);
      }
      const existing = new Map((await repo.listTagsBySlugs(trx, [...wanted.keys()])).map((tag) => [tag.slug, tag]));
      const tags: TagRef[] = [];
      for (const [slug, name] of wanted) {
        tags.push(existing.get(slug) ?? { id: await repo.insertTag(trx, { slug, name }), slug, name });
      }
      return tags;
    },

    async renameTag(id: number, changes: { name?: string; slug?: string }): Promise<TagRef> {
      const current = await repo.findTagById(db, id);
      if (!current) throw new AppError('NOT_FOUND', `No tag has id ${id}.`);
      checkName(changes.name, 'tag');
      const slug = changes.slug ?? current.slug;
      if (!isValidSlug(slug)) throw new AppError('VALIDATION_FAILED', `"${slug}" is not a valid slug: use lowercase letters, digits and hyphens.`, onField('slug'));
      if (slug !== current.slug && (await repo.findTagBySlug(db, slug))) throw new AppError('SLUG_TAKEN', `Another tag already uses the slug "${slug}".`, onField('slug'));
      await db.transaction().execute(async (trx) => {
        await repo.updateTagRow(trx, id, { slug, name: changes.name ?? current.name });
        if (slug !== current.slug) {
          await recordRedirect(trx, tagPath(current), { kind: 'tag', targetId: id }, toStoredTime(clock.now()));
          await forgetRedirect(trx, tagPath({ slug }));
        }
      });
      await events.emit('site.changed', { what: 'tag', ids: [id] });
      return (await repo.findTagById(db, id))!;
    },

    /** Moves a section one place earlier or later in the navigation; at either end, nothing changes. */
    async moveSection(id: number, direction: 'up' | 'down'): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const order = await repo.listSections(trx);
        const index = order.findIndex((section) => section.id === id);
        if (index < 0) throw new AppError('NOT_FOUND', `No section has id ${id}.`);
        const other = direction === 'up' ? index - 1 : index + 1;
        if (other < 0 || other >= order.length) return;
        [order[index], order[other]] = [order[other]!, order[index]!];
        // Positions are rewritten as 0..n-1, which also repairs ties left by older data.
        for (const [position, section] of order.entries()) {
          if (section.position !== position) await repo.updateSectionRow(trx, section.id, { position });
        }
      });
      await changed({ ids: [id], navigation: true });
    },

    async listTags(request: PageRequest): Promise<Page<TagWithCount>> {
      const [items, total] = await Promise.all([repo.listTagsWithCounts(db, request.pageSize, offsetOf(request)), repo.countTags(db)]);
      return toPage(items, request, total);
    },

    listAllTags: () => repo.listAllTags(db),
    findTagWithCount: (id: number) => repo.findTagWithCount(db, id),

    /**
     * Merges one tag into another: its articles get the target tag, its page (and any older
     * paths that led to it) redirect to the target's, and the tag is removed. Returns the target.
     */
    async mergeTags(fromId: number, intoId: number): Promise<TagRef> {
      if (fromId === intoId) throw new AppError('VALIDATION_FAILED', 'A tag cannot be merged into itself; choose another tag.', onField('intoId'));
      const [from, into] = await Promise.all([repo.findTagById(db, fromId), repo.findTagById(db, intoId)]);
      if (!from) throw new AppError('NOT_FOUND', `No tag has id ${fromId}.`);
      if (!into) throw new AppError('VALIDATION_FAILED', 'Choose the tag to merge into.', onField('intoId'));
      const now = toStoredTime(clock.now());
      await db.transaction().execute(async (trx) => {
        await repo.copyTagAssignments(trx, from.id, into.id);
        await repo.deleteTagAssignments(trx, from.id);
        await repo.deleteTagRow(trx, from.id);
        await retargetRedirects(trx, 'tag', from.id, into.id);
        await recordRedirect(trx, tagPath(from), { kind: 'tag', targetId: into.id }, now);
      });
      await events.emit('site.changed', { what: 'tag', ids: [from.id, into.id] });
      return into;
    },
  };
}
