// The person form: raw strings in, a PersonInput and per-field errors out. Links are typed one
// a line as "Label | https://address"; a bare address is labelled with its host name. On any
// error the raw text goes back into the form untouched.
import type { PersonInput, PersonLink, PersonRecord } from '../people/people.ts';
import { isValidSlug } from '../slug.ts';
import { type FormBody, textField } from './admin-forms.ts';
import type { FieldErrors } from './views/form-fields.tsx';

export interface PersonFormValues {
  name: string;
  slug: string;
  roleTitle: string;
  location: string;
  bio: string;
  avatarUrl: string;
  links: string;
  email: string;
}

export const emptyPersonForm: PersonFormValues = { name: '', slug: '', roleTitle: '', location: '', bio: '', avatarUrl: '', links: '', email: '' };

export function readPersonForm(body: FormBody | undefined): PersonFormValues {
  return {
    name: textField(body, 'name'),
    slug: textField(body, 'slug').trim(),
    roleTitle: textField(body, 'roleTitle'),
    location: textField(body, 'location'),
    bio: textField(body, 'bio'),
    avatarUrl: textField(body, 'avatarUrl').trim(),
    links: textField(body, 'links'),
    email: textField(body, 'email').trim(),
  };
}

export function formatLinks(links: PersonLink[]): string {
  return links.map((link) => `${link.label} | ${link.url}`).join('\n');
}

export function personFormFrom(person: PersonRecord): PersonFormValues {
  return {
    name: person.name,
    slug: person.slug,
    roleTitle: person.roleTitle,
    location: person.location,
    bio: person.bio,
    avatarUrl: person.avatarUrl ?? '',
    links: formatLinks(person.links),
    email: person.email ?? '',
  };
}

/** One link a line; the error names the first line that is not "Label | https://address". */
export function parseLinks(text: string): { links: PersonLink[] } | { error: string } {
  const links: PersonLink[] = [];
  const lines = text.split('\n');
  for (const [index, raw] of lines.entries()) {
    const line = raw.trim();
    if (line === '') continue;
    const bar = line.lastIndexOf('|');
    const label = bar < 0 ? '' : line.slice(0, bar).trim();
    const url = (bar < 0 ? line : line.slice(bar + 1)).trim();
    let parsed: URL | undefined;
    try {
      parsed = new URL(url);
    } catch {
      parsed = undefined;
    }
    if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) {
      return { error: `Line ${index + 1} ("${line}") is not a link: write it as Label | https://address.` };
    }
    links.push({ label: label || parsed.hostname, url });
  }
  return { links };
}

/** The form as a PersonInput, or the errors the form can find by itself (the service checks the rest). */
export function checkPersonForm(values: PersonFormValues): { input: PersonInput; errors: FieldErrors } {
  const errors: FieldErrors = {};
  if (values.name.trim() === '') errors.name = 'Write the name as it appears in bylines.';
  if (values.slug !== '' && !isValidSlug(values.slug)) errors.slug = `"${values.slug}" is not a valid slug: use lowercase letters, digits and hyphens.`;
  const parsed = parseLinks(values.links);
  if ('error' in parsed) errors.links = parsed.error;
  const input: PersonInput = {
    name: values.name.trim(),
    ...(values.slug !== '' && { slug: values.slug }),
    roleTitle: values.roleTitle.trim(),
    location: values.location.trim(),
    bio: values.bio.trim(),
    avatarUrl: values.avatarUrl || null,
    links: 'links' in parsed ? parsed.links : [],
    email: values.email || null,
  };
  return { input, errors };
}
