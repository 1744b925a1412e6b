// The header and footer menus readers see, and the menu editor's changes. The resolved menus are
// on every page, so they are kept in memory and forgotten on every change (and, through the page
// cache's bus, on a change made by another instance: app.ts). An unarranged menu lists the
// sections with published stories: after each publish or unpublish, `noticeStories` checks
// whether that set changed and, only then, says the menus changed (every page shows them).
// Sections come as a tree: top-level entries, each carrying its subsections with stories.
import type { Clock } from '../clock.ts';
import { toStoredTime } from '../clock.ts';
import type { Db } from '../db/database.ts';
import { AppError } from '../errors.ts';
import type { Events } from '../events.ts';
import { type MenuItem, type MenuItemKind, type MenuName, menuNames, type NavLink, type Navigation } from './menu.ts';
import * as repo from './menu.repository.ts';
import { pagePath } from './page.ts';
import type { PageService } from './page.service.ts';
import { childrenOf, subtreeIds } from './section-tree.ts';
import type { Section } from './taxonomy.repository.ts';
import { sectionPath, type TaxonomyService } from './taxonomy.service.ts';

export type NavigationService = ReturnType<typeof createNavigationService>;

export interface MenuItemInput {
  kind: MenuItemKind;
  targetId?: number | null;
  label?: string;
  url?: string;
}

const onField = (field: string) => ({ details: { field } });
export const menuLabelMaxLength = 60;

/** A link's address: a path on this site or an http(s) URL. */
export function isMenuUrl(url: string): boolean {
  if (url.startsWith('/') && !url.startsWith('//')) return true;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:';
  } catch {
    return false;
  }
}

/** Sections with published stories of their own or in a subsection (at any depth). */
function withStories(sections: Section[], filled: Set<number>): Set<number> {
  return new Set(sections.filter((section) => subtreeIds(sections, section.id).some((id) => filled.has(id))).map((section) => section.id));
}

export function createNavigationService({ db, clock, events, taxonomy, pages }: { db: Db; clock: Clock; events: Events; taxonomy: TaxonomyService; pages: PageService }) {
  let resolved: Promise<Navigation> | undefined;
  let filled: Set<number> | undefined;
  const forget = () => {
    resolved = undefined;
    filled = undefined;
  };
  const changed = async () => {
    forget();
    await events.emit('site.changed', { what: 'menu', navigation: true });
  };

  async function build(): Promise<Navigation> {
    const [items, sections, published, filledIds] = await Promise.all([repo.listMenuItems(db), taxonomy.listSections(), pages.listPublishedPages(), repo.listFilledSectionIds(db, toStoredTime(clock.now()))]);
    filled = new Set(filledIds);
    const shown = withStories(sections, filled);
    const sectionById = new Map(sections.map((section) => [section.id, section]));
    const pageById = new Map(published.map((page) => [page.id, page]));
    // `listed`: sections the menu names itself, which are not repeated under their parent.
    const sectionLink = (section: Section, label = section.name, listed = new Set<number>()): NavLink => {
      const children = childrenOf(sections, section.id).filter((child) => shown.has(child.id) && !listed.has(child.id));
      return { label, href: sectionPath(section), sectionSlug: section.slug, ...(children.length > 0 && { children: children.map((child) => sectionLink(child, child.name, listed)) }) };
    };
    const sectionLinks = childrenOf(sections, null).filter((section) => shown.has(section.id)).map((section) => sectionLink(section));
    const toLink = (item: MenuItem, listed: Set<number>): NavLink | undefined => {
      if (item.kind === 'link') return { label: item.label, href: item.url };
      if (item.kind === 'section') {
        const section = sectionById.get(item.targetId ?? -1);
        return section && sectionLink(section, item.label || section.name, listed);
      }
      // A draft or deleted page drops out of the menu; it comes back when published.
      const page = pageById.get(item.targetId ?? -1);
      return page && { label: item.label || page.title, href: pagePath(page) };
    };
    const arranged = { header: items.some((item) => item.menu === 'header'), footer: items.some((item) => item.menu === 'footer') };
    const menu = (name: MenuName, fallback: NavLink[]) => {
      if (!arranged[name]) return fallback;
      const entries = items.filter((item) => item.menu === name);
      const listed = new Set(entries.flatMap((item) => (item.kind === 'section' && item.targetId !== null ? [item.targetId] : [])));
      return entries.flatMap((item) => toLink(item, listed) ?? []);
    };
    return { header: menu('header', sectionLinks), footer: menu('footer', [...sectionLinks, ...published.map((page) => ({ label: page.title, href: pagePath(page) }))]), arranged };
  }

  /** Stores what an unarranged menu shows now as its entries. */
  async function seed(menu: MenuName): Promise<void> {
    const [sections, published, filledIds] = await Promise.all([taxonomy.listSections(), pages.listPublishedPages(), repo.listFilledSectionIds(db, toStoredTime(clock.now()))]);
    const shown = withStories(sections, new Set(filledIds));
    const entries: Omit<MenuItem, 'id' | 'menu' | 'position'>[] = [
      ...childrenOf(sections, null).filter((section) => shown.has(section.id)).map((section) => ({ kind: 'section' as const, targetId: section.id, label: '', url: '' })),
      ...(menu === 'footer' ? published.map((page) => ({ kind: 'page' as const, targetId: page.id, label: '', url: '' })) : []),
    ];
    await db.transaction().execute(async (trx) => {
      for (const [position, entry] of entries.entries()) await repo.insertMenuItem(trx, { menu, position, ...entry });
    });
  }

  async function checkItem(input: MenuItemInput): Promise<Omit<MenuItem, 'id' | 'menu' | 'position'>> {
    const label = (input.label ?? '').trim();
    if (label.length > menuLabelMaxLength) throw new AppError('VALIDATION_FAILED', `Keep the label under ${menuLabelMaxLength} characters.`, onField('label'));
    switch (input.kind) {
      case 'section':
        if (!input.targetId || !(await taxonomy.findSectionById(input.targetId))) throw new AppError('VALIDATION_FAILED', 'Choose a section.', onField('sectionId'));
        return { kind: 'section', targetId: input.targetId, label, url: '' };
      case 'page':
        if (!input.targetId || !(await pages.findPageById(input.targetId))) throw new AppError('VALIDATION_FAILED', 'Choose a page.', onField('pageId'));
        return { kind: 'page', targetId: input.targetId, label, url: '' };
      case 'link': {
        const url = (input.url ?? '').trim();
        if (!isMenuUrl(url)) throw new AppError('VALIDATION_FAILED', 'Write an address on this site (/…) or a web address (https://…).', onField('url'));
        if (label === '') throw new AppError('VALIDATION_FAILED', 'A link needs the words readers see.', onField('label'));
        return { kind: 'link', targetId: null, label, url };
      }
    }
  }

  return {
    getNavigation(): Promise<Navigation> {
      const current = (resolved ??= build());
      current.catch(forget);
      return current;
    },
    forget,

    /** Sections with published stories of their own or under them: the only ones readers are pointed to. */
    async listSectionsWithStories(): Promise<Set<number>> {
      const [sections, filledIds] = await Promise.all([taxonomy.listSections(), repo.listFilledSectionIds(db, toStoredTime(clock.now()))]);
      return withStories(sections, new Set(filledIds));
    },

    /** After a publish or unpublish: if which sections have stories changed, the menus did. */
    async noticeStories(): Promise<void> {
      if (!filled) return;
      const now = new Set(await repo.listFilledSectionIds(db, toStoredTime(clock.now())));
      if (now.size !== filled.size || [...now].some((id) => !filled!.has(id))) await changed();
    },

    async listMenus(): Promise<Record<MenuName, MenuItem[]>> {
      const items = await repo.listMenuItems(db);
      return Object.fromEntries(menuNames.map((name) => [name, items.filter((item) => item.menu === name)])) as Record<MenuName, MenuItem[]>;
    },

    /** Adds an entry at the end. A menu nobody arranged yet first takes what it shows now, so adding one link keeps the rest. */
    async addMenuItem(menu: MenuName, input: MenuItemInput): Promise<number> {
      const item = await checkItem(input);
      if (!(await repo.listMenuItems(db)).some((other) => other.menu === menu)) await seed(menu);
      const position = (await repo.listMenuItems(db)).filter((other) => other.menu === menu).length;
      const id = await repo.insertMenuItem(db, { menu, position, ...item });
      await changed();
      return id;
    },

    /** Moves an entry one place earlier or later in its menu; at either end, nothing changes. */
    async moveMenuItem(id: number, direction: 'up' | 'down'): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const all = await repo.listMenuItems(trx);
        const menu = all.find((item) => item.id === id)?.menu;
        if (!menu) throw new AppError('NOT_FOUND', 'There is no such menu entry.');
        const order = all.filter((item) => item.menu === menu);
        const index = order.findIndex((item) => item.id === id);
        const other = direction === 'up' ? index - 1 : index + 1;
        if (other < 0 || other >= order.length) return;
        [order[index], order[other]] = [order[other]!, order[index]!];
        for (const [position, item] of order.entries()) if (item.position !== position) await repo.setMenuItemPosition(trx, item.id, position);
      });
      await changed();
    },

    async removeMenuItem(id: number): Promise<void> {
      const all = await repo.listMenuItems(db);
      if (!all.some((item) => item.id === id)) throw new AppError('NOT_FOUND', 'There is no such menu entry.');
      await repo.deleteMenuItem(db, id);
      await changed();
    },
  };
}
