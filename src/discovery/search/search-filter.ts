// The WHERE clause both search indexes share: published and visible at `now` (the rule of
// content's publishedQuery), then the reader's section, author and date filters. Articles are
// aliased `a`. Plain SQL that runs unchanged on SQLite and PostgreSQL.
import { type RawBuilder, sql } from 'kysely';
import { toStoredTime } from '../../clock.ts';
import type { SearchRequest } from './search-index.ts';

export function visibleAndFiltered({ filter, now }: Pick<SearchRequest, 'filter' | 'now'>): RawBuilder<unknown> {
  const conditions = [sql`a.status = 'published'`, sql`a.published_at <= ${now}`];
  if (filter.sectionIds !== undefined) conditions.push(filter.sectionIds.length > 0 ? sql`a.section_id in (${sql.join(filter.sectionIds)})` : sql`1 = 0`);
  if (filter.personId !== undefined) conditions.push(sql`exists (select 1 from article_authors aa where aa.article_id = a.id and aa.person_id = ${filter.personId})`);
  if (filter.from) conditions.push(sql`a.published_at >= ${toStoredTime(filter.from)}`);
  if (filter.to) conditions.push(sql`a.published_at < ${toStoredTime(filter.to)}`);
  return sql.join(conditions, sql` and `);
}
