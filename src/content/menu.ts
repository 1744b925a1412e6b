// The site's two menus: the header's navigation and the footer's. Each is an ordered list of
// entries pointing at a section, a page or any link. A menu nobody has arranged shows the
// sections that have published stories (and, in the footer, the published pages), so a new
// section appears only once it has a story or an editor adds it to a menu. A section's entry
// carries its subsections with stories; a parent counts as having stories when one of them does.
export type MenuName = 'header' | 'footer';
export const menuNames: MenuName[] = ['header', 'footer'];
export type MenuItemKind = 'section' | 'page' | 'link';

/** A stored entry, as the menu editor shows it. */
export interface MenuItem {
  id: number;
  menu: MenuName;
  position: number;
  kind: MenuItemKind;
  targetId: number | null;
  /** '' means the section's or page's own name. */
  label: string;
  url: string;
}

/** An entry as readers see it. */
export interface NavLink {
  label: string;
  href: string;
  /** For highlighting the current section. */
  sectionSlug?: string;
  /** A section's subsections that have stories, in order (the footer lists them under it). */
  children?: NavLink[];
}

export interface Navigation {
  header: NavLink[];
  footer: NavLink[];
  /** Whether an editor arranged each menu (else it is made from the sections). */
  arranged: Record<MenuName, boolean>;
}

export const isMenuName = (value: unknown): value is MenuName => value === 'header' || value === 'footer';
