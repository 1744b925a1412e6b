// People who write for the publication. `Person` is the public shape: it has no email, so a
// view handed a Person cannot leak one. `PersonRecord` adds the private fields for the newsroom.
export interface PersonLink {
  label: string;
  url: string;
}

export interface Person {
  id: number;
  slug: string;
  name: string;
  roleTitle: string;
  location: string;
  bio: string;
  avatarUrl: string | null;
  links: PersonLink[];
}

export interface PersonRecord extends Person {
  email: string | null;
}

export interface PersonInput {
  slug?: string;
  name: string;
  roleTitle?: string;
  location?: string;
  bio?: string;
  avatarUrl?: string | null;
  links?: PersonLink[];
  email?: string | null;
}

export function personPath(person: Pick<Person, 'slug'>): string {
  return `/author/${person.slug}`;
}
