// Site settings: the publication's name, tagline, language, time zone, logo and feed content.
// Stored as key/value rows so adding a setting needs no migration. Values are validated here,
// on the way in: the language must be a BCP 47 tag and the time zone an IANA zone.
import { randomBytes } from 'node:crypto';
import type { Clock } from '../clock.ts';
import type { Db } from '../db/database.ts';
import { AppError } from '../errors.ts';
import type { Events } from '../events.ts';

export interface SiteSettings {
  title: string;
  tagline: string;
  /** BCP 47 language tag, e.g. "en-GB"; goes on <html lang>. */
  language: string;
  /** IANA time zone, e.g. "Europe/London": dates in URLs and on pages are in this zone. */
  timeZone: string;
  logoUrl: string | null;
  /** What feeds carry: each article's whole body, or only its standfirst. */
  feedContent: 'full' | 'summary';
  /** Reader comments: hold every one, hold a commenter's first (the default), or approve all. */
  commentPolicy: 'hold-all' | 'hold-first' | 'approve-all';
  /** Close comments on articles older than this many days; null keeps them open. */
  commentsCloseAfterDays: number | null;
  /** Deepest reply level; deeper replies attach at this level. */
  commentMaxDepth: number;
  /** Words or phrases that hold a comment for a moderator. */
  commentDisallowedWords: string[];
  /** Hold a comment with more links than this. */
  commentMaxLinks: number;
  /** Days to keep commenters' addresses and user agents, for moderation only. */
  commentRetentionDays: number;
  /** Copy desk checks turned off for this site, by id. */
  copyDeskDisabled: string[];
  /** Words the copy desk's dictionary should know: local names, jargon, house spellings. */
  copyDeskWords: string[];
  /** Who gets a public history page: stories with a correction (default), every changed story, or none. */
  publicHistory: 'corrected' | 'all' | 'off';
}

export const defaultSiteSettings: SiteSettings = {
  title: 'Byline',
  tagline: '',
  language: 'en',
  timeZone: 'UTC',
  logoUrl: null,
  feedContent: 'full',
  commentPolicy: 'hold-first',
  commentsCloseAfterDays: null,
  commentMaxDepth: 5,
  commentDisallowedWords: [],
  commentMaxLinks: 2,
  commentRetentionDays: 90,
  copyDeskDisabled: [],
  copyDeskWords: [],
  publicHistory: 'corrected',
};

export type SettingsService = ReturnType<typeof createSettingsService>;

/** Kept in memory this long at most: instances forget it at once on a change (forget(), through the page cache's bus). */
const cacheMs = 5000;

export function createSettingsService({ db, clock, events }: { db: Db; clock: Clock; events: Events }) {
  let cached: { value: SiteSettings; at: number } | undefined;

  async function read(): Promise<SiteSettings> {
    const rows = await db.selectFrom('settings').select(['key', 'value']).execute();
    const stored = Object.fromEntries(rows.filter((row) => row.key in defaultSiteSettings).map((row) => [row.key, JSON.parse(row.value) as unknown]));
    return { ...defaultSiteSettings, ...(stored as Partial<SiteSettings>) };
  }

  return {
    /** Drops the in-memory copy: another instance changed the settings. */
    forget(): void {
      cached = undefined;
    },

    async getSiteSettings(): Promise<SiteSettings> {
      const now = clock.now().getTime();
      if (!cached || now - cached.at > cacheMs || now < cached.at) cached = { value: await read(), at: now };
      return cached.value;
    },

    /**
     * A random secret shared by every instance through the database (cookie signing), made on
     * first use. Stored under a key that is never part of SiteSettings, so never rendered.
     */
    async getOrCreateSecret(name: string): Promise<string> {
      const key = `secret:${name}`;
      const existing = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
      if (existing) return JSON.parse(existing.value) as string;
      await db.insertInto('settings').values({ key, value: JSON.stringify(randomBytes(32).toString('base64url')) }).onConflict((oc) => oc.column('key').doNothing()).execute();
      const row = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirstOrThrow();
      return JSON.parse(row.value) as string;
    },

    async updateSiteSettings(changes: Partial<SiteSettings>): Promise<SiteSettings> {
      validate(changes);
      await db.transaction().execute(async (trx) => {
        for (const [key, value] of Object.entries(changes)) {
          if (value === undefined || !(key in defaultSiteSettings)) continue;
          await trx
            .insertInto('settings')
            .values({ key, value: JSON.stringify(value) })
            .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(value) }))
            .execute();
        }
      });
      cached = undefined;
      await events.emit('site.changed', { what: 'settings' });
      return read();
    },
  };
}

function validate(changes: Partial<SiteSettings>): void {
  const problem = Object.entries(settingsProblems(changes))[0];
  if (problem) throw new AppError('VALIDATION_FAILED', problem[1], { details: { field: problem[0] } });
}

/** Every problem with these changes, by setting: the newsroom shows each beside its field. */
export function settingsProblems(changes: Partial<SiteSettings>): Partial<Record<keyof SiteSettings, string>> {
  const problems: Partial<Record<keyof SiteSettings, string>> = {};
  if (changes.title !== undefined && changes.title.trim() === '') {
    problems.title = 'The site title cannot be empty.';
  }
  if (changes.language !== undefined) {
    try {
      Intl.getCanonicalLocales(changes.language);
    } catch {
      problems.language = `"${changes.language}" is not a BCP 47 language tag (for example en, en-GB, fr-CA).`;
    }
  }
  if (changes.feedContent !== undefined && changes.feedContent !== 'full' && changes.feedContent !== 'summary') {
    problems.feedContent = `"${String(changes.feedContent)}" is not a feed content setting: use full or summary.`;
  }
  if (changes.timeZone !== undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: changes.timeZone });
    } catch {
      problems.timeZone = `"${changes.timeZone}" is not an IANA time zone (for example Europe/London).`;
    }
  }
  if (changes.commentPolicy !== undefined && !['hold-all', 'hold-first', 'approve-all'].includes(changes.commentPolicy)) {
    problems.commentPolicy = `"${String(changes.commentPolicy)}" is not a moderation policy: use hold-all, hold-first or approve-all.`;
  }
  const wholeNumber = (key: 'commentMaxDepth' | 'commentMaxLinks' | 'commentRetentionDays', min: number, max: number) => {
    const value = changes[key];
    if (value !== undefined && (!Number.isInteger(value) || value < min || value > max)) problems[key] = `Use a whole number from ${min} to ${max}.`;
  };
  wholeNumber('commentMaxDepth', 1, 10);
  wholeNumber('commentMaxLinks', 0, 50);
  wholeNumber('commentRetentionDays', 1, 3650);
  if (changes.commentsCloseAfterDays != null && (!Number.isInteger(changes.commentsCloseAfterDays) || changes.commentsCloseAfterDays < 1)) {
    problems.commentsCloseAfterDays = 'Use a whole number of days from 1, or leave it empty to keep comments open.';
  }
  if (changes.publicHistory !== undefined && !['corrected', 'all', 'off'].includes(changes.publicHistory)) {
    problems.publicHistory = `"${String(changes.publicHistory)}" is not a history setting: use corrected, all or off.`;
  }
  if (changes.copyDeskWords?.some((word) => word.length > 60)) problems.copyDeskWords = 'Keep each entry in the word list under 60 characters.';
  // The logo goes in every page's <img src>: a web address or a path on this site, nothing else.
  if (changes.logoUrl && !/^https:\/\/\S+$/i.test(changes.logoUrl) && !/^\/(?![/\\])\S*$/.test(changes.logoUrl)) {
    problems.logoUrl = `"${changes.logoUrl}" is not an image address: use https://… or a /media/… path.`;
  }
  return problems;
}
