// The "Related" list after an article's body: the stories that follow the one in "See also",
// best first, as story cards. Rendered only when there is at least one.
import type { ArticleSummary } from '../../../content/content.ts';
import type { PageContext } from '../page-context.ts';
import { StoryCard } from './story-card.tsx';

export function Related({ stories, ctx }: { stories: ArticleSummary[]; ctx: PageContext }) {
  if (stories.length === 0) return null;
  return (
    <section class="related" aria-labelledby="related-heading">
      <h2 id="related-heading" class="region-heading">
        {ctx.strings.related}
      </h2>
      <ol class="story-list related-list">
        {stories.map((story) => (
          <li>
            <StoryCard story={story} ctx={ctx} />
          </li>
        ))}
      </ol>
    </section>
  );
}
