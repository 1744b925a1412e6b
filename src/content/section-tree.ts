// Sections as a tree: pure functions over the whole list (a site has tens of sections, and the
// list is in memory: taxonomy.service.ts), so views and services agree on trails, subtrees and
// the navigation's order without a query per level. A parent id that points nowhere (or round
// in a circle, which the service refuses to write) is treated as the top of the tree.
export interface TreeSection {
  id: number;
  slug: string;
  parentId: number | null;
  position: number;
}

/** "World › Europe": a section named with its ancestors, for lists that show every section at once. */
export const trailName = (sections: readonly (TreeSection & { name: string })[], section: TreeSection & { name: string }) =>
  (sectionTrail(sections, section.id).length > 0 ? sectionTrail(sections, section.id) : [section]).map((s) => s.name).join(' › ');

/** A path's depth limit: a front at /a/b/c, its feed at /a/b/c/feed.xml; five segments are article paths. */
export const maxSectionDepth = 3;

const byPosition = (a: TreeSection, b: TreeSection) => a.position - b.position || a.id - b.id;

/** The section and its ancestors, top first (World, Europe); empty when the id is unknown. */
export function sectionTrail<S extends TreeSection>(sections: readonly S[], id: number): S[] {
  const byId = new Map(sections.map((section) => [section.id, section]));
  const trail: S[] = [];
  for (let section = byId.get(id); section && !trail.includes(section); section = section.parentId === null ? undefined : byId.get(section.parentId)) trail.unshift(section);
  return trail;
}

/** The public path of a section whose ancestors' slugs, top first, are `slugs`. */
export const pathOfSlugs = (slugs: readonly string[]) => `/${slugs.join('/')}`;

/** The section's id and every id below it, at any depth. */
export function subtreeIds(sections: readonly TreeSection[], id: number): number[] {
  const ids = [id];
  for (let i = 0; i < ids.length; i++) for (const section of sections) if (section.parentId === ids[i] && !ids.includes(section.id)) ids.push(section.id);
  return ids;
}

/** The sections directly under `parentId` (null: the top level), in navigation order. */
export function childrenOf<S extends TreeSection>(sections: readonly S[], parentId: number | null): S[] {
  const known = new Set(sections.map((section) => section.id));
  return sections.filter((section) => (parentId === null ? section.parentId === null || !known.has(section.parentId) : section.parentId === parentId)).sort(byPosition);
}

/** Every section once, each followed by those under it (depth-first, in navigation order), with its depth (0 at the top). */
export function treeOrder<S extends TreeSection>(sections: readonly S[]): { section: S; depth: number }[] {
  const out: { section: S; depth: number }[] = [];
  const seen = new Set<number>();
  const visit = (parentId: number | null, depth: number) => {
    for (const section of childrenOf(sections, parentId)) {
      if (seen.has(section.id)) continue;
      seen.add(section.id);
      out.push({ section, depth });
      visit(section.id, depth + 1);
    }
  };
  visit(null, 0);
  return out;
}

/** How many levels the subtree under `id` spans: 1 for a section with no children. */
export function subtreeHeight(sections: readonly TreeSection[], id: number, seen = new Set<number>()): number {
  seen.add(id);
  const below = sections.filter((section) => section.parentId === id && !seen.has(section.id));
  return 1 + Math.max(0, ...below.map((child) => subtreeHeight(sections, child.id, seen)));
}
