// Pages: create, edit, publish, unpublish, delete. A page's slug is its address (/about), so it
// may not be reserved or taken by a section (taxonomy.service.ts checks the other way round).
// A renamed slug records the old address as a redirect. Every change says 'site.changed' with
// what: 'page'; `navigation` when its title, address or visibility changed (menus name pages).
import type { Clock } from '../clock.ts';
import { toStoredTime } from '../clock.ts';
import type { Db } from '../db/database.ts';
import { AppError } from '../errors.ts';
import type { Events } from '../events.ts';
import { forgetRedirect, recordRedirect } from '../redirects/redirects.ts';
import { isValidSlug, slugify } from '../slug.ts';
import { storedPageBody } from './stored-body.ts';
import { type PageInput, pagePath, type SitePage } from './page.ts';
import { deleteMenuItemsFor } from './menu.repository.ts';
import * as repo from './page.repository.ts';
import { findSectionBySlug } from './taxonomy.repository.ts';
import { reservedSectionSlugs } from './taxonomy.service.ts';

export type PageService = ReturnType<typeof createPageService>;

const onField = (field: string) => ({ details: { field } });

export function createPageService({ db, clock, events }: { db: Db; clock: Clock; events: Events }) {
  async function checkSlug(slug: string, ownId?: number): Promise<void> {
    if (!isValidSlug(slug)) throw new AppError('VALIDATION_FAILED', `"${slug}" is not a valid slug: use lowercase letters, digits and hyphens.`, onField('slug'));
    if (reservedSectionSlugs.has(slug)) throw new AppError('VALIDATION_FAILED', `"${slug}" is reserved for the site's own pages; choose another slug.`, onField('slug'));
    if (await findSectionBySlug(db, slug)) throw new AppError('SLUG_TAKEN', `The section "${slug}" already has the address /${slug}.`, onField('slug'));
    const other = await repo.findPageBySlug(db, slug);
    if (other && other.id !== ownId) throw new AppError('SLUG_TAKEN', `Another page already uses the slug "${slug}".`, onField('slug'));
  }

  function checkInput(input: PageInput): void {
    if (input.title.trim() === '') throw new AppError('VALIDATION_FAILED', 'A page needs a title.', onField('title'));
  }

  const changed = (id: number, navigation: boolean) => events.emit('site.changed', { what: 'page', ids: [id], navigation });

  return {
    findPageById: (id: number) => repo.findPageById(db, id),
    findPageBySlug: (slug: string) => repo.findPageBySlug(db, slug),
    async findPublishedPage(slug: string): Promise<SitePage | undefined> {
      const page = await repo.findPageBySlug(db, slug);
      return page?.status === 'published' ? page : undefined;
    },
    listPages: () => repo.listPages(db),
    listPublishedPages: () => repo.listPages(db, { publishedOnly: true }),

    async createPage(input: PageInput): Promise<SitePage> {
      checkInput(input);
      const slug = input.slug || slugify(input.title);
      await checkSlug(slug);
      const now = toStoredTime(clock.now());
      const id = await repo.insertPage(db, { slug, title: input.title.trim(), description: input.description?.trim() ?? '', ...(await storedPageBody(input.bodyMarkdown)), status: input.status, created_at: now, updated_at: now });
      await changed(id, true);
      return (await repo.findPageById(db, id))!;
    },

    async updatePage(id: number, input: PageInput): Promise<SitePage> {
      const current = await repo.findPageById(db, id);
      if (!current) throw new AppError('NOT_FOUND', `No page has id ${id}.`);
      checkInput(input);
      const slug = input.slug || current.slug;
      if (slug !== current.slug) await checkSlug(slug, id);
      const now = toStoredTime(clock.now());
      await db.transaction().execute(async (trx) => {
        await repo.updatePageRow(trx, id, { slug, title: input.title.trim(), description: input.description?.trim() ?? '', ...(await storedPageBody(input.bodyMarkdown)), status: input.status, updated_at: now });
        if (slug !== current.slug) {
          await recordRedirect(trx, pagePath(current), { kind: 'page', targetId: id }, now);
          await forgetRedirect(trx, pagePath({ slug }));
        }
      });
      await changed(id, slug !== current.slug || input.title.trim() !== current.title || input.status !== current.status);
      return (await repo.findPageById(db, id))!;
    },

    async deletePage(id: number): Promise<void> {
      if (!(await repo.findPageById(db, id))) throw new AppError('NOT_FOUND', `No page has id ${id}.`);
      await db.transaction().execute(async (trx) => {
        await repo.deletePageRow(trx, id);
        await deleteMenuItemsFor(trx, 'page', id);
      });
      await changed(id, true);
    },
  };
}
