// An author's page: their profile (portrait, name, role, location, bio, links; never their
// email) and a paginated list of what they have written.
import type { ArticleSummary } from '../../../content/content.ts';
import type { CursorPage } from '../../../pagination.ts';
import { type Person, personPath } from '../../../people/people.ts';
import { Avatar } from '../components/avatar.tsx';
import { profilePageJsonLd } from '../../../discovery/structured-data/profile-page.ts';
import { ListPagination, listPageHref, listPageLinks, listPageTitle } from '../components/list-pagination.tsx';
import { StoryList } from '../components/story-card.tsx';
import { Document } from '../document.tsx';
import type { PageContext, PageMeta } from '../page-context.ts';

export function AuthorPage({ ctx, person, stories, feeds }: { ctx: PageContext; person: Person; stories: CursorPage<ArticleSummary>; feeds?: PageMeta['feeds'] }) {
  const { strings } = ctx;
  const path = personPath(person);
  return (
    <Document ctx={ctx} meta={{ title: listPageTitle(person.name, stories, strings), description: person.bio || undefined, canonicalPath: listPageHref(path, stories), type: 'profile', image: person.avatarUrl, ...listPageLinks(path, stories), ...(feeds && { feeds }), structuredData: [profilePageJsonLd(person, ctx.baseUrl)] }}>
      <header class="profile">
        <Avatar person={person} size={120} decorative />
        <div class="profile-text">
          <h1>{person.name}</h1>
          {person.roleTitle ? <p class="profile-role">{person.roleTitle}</p> : null}
          {person.location ? <p class="profile-location">{strings.based(person.location)}</p> : null}
          {person.bio ? <p class="profile-bio">{person.bio}</p> : null}
          {person.links.length > 0 ? (
            <ul class="profile-links" aria-label={strings.links}>
              {person.links.map((link) => (
                <li>
                  <a href={link.url} rel="me noopener">
                    {link.label}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      </header>
      <section aria-labelledby="author-articles">
        <h2 id="author-articles" class="front-heading">
          {strings.articlesBy(person.name)}
        </h2>
        <StoryList stories={stories.items} ctx={ctx} showImages />
        <ListPagination page={stories} path={path} strings={strings} />
      </section>
    </Document>
  );
}
