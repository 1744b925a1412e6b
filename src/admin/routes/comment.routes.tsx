// The moderation queue for editors and administrators: filter by status and article, approve,
// mark spam, trash, edit, reply as the newsroom, and bulk actions. Every action needs
// `comments.moderate`; the public page changes at once (it reads approved comments live).
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { AppContext } from '../../app-context.ts';
import { type CommentStatus, commentStatuses } from '../../comments/comments.ts';
import { AppError } from '../../errors.ts';
import type { AdminAssets } from '../admin-assets.ts';
import { requirePermission, seeOther } from '../admin-context.ts';
import { safeNext } from '../safe-next.ts';
import { CommentsPage } from '../views/comments-page.tsx';
import { renderAdmin } from '../views/render-admin.tsx';

type Body = Record<string, string | string[] | undefined>;
const isStatus = (value: unknown): value is CommentStatus => typeof value === 'string' && (commentStatuses as string[]).includes(value);

export function registerCommentRoutes(app: FastifyInstance, context: AppContext, assets: AdminAssets): void {
  const { comments, settings } = context.services;
  const html = (reply: FastifyReply, page: Parameters<typeof renderAdmin>[0]) => reply.type('text/html; charset=utf-8').send(renderAdmin(page));
  const back = (body: Body, notice: string) => {
    const to = safeNext(body.back, '/admin/comments?status=pending');
    return `${to}${to.includes('?') ? '&' : '?'}done=${encodeURIComponent(notice)}`;
  };
  const idOf = (raw: string) => {
    const id = Number(raw);
    if (!Number.isInteger(id) || id <= 0) throw new AppError('NOT_FOUND', 'There is no such comment.');
    return id;
  };

  app.get<{ Querystring: Record<string, string | undefined> }>('/comments', async (request, reply) => {
    const viewer = requirePermission(request, 'comments.moderate');
    const q = request.query;
    const status = isStatus(q.status) ? q.status : '';
    const articleId = Number(q.article) > 0 ? Number(q.article) : null;
    const [page, site, counts] = await Promise.all([
      comments.queue({ ...(status && { status }), ...(articleId && { articleId }) }, { page: Math.max(1, Number(q.page) || 1), pageSize: 30 }),
      settings.getSiteSettings(),
      comments.countEachStatus(articleId ?? undefined),
    ]);
    const notices: Record<string, string> = { approved: 'Approved.', spam: 'Marked as spam.', trash: 'Moved to the trash.', pending: 'Back in the queue.', edited: 'Text saved.', replied: 'Reply published.', bulk: 'Done.' };
    return html(
      reply,
      CommentsPage({
        assets, viewer, csrf: reply.generateCsrf(), page, status, articleId, timeZone: site.timeZone,
        counts,
        ...(q.done && notices[q.done] && { notice: notices[q.done] }),
        ...(Number(q.edit) > 0 && { editing: Number(q.edit) }),
      }),
    );
  });

  app.post<{ Params: { id: string }; Body: Body }>('/comments/:id/status', async (request, reply) => {
    requirePermission(request, 'comments.moderate');
    const status = request.body?.status;
    if (!isStatus(status)) throw new AppError('VALIDATION_FAILED', 'Choose approve, spam, trash or pending.');
    await comments.setStatus(idOf(request.params.id), status);
    return seeOther(reply, back(request.body, status));
  });

  app.post<{ Body: Body }>('/comments/bulk', async (request, reply) => {
    requirePermission(request, 'comments.moderate');
    const status = request.body?.status;
    if (!isStatus(status)) throw new AppError('VALIDATION_FAILED', 'Choose approve, spam, trash or pending.');
    const raw = request.body?.ids;
    const ids = (Array.isArray(raw) ? raw : raw ? [raw] : []).map(idOf);
    for (const id of ids) await comments.setStatus(id, status);
    return seeOther(reply, back(request.body, 'bulk'));
  });

  app.post<{ Params: { id: string }; Body: Body }>('/comments/:id/edit', async (request, reply) => {
    requirePermission(request, 'comments.moderate');
    const body = String(request.body?.body ?? '');
    if (body.trim() === '') throw new AppError('VALIDATION_FAILED', 'A comment cannot be empty; trash it instead.');
    await comments.edit(idOf(request.params.id), body);
    return seeOther(reply, back(request.body, 'edited'));
  });

  app.post<{ Params: { id: string }; Body: Body }>('/comments/:id/reply', async (request, reply) => {
    const viewer = requirePermission(request, 'comments.moderate');
    const body = String(request.body?.body ?? '');
    if (body.trim() === '') throw new AppError('VALIDATION_FAILED', 'Write the reply first.');
    await comments.replyAsStaff(idOf(request.params.id), body, viewer);
    return seeOther(reply, back(request.body, 'replied'));
  });
}
