// One WordPress import as the CLI and the admin run it: the importer on the app's database, then
// (after the commit) search and related lists brought up to date and every cached page dropped,
// and the report written as JSON beside the data. Entry of the import domain for its callers.
import { createReadStream } from 'node:fs';
import { mkdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { AppContext } from '../../app-context.ts';
import { formatReport, type ImportReport, lossesOf } from './import-report.ts';
import { importMedia } from './media-import.ts';
import { createWordpressImporter, type ImportOptions, type ImportProgress } from './wordpress-import.service.ts';

export type { ImportOptions, ImportProgress } from './wordpress-import.service.ts';
export { formatReport, type ImportReport } from './import-report.ts';

export interface ImportRun {
  report: ImportReport;
  text: string;
  reportFile: string;
}

export async function runWordpressImport(context: AppContext, file: string, options: ImportOptions & { reportFile?: string }, onProgress?: ImportProgress): Promise<ImportRun> {
  const { size } = await stat(file);
  const importer = createWordpressImporter({ db: context.db, clock: context.clock, settings: context.services.settings });
  const report = await importer.importExport({ open: () => createReadStream(file), size, name: path.basename(file) }, options, onProgress);
  if (options.mediaDir) {
    const media = await importMedia(context, options.mediaDir, report);
    report.notes.push(`Media from ${options.mediaDir}: ${media.uploaded} image(s) imported, ${media.reused} already imported before.`);
    report.losses = lossesOf(report);
  } else report.notes.push('Images stay where the old site served them (no --media-dir given).');
  await context.services.search.rebuildIndex(undefined, { full: false });
  await context.services.related.rebuildIndex();
  await context.events.emit('site.changed', { what: 'settings' });
  const reportFile = options.reportFile ?? path.join(context.config.dataDir, 'imports', `wordpress-${context.clock.now().toISOString().replace(/[:.]/g, '-')}.json`);
  await mkdir(path.dirname(reportFile), { recursive: true });
  await writeFile(reportFile, JSON.stringify({ ...report, articleChecksums: undefined, articleIds: undefined }, null, 2));
  return { report, text: formatReport(report), reportFile };
}
