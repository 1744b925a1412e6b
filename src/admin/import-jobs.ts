// WordPress imports started from the admin: the uploaded export is written to a temporary file,
// the import runs after the response (the browser is sent to its progress page), and the job's
// phase, bytes and finally its report or error are kept in memory for that page to show. One
// import at a time per process; a job is forgotten an hour after it ends. The importer (with its
// XML and HTML parsers) loads with the first import, not with the admin's routes at start.
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AppContext } from '../app-context.ts';
import { AppError } from '../errors.ts';
import type { ImportOptions, ImportReport } from '../import/wordpress/run-import.ts';

export interface ImportJob {
  id: string;
  filename: string;
  startedBy: number;
  phase: 'checking' | 'importing' | 'done' | 'failed';
  bytesRead: number;
  totalBytes: number;
  report?: ImportReport;
  reportText?: string;
  error?: string;
}

export function createImportJobs(context: AppContext) {
  const jobs = new Map<string, ImportJob>();
  let running: ImportJob | undefined;
  return {
    async start(bytes: Buffer, filename: string, options: ImportOptions, userId: number): Promise<ImportJob> {
      if (running) throw new AppError('VALIDATION_FAILED', `An import (${running.filename}) is already running; wait for it to finish.`, { details: { field: 'file', jobId: running.id } });
      const dir = await mkdtemp(path.join(tmpdir(), 'byline-import-'));
      const file = path.join(dir, 'export.xml');
      await writeFile(file, bytes);
      const job: ImportJob = { id: randomUUID(), filename: filename.replace(/^.*[\\/]/, '').slice(0, 200), startedBy: userId, phase: 'checking', bytesRead: 0, totalBytes: bytes.byteLength };
      jobs.set(job.id, job);
      running = job;
      const done = import('../import/wordpress/run-import.ts')
        .then(({ runWordpressImport }) => runWordpressImport(context, file, options, (phase, read, total) => Object.assign(job, { phase, bytesRead: read, totalBytes: total })))
        .then((run) => Object.assign(job, { phase: 'done', report: run.report, reportText: run.text }))
        .catch((error: Error) => Object.assign(job, { phase: 'failed', error: error instanceof AppError ? error.message : 'The import stopped on an unexpected error; nothing was imported.' }))
        .finally(async () => {
          running = undefined;
          await rm(dir, { recursive: true, force: true });
          setTimeout(() => jobs.delete(job.id), 3_600_000).unref();
        });
      void done;
      return job;
    },
    find: (id: string) => jobs.get(id),
  };
}
