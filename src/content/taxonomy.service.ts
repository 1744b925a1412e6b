// Sections (the navigation, in order) and tags (created inline as articles are written).
// Renaming a slug records the old public path as a redirect in the same transaction.
import type { Clock } from '../clock.ts';
import { toStoredTime } from '../clock.ts';
import type { Db } from '../db/database.ts';
import { AppError } from '../errors.ts';
import type { Events } from '../events.ts';
import { forgetRedirect, recordRedirect } from '../redirects/redirects.ts';
import { isValidSlug, slugify } from '../slug.ts';
import type { TagRef } from './article.ts';
import * as repo from './taxonomy.repository.ts';
import type { Section } from './taxonomy.repository.ts';

/** First path segments the site itself answers; a section may not take one. */
export const reservedSectionSlugs = new Set(['tag', 'author', 'assets', 'media', 'admin', 'search', 'feed', 'feeds', 'sitemap', 'api', 'robots.txt', 'favicon.ico']);

export const sectionPath = (section: { slug: string }) => `/${section.slug}`;
export const tagPath = (tag: { slug: string }) => `/tag/${tag.slug}`;

export type TaxonomyService = ReturnType<typeof createTaxonomyService>;

export function createTaxonomyService({ db, clock, events }: { db: Db; clock: Clock; events: Events }) {
  function checkSectionSlug(slug: string): void {
    if (!isValidSlug(slug)) throw new AppError('VALIDATION_FAILED', `"${slug}" is not a valid slug: use lowercase letters, digits and hyphens.`);
    if (reservedSectionSlugs.has(slug)) throw new AppError('VALIDATION_FAILED', `"${slug}" is reserved for the site's own pages; choose another section slug.`);
  }

  return {
    listSections: () => repo.listSections(db),
    findSectionBySlug: (slug: string) => repo.findSectionBySlug(db, slug),
    findSectionById: (id: number) => repo.findSectionById(db, id),
    findTagBySlug: (slug: string) => repo.findTagBySlug(db, slug),
    findTagById: (id: number) => repo.findTagById(db, id),

    async createSection(input: { name: string; slug?: string; description?: string; position?: number }): Promise<Section> {
      const slug = input.slug ?? slugify(input.name);
      checkSectionSlug(slug);
      if (await repo.findSectionBySlug(db, slug)) throw new AppError('SLUG_TAKEN', `Another section already uses the slug "${slug}".`);
      const position = input.position ?? (await repo.listSections(db)).length;
      const id = await repo.insertSection(db, { slug, name: input.name, description: input.description ?? '', position });
      await events.emit('site.changed', { what: 'section' });
      return (await repo.findSectionById(db, id))!;
    },

    async updateSection(id: number, changes: Partial<Omit<Section, 'id'>>): Promise<Section> {
      const current = await repo.findSectionById(db, id);
      if (!current) throw new AppError('NOT_FOUND', `No section has id ${id}.`);
      const renamed = changes.slug !== undefined && changes.slug !== current.slug;
      if (renamed) {
        checkSectionSlug(changes.slug!);
        if (await repo.findSectionBySlug(db, changes.slug!)) throw new AppError('SLUG_TAKEN', `Another section already uses the slug "${changes.slug}".`);
      }
      await db.transaction().execute(async (trx) => {
        await repo.updateSectionRow(trx, id, changes);
        if (renamed) {
          await recordRedirect(trx, sectionPath(current), { kind: 'section', targetId: id }, toStoredTime(clock.now()));
          await forgetRedirect(trx, sectionPath({ slug: changes.slug! }));
        }
      });
      await events.emit('site.changed', { what: 'section' });
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
      const slug = changes.slug ?? current.slug;
      if (!isValidSlug(slug)) throw new AppError('VALIDATION_FAILED', `"${slug}" is not a valid slug.`);
      if (slug !== current.slug && (await repo.findTagBySlug(db, slug))) throw new AppError('SLUG_TAKEN', `Another tag already uses the slug "${slug}".`);
      await db.transaction().execute(async (trx) => {
        await repo.updateTagRow(trx, id, { slug, name: changes.name ?? current.name });
        if (slug !== current.slug) {
          await recordRedirect(trx, tagPath(current), { kind: 'tag', targetId: id }, toStoredTime(clock.now()));
          await forgetRedirect(trx, tagPath({ slug }));
        }
      });
      await events.emit('site.changed', { what: 'tag' });
      return (await repo.findTagById(db, id))!;
    },
  };
}
