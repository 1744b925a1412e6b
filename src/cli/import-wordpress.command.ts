// `byline import wordpress export.xml`: the WordPress importer from the command line, with a
// progress bar on a terminal, the fidelity report on stdout (and as a JSON file), and exit code 1
// when anything was lost that was not asked to be skipped. Loads the importer only when run.
import type { Command } from './commands.ts';

export const importWordpressCommand: Command = {
  summary: 'Import a WordPress export (WXR): posts, pages, people, sections, tags, comments, old URLs as redirects.',
  usage: 'byline import wordpress export.xml [--media-dir wp-content/uploads] [--permalinks /%year%/%monthnum%/%postname%/] [--report report.json]',
  argument: 'file',
  options: {
    file: { type: 'string', description: 'the WXR file WordPress exported (Tools → Export)', required: true },
    'media-dir': { type: 'string', description: "a copy of the site's wp-content/uploads: images are imported and bodies point at them" },
    permalinks: { type: 'string', description: "the old site's permalink structure, if its paths should redirect besides each item's own link" },
    'time-zone': { type: 'string', description: "the WordPress site's time zone for dates without GMT (default: this site's)" },
    'keep-pingbacks': { type: 'boolean', description: 'import pingbacks and trackbacks as comments (default: skip them)' },
    'create-accounts': { type: 'boolean', description: 'give each author with an email an author account, with no password until one is set' },
    report: { type: 'string', description: 'where to write the report as JSON (default: under the data directory, imports/)' },
  },
  async run(options) {
    const [{ loadConfig }, { createAppContext }, { runWordpressImport }] = await Promise.all([import('../config/config.ts'), import('../app-context.ts'), import('../import/wordpress/run-import.ts')]);
    const context = await createAppContext(loadConfig());
    const bar = await progressBar();
    try {
      const run = await runWordpressImport(
        context,
        String(options.file),
        {
          ...(typeof options['media-dir'] === 'string' && { mediaDir: options['media-dir'] }),
          ...(typeof options.permalinks === 'string' && { permalinks: options.permalinks }),
          ...(typeof options['time-zone'] === 'string' && { timeZone: options['time-zone'] }),
          ...(typeof options.report === 'string' && { reportFile: options.report }),
          keepPingbacks: options['keep-pingbacks'] === true,
          createAccounts: options['create-accounts'] === true,
        },
        bar?.update,
      ).finally(() => bar?.stop());
      process.stdout.write(run.text);
      console.log(`Report written to ${run.reportFile}`);
      return run.report.losses.length === 0 ? 0 : 1;
    } finally {
      await context.close();
    }
  },
};

async function progressBar() {
  if (!process.stderr.isTTY) return undefined;
  const { Presets, SingleBar } = await import('cli-progress');
  const bar = new SingleBar({ stream: process.stderr, format: '{phase} |{bar}| {percentage}% | {value}/{total} MB | {eta_formatted} left', hideCursor: true, clearOnComplete: true }, Presets.shades_classic);
  let phase = '';
  return {
    update(next: 'checking' | 'importing', done: number, total: number) {
      const mb = (n: number) => Math.round(n / 1e5) / 10;
      if (next !== phase) {
        if (phase) bar.stop();
        phase = next;
        bar.start(mb(total), 0, { phase: next === 'checking' ? 'Checking ' : 'Importing' });
      }
      bar.update(mb(done));
    },
    stop: () => phase && bar.stop(),
  };
}
