// The article page, in reading order: section label, headline (the only h1), standfirst,
// byline with roles, dateline, published/updated times, featured image, body with the inline
// "See also" after the 2nd or 3rd paragraph, tags, related stories, author boxes, comments
// region, back to top.
import type { Article, ArticleNote, ArticleSummary } from '../../../content/content.ts';
import { ArticleNotes } from '../components/article-notes.tsx';
import type { MediaItem } from '../../../media/media.ts';
import { newsArticleJsonLd } from '../../../discovery/structured-data/news-article.ts';
import { personPath } from '../../../people/people.ts';
import { AuthorBox } from '../components/author-box.tsx';
import { CommentFormToken, CommentsSection, type CommentsSectionProps } from '../components/comments-section.tsx';
import { Breadcrumbs, breadcrumbsJsonLd, sectionCrumbs } from '../components/breadcrumbs.tsx';
import { Byline } from '../components/byline.tsx';
import { Related } from '../components/related-list.tsx';
import { FeaturedFigure } from '../components/picture.tsx';
import { SeeAlso } from '../components/see-also.tsx';
import { Document } from '../document.tsx';
import { formatDateTime } from '../format.ts';
import type { PageContext } from '../page-context.ts';

export interface ArticlePageProps {
  ctx: PageContext;
  article: Article & { path: string; publishedAt: Date };
  seeAlso?: ArticleSummary;
  /** The stories after the "See also" one, for the Related list. */
  related?: ArticleSummary[];
  /** The library item behind the featured image, for responsive sizes. */
  featuredMedia?: Pick<MediaItem, 'variants' | 'fallbackUrl'> | undefined;
  /** The comments region; absent in previews. */
  comments?: CommentsSectionProps | undefined;
  /** Corrections (near the top) and updates (at the foot) readers are told about. */
  notes?: ArticleNote[];
  /** The public history page, when the site publishes one for this story. */
  historyPath?: string | undefined;
  /** The newsroom's full preview: a banner, and the story's real state instead of "Published". */
  preview?: { state: 'draft' | 'submitted' | 'scheduled' | 'published' } | undefined;
  /** The story region (ArticleStory) already rendered and kept (web/render.ts): its marker. */
  storyMarker?: string;
}

export function ArticlePage({ ctx, article, seeAlso, related = [], featuredMedia, comments, notes = [], historyPath, preview, storyMarker }: ArticlePageProps) {
  const { strings, site } = ctx;
  const unpublished = preview && preview.state !== 'published' ? preview.state : null;
  const crumbs = sectionCrumbs(ctx, article.section);
  return (
    <Document
      ctx={ctx}
      end={<CommentFormToken comments={comments} />}
      meta={{
        title: article.seoTitle || article.headline,
        description: article.seoDescription || article.standfirst,
        canonicalPath: article.path,
        type: 'article',
        image: article.featuredImage?.url ?? null,
        ...(article.featuredImage?.alt && { imageAlt: article.featuredImage.alt }),
        article: {
          publishedTime: article.publishedAt,
          modifiedTime: article.updatedAt && article.updatedAt > article.publishedAt ? article.updatedAt : article.publishedAt,
          section: article.section.name,
          authorUrls: article.authors.map((person) => ctx.baseUrl + personPath(person)),
          tags: article.tags.map((tag) => tag.name),
        },
        structuredData: [
          newsArticleJsonLd({ article, site, baseUrl: ctx.baseUrl, corrections: notes.filter((note) => note.kind === 'correction'), ...(comments && !comments.threadOmitted && { commentCount: comments.count }) }),
          breadcrumbsJsonLd([...crumbs, { name: article.headline, path: article.path }], ctx),
        ],
      }}
    >
      {preview ? (
        <div class="preview-banner" role="status">
          {unpublished ? (
            <>
              <strong>{strings.previewBanner}</strong> {strings.previewState(unpublished)}
            </>
          ) : (
            strings.previewOfPublished
          )}
        </div>
      ) : null}
      <article class="article">
        {storyMarker ?? <ArticleStory ctx={ctx} article={article} seeAlso={seeAlso} related={related} featuredMedia={featuredMedia} notes={notes} historyPath={historyPath} preview={preview} />}
        {comments ? <CommentsSection {...comments} /> : null}
      </article>
      <p class="back-to-top">
        <a href="#top">↑ {strings.backToTop}</a>
      </p>
    </Document>
  );
}

/**
 * The story itself, between the page's chrome and its comments: header, notes, picture, body
 * with "See also", tags, related stories and author boxes. Built only from what the page's keys
 * name besides its comments (web/page-keys.ts), so a public page keeps it between renders.
 */
export function ArticleStory({ ctx, article, seeAlso, related = [], featuredMedia, notes = [], historyPath, preview }: Omit<ArticlePageProps, 'comments' | 'storyMarker'>) {
  const { strings, site } = ctx;
  const updated = article.updatedAt && article.updatedAt.getTime() - article.publishedAt.getTime() > 60_000 ? article.updatedAt : null;
  const unpublished = preview && preview.state !== 'published' ? preview.state : null;
  const before = article.bodyHtml.slice(0, article.bodyBreak);
  const after = article.bodyHtml.slice(article.bodyBreak);
  const crumbs = sectionCrumbs(ctx, article.section);
  return (
    <>
      <header class="article-header">
        <Breadcrumbs crumbs={crumbs} ctx={ctx} />
        <h1 class="headline">{article.headline}</h1>
        {article.standfirst ? <p class="standfirst">{article.standfirst}</p> : null}
        <div class="article-meta">
          <Byline authors={article.authors} strings={strings} />
          {article.dateline ? <p class="dateline">{article.dateline}</p> : null}
          <p class="timestamps">
            {unpublished === 'draft' || unpublished === 'submitted' ? (
              <span class="published">{strings.notPublishedYet}</span>
            ) : (
              <span class="published">
                {unpublished === 'scheduled' ? strings.scheduledFor : strings.published} <time datetime={article.publishedAt.toISOString()}>{formatDateTime(article.publishedAt, site.language, site.timeZone)}</time>
              </span>
            )}
            {updated ? (
              <span class="updated">
                {strings.updated} <time datetime={updated.toISOString()}>{formatDateTime(updated, site.language, site.timeZone)}</time>
              </span>
            ) : null}
          </p>
        </div>
      </header>
      <ArticleNotes kind="correction" notes={notes} strings={strings} language={site.language} timeZone={site.timeZone} historyPath={historyPath} />
      {article.featuredImage ? <FeaturedFigure image={article.featuredImage} strings={strings} media={featuredMedia} /> : null}
      <div class="article-body">
        <div class="body-part" dangerouslySetInnerHTML={{ __html: before }} />
        {seeAlso ? <SeeAlso story={seeAlso} strings={strings} /> : null}
        {after ? <div class="body-part" dangerouslySetInnerHTML={{ __html: after }} /> : null}
      </div>
      <ArticleNotes kind="update" notes={notes} strings={strings} language={site.language} timeZone={site.timeZone} historyPath={historyPath} />
      {article.tags.length > 0 ? (
        <nav class="article-tags" aria-label={strings.tags}>
          <ul>
            {article.tags.map((tag) => (
              <li>
                <a href={`/tag/${tag.slug}`}>{tag.name}</a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <Related stories={related} ctx={ctx} />
      {article.authors.length > 0 ? (
        <section class="author-boxes" aria-labelledby="about-authors">
          <h2 id="about-authors" class="region-heading">
            {article.authors.length > 1 ? strings.aboutTheAuthors : strings.aboutTheAuthor}
          </h2>
          {article.authors.map((person) => (
            <AuthorBox person={person} strings={strings} />
          ))}
        </section>
      ) : null}
    </>
  );
}
