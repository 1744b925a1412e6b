// Users: the list, inviting a user (the confirmation page shows their one-time set-password
// link, absolute, once; it is never logged), changing a role or linked profile, and making a
// reset link. Administrators only (`users.manage`). The service refuses to demote the last
// administrator; the refusal comes back beside the role field.
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { AppContext } from '../../app-context.ts';
import { linkLifetimeMs, type Role, type User, type Viewer } from '../../auth/auth.ts';
import { AppError } from '../../errors.ts';
import type { AdminAssets } from '../admin-assets.ts';
import { requirePermission, seeOther } from '../admin-context.ts';
import { type FormBody, formRefusal, idFrom, sendPage, textField } from '../admin-forms.ts';
import type { FieldErrors } from '../views/form-fields.tsx';
import { PasswordLinkPage, UserFormPage, type UserFormValues, UsersPage } from '../views/users-pages.tsx';

type IdParams = { Params: { id: string } };

function readForm(body: FormBody | undefined): UserFormValues {
  return { email: textField(body, 'email').trim(), name: textField(body, 'name').trim(), role: textField(body, 'role'), personId: textField(body, 'personId') };
}

function formFrom(user: User): UserFormValues {
  return { email: user.email, name: user.name, role: user.role, personId: user.personId === null ? '' : String(user.personId) };
}

export function registerUserRoutes(app: FastifyInstance, context: AppContext, assets: AdminAssets): void {
  const { auth, people } = context.services;
  const passwordLink = (token: string) => `${context.config.baseUrl}/admin/password?token=${encodeURIComponent(token)}`;
  // The link is emailed when SMTP is configured, and shown once either way (with a copy button).
  async function sendLink(reply: FastifyReply, viewer: Viewer, user: User, link: string, kind: 'created' | 'reset') {
    const { title } = await context.services.settings.getSiteSettings();
    const delivery = await context.services.passwordLinkMail.send({ to: user.email, name: user.name, role: user.role, link, kind, siteTitle: title, lifetimeHours: linkLifetimeMs / 3_600_000 });
    return sendPage(reply, PasswordLinkPage({ assets, viewer, csrf: reply.generateCsrf(), user, link, kind, delivery }));
  }

  async function findUser(id: string): Promise<User> {
    const user = await auth.findUser(idFrom(id, 'user'));
    if (!user) throw new AppError('NOT_FOUND', 'There is no such user.');
    return user;
  }

  async function showForm(reply: FastifyReply, viewer: Viewer, user: User | null, values: UserFormValues, extra: { errors?: FieldErrors; notice?: string; status?: number } = {}) {
    const page = UserFormPage({ assets, viewer, csrf: reply.generateCsrf(), user, values, errors: extra.errors ?? {}, people: await people.listAllPeople(), ...(extra.notice && { notice: extra.notice }) });
    return sendPage(reply, page, extra.status ?? 200);
  }

  /** The linked person from the form: '' is none; anything else must be a person that exists. */
  async function personFrom(values: UserFormValues): Promise<{ personId: number | null } | { error: string }> {
    if (values.personId === '') return { personId: null };
    const person = /^\d+$/.test(values.personId) ? await people.findPersonById(Number(values.personId)) : undefined;
    return person ? { personId: person.id } : { error: 'Choose a person from the list, or None.' };
  }

  app.get('/users', async (request, reply) => {
    const viewer = requirePermission(request, 'users.manage');
    const [users, everyone] = await Promise.all([auth.listUsers(), people.listAllPeople()]);
    return sendPage(reply, UsersPage({ assets, viewer, csrf: reply.generateCsrf(), users, people: everyone, now: context.clock.now() }));
  });

  app.get('/users/new', async (request, reply) => {
    const viewer = requirePermission(request, 'users.manage');
    return showForm(reply, viewer, null, { email: '', name: '', role: 'contributor', personId: '' });
  });

  app.post<{ Body: FormBody }>('/users', async (request, reply) => {
    const viewer = requirePermission(request, 'users.manage');
    const values = readForm(request.body);
    const errors: FieldErrors = {};
    if (values.name === '') errors.name = 'Write the name colleagues know them by.';
    const person = await personFrom(values);
    if ('error' in person) errors.personId = person.error;
    if (Object.keys(errors).length > 0 || 'error' in person) return showForm(reply, viewer, null, values, { errors, status: 400 });
    try {
      const { user, token } = await auth.createUser({ email: values.email, name: values.name, role: values.role as Role, personId: person.personId });
      return sendLink(reply, viewer, user, passwordLink(token), 'created');
    } catch (error) {
      const refusal = formRefusal(error, 'email');
      if (!refusal) throw error;
      return showForm(reply, viewer, null, values, refusal);
    }
  });

  app.get<IdParams & { Querystring: { done?: string } }>('/users/:id/edit', async (request, reply) => {
    const viewer = requirePermission(request, 'users.manage');
    const user = await findUser(request.params.id);
    return showForm(reply, viewer, user, formFrom(user), request.query.done === 'saved' ? { notice: 'User saved.' } : {});
  });

  app.post<IdParams & { Body: FormBody }>('/users/:id', async (request, reply) => {
    const viewer = requirePermission(request, 'users.manage');
    const user = await findUser(request.params.id);
    const values = { ...readForm(request.body), email: user.email };
    const errors: FieldErrors = {};
    if (values.name === '') errors.name = 'Write the name colleagues know them by.';
    const person = await personFrom(values);
    if ('error' in person) errors.personId = person.error;
    if (Object.keys(errors).length > 0 || 'error' in person) return showForm(reply, viewer, user, values, { errors, status: 400 });
    try {
      await auth.updateUser(user.userId, { name: values.name, role: values.role as Role, personId: person.personId });
      return seeOther(reply, `/admin/users/${user.userId}/edit?done=saved`);
    } catch (error) {
      const refusal = formRefusal(error, 'role');
      if (!refusal) throw error;
      return showForm(reply, viewer, user, values, refusal);
    }
  });

  app.post<IdParams>('/users/:id/reset', async (request, reply) => {
    const viewer = requirePermission(request, 'users.manage');
    const found = await findUser(request.params.id);
    const { user, token } = await auth.issueResetLink(found.email);
    return sendLink(reply, viewer, user, passwordLink(token), 'reset');
  });
}
