// Pages in the newsroom: list, create, edit, delete. All need `pages.manage`. A refused slug or
// title comes back beside its field with everything typed kept.
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { AppContext } from '../../app-context.ts';
import type { Viewer } from '../../auth/auth.ts';
import type { PageInput, SitePage } from '../../content/content.ts';
import { AppError } from '../../errors.ts';
import type { AdminAssets } from '../admin-assets.ts';
import { requirePermission, seeOther } from '../admin-context.ts';
import { type FormBody, formRefusal, idFrom, sendPage, textField } from '../admin-forms.ts';
import type { FieldErrors } from '../views/form-fields.tsx';
import { type PageFormValues, SitePageEditPage, SitePagesPage } from '../views/site-pages-pages.tsx';

type IdParams = { Params: { id: string } };

const emptyForm: PageFormValues = { title: '', slug: '', description: '', bodyMarkdown: '', status: 'draft' };
const bodyMaxLength = 200_000;

function readForm(body: FormBody | undefined): PageFormValues {
  return { title: textField(body, 'title'), slug: textField(body, 'slug').trim(), description: textField(body, 'description'), bodyMarkdown: textField(body, 'bodyMarkdown'), status: textField(body, 'status') };
}

function checkForm(values: PageFormValues): FieldErrors {
  const errors: FieldErrors = {};
  if (values.title.trim() === '') errors.title = 'Write the title readers see.';
  if (values.title.length > 200) errors.title = 'Keep the title under 200 characters.';
  if (values.description.length > 300) errors.description = 'Keep the description under 300 characters.';
  if (values.bodyMarkdown.length > bodyMaxLength) errors.bodyMarkdown = `Keep the text under ${bodyMaxLength} characters.`;
  if (values.status !== 'draft' && values.status !== 'published') errors.status = 'Choose draft or published.';
  return errors;
}

const toInput = (values: PageFormValues): PageInput => ({ title: values.title.trim(), ...(values.slug && { slug: values.slug }), description: values.description, bodyMarkdown: values.bodyMarkdown, status: values.status === 'published' ? 'published' : 'draft' });

export function registerSitePageRoutes(app: FastifyInstance, context: AppContext, assets: AdminAssets): void {
  const { pages } = context.services;

  async function findPage(id: string): Promise<SitePage> {
    const page = await pages.findPageById(idFrom(id, 'page'));
    if (!page) throw new AppError('NOT_FOUND', 'There is no such page.');
    return page;
  }

  function showForm(reply: FastifyReply, viewer: Viewer, page: SitePage | undefined, values: PageFormValues, extra: { errors?: FieldErrors; notice?: string; status?: number } = {}) {
    return sendPage(reply, SitePageEditPage({ assets, viewer, csrf: reply.generateCsrf(), ...(page && { page }), values, errors: extra.errors ?? {}, ...(extra.notice && { notice: extra.notice }) }), extra.status ?? 200);
  }

  app.get<{ Querystring: { done?: string } }>('/pages', async (request, reply) => {
    const viewer = requirePermission(request, 'pages.manage');
    const notice = request.query.done === 'deleted' ? 'Page deleted.' : undefined;
    return sendPage(reply, SitePagesPage({ assets, viewer, csrf: reply.generateCsrf(), pages: await pages.listPages(), ...(notice && { notice }) }));
  });

  app.get('/pages/new', async (request, reply) => showForm(reply, requirePermission(request, 'pages.manage'), undefined, emptyForm));

  app.post<{ Body: FormBody }>('/pages', async (request, reply) => {
    const viewer = requirePermission(request, 'pages.manage');
    const values = readForm(request.body);
    const errors = checkForm(values);
    if (Object.keys(errors).length > 0) return showForm(reply, viewer, undefined, values, { errors, status: 400 });
    try {
      const page = await pages.createPage(toInput(values));
      return seeOther(reply, `/admin/pages/${page.id}/edit?done=saved`);
    } catch (error) {
      const refusal = formRefusal(error, 'slug');
      if (!refusal) throw error;
      return showForm(reply, viewer, undefined, values, refusal);
    }
  });

  app.get<IdParams & { Querystring: { done?: string } }>('/pages/:id/edit', async (request, reply) => {
    const viewer = requirePermission(request, 'pages.manage');
    const page = await findPage(request.params.id);
    const notice = request.query.done === 'saved' ? 'Page saved.' : undefined;
    return showForm(reply, viewer, page, { title: page.title, slug: page.slug, description: page.description, bodyMarkdown: page.bodyMarkdown, status: page.status }, notice ? { notice } : {});
  });

  app.post<IdParams & { Body: FormBody }>('/pages/:id', async (request, reply) => {
    const viewer = requirePermission(request, 'pages.manage');
    const page = await findPage(request.params.id);
    const values = readForm(request.body);
    const errors = checkForm(values);
    if (Object.keys(errors).length > 0) return showForm(reply, viewer, page, values, { errors, status: 400 });
    try {
      await pages.updatePage(page.id, toInput(values));
      return seeOther(reply, `/admin/pages/${page.id}/edit?done=saved`);
    } catch (error) {
      const refusal = formRefusal(error, 'slug');
      if (!refusal) throw error;
      return showForm(reply, viewer, page, values, refusal);
    }
  });

  app.post<IdParams>('/pages/:id/delete', async (request, reply) => {
    requirePermission(request, 'pages.manage');
    const page = await findPage(request.params.id);
    await pages.deletePage(page.id);
    return seeOther(reply, '/admin/pages?done=deleted');
  });
}
