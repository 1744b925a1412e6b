// The box about a writer at the foot of an article: portrait, name, role, bio, link to their page.
import { type Person, personPath } from '../../../people/people.ts';
import type { Strings } from '../../strings.ts';
import { Avatar } from './avatar.tsx';

export function AuthorBox({ person, strings }: { person: Person; strings: Strings }) {
  return (
    <div class="author-box">
      <Avatar person={person} size={72} decorative />
      <div class="author-box-text">
        <h3 class="author-name">
          <a href={personPath(person)}>{person.name}</a>
        </h3>
        {person.roleTitle ? <p class="author-role">{person.roleTitle}</p> : null}
        {person.bio ? <p class="author-bio">{person.bio}</p> : null}
        <p class="author-more">
          <a href={personPath(person)}>{strings.moreFrom(person.name)}</a>
        </p>
      </div>
    </div>
  );
}
