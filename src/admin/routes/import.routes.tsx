// The WordPress import in the admin: the form, the upload (multipart, CSRF-checked by the scope
// like every POST), and the progress page. Administrators and editors only (an import creates
// people and sections and publishes articles); the job page is for whoever may import.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../app-context.ts';
import { AppError, isAppError } from '../../errors.ts';
import type { AdminAssets } from '../admin-assets.ts';
import { requirePermission, seeOther } from '../admin-context.ts';
import { createImportJobs } from '../import-jobs.ts';
import { ImportFormPage, ImportProgressPage } from '../views/import-pages.tsx';
import { renderAdmin } from '../views/render-admin.tsx';

type Field = { value?: unknown; toBuffer?: () => Promise<Buffer>; filename?: string };

export function registerImportRoutes(app: FastifyInstance, context: AppContext, assets: AdminAssets): void {
  const jobs = createImportJobs(context);
  const maxUploadMb = Math.round(context.config.maxUploadBytes / 1048576);
  const html = (reply: FastifyReply, page: Parameters<typeof renderAdmin>[0], status = 200) => reply.code(status).type('text/html; charset=utf-8').send(renderAdmin(page));
  const importer = (request: FastifyRequest) => requirePermission(request, 'import.run');
  const form = (request: FastifyRequest, reply: FastifyReply, error?: string, status = 200) => html(reply, ImportFormPage({ assets, viewer: importer(request), csrf: reply.generateCsrf(), maxUploadMb, ...(error && { error }) }), status);

  app.get('/import/wordpress', async (request, reply) => form(request, reply));

  app.post('/import/wordpress', async (request, reply) => {
    const viewer = importer(request);
    const body = (request.body ?? {}) as Record<string, Field>;
    const text = (name: string) => (typeof body[name]?.value === 'string' ? (body[name]!.value as string).trim() : '');
    const file = body.file;
    if (!file?.toBuffer || !file.filename) return form(request, reply, 'Choose the export file WordPress made.', 400);
    const permalinks = text('permalinks');
    if (permalinks && !/^\/[\w%/.-]*%postname%[\w%/.-]*$/.test(permalinks)) return form(request, reply, 'The permalink structure should look like /%year%/%monthnum%/%postname%/.', 400);
    try {
      const job = await jobs.start(await file.toBuffer(), file.filename, { ...(permalinks && { permalinks }), createAccounts: text('createAccounts') === '1', keepPingbacks: text('keepPingbacks') === '1' }, viewer.userId);
      return seeOther(reply, `/admin/import/wordpress/${job.id}`);
    } catch (error) {
      if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') return form(request, reply, `That file is larger than the ${maxUploadMb} MB upload limit: import it with byline import wordpress instead.`, 413);
      if (isAppError(error, 'VALIDATION_FAILED')) return form(request, reply, error.message, 409);
      throw error;
    }
  });

  app.get<{ Params: { id: string } }>('/import/wordpress/:id', async (request, reply) => {
    const viewer = importer(request);
    const job = jobs.find(request.params.id);
    if (!job) throw new AppError('NOT_FOUND', 'There is no such import (finished imports are kept for an hour).');
    if (job.phase === 'checking' || job.phase === 'importing') reply.header('refresh', '2');
    return html(reply, ImportProgressPage({ assets, viewer, csrf: reply.generateCsrf(), job }));
  });
}
