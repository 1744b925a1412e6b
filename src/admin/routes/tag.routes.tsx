// Tags: the list with article counts, renaming (name and slug) and merging one tag into
// another. All need `taxonomy.manage`. The service keeps old tag addresses redirecting.
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { AppContext } from '../../app-context.ts';
import type { Viewer } from '../../auth/auth.ts';
import type { TagWithCount } from '../../content/content.ts';
import { AppError } from '../../errors.ts';
import { isValidSlug } from '../../slug.ts';
import type { AdminAssets } from '../admin-assets.ts';
import { requirePermission, seeOther } from '../admin-context.ts';
import { type FormBody, formRefusal, idFrom, sendPage, textField } from '../admin-forms.ts';
import type { FieldErrors } from '../views/form-fields.tsx';
import { TagEditPage, type TagEditPageProps, TagsPage } from '../views/tags-page.tsx';

type IdParams = { Params: { id: string } };

const pageSize = 100;

export function registerTagRoutes(app: FastifyInstance, context: AppContext, assets: AdminAssets): void {
  const { taxonomy } = context.services;

  async function findTag(id: string): Promise<TagWithCount> {
    const tag = await taxonomy.findTagWithCount(idFrom(id, 'tag'));
    if (!tag) throw new AppError('NOT_FOUND', 'There is no such tag (it may have been merged into another).');
    return tag;
  }

  async function showEdit(reply: FastifyReply, viewer: Viewer, tag: TagWithCount, values: TagEditPageProps['values'], extra: { errors?: FieldErrors; notice?: string; status?: number } = {}) {
    const others = (await taxonomy.listAllTags()).filter((other) => other.id !== tag.id);
    const page = TagEditPage({ assets, viewer, csrf: reply.generateCsrf(), tag, others, values, errors: extra.errors ?? {}, ...(extra.notice && { notice: extra.notice }) });
    return sendPage(reply, page, extra.status ?? 200);
  }

  app.get<{ Querystring: { page?: string } }>('/tags', async (request, reply) => {
    const viewer = requirePermission(request, 'taxonomy.manage');
    const page = Math.max(1, Math.floor(Number(request.query.page)) || 1);
    const tags = await taxonomy.listTags({ page, pageSize });
    return sendPage(reply, TagsPage({ assets, viewer, csrf: reply.generateCsrf(), page: tags }));
  });

  app.get<IdParams & { Querystring: { done?: string } }>('/tags/:id/edit', async (request, reply) => {
    const viewer = requirePermission(request, 'taxonomy.manage');
    const tag = await findTag(request.params.id);
    const notice = request.query.done === 'saved' ? 'Tag saved.' : request.query.done === 'merged' ? 'Tags merged: their articles now carry this tag, and the old address redirects here.' : undefined;
    return showEdit(reply, viewer, tag, { name: tag.name, slug: tag.slug, intoId: '' }, notice ? { notice } : {});
  });

  app.post<IdParams & { Body: FormBody }>('/tags/:id', async (request, reply) => {
    const viewer = requirePermission(request, 'taxonomy.manage');
    const tag = await findTag(request.params.id);
    const values = { name: textField(request.body, 'name'), slug: textField(request.body, 'slug').trim(), intoId: '' };
    const errors: FieldErrors = {};
    if (values.name.trim() === '') errors.name = 'Write the tag as readers see it.';
    if (!isValidSlug(values.slug)) errors.slug = values.slug === '' ? 'Write a slug: lowercase letters, digits and hyphens.' : `"${values.slug}" is not a valid slug: use lowercase letters, digits and hyphens.`;
    if (Object.keys(errors).length > 0) return showEdit(reply, viewer, tag, values, { errors, status: 400 });
    try {
      await taxonomy.renameTag(tag.id, { name: values.name.trim(), slug: values.slug });
      return seeOther(reply, `/admin/tags/${tag.id}/edit?done=saved`);
    } catch (error) {
      const refusal = formRefusal(error, 'slug');
      if (!refusal) throw error;
      return showEdit(reply, viewer, tag, values, refusal);
    }
  });

  app.post<IdParams & { Body: FormBody }>('/tags/:id/merge', async (request, reply) => {
    const viewer = requirePermission(request, 'taxonomy.manage');
    const tag = await findTag(request.params.id);
    const intoId = textField(request.body, 'intoId');
    const values = { name: tag.name, slug: tag.slug, intoId };
    const target = Number(intoId);
    if (!Number.isSafeInteger(target) || target <= 0) return showEdit(reply, viewer, tag, values, { errors: { intoId: 'Choose the tag to merge into.' }, status: 400 });
    try {
      const into = await taxonomy.mergeTags(tag.id, target);
      return seeOther(reply, `/admin/tags/${into.id}/edit?done=merged`);
    } catch (error) {
      const refusal = formRefusal(error, 'intoId');
      if (!refusal) throw error;
      return showEdit(reply, viewer, tag, values, refusal);
    }
  });
}
