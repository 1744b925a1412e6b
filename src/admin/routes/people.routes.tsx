// People: the list, a new person, and editing a profile. `people.manage` may edit anyone;
// `profile.edit-own` only the person linked to the viewer's account, which /admin/profile opens.
// A changed slug keeps the old author page answering (the service records the redirect).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../app-context.ts';
import { can, type Viewer } from '../../auth/auth.ts';
import { AppError } from '../../errors.ts';
import { personPath } from '../../people/people.ts';
import type { AdminAssets } from '../admin-assets.ts';
import { requirePermission, requireViewer, seeOther } from '../admin-context.ts';
import { type FormBody, formRefusal, idFrom, sendPage } from '../admin-forms.ts';
import { checkPersonForm, emptyPersonForm, type PersonFormValues, personFormFrom, readPersonForm } from '../person-form.ts';
import type { FieldErrors } from '../views/form-fields.tsx';
import { PeoplePage, PersonFormPage } from '../views/people-pages.tsx';

type IdParams = { Params: { id: string } };

const notices: Record<string, string> = {
  created: 'Person created. Their author page appears once they have a published article.',
  saved: 'Profile saved.',
};

export function registerPeopleRoutes(app: FastifyInstance, context: AppContext, assets: AdminAssets): void {
  const { people } = context.services;

  /** The viewer, if they may edit this person: anyone's with people.manage, else only their own. */
  function requireEditor(request: FastifyRequest, personId: number): Viewer {
    const viewer = requireViewer(request);
    if (can(viewer, 'people.manage')) return viewer;
    if (can(viewer, 'profile.edit-own') && viewer.personId === personId) return viewer;
    throw new AppError('FORBIDDEN', 'Your role allows editing only your own profile.');
  }

  function showForm(reply: FastifyReply, viewer: Viewer, personId: number | null, publicPath: string | null, values: PersonFormValues, extra: { errors?: FieldErrors; notice?: string; status?: number } = {}) {
    const page = PersonFormPage({
      assets,
      viewer,
      csrf: reply.generateCsrf(),
      personId,
      publicPath,
      values,
      errors: extra.errors ?? {},
      ownProfile: personId !== null && viewer.personId === personId && !can(viewer, 'people.manage'),
      ...(extra.notice && { notice: extra.notice }),
    });
    return sendPage(reply, page, extra.status ?? 200);
  }

  app.get('/people', async (request, reply) => {
    const viewer = requirePermission(request, 'people.manage');
    return sendPage(reply, PeoplePage({ assets, viewer, csrf: reply.generateCsrf(), people: await people.listAllPeople() }));
  });

  app.get('/people/new', async (request, reply) => {
    const viewer = requirePermission(request, 'people.manage');
    return showForm(reply, viewer, null, null, emptyPersonForm);
  });

  app.post<{ Body: FormBody }>('/people', async (request, reply) => {
    const viewer = requirePermission(request, 'people.manage');
    const values = readPersonForm(request.body);
    const { input, errors } = checkPersonForm(values);
    if (Object.keys(errors).length > 0) return showForm(reply, viewer, null, null, values, { errors, status: 400 });
    try {
      const person = await people.createPerson(input);
      return seeOther(reply, `/admin/people/${person.id}/edit?done=created`);
    } catch (error) {
      const refusal = formRefusal(error, 'name');
      if (!refusal) throw error;
      return showForm(reply, viewer, null, null, values, refusal);
    }
  });

  // Every role has a profile to keep; this is the one address for "my profile".
  app.get('/profile', async (request, reply) => {
    const viewer = requirePermission(request, 'profile.edit-own');
    if (viewer.personId === null) throw new AppError('NOT_FOUND', 'Your account is not linked to a byline profile yet. An administrator can link one on the Users page.');
    return seeOther(reply, `/admin/people/${viewer.personId}/edit`);
  });

  app.get<IdParams & { Querystring: { done?: string } }>('/people/:id/edit', async (request, reply) => {
    const id = idFrom(request.params.id, 'person');
    const viewer = requireEditor(request, id);
    const person = await people.findPersonRecord(id);
    if (!person) throw new AppError('NOT_FOUND', 'There is no such person.');
    const notice = request.query.done ? notices[request.query.done] : undefined;
    return showForm(reply, viewer, id, personPath(person), personFormFrom(person), notice ? { notice } : {});
  });

  app.post<IdParams & { Body: FormBody }>('/people/:id', async (request, reply) => {
    const id = idFrom(request.params.id, 'person');
    const viewer = requireEditor(request, id);
    const current = await people.findPersonRecord(id);
    if (!current) throw new AppError('NOT_FOUND', 'There is no such person.');
    const values = readPersonForm(request.body);
    const { input, errors } = checkPersonForm(values);
    if (Object.keys(errors).length > 0) return showForm(reply, viewer, id, personPath(current), values, { errors, status: 400 });
    try {
      await people.updatePerson(id, input);
      return seeOther(reply, `/admin/people/${id}/edit?done=saved`);
    } catch (error) {
      const refusal = formRefusal(error, 'name');
      if (!refusal) throw error;
      return showForm(reply, viewer, id, personPath(current), values, refusal);
    }
  });
}
