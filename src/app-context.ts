// Builds everything a Byline process needs besides HTTP: the database (migrated, or refused if
// its schema is newer than this code), the clock, the event bus and every service. The server,
// the CLI and the tests all start here; buildApp() adds the HTTP layer on top.
import { type Clock, systemClock } from './clock.ts';
import type { Config } from './config/config.ts';
import { createAuthService } from './auth/auth.ts';
import { createCommentService, createSpamFilter } from './comments/comments.ts';
import { createArticleService, createCorrectionsService, createFrontService, createDeskService, createNavigationService, createPageService, createPublishedPathsService, createStoredHtmlService, createTaxonomyService } from './content/content.ts';
import { createCopyDeskService } from './copydesk/copydesk.ts';
import { type Db, openDatabase } from './db/database.ts';
import { assertSchemaNotNewer, migrateToLatest, pendingMigrations } from './db/migrate.ts';
import { createRelatedLookup, createRelatedService } from './discovery/related/related.ts';
import { createSearchService } from './discovery/search/search.ts';
import { createEvents, type Events } from './events.ts';
import { createLocalMediaStorage, createMediaService } from './media/media.ts';
import { createSmtpMailer } from './notifications/mailer.ts';
import { subscribeCommentNotifications } from './notifications/notification.listeners.ts';
import { createPasswordLinkMail } from './notifications/password-link-mail.ts';
import { createPeopleService } from './people/people.ts';
import { findRedirect } from './redirects/redirects.ts';
import { createSettingsService } from './settings/site-settings.ts';

export interface ContextOptions {
  clock?: Clock;
  /** Apply pending migrations (default). When false, pending migrations stop the start. */
  migrate?: boolean;
  /** PostgreSQL only: the schema to use. */
  searchPath?: string;
  onListenerError?: (error: unknown, event: string) => void;
  /** Told every SQL statement run (query-plan tests, benches). */
  onQuery?: (sql: string, parameters: readonly unknown[]) => void;
}

export type AppContext = Awaited<ReturnType<typeof createAppContext>>;

export async function createAppContext(config: Config, options: ContextOptions = {}) {
  const clock = options.clock ?? systemClock;
  const db: Db = await openDatabase(config.database, { ...(options.searchPath && { searchPath: options.searchPath }), ...(options.onQuery && { onQuery: options.onQuery }) });
  try {
    await prepareSchema(db, options.migrate ?? true);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  const events: Events = createEvents(options.onListenerError ?? ((error, name) => console.error(`A listener for ${name} failed:`, error)));

  const settings = createSettingsService({ db, clock, events });
  const people = createPeopleService({ db, clock, events });
  const taxonomy = createTaxonomyService({ db, clock, events });
  const pages = createPageService({ db, clock, events });
  const storedHtml = createStoredHtmlService({ db, events });
  const navigation = createNavigationService({ db, clock, events, taxonomy, pages });
  // An unarranged menu lists the sections with stories: a section's first story (or its last
  // one unpublished) changes every page's menu.
  events.on('article.saved', () => navigation.noticeStories());
  events.on('article.unpublished', () => navigation.noticeStories());
  const media = createMediaService({ db, clock, events, storage: createLocalMediaStorage(config.dataDir), maxUploadBytes: config.maxUploadBytes });
  const relatedLookup = createRelatedLookup({ db });
  // A featured image from the library takes the library's alt text, caption, credit and size where the save leaves them empty.
  const articles = createArticleService({ db, clock, events, people, taxonomy, settings, related: relatedLookup, imageLibrary: { findImageByUrl: (url) => media.findMediaByUrl(url) } });
  const front = createFrontService({ db, clock, events, articles });
  const related = createRelatedService({ db, events, articles, settings });
  // 'article.saved' carries every publish and edit ('article.published' always follows one, so
  // it is not subscribed: that would index twice); a delete only says 'article.unpublished'.
  events.on('article.saved', ({ articleId }) => related.refreshArticle(articleId));
  events.on('article.unpublished', ({ articleId }) => related.refreshArticle(articleId));
  const search = createSearchService({ db, clock, settings, articles, taxonomy, people });
  // The same two events keep search in step: publish, edit, unpublish, schedule run, delete.
  events.on('article.saved', ({ articleId }) => search.refreshArticle(articleId));
  events.on('article.unpublished', ({ articleId }) => search.refreshArticle(articleId));
  const publishedPaths = createPublishedPathsService({ db, clock, settings, taxonomy });
  const redirects = { findRedirect: (path: string) => findRedirect(db, path) };
  const auth = createAuthService({ db, clock });
  const desk = createDeskService({ db, clock, events, articleService: articles });
  const corrections = createCorrectionsService({ db, clock, articles });
  const copyDesk = createCopyDeskService({ db, clock, baseUrl: config.baseUrl, articles, people, taxonomy, settings, findRedirect: redirects.findRedirect, listPins: related.listPins });
  // The copy desk's archive of name spellings follows the same two events.
  events.on('article.saved', ({ articleId }) => copyDesk.refreshArchive(articleId));
  events.on('article.unpublished', ({ articleId }) => copyDesk.refreshArchive(articleId));
  const comments = createCommentService({ db, clock, events, settings, articles, spamFilter: createSpamFilter({ db, clock }) });
  // Comment notifications by email, only when an SMTP server is configured.
  const mailer = config.smtpUrl ? createSmtpMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom }) : undefined;
  const notifications = mailer
    ? subscribeCommentNotifications({ events, mailer, baseUrl: config.baseUrl, comments, articles, people, log: (message) => console.warn(message) })
    : undefined;
  const passwordLinkMail = createPasswordLinkMail(mailer);

  return {
    config,
    db,
    clock,
    events,
    services: { settings, people, taxonomy, pages, storedHtml, navigation, front, articles, related, relatedLookup, search, publishedPaths, redirects, auth, desk, media, comments, corrections, copyDesk, passwordLinkMail },
    close: async () => {
      await notifications?.settled();
      await db.destroy();
    },
  };
}

async function prepareSchema(db: Db, migrate: boolean): Promise<void> {
  if (migrate) {
    await migrateToLatest(db);
    return;
  }
  await assertSchemaNotNewer(db);
  const pending = await pendingMigrations(db);
  if (pending.length > 0) throw new Error(`The database needs migrating (${pending.join(', ')}). Run \`byline migrate\`.`);
}
