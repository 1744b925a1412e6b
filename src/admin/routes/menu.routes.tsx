// The menu editor: the header and footer menus, adding a section, a page or a link, moving an
// entry up or down, removing one. All need `pages.manage`. A refused entry comes back beside its
// field in the form it came from, with what was typed.
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { AppContext } from '../../app-context.ts';
import type { Viewer } from '../../auth/auth.ts';
import { isMenuName, type MenuItemKind, type MenuName } from '../../content/content.ts';
import { AppError } from '../../errors.ts';
import type { AdminAssets } from '../admin-assets.ts';
import { requirePermission, seeOther } from '../admin-context.ts';
import { type FormBody, formRefusal, idFrom, sendPage, textField } from '../admin-forms.ts';
import { MenusPage, type MenusPageProps } from '../views/menus-page.tsx';

const kinds: MenuItemKind[] = ['section', 'page', 'link'];
const notices: Record<string, string> = { added: 'Added to the menu.', moved: 'Menu order saved.', removed: 'Removed from the menu.' };

export function registerMenuRoutes(app: FastifyInstance, context: AppContext, assets: AdminAssets): void {
  const { navigation, taxonomy, pages } = context.services;

  async function show(reply: FastifyReply, viewer: Viewer, extra: { notice?: string; refused?: MenusPageProps['refused']; status?: number } = {}) {
    const [menus, sections, allPages] = await Promise.all([navigation.listMenus(), taxonomy.listSections(), pages.listPages()]);
    return sendPage(reply, MenusPage({ assets, viewer, csrf: reply.generateCsrf(), menus, sections, pages: allPages, ...(extra.notice && { notice: extra.notice }), ...(extra.refused && { refused: extra.refused }) }), extra.status ?? 200);
  }

  app.get<{ Querystring: { done?: string } }>('/menus', async (request, reply) => {
    const viewer = requirePermission(request, 'pages.manage');
    const notice = notices[request.query.done ?? ''];
    return show(reply, viewer, notice ? { notice } : {});
  });

  app.post<{ Params: { menu: string }; Body: FormBody }>('/menus/:menu/items', async (request, reply) => {
    const viewer = requirePermission(request, 'pages.manage');
    const menu = request.params.menu;
    if (!isMenuName(menu)) throw new AppError('NOT_FOUND', 'There is no such menu.');
    const kind = textField(request.body, 'kind') as MenuItemKind;
    if (!kinds.includes(kind)) throw new AppError('VALIDATION_FAILED', 'A menu entry is a section, a page or a link.');
    const values = { label: textField(request.body, 'label'), url: textField(request.body, 'url'), sectionId: textField(request.body, 'sectionId'), pageId: textField(request.body, 'pageId') };
    const target = Number(kind === 'section' ? values.sectionId : values.pageId);
    try {
      await navigation.addMenuItem(menu as MenuName, { kind, targetId: Number.isSafeInteger(target) && target > 0 ? target : null, label: values.label, url: values.url });
      return seeOther(reply, `/admin/menus?done=added#${menu}-menu`);
    } catch (error) {
      const refusal = formRefusal(error, 'label');
      if (!refusal) throw error;
      return show(reply, viewer, { refused: { menu, kind, errors: refusal.errors, values }, status: refusal.status });
    }
  });

  app.post<{ Params: { id: string }; Body: FormBody }>('/menus/items/:id/move', async (request, reply) => {
    requirePermission(request, 'pages.manage');
    const direction = textField(request.body, 'direction');
    if (direction !== 'up' && direction !== 'down') throw new AppError('VALIDATION_FAILED', 'A menu entry moves up or down.');
    await navigation.moveMenuItem(idFrom(request.params.id, 'menu entry'), direction);
    return seeOther(reply, '/admin/menus?done=moved');
  });

  app.post<{ Params: { id: string } }>('/menus/items/:id/remove', async (request, reply) => {
    requirePermission(request, 'pages.manage');
    await navigation.removeMenuItem(idFrom(request.params.id, 'menu entry'));
    return seeOther(reply, '/admin/menus?done=removed');
  });
}
