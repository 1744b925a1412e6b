// Sections: the tree in navigation order, add, edit (name, slug, parent, description), move up
// or down among siblings, and merge into another. All need `taxonomy.manage`. A refused slug
// (reserved, taken, malformed) or parent (a cycle, too deep) comes back beside the field with
// everything typed kept; a renamed or re-parented section's old address redirects.
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { AppContext } from '../../app-context.ts';
import type { Viewer } from '../../auth/auth.ts';
import type { Section } from '../../content/content.ts';
import { AppError } from '../../errors.ts';
import { isValidSlug } from '../../slug.ts';
import type { AdminAssets } from '../admin-assets.ts';
import { requirePermission, seeOther } from '../admin-context.ts';
import { type FormBody, formRefusal, idFrom, sendPage, textField } from '../admin-forms.ts';
import type { FieldErrors } from '../views/form-fields.tsx';
import { SectionEditPage, type SectionFormValues, SectionsPage } from '../views/sections-page.tsx';

type IdParams = { Params: { id: string } };

const emptyForm: SectionFormValues = { name: '', slug: '', description: '', parentId: '' };

function readForm(body: FormBody | undefined): SectionFormValues {
  return { name: textField(body, 'name'), slug: textField(body, 'slug').trim(), description: textField(body, 'description'), parentId: textField(body, 'parentId').trim() };
}

/** The chosen parent's id, null for none, undefined when the field holds no id at all. */
function parentOf(values: SectionFormValues): number | null | undefined {
  if (values.parentId === '') return null;
  const id = Number(values.parentId);
  return Number.isSafeInteger(id) && id > 0 ? id : undefined;
}

function checkForm(values: SectionFormValues, slugRequired: boolean): FieldErrors {
  const errors: FieldErrors = {};
  if (parentOf(values) === undefined) errors.parentId = 'Choose a parent section from the list, or none.';
  if (values.name.trim() === '') errors.name = 'Write the name readers see in the navigation.';
  if (values.slug === '' ? slugRequired : !isValidSlug(values.slug)) errors.slug = values.slug === '' ? 'Write a slug: lowercase letters, digits and hyphens.' : `"${values.slug}" is not a valid slug: use lowercase letters, digits and hyphens.`;
  return errors;
}

export function registerSectionRoutes(app: FastifyInstance, context: AppContext, assets: AdminAssets): void {
  const { taxonomy } = context.services;

  async function findSection(id: string): Promise<Section> {
    const section = await taxonomy.findSectionById(idFrom(id, 'section'));
    if (!section) throw new AppError('NOT_FOUND', 'There is no such section.');
    return section;
  }

  async function showList(reply: FastifyReply, viewer: Viewer, values: SectionFormValues, extra: { errors?: FieldErrors; notice?: string; status?: number } = {}) {
    const sections = await taxonomy.listSections();
    return sendPage(reply, SectionsPage({ assets, viewer, csrf: reply.generateCsrf(), sections, values, errors: extra.errors ?? {}, ...(extra.notice && { notice: extra.notice }) }), extra.status ?? 200);
  }

  async function showEdit(reply: FastifyReply, viewer: Viewer, section: Section, values: SectionFormValues & { intoId?: string }, extra: { errors?: FieldErrors; notice?: string; status?: number } = {}) {
    const sections = await taxonomy.listSections();
    return sendPage(reply, SectionEditPage({ assets, viewer, csrf: reply.generateCsrf(), section, sections, values: { intoId: '', ...values }, errors: extra.errors ?? {}, ...(extra.notice && { notice: extra.notice }) }), extra.status ?? 200);
  }

  const formOf = (section: Section): SectionFormValues => ({ name: section.name, slug: section.slug, description: section.description, parentId: section.parentId === null ? '' : String(section.parentId) });

  app.get<{ Querystring: { done?: string } }>('/sections', async (request, reply) => {
    const viewer = requirePermission(request, 'taxonomy.manage');
    const { done } = request.query;
    const notice = done === 'created' ? 'Section added at the end of the navigation.' : done === 'moved' ? 'Navigation order saved.' : undefined;
    return showList(reply, viewer, emptyForm, notice ? { notice } : {});
  });

  app.post<{ Body: FormBody }>('/sections', async (request, reply) => {
    const viewer = requirePermission(request, 'taxonomy.manage');
    const values = readForm(request.body);
    const errors = checkForm(values, false);
    if (Object.keys(errors).length > 0) return showList(reply, viewer, values, { errors, status: 400 });
    try {
      const section = await taxonomy.createSection({ name: values.name.trim(), ...(values.slug && { slug: values.slug }), description: values.description.trim(), parentId: parentOf(values)! });
      return seeOther(reply, `/admin/sections?done=created#section-${section.id}`);
    } catch (error) {
      const refusal = formRefusal(error, 'slug');
      if (!refusal) throw error;
      return showList(reply, viewer, values, refusal);
    }
  });

  app.get<IdParams & { Querystring: { done?: string } }>('/sections/:id/edit', async (request, reply) => {
    const viewer = requirePermission(request, 'taxonomy.manage');
    const section = await findSection(request.params.id);
    const notice = request.query.done === 'saved' ? 'Section saved.' : request.query.done === 'merged' ? 'Sections merged: their articles and subsections are now in this one, and the old address redirects here.' : undefined;
    return showEdit(reply, viewer, section, formOf(section), notice ? { notice } : {});
  });

  app.post<IdParams & { Body: FormBody }>('/sections/:id', async (request, reply) => {
    const viewer = requirePermission(request, 'taxonomy.manage');
    const section = await findSection(request.params.id);
    const values = readForm(request.body);
    const errors = checkForm(values, true);
    if (Object.keys(errors).length > 0) return showEdit(reply, viewer, section, values, { errors, status: 400 });
    try {
      await taxonomy.updateSection(section.id, { name: values.name.trim(), slug: values.slug, description: values.description.trim(), parentId: parentOf(values)! });
      return seeOther(reply, `/admin/sections/${section.id}/edit?done=saved`);
    } catch (error) {
      const refusal = formRefusal(error, 'slug');
      if (!refusal) throw error;
      return showEdit(reply, viewer, section, values, refusal);
    }
  });

  app.post<IdParams & { Body: FormBody }>('/sections/:id/merge', async (request, reply) => {
    const viewer = requirePermission(request, 'taxonomy.manage');
    const section = await findSection(request.params.id);
    const intoId = textField(request.body, 'intoId');
    const values = { ...formOf(section), intoId };
    const target = Number(intoId);
    if (!Number.isSafeInteger(target) || target <= 0) return showEdit(reply, viewer, section, values, { errors: { intoId: 'Choose the section to merge into.' }, status: 400 });
    try {
      const into = await taxonomy.mergeSections(section.id, target);
      return seeOther(reply, `/admin/sections/${into.id}/edit?done=merged`);
    } catch (error) {
      const refusal = formRefusal(error, 'intoId');
      if (!refusal) throw error;
      return showEdit(reply, viewer, section, values, refusal);
    }
  });

  app.post<IdParams & { Body: FormBody }>('/sections/:id/move', async (request, reply) => {
    requirePermission(request, 'taxonomy.manage');
    const section = await findSection(request.params.id);
    const direction = textField(request.body, 'direction');
    if (direction !== 'up' && direction !== 'down') throw new AppError('VALIDATION_FAILED', 'A section moves up or down.');
    await taxonomy.moveSection(section.id, direction);
    return seeOther(reply, `/admin/sections?done=moved#section-${section.id}`);
  });
}
