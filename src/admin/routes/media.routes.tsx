// The media library: upload (multipart; the type is decided from the bytes by the media
// service, never the name), search, alt text and captions, delete. Uploading needs
// `media.upload` (authors up); deleting and editing others' images needs `media.manage`.
import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../app-context.ts';
import { can } from '../../auth/auth.ts';
import { AppError, isAppError } from '../../errors.ts';
import type { AdminAssets } from '../admin-assets.ts';
import { requirePermission, seeOther } from '../admin-context.ts';
import { MediaItemPage, MediaLibraryPage } from '../views/media-pages.tsx';
import { renderAdmin } from '../views/render-admin.tsx';

type Field = { value?: unknown; toBuffer?: () => Promise<Buffer>; filename?: string; type?: string };

export async function registerMediaRoutes(app: FastifyInstance, context: AppContext, assets: AdminAssets): Promise<void> {
  const { media } = context.services;
  const maxUploadBytes = context.config.maxUploadBytes;
  const html = (reply: FastifyReply, page: Parameters<typeof renderAdmin>[0], status = 200) => reply.code(status).type('text/html; charset=utf-8').send(renderAdmin(page));
  await app.register(fastifyMultipart, { attachFieldsToBody: true, limits: { fileSize: maxUploadBytes, files: 1, fields: 10 } });

  const library = async (request: Parameters<typeof requirePermission>[0], reply: FastifyReply, extra: { error?: string; notice?: string; status?: number } = {}) => {
    const viewer = requirePermission(request, 'media.upload');
    const q = (request.query as { q?: string; page?: string }) ?? {};
    const query = (q.q ?? '').slice(0, 200);
    const page = await media.listMedia({ ...(query && { query }), page: Math.max(1, Number(q.page) || 1), pageSize: 24 });
    return html(reply, MediaLibraryPage({ assets, viewer, csrf: reply.generateCsrf(), page, query, maxUploadMb: Math.round(maxUploadBytes / 1048576), ...(extra.error && { error: extra.error }), ...(extra.notice && { notice: extra.notice }) }), extra.status ?? 200);
  };

  const findItem = async (id: string) => {
    const item = Number.isInteger(Number(id)) ? await media.findMedia(Number(id)) : undefined;
    if (!item) throw new AppError('NOT_FOUND', 'There is no such image.');
    return item;
  };

  app.get('/media', async (request, reply) => library(request, reply));

  // The editor's image panel uploads with Accept: application/json and gets the item back, or a
  // refusal whose `field` names the control the message belongs beside; the library page's form
  // gets the page again with the message.
  const wantsJson = (request: FastifyRequest) => (request.headers.accept ?? '').includes('application/json');
  const refuse = (request: FastifyRequest, reply: FastifyReply, message: string, status: number, field: 'file' | 'alt' = 'file') =>
    wantsJson(request) ? reply.code(status).send({ error: 'UPLOAD_REFUSED', message, field }) : library(request, reply, { error: message, status });
  const tooLarge = () => `That file is larger than the ${Math.round(maxUploadBytes / 1048576)} MB limit.`;

  app.post('/media', {
    // A file over the limit is refused while the body is read, before the handler runs.
    errorHandler: async (error, request, reply) => {
      if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE' && request.viewer) return refuse(request, reply, tooLarge(), 413);
      throw error;
    },
  }, async (request, reply) => {
    const viewer = requirePermission(request, 'media.upload');
    const body = (request.body ?? {}) as Record<string, Field>;
    const file = body.file;
    const text = (name: string) => (typeof body[name]?.value === 'string' ? (body[name]!.value as string).trim() : '');
    if (!file?.toBuffer || !file.filename) return refuse(request, reply, 'Choose an image file to upload.', 400);
    if (wantsJson(request) && text('alt') === '') return refuse(request, reply, 'Describe the image for readers who cannot see it (alt text).', 400, 'alt');
    try {
      const bytes = await file.toBuffer();
      const item = await media.uploadMedia({ bytes, filename: file.filename, uploadedBy: viewer.userId, alt: text('alt'), caption: text('caption'), credit: text('credit') });
      if (wantsJson(request)) return reply.code(201).send({ id: item.id, url: item.fallbackUrl, alt: item.alt, caption: item.caption, credit: item.credit, width: item.width, height: item.height });
      return seeOther(reply, `/admin/media/${item.id}?done=uploaded`);
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'FST_REQ_FILE_TOO_LARGE') return refuse(request, reply, tooLarge(), 413);
      if (isAppError(error) && ['MEDIA_UNSUPPORTED_TYPE', 'MEDIA_TOO_LARGE', 'VALIDATION_FAILED'].includes(error.code)) return refuse(request, reply, error.message, error.statusCode, (error.details as { field?: string } | undefined)?.field === 'alt' ? 'alt' : 'file');
      throw error;
    }
  });

  app.get<{ Params: { id: string }; Querystring: { done?: string } }>('/media/:id', async (request, reply) => {
    const viewer = requirePermission(request, 'media.upload');
    const item = await findItem(request.params.id);
    const notice = request.query.done === 'uploaded' ? 'Uploaded.' : request.query.done === 'saved' ? 'Saved.' : undefined;
    return html(reply, MediaItemPage({ assets, viewer, csrf: reply.generateCsrf(), item, values: { alt: item.alt, caption: item.caption, credit: item.credit }, errors: {}, canDelete: can(viewer, 'media.manage'), ...(notice && { notice }) }));
  });

  app.post<{ Params: { id: string }; Body: Record<string, Field | string> }>('/media/:id', async (request, reply) => {
    const viewer = requirePermission(request, 'media.upload');
    const item = await findItem(request.params.id);
    if (item.uploadedBy !== viewer.userId && !can(viewer, 'media.manage')) throw new AppError('FORBIDDEN', "Only editors may change other people's images.");
    const body = request.body ?? {};
    const value = (name: string) => {
      const field = body[name];
      return (typeof field === 'string' ? field : typeof field?.value === 'string' ? field.value : '').trim();
    };
    await media.updateMedia(item.id, { alt: value('alt'), caption: value('caption'), credit: value('credit') });
    return seeOther(reply, `/admin/media/${item.id}?done=saved`);
  });

  app.post<{ Params: { id: string } }>('/media/:id/delete', async (request, reply) => {
    requirePermission(request, 'media.manage');
    const item = await findItem(request.params.id);
    await media.deleteMedia(item.id);
    return seeOther(reply, '/admin/media');
  });
}
