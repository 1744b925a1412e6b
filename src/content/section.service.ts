// Sections: the navigation's tree. A section may sit under another (any depth up to
// maxSectionDepth, never under itself or its own descendants); its front's path is every
// ancestor's slug then its own, stored with it. A rename or re-parent rewrites the paths of the
// whole subtree and records each old path as a redirect in the same transaction; a merge moves
// the articles and the child sections to the survivor and sends every old path there. Article
// paths use the section's own slug only (article-path.ts), so nesting never moves an article.
import type { Clock } from '../clock.ts';
import { toStoredTime } from '../clock.ts';
import type { Db } from '../db/database.ts';
import { AppError } from '../errors.ts';
import type { Events } from '../events.ts';
import { forgetRedirect, recordRedirect, retargetRedirects } from '../redirects/redirects.ts';
import { isValidSlug, slugify } from '../slug.ts';
import { findPageBySlug } from './page.repository.ts';
import { childrenOf, maxSectionDepth, sectionTrail, subtreeHeight, subtreeIds } from './section-tree.ts';
import * as repo from './taxonomy.repository.ts';
import type { Section } from './taxonomy.repository.ts';

/** First path segments the site itself answers; a section may not take one (its articles' paths start with its slug). */
export const reservedSectionSlugs = new Set(['tag', 'author', 'assets', 'media', 'admin', 'search', 'feed', 'feeds', 'sitemap', 'sitemaps', 'api', 'robots.txt', 'favicon.ico', 'corrections']);

export const sectionPath = (section: { path: string }) => section.path;

export interface SectionInput {
  name: string;
  slug?: string;
  description?: string;
  position?: number;
  /** The section to sit under; null or absent: the top of the navigation. */
  parentId?: number | null;
}

export type SectionChanges = Partial<Pick<Section, 'name' | 'slug' | 'description' | 'position' | 'parentId'>>;

const onField = (field: string) => ({ details: { field } });

export function createSectionService({ db, clock, events }: { db: Db; clock: Clock; events: Events }) {
  async function checkSectionSlug(slug: string): Promise<void> {
    if (!isValidSlug(slug)) throw new AppError('VALIDATION_FAILED', `"${slug}" is not a valid slug: use lowercase letters, digits and hyphens.`, onField('slug'));
    if (reservedSectionSlugs.has(slug)) throw new AppError('VALIDATION_FAILED', `"${slug}" is reserved for the site's own pages; choose another section slug.`, onField('slug'));
    // Pages share the first path segment (page.service.ts checks the other way round).
    if (await findPageBySlug(db, slug)) throw new AppError('SLUG_TAKEN', `The page "${slug}" already has the address /${slug}.`, onField('slug'));
    if (await repo.findSectionBySlug(db, slug)) throw new AppError('SLUG_TAKEN', `Another section already uses the slug "${slug}".`, onField('slug'));
  }

  function checkName(name: string | undefined): void {
    if (name !== undefined && name.trim() === '') throw new AppError('VALIDATION_FAILED', 'A section needs a name.', onField('name'));
  }

  /**
   * The parent a section (`id`, or a new one) may take: it exists, is not the section or one
   * below it (a cycle), and the subtree still fits in maxSectionDepth levels under it.
   */
  function checkParent(all: Section[], id: number | undefined, parentId: number | null, field = 'parentId'): Section | null {
    if (parentId === null) return null;
    const parent = all.find((section) => section.id === parentId);
    if (!parent) throw new AppError('VALIDATION_FAILED', 'Choose a parent section from the list, or none.', onField(field));
    if (id !== undefined && subtreeIds(all, id).includes(parentId)) {
      const self = all.find((section) => section.id === id)!;
      throw new AppError('VALIDATION_FAILED', parent.id === id ? `"${self.name}" cannot sit under itself.` : `"${parent.name}" is inside "${self.name}": a section cannot sit under one of its own subsections.`, onField(field));
    }
    if (sectionTrail(all, parent.id).length + (id === undefined ? 1 : subtreeHeight(all, id)) > maxSectionDepth) {
      throw new AppError('VALIDATION_FAILED', `Sections nest at most ${maxSectionDepth} levels deep; under "${parent.name}" this one would go deeper.`, onField(field));
    }
    return parent;
  }

  /**
   * Gives the subtree under `root` (whose new path is `rootPath`) its new paths, each old one
   * redirecting to its section. Inside the caller's transaction; returns the ids it moved.
   */
  async function rewritePaths(trx: Db, all: Section[], root: Section, rootPath: string): Promise<number[]> {
    const now = toStoredTime(clock.now());
    const ids = subtreeIds(all, root.id);
    for (const section of all.filter((s) => ids.includes(s.id))) {
      const path = rootPath + section.path.slice(root.path.length);
      if (path === section.path) continue;
      await repo.updateSectionRow(trx, section.id, { path });
      await recordRedirect(trx, section.path, { kind: 'section', targetId: section.id }, now);
      await forgetRedirect(trx, path);
    }
    return ids;
  }

  // The navigation is on every page: kept in memory, forgotten on every change here and, through
  // the page cache's bus, on a change made by another instance.
  let sections: Promise<Section[]> | undefined;
  const forgetSections = () => {
    sections = undefined;
  };
  const changed = async (ids: number[], navigation: boolean) => {
    forgetSections();
    await events.emit('site.changed', { what: 'section', ids: [...new Set(ids)], navigation });
  };
  const ancestorIds = (all: Section[], id: number | null) => (id === null ? [] : sectionTrail(all, id).map((section) => section.id));

  return {
    listSections: (): Promise<Section[]> => {
      const listed = (sections ??= repo.listSections(db));
      listed.catch(forgetSections);
      return listed;
    },
    forgetSections,
    findSectionBySlug: (slug: string) => repo.findSectionBySlug(db, slug),
    findSectionById: (id: number) => repo.findSectionById(db, id),

    async createSection(input: SectionInput): Promise<Section> {
      checkName(input.name);
      const slug = input.slug ?? slugify(input.name);
      await checkSectionSlug(slug);
      const all = await repo.listSections(db);
      const parent = checkParent(all, undefined, input.parentId ?? null);
      const position = input.position ?? childrenOf(all, parent?.id ?? null).length;
      const id = await repo.insertSection(db, { slug, name: input.name, description: input.description ?? '', position, parentId: parent?.id ?? null, path: `${parent?.path ?? ''}/${slug}` });
      await changed([id, ...ancestorIds(all, parent?.id ?? null)], true);
      return (await repo.findSectionById(db, id))!;
    },

    async updateSection(id: number, changes: SectionChanges): Promise<Section> {
      const all = await repo.listSections(db);
      const current = all.find((section) => section.id === id);
      if (!current) throw new AppError('NOT_FOUND', `No section has id ${id}.`);
      checkName(changes.name);
      const renamed = changes.slug !== undefined && changes.slug !== current.slug;
      if (renamed) await checkSectionSlug(changes.slug!);
      const reparented = changes.parentId !== undefined && changes.parentId !== current.parentId;
      const parent = reparented ? checkParent(all, id, changes.parentId!) : undefined;
      const slug = changes.slug ?? current.slug;
      let moved: number[] = [];
      await db.transaction().execute(async (trx) => {
        // A re-parented section goes to the end of its new siblings.
        await repo.updateSectionRow(trx, id, { ...changes, ...(reparented && { parentId: parent?.id ?? null, position: childrenOf(all, parent?.id ?? null).filter((s) => s.id !== id).length }) });
        if (renamed || reparented) {
          const parentPath = reparented ? (parent?.path ?? '') : current.path.slice(0, current.path.length - current.slug.length - 1);
          moved = await rewritePaths(trx, all, current, `${parentPath}/${slug}`);
        }
      });
      const inNavigation = renamed || reparented || (changes.name !== undefined && changes.name !== current.name) || (changes.position !== undefined && changes.position !== current.position);
      // Fronts that listed the subtree (old ancestors) and those that list it now (new ones).
      await changed([id, ...moved, ...ancestorIds(all, current.parentId), ...(parent ? ancestorIds(all, parent.id) : [])], inNavigation);
      return (await repo.findSectionById(db, id))!;
    },

    /** Moves a section one place earlier or later among its siblings; at either end, nothing changes. */
    async moveSection(id: number, direction: 'up' | 'down'): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const all = await repo.listSections(trx);
        const section = all.find((s) => s.id === id);
        if (!section) throw new AppError('NOT_FOUND', `No section has id ${id}.`);
        const order = childrenOf(all, section.parentId);
        const index = order.indexOf(section);
        const other = direction === 'up' ? index - 1 : index + 1;
        if (other < 0 || other >= order.length) return;
        [order[index], order[other]] = [order[other]!, order[index]!];
        // Positions are rewritten as 0..n-1, which also repairs ties left by older data.
        for (const [position, sibling] of order.entries()) {
          if (sibling.position !== position) await repo.updateSectionRow(trx, sibling.id, { position });
        }
      });
      await changed([id], true);
    },

    /**
     * Merges one section into another: its articles and its subsections move to the target,
     * its front (and every older path that led to it) redirects there, menu entries follow,
     * and the section is removed. Returns the target.
     */
    async mergeSections(fromId: number, intoId: number): Promise<Section> {
      const all = await repo.listSections(db);
      const from = all.find((section) => section.id === fromId);
      if (!from) throw new AppError('NOT_FOUND', `No section has id ${fromId}.`);
      if (fromId === intoId) throw new AppError('VALIDATION_FAILED', 'A section cannot be merged into itself; choose another section.', onField('intoId'));
      const into = all.find((section) => section.id === intoId);
      if (!into) throw new AppError('VALIDATION_FAILED', 'Choose the section to merge into.', onField('intoId'));
      if (subtreeIds(all, fromId).includes(intoId)) throw new AppError('VALIDATION_FAILED', `"${into.name}" is inside "${from.name}": merge a section into one that is not below it.`, onField('intoId'));
      const children = childrenOf(all, fromId);
      // Each subsection must fit under the target as it fits under the merged section now.
      const remaining = all.filter((section) => section.id !== fromId);
      for (const child of children) checkParent(remaining, child.id, intoId, 'intoId');
      const now = toStoredTime(clock.now());
      const moved: number[] = [];
      const siblings = childrenOf(all, intoId).length;
      await db.transaction().execute(async (trx) => {
        await repo.moveArticlesToSection(trx, fromId, intoId);
        for (const [offset, child] of children.entries()) {
          await repo.updateSectionRow(trx, child.id, { parentId: intoId, position: siblings + offset });
          moved.push(...(await rewritePaths(trx, all, child, `${into.path}/${child.slug}`)));
        }
        await repo.retargetSectionMenuItems(trx, fromId, intoId);
        await repo.deleteSectionRow(trx, fromId);
        await retargetRedirects(trx, 'section', fromId, intoId);
        await recordRedirect(trx, from.path, { kind: 'section', targetId: intoId }, now);
      });
      await changed([fromId, intoId, ...moved, ...ancestorIds(all, from.parentId), ...ancestorIds(all, intoId)], true);
      return (await repo.findSectionById(db, intoId))!;
    },
  };
}
