// The database's tables as Kysely sees them. Columns are snake_case; each domain's
// repository maps rows to its own camelCase types (toArticle, toPerson, …).
// Times are ISO 8601 UTC strings of one fixed width in both dialects, so they sort as text;
// booleans are integers 0/1 (SQLite has no boolean type). See docs/decisions/0002-portable-columns.md.
import type { ColumnType, Generated } from 'kysely';

export interface SettingsTable {
  key: string;
  value: string;
}

export interface PeopleTable {
  id: Generated<number>;
  slug: string;
  name: string;
  role_title: string;
  location: string;
  bio: string;
  avatar_url: string | null;
  /** JSON array of { label, url }. */
  links: string;
  /** Private: never rendered on a public page. */
  email: string | null;
  created_at: string;
  updated_at: string;
}

export interface SectionsTable {
  id: Generated<number>;
  slug: string;
  name: string;
  description: string;
  /** Order among its siblings (the navigation's order). */
  position: number;
  /** The section it sits under; null at the top of the navigation. */
  parent_id: number | null;
  /** Its public path, every ancestor's slug then its own (/world/europe); kept by the taxonomy service. */
  path: string;
}

export interface TagsTable {
  id: Generated<number>;
  slug: string;
  name: string;
}

export interface ArticlesTable {
  id: Generated<number>;
  slug: string;
  section_id: number;
  headline: string;
  standfirst: string;
  dateline: string;
  body_markdown: string;
  body_html: string;
  /** Character offset in body_html where the inline "See also" box goes. */
  body_break: number;
  /** The SANITIZER_RULES_VERSION body_html was rendered under; older ones are rendered again. */
  body_html_rules: number;
  status: 'draft' | 'scheduled' | 'published';
  published_at: string | null;
  /** Set only when a published article is changed; the "Updated" time readers see. */
  updated_at: string | null;
  created_at: string;
  modified_at: string;
  featured_image_url: string | null;
  featured_image_alt: string | null;
  featured_image_caption: string | null;
  featured_image_credit: string | null;
  featured_image_width: number | null;
  featured_image_height: number | null;
  comments_open: number;
  seo_title: string | null;
  seo_description: string | null;
  /** The story (series) the article belongs to, as typed; null for none. */
  story: string | null;
  /** Optimistic concurrency: a save names the version it started from. */
  version: Generated<number>;
  created_by: number | null;
  /** When a contributor submitted the draft for review. */
  submitted_at: string | null;
}

export interface ArticleAuthorsTable {
  article_id: number;
  person_id: number;
  position: number;
  /** What the person did on this article (content/credit.ts): 'author' is the byline proper. */
  credit: Generated<string>;
  /** The article's published_at while it is published, else null: a writer's list reads it from an index. */
  published_at: string | null;
}

export interface ArticleTagsTable {
  article_id: number;
  tag_id: number;
  /** As ArticleAuthorsTable.published_at. */
  published_at: string | null;
}

/** Old public paths that answer with a 301 to whatever the entity's URL is now. */
export interface RedirectsTable {
  from_path: string;
  kind: 'article' | 'section' | 'tag' | 'person' | 'page';
  target_id: number;
  created_at: string;
}

export type Role = 'administrator' | 'editor' | 'author' | 'contributor';

export interface UsersTable {
  id: Generated<number>;
  email: string;
  name: string;
  role: Role;
  person_id: number | null;
  /** scrypt hash; null until the user sets a password through a one-time link. */
  password_hash: string | null;
  failed_logins: number;
  locked_until: string | null;
  created_at: string;
  updated_at: string;
}

export interface SessionsTable {
  /** sha256 of the session cookie's token: a stolen database holds no usable sessions. */
  id: string;
  user_id: number;
  created_at: string;
  expires_at: string;
}

export interface AuthTokensTable {
  id: string;
  user_id: number;
  purpose: 'setup' | 'reset';
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface LoginAttemptsTable {
  id: Generated<number>;
  key: string;
  at: string;
}

export interface ArticleRevisionsTable {
  id: Generated<number>;
  article_id: number;
  version: number;
  user_id: number | null;
  created_at: string;
  /** JSON array of field names. */
  changed_fields: string;
  /** JSON of the editable fields after this save. */
  snapshot: string;
}

export interface PendingSavesTable {
  id: string;
  /** Whose session had ended when the form arrived. */
  user_id: number | null;
  article_id: number | null;
  payload: string;
  created_at: string;
}

/** An uploaded image; its files are rows of media_variants. */
export interface MediaTable {
  id: Generated<number>;
  original_filename: string;
  /** What the bytes were: 'jpeg' | 'png' | 'webp' | 'avif' | 'gif'. */
  original_format: string;
  original_bytes: number;
  /** After EXIF rotation. */
  width: number;
  height: number;
  alt: string;
  caption: string;
  credit: string;
  /** A users.id, kept without a foreign key. */
  uploaded_by: number | null;
  created_at: string;
  updated_at: string;
}

export interface MediaVariantsTable {
  media_id: number;
  width: number;
  height: number;
  format: 'webp' | 'avif' | 'jpeg' | 'png';
  /** Where MediaStorage keeps the file; unique, never reused. */
  storage_key: string;
  bytes: number;
}

export interface CommentsTable {
  id: Generated<number>;
  article_id: number;
  parent_id: number | null;
  /** A reply's thread: the top-level comment it is under (null on a top-level comment). */
  thread_id: ColumnType<number | null, number | null | undefined, number | null>;
  status: 'pending' | 'approved' | 'spam' | 'trash';
  author_name: string;
  /** Private: never rendered anywhere public, never hashed into anything public. */
  author_email: string;
  author_url: string | null;
  body: string;
  /** Kept for moderation only; purged after the retention period. */
  ip: string | null;
  user_agent: string | null;
  /** Set when the newsroom replied as itself. */
  staff_user_id: number | null;
  /** JSON array of strings: why it was held or marked spam. */
  reasons: string;
  spam_score: number | null;
  /** What the learning filter was taught from this comment, so a reversed decision can be untaught. */
  learned_as: 'spam' | 'ham' | null;
  created_at: string;
  status_changed_at: string;
  edited_at: string | null;
}

export interface SpamTokensTable {
  token: string;
  spam: number;
  ham: number;
}

export interface SpamTotalsTable {
  id: number;
  spam_docs: number;
  ham_docs: number;
}

/** An indexed (published) article: its publication time and every distinct term. */
export interface RelatedDocumentsTable {
  article_id: number;
  published_at: string;
  /** JSON array of all the article's distinct terms (related_terms keeps only the heaviest). */
  terms: string;
  /** The article's story (series), normalised (lower case, single spaces); null for none. */
  story: string | null;
  /** The site's indexed article count when this article's list was last scored in full (0: not recorded); the background re-scoring takes the lowest first. */
  scored_documents: Generated<number>;
}

/** The inverted index: an article's heaviest terms; `weight` is tf-idf at indexing time, unit length per article. */
export interface RelatedTermsTable {
  article_id: number;
  term: string;
  /** Sublinear, field-weighted term frequency: kept so the weight can be taken again with newer IDFs. */
  tf: number;
  weight: number;
}

/** How many indexed articles contain each term. */
export interface RelatedTermStatsTable {
  term: string;
  df: number;
}

/** Each article's stored top-10 related articles, best first (rank 1). */
export interface RelatedArticlesTable {
  article_id: number;
  related_id: number;
  score: number;
  /** Similarity carried by specific terms (few articles use them); 1 for the same story. Decides showing. */
  evidence: Generated<number>;
  /** The evidence before what editors' pins and exclusions taught; null where they changed nothing. The threshold is calibrated on it. */
  text_evidence: number | null;
  rank: number;
}

/** A term an editor's pin or exclusion taught: one the pair shared most when the editor acted. */
export interface RelatedPinTermsTable {
  article_id: number;
  related_id: number;
  term: string;
}

/** The evidence a related suggestion needs on this site, calibrated on its own lists (one row, id 1). */
export interface RelatedCalibrationTable {
  id: number;
  threshold: number;
  /** Indexed articles when it was computed: it is computed again as the site grows. */
  articles: number;
  computed_at: string;
}

/** Editors' choices: a pinned article always shows (in position order); an excluded one never. */
export interface RelatedPinsTable {
  article_id: number;
  related_id: number;
  kind: 'pin' | 'exclude';
  position: number;
}

/** A client's hits in its current window, shared by every process (db/rate-counter.ts; UNLOGGED on PostgreSQL). */
export interface RateCountsTable {
  scope: string;
  client: string;
  window_started_at: string;
  hits: number;
}

/** One process of several runs a job while it holds the job's lease (SQLite; PostgreSQL uses advisory locks). */
export interface JobLeasesTable {
  name: string;
  holder: string;
  expires_at: string;
}

/** `byline reindex`'s bookmark: `language` and `indexed_through` (the newest modified_at it indexed). */
export interface SearchIndexStateTable {
  name: 'language' | 'indexed_through';
  value: string;
}

/** A correction or update readers see on the article, carried by one version of it. */
export interface ArticleNotesTable {
  id: Generated<number>;
  article_id: number;
  kind: 'correction' | 'update';
  note: string;
  /** The article version (article_revisions.version) this note came with. */
  version: number;
  user_id: number | null;
  created_at: string;
}

/** An editor published over copy desk errors: who, when, why, and which errors. */
export interface CopydeskOverridesTable {
  id: Generated<number>;
  article_id: number;
  version: number;
  user_id: number | null;
  reason: string;
  /** JSON array of the error findings. */
  findings: string;
  created_at: string;
}

/** A standing page (About, Contact, Ethics…): its own address, no dateline, no byline. */
export interface PagesTable {
  id: Generated<number>;
  slug: string;
  title: string;
  description: string;
  body_markdown: string;
  body_html: string;
  /** As ArticlesTable.body_html_rules. */
  body_html_rules: number;
  status: 'draft' | 'published';
  created_at: string;
  updated_at: string;
}

/** One entry of the header or footer menu, in position order. */
export interface MenuItemsTable {
  id: Generated<number>;
  menu: 'header' | 'footer';
  position: number;
  kind: 'section' | 'page' | 'link';
  /** A section's or page's id; null for a link. */
  target_id: number | null;
  /** The words shown; '' means the section's or page's own name. */
  label: string;
  /** A link's address ('' for sections and pages). */
  url: string;
}

/** What a WordPress import made of each WordPress record (src/import/wordpress). */
export interface WordpressImportsTable {
  source: string;
  wp_kind: 'post' | 'page' | 'author' | 'category' | 'tag' | 'comment' | 'attachment';
  wp_id: string;
  guid: string | null;
  target_id: number;
  checksum: string;
  imported_at: string;
}

/** An editor's pin on the home front: the lead or a featured place, for an optional window. */
export interface FrontSlotsTable {
  id: Generated<number>;
  kind: 'lead' | 'featured';
  position: number;
  article_id: number;
  /** null: from now on. */
  starts_at: string | null;
  /** null: until removed. */
  ends_at: string | null;
  created_at: string;
}

export interface Database {
  settings: SettingsTable;
  people: PeopleTable;
  sections: SectionsTable;
  tags: TagsTable;
  articles: ArticlesTable;
  article_authors: ArticleAuthorsTable;
  article_tags: ArticleTagsTable;
  redirects: RedirectsTable;
  users: UsersTable;
  sessions: SessionsTable;
  auth_tokens: AuthTokensTable;
  login_attempts: LoginAttemptsTable;
  article_revisions: ArticleRevisionsTable;
  pending_saves: PendingSavesTable;
  comments: CommentsTable;
  spam_tokens: SpamTokensTable;
  spam_totals: SpamTotalsTable;
  media: MediaTable;
  media_variants: MediaVariantsTable;
  related_documents: RelatedDocumentsTable;
  related_terms: RelatedTermsTable;
  related_term_stats: RelatedTermStatsTable;
  related_articles: RelatedArticlesTable;
  related_pins: RelatedPinsTable;
  related_pin_terms: RelatedPinTermsTable;
  related_calibration: RelatedCalibrationTable;
  job_leases: JobLeasesTable;
  rate_counts: RateCountsTable;
  search_index_state: SearchIndexStateTable;
  article_notes: ArticleNotesTable;
  copydesk_overrides: CopydeskOverridesTable;
  pages: PagesTable;
  menu_items: MenuItemsTable;
  wordpress_imports: WordpressImportsTable;
  front_slots: FrontSlotsTable;
}
