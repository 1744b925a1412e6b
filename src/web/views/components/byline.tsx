// "By A, Beijing correspondent, and B": each name links to the author's page, each role follows
// its name. Lists of three or more use commas and a final "and".
import { Fragment } from 'preact';
import { personPath } from '../../../people/people.ts';
import type { Strings } from '../../strings.ts';

export interface BylineAuthor {
  slug: string;
  name: string;
  roleTitle: string;
}

export function Byline({ authors, strings, withRoles = true }: { authors: BylineAuthor[]; strings: Strings; withRoles?: boolean }) {
  if (authors.length === 0) return null;
  return (
    <p class="byline">
      {strings.by}{' '}
      {authors.map((author, index) => (
        <Fragment key={author.slug}>
          {index > 0 ? separator(authors, index, withRoles, strings) : null}
          <a class="byline-name" rel="author" href={personPath(author)}>
            {author.name}
          </a>
          {withRoles && author.roleTitle ? <span class="byline-role">, {author.roleTitle}</span> : null}
        </Fragment>
      ))}
    </p>
  );
}

/** ", " between names; before the last, " and " — with a comma when a role or a list of three precedes it. */
function separator(authors: BylineAuthor[], index: number, withRoles: boolean, strings: Strings): string {
  if (index < authors.length - 1) return ', ';
  const comma = authors.length > 2 || (withRoles && authors[index - 1]!.roleTitle !== '');
  return `${comma ? ',' : ''} ${strings.and} `;
}
