// Footer: the footer menu (sections and pages: content/menu.ts) and the imprint.
import type { PageContext } from '../page-context.ts';

export function SiteFooter({ ctx }: { ctx: PageContext }) {
  return (
    <footer class="site-footer">
      <nav aria-label={ctx.strings.sectionsNav + ' (footer)'}>
        <ul>
          {ctx.navigation.footer.map((link) => (
            <li>
              <a href={link.href}>{link.label}</a>
            </li>
          ))}
        </ul>
      </nav>
      <p class="imprint">
        {ctx.strings.footerNote(ctx.site.title, ctx.now.getUTCFullYear())} · {ctx.strings.poweredBy}
      </p>
    </footer>
  );
}
