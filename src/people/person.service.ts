// The people service: create and edit writers' profiles, look them up for pages.
// A changed slug records the old author path as a redirect, in the same transaction.
// Links and portraits end up in public pages' href and src: only web addresses are accepted.
// Errors about one field name it in `details.field`.
import type { Clock } from '../clock.ts';
import { toStoredTime } from '../clock.ts';
import { isValidSlug, slugify } from '../slug.ts';
import type { Db } from '../db/database.ts';
import { AppError } from '../errors.ts';
import type { Events } from '../events.ts';
import { forgetRedirect, recordRedirect } from '../redirects/redirects.ts';
import type { Person, PersonInput, PersonRecord } from './person.ts';
import { personPath } from './person.ts';
import * as repo from './person.repository.ts';

export interface PeopleServiceDeps {
  db: Db;
  clock: Clock;
  events: Events;
}

export type PeopleService = ReturnType<typeof createPeopleService>;

export function createPeopleService({ db, clock, events }: PeopleServiceDeps) {
  async function checkSlug(slug: string, exceptId?: number): Promise<void> {
    if (!isValidSlug(slug)) throw new AppError('VALIDATION_FAILED', `"${slug}" is not a valid slug: use lowercase letters, digits and hyphens.`, { details: { field: 'slug' } });
    if (await repo.slugTaken(db, slug, exceptId)) throw new AppError('SLUG_TAKEN', `Another person already uses the slug "${slug}".`, { details: { field: 'slug' } });
  }

  return {
    async createPerson(input: PersonInput): Promise<Person> {
      checkPersonFields(input);
      const slug = input.slug ?? slugify(input.name);
      await checkSlug(slug);
      const now = toStoredTime(clock.now());
      const id = await repo.insertPerson(db, {
        slug,
        name: input.name,
        role_title: input.roleTitle ?? '',
        location: input.location ?? '',
        bio: input.bio ?? '',
        avatar_url: input.avatarUrl ?? null,
        links: JSON.stringify(input.links ?? []),
        email: input.email ?? null,
        created_at: now,
        updated_at: now,
      });
      await events.emit('site.changed', { what: 'person', ids: [id] });
      return (await repo.findPersonById(db, id))!;
    },

    async updatePerson(id: number, input: Partial<PersonInput>): Promise<Person> {
      const current = await repo.findPersonRecord(db, id);
      if (!current) throw new AppError('NOT_FOUND', `No person has id ${id}.`);
      checkPersonFields(input);
      if (input.slug !== undefined && input.slug !== current.slug) await checkSlug(input.slug, id);
      const now = toStoredTime(clock.now());
      await db.transaction().execute(async (trx) => {
        await repo.updatePersonRow(trx, id, {
          ...(input.slug !== undefined && { slug: input.slug }),
          ...(input.name !== undefined && { name: input.name }),
          ...(input.roleTitle !== undefined && { role_title: input.roleTitle }),
          ...(input.location !== undefined && { location: input.location }),
          ...(input.bio !== undefined && { bio: input.bio }),
          ...(input.avatarUrl !== undefined && { avatar_url: input.avatarUrl }),
          ...(input.links !== undefined && { links: JSON.stringify(input.links) }),
          ...(input.email !== undefined && { email: input.email }),
          updated_at: now,
        });
        if (input.slug !== undefined && input.slug !== current.slug) {
          await recordRedirect(trx, personPath(current), { kind: 'person', targetId: id }, now);
          await forgetRedirect(trx, personPath({ slug: input.slug }));
        }
      });
      await events.emit('site.changed', { what: 'person', ids: [id] });
      return (await repo.findPersonById(db, id))!;
    },

    findPersonBySlug: (slug: string) => repo.findPersonBySlug(db, slug),
    findPersonById: (id: number) => repo.findPersonById(db, id),
    findPersonRecord: (id: number): Promise<PersonRecord | undefined> => repo.findPersonRecord(db, id),
    listPeopleByIds: (ids: number[]) => repo.listPeopleByIds(db, ids),
    listAllPeople: () => repo.listAllPeople(db),
  };
}

const webAddress = /^https?:\/\/[^\s/?#]+\.[^\s]*$/i;

function checkPersonFields(input: Partial<PersonInput>): void {
  const fail = (field: string, message: string) => new AppError('VALIDATION_FAILED', message, { details: { field } });
  if (input.name !== undefined && input.name.trim() === '') throw fail('name', 'A person needs a name.');
  // A site path (an upload in the media library) or a web address; nothing else can go in a src.
  if (input.avatarUrl && !webAddress.test(input.avatarUrl) && !/^\/(?![/\\])\S*$/.test(input.avatarUrl)) {
    throw fail('avatarUrl', `"${input.avatarUrl}" is not an image address: use https://… or a /media/… path.`);
  }
  for (const link of input.links ?? []) {
    if (!webAddress.test(link.url)) throw fail('links', `"${link.url}" is not a web address: links start with https:// or http://.`);
    if (link.label.trim() === '') throw fail('links', `The link to ${link.url} needs a label.`);
  }
  if (input.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(input.email)) throw fail('email', `"${input.email}" is not an email address.`);
}
