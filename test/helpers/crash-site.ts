// The site the crash test writes to: the demo, comments approved at once, an editor who can
// sign in, and the ids the writers need.
import { createAppContext } from '../../src/app-context.ts';
import { loadConfig } from '../../src/config/config.ts';
import { loadDemo } from '../../src/demo/load-demo.ts';

export async function prepareCrashSite(env: Record<string, string>, cwd: string) {
  const context = await createAppContext(loadConfig({ env, cwd }));
  try {
    await loadDemo(context);
    const { settings, articles, auth, people, taxonomy } = context.services;
    await settings.updateSiteSettings({ commentPolicy: 'approve-all' });
    const lead = (await articles.listPublished({}, { page: 1, pageSize: 1 })).items[0]!;
    const person = await people.createPerson({ name: 'Crash Editor', slug: 'crash-editor', roleTitle: 'Editor' });
    const staff = { email: 'crash.editor@example.com', password: 'correct horse battery crash' };
    const { token } = await auth.createUser({ email: staff.email, name: 'Crash Editor', role: 'editor', personId: person.id });
    await auth.setPasswordWithLink(token, staff.password);
    const section = (await taxonomy.listSections())[0]!;
    return { article: { id: lead.id }, commentSecret: await settings.getOrCreateSecret('comments'), staff, sectionId: section.id, authorId: person.id };
  } finally {
    await context.close();
  }
}
