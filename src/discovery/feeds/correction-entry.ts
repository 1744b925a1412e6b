// A correction as a feed entry: its own stable id (a story corrected twice has two entries),
// the note as the summary, and a link to the story, where the notice is. Pure, like the builders.
import type { CorrectionEntry } from '../../content/content.ts';
import { personPath } from '../../people/people.ts';
import { absoluteUrl } from '../absolute-url.ts';
import { escapeHtml, type FeedEntry } from './feed-entry.ts';

export function toCorrectionFeedEntry(correction: CorrectionEntry, baseUrl: string, title: string): FeedEntry {
  const url = absoluteUrl(baseUrl, correction.article.path);
  return {
    id: `tag:${new URL(baseUrl).hostname},${correction.createdAt.toISOString().slice(0, 10)}:correction-${correction.id}`,
    url: `${url}#note-${correction.id}`,
    title,
    summaryText: correction.note,
    summaryHtml: escapeHtml(correction.note),
    contentHtml: `<p>${escapeHtml(correction.note)}</p><p><a href="${escapeHtml(url)}">${escapeHtml(correction.article.headline)}</a></p>`,
    published: correction.createdAt,
    modified: correction.createdAt,
    authors: correction.article.authors.map((author) => ({ name: author.name, url: absoluteUrl(baseUrl, personPath(author)) })),
    section: { name: correction.article.section.name, slug: correction.article.section.slug },
    image: null,
  };
}
