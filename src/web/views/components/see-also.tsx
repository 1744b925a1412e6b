// The inline "See also" box placed part-way through an article body.
import type { ArticleSummary } from '../../../content/content.ts';
import type { Strings } from '../../strings.ts';

export function SeeAlso({ story, strings }: { story: ArticleSummary; strings: Strings }) {
  return (
    <aside class="see-also" aria-label={strings.seeAlso}>
      <p class="see-also-label">{strings.seeAlso}</p>
      <a class="see-also-link" href={story.path}>
        {story.headline}
      </a>
    </aside>
  );
}
