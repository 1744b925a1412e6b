// "By A, Beijing correspondent, and B", then the other credits of this story, each its own
// line: "Additional reporting by C." "Photographs by D and E." Each name links to the person's
// page, each role title follows its name in the byline proper. Lists of three or more use
// commas and a final "and". Without roles (story cards), only the writers are named.
import { Fragment } from 'preact';
import { type Credit, groupByCredit, writersOf } from '../../../content/content.ts';
import { personPath } from '../../../people/people.ts';
import type { Strings } from '../../strings.ts';

export interface BylineAuthor {
  slug: string;
  name: string;
  roleTitle: string;
  credit?: Credit;
}

function Names({ people, withRoles, strings }: { people: BylineAuthor[]; withRoles: boolean; strings: Strings }) {
  return (
    <>
      {people.map((author, index) => (
        <Fragment key={author.slug}>
          {index > 0 ? separator(people, index, withRoles, strings) : null}
          <a class="byline-name" rel="author" href={personPath(author)}>
            {author.name}
          </a>
          {withRoles && author.roleTitle ? <span class="byline-role">, {author.roleTitle}</span> : null}
        </Fragment>
      ))}
    </>
  );
}

export function Byline({ authors, strings, withRoles = true }: { authors: BylineAuthor[]; strings: Strings; withRoles?: boolean }) {
  if (authors.length === 0) return null;
  const writers = writersOf(authors);
  const others = withRoles ? groupByCredit(authors.filter((author) => !writers.includes(author))) : [];
  const byline = (
    <p class="byline">
      {strings.by} <Names people={writers} withRoles={withRoles} strings={strings} />
    </p>
  );
  if (others.length === 0) return byline;
  return (
    <>
      {byline}
      {others.map(({ credit, people }) => (
        <p class="byline-credit" data-credit={credit}>
          {strings.creditedBy[credit as Exclude<Credit, 'author'>]} <Names people={people} withRoles={false} strings={strings} />.
        </p>
      ))}
    </>
  );
}

/** ", " between names; before the last, " and " — with a comma when a role or a list of three precedes it. */
function separator(authors: BylineAuthor[], index: number, withRoles: boolean, strings: Strings): string {
  if (index < authors.length - 1) return ', ';
  const comma = authors.length > 2 || (withRoles && authors[index - 1]!.roleTitle !== '');
  return `${comma ? ',' : ''} ${strings.and} `;
}
