// The copy desk service: gathers once what the checks need (the site's dictionary and word list,
// the people registry, tags and sections, the archive's name spellings, the states of the story's
// link targets and pins), runs the checks, and records an editor's override of errors at publish.
// Checks themselves are pure (checks/*.ts); this is the only part that does I/O.
import type { Clock } from '../clock.ts';
import { toStoredTime } from '../clock.ts';
import type { ArticleService, TaxonomyService } from '../content/content.ts';
import type { Db } from '../db/database.ts';
import type { PeopleService } from '../people/people.ts';
import type { SettingsService } from '../settings/site-settings.ts';
import { createArchiveNames } from './archive-names.ts';
import { copyDeskChecks } from './checks.ts';
import { type ChangeText, classifyChange } from './classify-change.ts';
import type { CopyInput, LinkState } from './copy.ts';
import { insertOverride, listOverrides } from './copydesk.repository.ts';
import type { Finding } from './finding.ts';
import { internalLinks } from './links.ts';
import { createLookups } from './lookups.ts';
import { runChecks } from './run-checks.ts';
import { spellerFor } from './speller.ts';

/** The story as the writer has it now (the editor's form, or what is about to be published). */
export interface CopyDraft {
  articleId: number | null;
  headline: string;
  standfirst: string;
  bodyMarkdown: string;
  seoTitle: string;
  seoDescription: string;
  authorIds: number[];
  featuredImage: { url: string; alt: string } | null;
  /** When it will first appear, if later than now (a schedule). */
  appearsAt: Date | null;
}

export interface CopyDeskDeps {
  db: Db;
  clock: Clock;
  baseUrl: string;
  articles: ArticleService;
  people: PeopleService;
  taxonomy: TaxonomyService;
  settings: SettingsService;
  findRedirect(path: string): Promise<unknown>;
  listPins(articleId: number): Promise<{ relatedId: number; kind: 'pin' | 'exclude' }[]>;
}

export type CopyDeskService = ReturnType<typeof createCopyDeskService>;

const articlePath = /^\/[a-z0-9-]+\/\d{4}\/\d{2}\/\d{2}\/([a-z0-9-]+)$/;
const sitePages = new Set(['/', '/search', '/corrections']);

export function createCopyDeskService(deps: CopyDeskDeps) {
  const { db, clock, articles, people, taxonomy, settings } = deps;
  const archive = createArchiveNames(articles, clock);

  async function linkState(path: string): Promise<LinkState | undefined> {
    const story = articlePath.exec(path);
    if (story) {
      const found = await articles.findArticleState(story[1]!);
      if (found) return found.status === 'published' ? 'published' : found.status === 'scheduled' ? 'scheduled' : 'unpublished';
      return (await deps.findRedirect(path)) ? 'published' : 'missing';
    }
    const [, first, second, extra] = path.split('/');
    if (extra !== undefined || sitePages.has(path)) return undefined;
    const exists = second === undefined ? await taxonomy.findSectionBySlug(first!) : first === 'tag' ? await taxonomy.findTagBySlug(second) : first === 'author' ? await people.findPersonBySlug(second) : true;
    return exists || (await deps.findRedirect(path)) ? 'published' : 'missing';
  }

  async function pinned(articleId: number | null): Promise<CopyInput['pinned']> {
    if (articleId === null) return [];
    const pins = (await deps.listPins(articleId)).filter((pin) => pin.kind === 'pin');
    return Promise.all(
      pins.map(async (pin) => {
        const live = await articles.findPublishedArticleById(pin.relatedId);
        return { headline: live?.headline ?? (await articles.getArticle(pin.relatedId).then((a) => a.headline, () => `Article ${pin.relatedId}`)), published: Boolean(live) };
      }),
    );
  }

  return {
    checks: copyDeskChecks.map(({ id, kind, label }) => ({ id, kind, label })),

    async check(draft: CopyDraft): Promise<Finding[]> {
      const site = await settings.getSiteSettings();
      const [speller, everyone, tags, sections, names, pins] = await Promise.all([spellerFor(site.language), people.listAllPeople(), taxonomy.listAllTags(), taxonomy.listSections(), archive.forStory(draft.articleId), pinned(draft.articleId)]);
      const links = new Map<string, LinkState>();
      for (const link of internalLinks(draft.bodyMarkdown, deps.baseUrl)) {
        if (links.has(link.path)) continue;
        const state = await linkState(link.path);
        if (state) links.set(link.path, state);
      }
      const byId = new Map(everyone.map((person) => [person.id, person.name]));
      const input: CopyInput = { ...draft, authorNames: draft.authorIds.flatMap((id) => byId.get(id) ?? []), pinned: pins };
      const lookups = createLookups({
        speller,
        now: clock.now(),
        timeZone: site.timeZone,
        siteWords: [...site.copyDeskWords, ...tags.map((tag) => tag.name), ...sections.map((section) => section.name)],
        registryNames: everyone.map((person) => person.name),
        archive: names,
        links,
      });
      return runChecks(input, lookups, { disabled: site.copyDeskDisabled });
    },

    /** Whether an edit to a published story may go out as a silent fix, and if not, why. */
    classifyChange: (before: ChangeText, after: ChangeText) => classifyChange(before, after),

    async recordOverride(values: { articleId: number; version: number; userId: number | null; reason: string; findings: Finding[] }): Promise<void> {
      const findings = values.findings.map((f) => ({ check: f.check, message: f.message, text: f.text }));
      await insertOverride(db, { ...values, findings, createdAt: toStoredTime(clock.now()) });
    },

    listOverrides: (articleId: number) => listOverrides(db, articleId),

    /** Keeps the archive of name spellings in step (subscribed to article events in app-context). */
    refreshArchive: (articleId: number) => archive.refresh(articleId),
  };
}
