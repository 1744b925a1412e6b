// Footer: the footer menu (sections with their subsections nested, and pages: content/menu.ts)
// and the imprint.
import type { NavLink } from '../../../content/content.ts';
import type { PageContext } from '../page-context.ts';

function Links({ links }: { links: NavLink[] }) {
  return (
    <ul>
      {links.map((link) => (
        <li>
          <a href={link.href}>{link.label}</a>
          {link.children ? <Links links={link.children} /> : null}
        </li>
      ))}
    </ul>
  );
}

export function SiteFooter({ ctx }: { ctx: PageContext }) {
  return (
    <footer class="site-footer">
      <nav aria-label={ctx.strings.sectionsNav + ' (footer)'}>
        <Links links={ctx.navigation.footer} />
      </nav>
      <p class="imprint">
        {ctx.strings.footerNote(ctx.site.title, ctx.now.getUTCFullYear())} · {ctx.strings.poweredBy}
      </p>
    </footer>
  );
}
