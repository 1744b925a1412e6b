// /corrections: every correction across the site, newest first, each with its date, the note
// readers saw and a link to the story it corrects; paginated, with its own feeds.
import type { CorrectionEntry } from '../../../content/content.ts';
import type { Page } from '../../../pagination.ts';
import { Pagination, pageHref, pageLinks } from '../components/pagination.tsx';
import { Document } from '../document.tsx';
import { formatDateTime } from '../format.ts';
import type { PageContext, PageMeta } from '../page-context.ts';

export function CorrectionsPage({ ctx, corrections, feeds }: { ctx: PageContext; corrections: Page<CorrectionEntry>; feeds: PageMeta['feeds'] }) {
  const { strings, site } = ctx;
  const path = '/corrections';
  return (
    <Document ctx={ctx} meta={{ title: corrections.page > 1 ? `${strings.corrections} – ${strings.pageOf(corrections.page, corrections.pageCount)}` : strings.corrections, description: strings.correctionsIntro(site.title), canonicalPath: pageHref(path, corrections.page), ...pageLinks(corrections, path), ...(feeds && { feeds }) }}>
      <header class="listing-header">
        <h1>{strings.corrections}</h1>
        <p class="listing-description">{strings.correctionsIntro(site.title)}</p>
      </header>
      {corrections.items.length === 0 ? <p>{strings.noCorrections}</p> : null}
      <ol class="corrections-list">
        {corrections.items.map((entry) => (
          <li class="correction-entry" id={`correction-${entry.id}`}>
            <p class="correction-date">
              <time datetime={entry.createdAt.toISOString()}>{formatDateTime(entry.createdAt, site.language, site.timeZone)}</time>
            </p>
            <h2 class="correction-story">
              <a href={`${entry.article.path}#note-${entry.id}`}>{entry.article.headline}</a>
            </h2>
            <p class="correction-note">{entry.note}</p>
          </li>
        ))}
      </ol>
      <Pagination page={corrections} path={path} strings={strings} />
    </Document>
  );
}
