// A demo site for tests that post comments to a real server process: the demo loaded, comments
// approved at once, and the lead article with the secret its comment-form tokens are signed with.
import { createAppContext } from '../../src/app-context.ts';
import { loadConfig } from '../../src/config/config.ts';
import { loadDemo } from '../../src/demo/load-demo.ts';

export async function prepareOpenCommentsDemo(env: Record<string, string>, cwd: string): Promise<{ article: { id: number; path: string }; secret: string }> {
  const context = await createAppContext(loadConfig({ env, cwd }));
  try {
    await loadDemo(context);
    await context.services.settings.updateSiteSettings({ commentPolicy: 'approve-all' });
    const lead = (await context.services.articles.listPublished({}, { page: 1, pageSize: 1 })).items[0]!;
    return { article: { id: lead.id, path: lead.path }, secret: await context.services.settings.getOrCreateSecret('comments') };
  } finally {
    await context.close();
  }
}
