// Footer: the sections again for readers who reached the bottom, and the imprint.
import { sectionPath } from '../../../content/content.ts';
import type { PageContext } from '../page-context.ts';

export function SiteFooter({ ctx }: { ctx: PageContext }) {
  return (
    <footer class="site-footer">
      <nav aria-label={ctx.strings.sectionsNav + ' (footer)'}>
        <ul>
          {ctx.sections.map((section) => (
            <li>
              <a href={sectionPath(section)}>{section.name}</a>
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
