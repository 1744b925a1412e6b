// Sections (section.service.ts: the navigation's tree) and tags (created inline as articles are
// written). Renaming a slug records the old public path as a redirect in the same transaction;
// merging a tag moves its articles to the survivor and sends its old paths there. Errors about
// one form field name it in `details.field`, so the newsroom can show them beside that field.
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
import { createSectionService } from './section.service.ts';
import * as repo from './taxonomy.repository.ts';
import type { TagWithCount } from './taxonomy.repository.ts';

export { reservedSectionSlugs, sectionPath } from './section.service.ts';
export const tagPath = (tag: { slug: string }) => `/tag/${tag.slug}`;

export type TaxonomyService = ReturnType<typeof createTaxonomyService>;

export function createTaxonomyService({ db, clock, events }: { db: Db; clock: Clock; events: Events }) {
  const onField = (field: string) => ({ details: { field } });

  function checkName(name: string | undefined): void {
    if (name !== undefined && name.trim() === '') throw new AppError('VALIDATION_FAILED', 'A tag needs a name.', onField('name'));
  }

  return {
    ...createSectionService({ db, clock, events }),
    findTagBySlug: (slug: string) => repo.findTagBySlug(db, slug),
    findTagById: (id: number) => repo.findTagById(db, id),

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
      checkName(changes.name);
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
