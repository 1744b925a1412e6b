// One story in a list: section label, headline link, standfirst, byline and date; optionally
// its picture. Used by every front, so lists look the same everywhere.
import type { ArticleSummary } from '../../../content/content.ts';
import { formatDate } from '../format.ts';
import type { PageContext } from '../page-context.ts';
import { Byline } from './byline.tsx';
import { Picture } from './picture.tsx';

export function StoryCard({ story, ctx, showImage = false, showSection = true, headingLevel = 3, eager = false }: { story: ArticleSummary; ctx: PageContext; showImage?: boolean; showSection?: boolean; headingLevel?: 2 | 3; eager?: boolean }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article class={`story-card${showImage && story.featuredImage ? ' has-image' : ''}`}>
      {showImage && story.featuredImage ? <Picture image={story.featuredImage} className="story-image" eager={eager} /> : null}
      <div class="story-text">
        {showSection ? (
          <a class="section-label" href={story.section.path}>
            {story.section.name}
          </a>
        ) : null}
        <Heading class="story-headline">
          <a href={story.path}>{story.headline}</a>
        </Heading>
        {story.standfirst ? <p class="story-standfirst">{story.standfirst}</p> : null}
        <div class="story-meta">
          <Byline authors={story.authors} strings={ctx.strings} withRoles={false} />
          <time datetime={story.publishedAt.toISOString()}>{formatDate(story.publishedAt, ctx.site.language, ctx.site.timeZone)}</time>
        </div>
      </div>
    </article>
  );
}

export function StoryList({ stories, ctx, showSection = true, showImages = false, headingLevel = 3 }: { stories: ArticleSummary[]; ctx: PageContext; showSection?: boolean; showImages?: boolean; headingLevel?: 2 | 3 }) {
  if (stories.length === 0) return <p class="empty">{ctx.strings.noArticles}</p>;
  return (
    <ol class="story-list">
      {stories.map((story) => (
        <li>
          <StoryCard story={story} ctx={ctx} showSection={showSection} showImage={showImages} headingLevel={headingLevel} />
        </li>
      ))}
    </ol>
  );
}
